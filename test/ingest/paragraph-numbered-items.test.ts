// Minutes whose item headings carry no number, each over paragraphs numbered by the item ("Declarations of Interest" /
// "12.1 ..." / "Minutes of the last meeting" / "13.1 ..."): the paragraph numbers make the headings items, numbered
// as their paragraphs are, and a numbered list inside a paragraph stays in it.
import { describe, expect, it } from 'vitest';
import { onlyMeeting } from './only-meeting.ts';

const heading = ['Minutes of a meeting of the Health Scrutiny Committee held at County Hall, Northby on Monday 3 March 2025 at 10.00 am', '', 'Present: Mr A Brook (Chairman), Mrs C Dale, Mr E Fenn and Mrs G Hale', ''];

describe('items numbered by their paragraphs', () => {
  it('reads each unnumbered heading over an N.1 paragraph as item N, its paragraphs its minute', () => {
    const m = onlyMeeting(
      [
        ...heading,
        'Declarations of Interest',
        '',
        '12.1   No declarations of interest were made.',
        '',
        'Minutes of the last meeting',
        '',
        '13.1   Resolved – that the minutes of the meeting held on 3 February 2025 are approved as a correct record.',
        '',
        'NHS DENTISTRY',
        '',
        '14.1   The Committee considered a report on access to NHS dentistry in the county.',
        '',
        '14.2   Resolved – that the Committee:',
        '',
        '       1. Notes the report; and',
        '',
        '       2. Asks for a further report at its meeting in July 2025.',
      ].join('\n'),
    );
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['12', 'Declarations of Interest'],
      ['13', 'Minutes of the last meeting'],
      ['14', 'NHS DENTISTRY'],
    ]);
    expect(m.items[2]!.resolutions.map((r) => r.text)).toEqual(['Notes the report', 'Asks for a further report at its meeting in July 2025.']);
  });
});
