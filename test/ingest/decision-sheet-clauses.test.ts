// Decision sheets and cabinet decisions: a reason printed under each clause, a vote in brackets before the label's
// colon, a stem "That Executive" printed without its colon, and a clause that opens its own list with a stop.
import { describe, expect, it } from 'vitest';
import { extractMinuteContent } from '../../src/ingest/minute-content.ts';

const decisions = (lines: string[]) => extractMinuteContent(lines.join('\n')).resolutions.map((r) => r.text);

describe('clauses of a decision sheet', () => {
  it('reads the clause after a reason as the next clause of the list, and the reasons as no part of it', () => {
    const text = [
      'Resolved:  (i)      That the review be approved.',
      '',
      'Reason:     To conclude the review.',
      '',
      '            (ii)     That the Leader write to the Minister.',
      '',
      'Reason:     To press for funding.',
    ];
    expect(decisions(text)).toEqual(['That the review be approved.', 'That the Leader write to the Minister.']);
  });

  it('ends the list at a reason when no clause of the same list follows it', () => {
    const text = ['Resolved: (i) That the review be approved.', '', '(ii) That the Leader write to the Minister.', '', 'Reason: To press for funding.', '', '(a) The Chair thanked the officers.'];
    expect(decisions(text)).toEqual(['That the review be approved.', 'That the Leader write to the Minister.']);
  });

  it('drops a vote in brackets before the colon of the label', () => {
    expect(decisions(['Resolved (unanimously): That the scheme be approved.'])).toEqual(['the scheme be approved.']);
    expect(decisions(['RESOLVED (nem con): That the scheme be approved.'])).toEqual(['the scheme be approved.']);
  });

  it('reads "That Executive" alone on its line as the stem of the clauses under it', () => {
    const text = ['Resolved (unanimously):', '', 'That Executive', '', 'i)     Notes the result of the referendum on the', 'Plan.', 'ii)    Agrees that the Plan is made.'];
    expect(decisions(text)).toEqual(['Notes the result of the referendum on the Plan.', 'Agrees that the Plan is made.']);
  });

  it('keeps a list under a clause that ends on "for;" with that clause, marks as printed', () => {
    const text = ['That Council be recommended to:', '', '1.    Approve the programme.', '', '2.    Approve the resources identified for;', '', 'i. seven new projects;', '', 'ii. five existing projects.', '', '3.    Note the underspend.'];
    expect(extractMinuteContent(['RESOLVED:', ...text].join('\n')).resolutions.map((r) => r.text)).toEqual([
      'Approve the programme.',
      'Approve the resources identified for; i. seven new projects; ii. five existing projects.',
      'Note the underspend.',
    ]);
  });
});
