// A decision label run into its line without a stop before it, and a vote line that names no decision.
import { describe, expect, it } from 'vitest';
import { extractMinuteContent } from '../../src/ingest/minute-content.ts';

const decisions = (text: string) => extractMinuteContent(text).resolutions.map((r) => r.text);

describe('a label run into the line of the minute', () => {
  it('reads RESOLVED after a resolution reference or a seconder named with no stop before it', () => {
    expect(decisions('To confirm the Standing Orders. 88/24-25 RESOLVED It was resolved to apply the Standing Orders to all items.')).toEqual([
      'It was resolved to apply the Standing Orders to all items.',
    ]);
    expect(decisions('Proposed by Councillor A Brook Seconded by Councillor C Dale RESOLVED to adjourn the meeting for public questions.')).toEqual([
      'to adjourn the meeting for public questions.',
    ]);
  });

  it('reads "Resolved to" where a sentence starts after a colon', () => {
    expect(decisions('Accounts for payment: Resolved to pay: Ryeland Mowing £310.00; Village Hall £24.00.')).toEqual(['to pay: Ryeland Mowing £310.00; Village Hall £24.00.']);
  });

  it('leaves capitals that are no label alone', () => {
    expect(decisions('The Clerk listed the MATTERS RESOLVED SINCE the last meeting.')).toEqual([]);
  });
});

describe('a vote line of its own', () => {
  it('names no decision: the decision is the sentence under it', () => {
    const text = ['Cllr Bell was nominated.', '', 'Proposed Cllr Amos.  Seconded Cllr Frost.  All in favour.', 'Cllr R Bell was elected as Vice Chair.'].join('\n');
    expect(decisions(text)).toEqual(['Cllr R Bell was elected as Vice Chair.']);
  });

  it('names no decision under a labelled one', () => {
    const text = ['Resolved to approve as a true record.', 'Proposed Cllr Amos.  Seconded Cllr Frost.  All in favour.'].join('\n');
    expect(decisions(text)).toEqual(['to approve as a true record.']);
  });
});
