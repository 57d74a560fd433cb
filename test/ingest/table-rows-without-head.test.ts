// A meeting page's item table saved without its "No. | Item" head: rows whose titles run on one line into
// "Minutes:" or "Decision:", with their closing bars or without them.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/ingest/parse-document.ts';
import { splitRowHead } from '../../src/ingest/readers/moderngov-table.ts';

const titles = (text: string) => parseDocument(text, 'page.txt').meetings.flatMap((m) => m.items.map((i) => i.title));

describe('an item table saved without its head', () => {
  it('reads rows that lost their bars, each title run into its "Minutes:" label', () => {
    const text = [
      'Welcome Minutes: The Chair welcomed everyone to the meeting.',
      'Apologies Minutes: Apologies were received from Councillor Petra Vance.',
      'Town Centre Parking Charges Minutes: The Committee considered the report of the Head of Place.',
      'RESOLVED: That the charges set out at Appendix 1 be approved.',
    ].join('\n');
    expect(titles(text)).toEqual(['Welcome', 'Apologies', 'Town Centre Parking Charges']);
  });

  it('reads rows that kept their bars, the agenda\'s words before "Decision:"', () => {
    const text = [
      'Apologies for absence To receive apologies. Decision: Apologies were received from Councillor Ede. |',
      'Minutes of the last meeting To approve the minutes. Decision: RESOLVED – That the minutes be approved. |',
    ].join('\n');
    expect(titles(text)).toEqual(['Apologies for absence', 'Minutes of the last meeting']);
  });

  it('opens a row at a title in title case whatever word begins it ("Members\' Allowances ...")', () => {
    const text = [
      'Welcome Minutes: The Chair opened the meeting.',
      'The Chair thanked the officers for their work on the budget.',
      "Members' Allowances Scheme Minutes: The Council received the Panel's report.",
    ].join('\n');
    expect(titles(text)).toEqual(['Welcome', "Members' Allowances Scheme"]);
  });

  it('takes one line with an inline "Minutes:" label in other minutes for no table', () => {
    const text = ['Approval of the previous Minutes: the minutes of 3 May were approved.', 'The Clerk reported on the hedge cutting.'].join('\n');
    expect(parseDocument(text, 'page.txt').meetings.flatMap((m) => m.items)).toEqual([]);
  });
});

describe("a row's title and the agenda's words after it", () => {
  it('ends the title where the agenda\'s words restate it, whatever word opens them ("Apologies for absence Party Whips to report any apologies ...")', () => {
    expect(splitRowHead('Apologies for absence Party Whips to report any apologies for absence received.')).toEqual({
      title: 'Apologies for absence',
      description: 'Party Whips to report any apologies for absence received.',
    });
  });

  it('ends a title in title case where a word that only opens a sentence begins the agenda\'s words', () => {
    expect(splitRowHead('Equality Duty The Chair will ask Members to confirm the assessments.').title).toBe('Equality Duty');
    expect(splitRowHead('Appointment of Vice-Chair In accordance with Procedure Rule 4.2, to appoint a Vice-Chair of the Panel.').title).toBe('Appointment of Vice-Chair');
    expect(splitRowHead('Questions from the Public You may send a question by email. The closing time is noon on Monday.').title).toBe('Questions from the Public');
  });

  it('never ends a title at a later sentence of the agenda\'s words', () => {
    expect(splitRowHead('Public Forum Questions may be sent by email. The closing time is noon on the Monday before.').title).toBe('Public Forum');
  });

  it('keeps a title whole where the word after a capital opens no sentence ("Children In Care")', () => {
    expect(splitRowHead('Children In Care Annual Report').title).toBe('Children In Care Annual Report');
  });

  it('keeps a title whole when the sentence after it does not restate it', () => {
    expect(splitRowHead('Highway maintenance programme Officers gave a presentation on pothole repairs').title).toBe('Highway maintenance programme Officers gave a presentation on pothole repairs');
  });
});
