// A saved web page that sets every block apart by the same wide gap (a blank line, a line holding only a space, a
// blank line): a heading in capitals stands as far above its minute as any paragraph stands below the one before,
// and is still the item's heading.
import { describe, expect, it } from 'vitest';
import { onlyMeeting } from './only-meeting.ts';

const gap = ['', ' ', ''];
const page = (blocks: string[]) => onlyMeeting(blocks.flatMap((b, n) => (n === 0 ? [b] : [...gap, b])).join('\n'));

describe('headings on a page of wide gaps', () => {
  const blocks = [
    'Minutes of a meeting of the Leisure Services Committee held at Kirkmoor on 2nd March, 2026.',
    'Present:-',
    'Councillor Ailsa DRUMMOND, Convener, in the Chair.',
    'COMMUNITY HALL LETTINGS',
    'There was submitted Report No 41-2026 by the Head of Leisure on the charges for letting community halls.',
    'The Committee agreed the charges set out in Appendix 1 of the report.',
    'SPORTS PITCH DRAINAGE',
    'The Committee approved the drainage works at Eastfield Park at a cost of £18,400.',
    'LIBRARY OPENING HOURS',
    'The Committee agreed that the opening hours of the central library be extended on Thursdays.',
  ];

  it('reads each heading in capitals as an item, its minute three lines below it', () => {
    const m = page(blocks);
    expect(m.items.map((i) => i.title)).toEqual(['COMMUNITY HALL LETTINGS', 'SPORTS PITCH DRAINAGE', 'LIBRARY OPENING HOURS']);
  });

});
