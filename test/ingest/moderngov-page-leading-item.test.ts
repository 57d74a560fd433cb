// A numbered ModernGov meeting page may take business before its first number, straight under the "No. Item" head:
// an item without a number, titled when a title stands alone over its paragraphs, untitled when only its decision shows.
import { describe, expect, it } from 'vitest';
import { onlyMeeting } from './only-meeting.ts';

const page = (...leading: string[]) =>
  [
    'Agenda and minutes',
    '',
    'Council - Wednesday, 18th March, 2026 6.00 pm',
    '',
    'Venue: Council Chamber, Civic Hall, Wrexford',
    '',
    'Items',
    'No. Item',
    '',
    ...leading,
    '',
    '41.',
    '',
    'Minutes',
    '',
    'Minutes:',
    '',
    'The minutes of the meeting held on 21 January 2026 were agreed as a correct record.',
    '',
    '42.',
    '',
    'Declarations of Interest',
    '',
    'Minutes:',
    '',
    'There were no declarations of interest.',
  ].join('\n');

describe('the business a numbered meeting page takes before its first number', () => {
  it('is an untitled item when its decision is all that shows', () => {
    const m = onlyMeeting(
      page(
        'In the absence of the Mayor and the Deputy Mayor, nominations were sought for a Chair for the meeting.',
        '',
        'RESOLVED - That Councillor Ines Marlow be appointed Chair for the meeting.',
      ),
    );
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      [null, 'Untitled item'],
      ['41', 'Minutes'],
      ['42', 'Declarations of Interest'],
    ]);
    expect(m.items[0]!.resolutions.map((r) => r.text)).toEqual(['Councillor Ines Marlow be appointed Chair for the meeting.']);
  });

  it('is a titled item when a title stands alone over its paragraphs', () => {
    const m = onlyMeeting(page('PRESENTATIONS', '', 'The Mayor presented a long service award to the Council\'s head gardener, who retires this month.'));
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      [null, 'PRESENTATIONS'],
      ['41', 'Minutes'],
      ['42', 'Declarations of Interest'],
    ]);
  });

});
