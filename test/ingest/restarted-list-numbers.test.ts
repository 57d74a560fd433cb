// Pages saved from a list that starts again at every item: every item printed "1.", or the list's "1." printed
// before the minutes' own number ("1. 3. MINUTES ...").
import { describe, expect, it } from 'vitest';
import { onlyMeeting } from './only-meeting.ts';

const page = (items: string[]) =>
  ['Minutes of a Parish Council Meeting held on Tuesday 8th March 2022 at 7.30pm', '', 'Present: Councillors Amis, Bolt and Crane.', '', ...items.flatMap((i) => [i, ''])].join('\n');

describe('a list that starts again at every item', () => {
  it('reads every "1." line as the next item when the page never prints "2."', () => {
    const m = onlyMeeting(
      page([
        '1. To receive apologies for absence – None.',
        '1. To consider the minutes of the last meeting – It was RESOLVED to adopt the minutes.',
        '1. Open Session',
        'A resident asked about the bus shelter.',
        '1. Finance – It was RESOLVED to pay the invoices listed.',
      ]),
    );
    expect(m.items.map((i) => i.title)).toEqual(['To receive apologies for absence', 'To consider the minutes of the last meeting', 'Open Session', 'Finance']);
  });

  it('reads the number after the list\'s "1." as the item\'s own', () => {
    const m = onlyMeeting(
      page([
        '1. APOLOGIES FOR ABSENCE',
        'None.',
        '1. 2.    DECLARATIONS OF INTEREST',
        'None.',
        '1. 3.    MINUTES OF THE PREVIOUS MEETING',
        'The minutes were agreed as a true record.',
        '1. 4.    PLANNING',
        'Nothing to report.',
      ]),
    );
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'APOLOGIES FOR ABSENCE'],
      ['2', 'DECLARATIONS OF INTEREST'],
      ['3', 'MINUTES OF THE PREVIOUS MEETING'],
      ['4', 'PLANNING'],
    ]);
  });
});
