// "it was agreed" after a lead-in of any words, with or without a comma, and a title run into the sentence that
// decides: each decision quoted from where it starts; beside them the near misses that must stay as they are.
import { describe, expect, it } from 'vitest';
import { extractMinuteContent } from '../../src/ingest/minute-content.ts';

const decisions = (text: string, title = 'Village Hall') => extractMinuteContent(text, { title }).resolutions.map((r) => r.text);

describe('"it was agreed" after a lead-in', () => {
  it('quotes the decision from "it was", whatever words lead in', () => {
    expect(decisions('As the roofer had not replied to two letters it was agreed to telephone him.')).toEqual(['it was agreed to telephone him.']);
    expect(decisions('Following a survey of the users of the hall, it was agreed that the heating be replaced.')).toEqual(['it was agreed that the heating be replaced.']);
    expect(decisions('Regarding the car park it was decided that the lines should be repainted in May.')).toEqual(['it was decided that the lines should be repainted in May.']);
  });

  it('leaves a condition, another meeting, a quotation and a motion named before it as they were', () => {
    expect(decisions('The Clerk would write to the hirer if it was agreed to raise the fees.')).not.toContain('it was agreed to raise the fees.');
    expect(decisions('The Clerk reported that at the county forum meeting it was agreed to close the depot.')).toEqual([]);
    expect(decisions('Following a proposal by Cllr Ash, seconded by Cllr Birch it was agreed to repaint the hall.')).not.toContain('it was agreed to repaint the hall.');
  });
});

describe('a title run into the sentence that decides', () => {
  it('quotes the sentence after the last dash or paragraph number that the title is apart by', () => {
    expect(decisions('MINUTES OF THE LAST MEETING – 3rd March – The minutes were signed as a true and accurate record.', 'Minutes')).toEqual(['The minutes were signed as a true and accurate record.']);
    expect(decisions('CONFIRMATION OF MINUTES 3.1 The Minutes of the meeting of 2 March were approved as a correct record.', 'Minutes')).toEqual(['The Minutes of the meeting of 2 March were approved as a correct record.']);
  });

  it('keeps a sentence whole when the words before the dash decide or only a closing verdict decides', () => {
    expect(decisions('The accounts were approved – the Clerk to send them to the auditor.', 'Accounts')).toEqual(['The accounts were approved – the Clerk to send them to the auditor.']);
    expect(decisions('Order of business – add at item 7.2 Bus shelter – agreed', 'Order of business')).not.toContain('Bus shelter – agreed');
  });
});
