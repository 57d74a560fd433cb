// Minutes whose unnumbered headings are in capitals and run straight on into their minutes ("FINANCE. A cheque
// was signed ...", "THE MINUTES of the previous meeting were ..."), on a page whose own title gives the year
// the minutes' title leaves out.
import { describe, expect, it } from 'vitest';
import { onlyMeeting } from './only-meeting.ts';

const minutes = (title: string) =>
  [
    'Council Meeting 14th March 2022 – Minutes',
    '',
    title,
    '',
    'Present were Mr O Barr (Chairman), Mrs C Dunn and Mr E Finch.',
    '',
    'APOLOGIES FOR ABSENCE were received from Mrs G Hale',
    '',
    'THE MINUTES of the previous meeting were read, approved and signed.',
    '',
    'FINANCE. A cheque was signed to the village hall for room hire.',
    '',
    'PLANNING. No applications had been received.',
    '',
    'The meeting closed at 8.10pm.',
  ].join('\n');

describe('capitals headings run on into their minutes', () => {
  it('reads each paragraph that opens with a heading in capitals as an item, with or without a stop after it', () => {
    const m = onlyMeeting(minutes('MINUTES of the meeting of LOWFIELD PARISH COUNCIL held on Monday 14th March 2022 at 7pm in the School.'));
    expect(m.items.map((i) => i.title)).toEqual(['APOLOGIES FOR ABSENCE', 'THE MINUTES', 'FINANCE', 'PLANNING']);
    expect(m.apologies.map((a) => a.name)).toEqual(['Mrs G Hale']);
  });

  it('takes the year from the page\'s own title when the minutes\' title gives only the day and month', () => {
    const m = onlyMeeting(minutes('MINUTES of the meeting of LOWFIELD PARISH COUNCIL held on Monday 14th March at 7pm in the School.'));
    expect([m.date, m.items.length]).toEqual(['2022-03-14', 4]);
  });
});

describe('a list of payments under a heading in capitals', () => {
  it('is no heading: a line that ends in a sum of money is a payment', () => {
    const m = onlyMeeting(
      [
        'MINUTES of the meeting of LOWER FENBY PARISH COUNCIL held on Monday 9th March 2026 at 7pm in the Village Hall.',
        '',
        'Present were Mr A Lister (Chairman), Mrs B Quarry and Mr C Rook.',
        '',
        'APOLOGIES FOR ABSENCE were received from Mrs D Sowerby.',
        '',
        'FINANCE. A cheque was signed to the clerk for £212.40.',
        '',
        'Payment was made for equipment for the playing field:',
        '',
        'Goal nets   £84.99',
        '',
        'Line marker   £139.00',
        '',
        'Payment for these was made to Mr A Lister, a total of £223.99.',
        '',
        'PLANNING. No applications had been received.',
      ].join('\n'),
    );
    expect(m.items.map((i) => i.title)).toEqual(['APOLOGIES FOR ABSENCE', 'FINANCE', 'PLANNING']);
  });
});
