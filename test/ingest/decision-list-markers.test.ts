// Lists of decisions marked in less common ways: capital letters with a colon, paragraph numbers three deep,
// sub-headings grouping the entries of one listed decision; and the minutes confirmed in a few more wordings.
import { describe, expect, it } from 'vitest';
import { extractMinuteContent } from '../../src/ingest/minute-content.ts';

const decisions = (lines: string[]) => extractMinuteContent(lines.join('\n')).resolutions.map((r) => r.text);

describe('markers of listed decisions', () => {
  it('quotes a list run through the stem\'s own sentence as printed, marks and joining words kept', () => {
    const text = 'RESOLVED: That the offer be declined because acceptance would harm the Council by (i) fixing the rent for ten years and (ii) losing the right to sell the site.';
    expect(extractMinuteContent(text).resolutions.map((r) => r.text)).toEqual([
      'the offer be declined because acceptance would harm the Council by (i) fixing the rent for ten years and (ii) losing the right to sell the site.',
    ]);
  });

  it('reads "A:" / "B:" under "That Cabinet:" as two clauses', () => {
    const text = ['RESOLVED:', '', 'That Cabinet:', '', 'A:        Welcomes the commitment to independent living; and', '', 'B:        Agrees to fund the scheme from reserves.'];
    expect(decisions(text)).toEqual(['Welcomes the commitment to independent living', 'Agrees to fund the scheme from reserves.']);
  });

  it('reads no clause from an answer line outside a decision', () => {
    expect(decisions(['Q: Would the library reopen on Sundays?', 'A: The Cabinet Member would look into it.'])).toEqual([]);
  });

  it('reads paragraphs numbered "1.1.1", "1.1.2" as clauses of one decision', () => {
    expect(decisions(['RESOLVED:', '1.1.1 That the report be noted.', '1.1.2 That the Director report back in March.'])).toEqual([
      'That the report be noted.',
      'That the Director report back in March.',
    ]);
  });

  it('keeps the sub-headings of a listed decision in it, in order', () => {
    const text = [
      'RESOLVED that the following traffic orders be made:',
      '',
      'Waiting Restrictions:',
      '',
      '(a) Mill Lane – no waiting at any time;',
      '',
      '(b) Church Street – no waiting 8am to 6pm;',
      '',
      'Speed Limits:',
      '',
      '(c) Station Road – 20mph.',
      '',
      'The Chair thanked the officers.',
    ];
    expect(decisions(text)).toEqual([
      'the following traffic orders be made: Waiting Restrictions: (a) Mill Lane – no waiting at any time; (b) Church Street – no waiting 8am to 6pm; Speed Limits: (c) Station Road – 20mph.',
    ]);
  });
});

describe('the minutes confirmed', () => {
  it('reads "were reviewed and agreed", "read and approved" and "the minutes of the last meeting were approved"', () => {
    for (const text of ['The minutes of the last meeting were reviewed and agreed.', 'The minutes of the meeting held on 3 May were read and approved.', 'The minutes of the last meeting were approved.'])
      expect(decisions([text])).toEqual([text]);
  });

  it('reads the minutes named by a pronoun under their own item', () => {
    expect(decisions(['Panel members confirmed that these were a true and accurate record of the previous meeting.'])).toEqual([
      'Panel members confirmed that these were a true and accurate record of the previous meeting.',
    ]);
  });

  it('reads no decision in a decision reported from the last meeting', () => {
    expect(decisions(['The Clerk reported that the budget had been approved at the last meeting.'])).toEqual([]);
  });
});

describe("the box for the chair's initials at a page foot", () => {
  it('is no part of the decision it falls inside', async () => {
    const { parseDocument } = await import('../../src/ingest/parse-document.ts');
    const text = [
      'MINUTES OF A MEETING OF THE CABINET HELD ON 12 MARCH 2025 AT 6.00 PM',
      'Present: Councillors Ames (Chair), Bell and Cole',
      '1. APOLOGIES',
      'There were no apologies.',
      '2. PARKING REVIEW',
      'RESOLVED that the report be noted and that the Director of Place report back to the Cabinet',
      "Chairman's initials ..........",
      'on the results of the consultation in July 2025.',
      '3. BUDGET',
      'RESOLVED that the budget be approved.',
    ].join('\n');
    const items = parseDocument(text).meetings[0]!.items;
    expect(items.find((i) => i.number === '2')!.resolutions.map((r) => r.text)).toEqual([
      'the report be noted and that the Director of Place report back to the Cabinet on the results of the consultation in July 2025.',
    ]);
  });
});
