// A CMIS page of minutes whose items lost their titles with their links: the minute's number alone, the minute, then
// the next number. The decided words under "Resolved:" end the minute before the next number; they are no title of
// the item that number opens, and the decision stays the minute's.
import { describe, expect, it } from 'vitest';
import { cmisPageHead } from './cmis-page-head.ts';
import { onlyMeeting } from './only-meeting.ts';

const page = [
  ...cmisPageHead({ committee: 'Full Council', when: '11 Mar 2026 - 10:00 to 16:00', tabs: ['Documents'] }),
  'Standard Items',
  '1 Apologies for Absence',
  '1',
  'Apologies for absence were received on behalf of Councillors Hale and Drury.',
  '2 Declarations of Interest',
  'To note any declarations of interest.',
  '2',
  '',
  'There were no declarations of interest.',
  '',
  '3',
  '',
  'Members asked that the minutes record the questions put at the meeting. The Chairman agreed to refer this to the working group and it was',
  '',
  ' Resolved:',
  '',
  ' That the minutes of the meeting held on 2 February 2026 be approved as a correct record.',
  '',
  '4',
  '',
  'Resolved:',
  '',
  ' That the minutes of the extraordinary meeting held on 16 February 2026 be approved as a correct record.',
  '',
  "5 Chairman's Announcements",
  '5',
  '',
  'The Chairman congratulated the library service on its award.',
].join('\n');

describe('a CMIS minute whose decision stands just above the next minute number', () => {
  it('keeps the decision its own and gives the next minute no title from it', () => {
    const items = onlyMeeting(page).items;
    expect(items.map((i) => i.title)).not.toContain('That the minutes of the meeting held on 2 February 2026 be approved as a correct record');
    expect(items.flatMap((i) => i.resolutions.map((r) => r.text))).toEqual([
      'That the minutes of the meeting held on 2 February 2026 be approved as a correct record.',
      'That the minutes of the extraordinary meeting held on 16 February 2026 be approved as a correct record.',
    ]);
  });
});
