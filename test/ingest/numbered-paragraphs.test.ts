// Minutes with no headings: every item a numbered paragraph, its numbers running on one by one (1, 2, 3 ... or a
// running minute reference n, n+1, n+2 ...); a list after a stem ending in a colon is no such layout.
import { describe, expect, it } from 'vitest';
import { onlyMeeting } from './only-meeting.ts';

/** Number and title, the title's closing stop aside (a heading's stop is not part of what is compared). */
const numbered = (items: { number: string | null; title: string }[]) => items.map((i) => [i.number, i.title.replace(/\.$/, '')]);

const minutes = (body: string[]) =>
  ['Fenmoor Parish Council', '', 'Minutes of the Annual Parish Meeting held on 12th May 2021 at 7.00pm.', '', 'Present: Cllrs Abbot, Brierley and Coyle.', '', ...body].join('\n');

describe('numbered paragraphs as items', () => {
  it('reads three paragraphs numbered 1, 2, 3 as three items titled by their first sentence', () => {
    const m = onlyMeeting(
      minutes([
        '1. Mrs Dale spoke about the hedgehog survey. She thanked the school for its help.',
        '',
        '2. The minutes of the 2020 meeting were agreed as a true record.',
        '',
        '3. Village Hall Report: The roof repairs are finished and the hall is open again.',
      ]),
    );
    expect(numbered(m.items)).toEqual([
      ['1', 'Mrs Dale spoke about the hedgehog survey'],
      ['2', 'The minutes of the 2020 meeting were agreed as a true record'],
      ['3', 'Village Hall Report'],
    ]);
  });

  it('reads sentence paragraphs opened by a running minute reference as items, a bracketed note after the first sentence left out of the title', () => {
    const m = onlyMeeting(
      minutes([
        '21/040 The members inspected the fence by the play area. Two panels are broken.',
        'Resolved: The Clerk to obtain a quote.',
        '21/041 The Clerk reported that the insurance is due for renewal. ( Quotes enclosed.)',
        'Resolved: The insurance be renewed.',
        '21/042 The Chair asked that the bench be repaired before the summer.',
      ]),
    );
    expect(numbered(m.items)).toEqual([
      ['21/040', 'The members inspected the fence by the play area'],
      ['21/041', 'The Clerk reported that the insurance is due for renewal'],
      ['21/042', 'The Chair asked that the bench be repaired before the summer'],
    ]);
  });

  it('takes three numbered lines after a stem ending in a colon as a list, not as items', () => {
    const m = onlyMeeting(
      minutes([
        'The Chairman reported on the year:',
        '',
        '1. The new bus shelter was put up in March.',
        '',
        '2. The footpath by the brook was cleared.',
        '',
        '3. The defibrillator was moved to the hall.',
      ]),
    );
    expect(m.items.map((i) => i.number)).not.toEqual(['1', '2', '3']);
  });
});
