// The lines an executive's record of decision prints beside the decision ("Reason for decision – ...", "Other options
// considered – ...") on a meeting page rendered without numbers or labels: they belong to the item above, never start one.
import { describe, expect, it } from 'vitest';
import { onlyMeeting } from './only-meeting.ts';

const page = (...blocks: string[]) => ['Agenda, decisions and minutes', '', 'Venue: Council Chamber, Civic Hall', '', 'No. Item', '', '', ...blocks].join('\n');

describe('a record-of-decision line far below an unnumbered title', () => {
  it('stays in its item, and the lettered decisions under it are that item\'s', () => {
    const m = onlyMeeting(
      page(
        'Apologies for absence',
        '',
        '',
        'Apologies were received from Cllr Brightwell.',
        '',
        '',
        'Minutes of Previous Meeting pdf icon PDF 41 KB',
        '',
        '',
        '',
        'That the Minutes of the meeting on 5 May 2026 be confirmed as a correct record.',
        '',
        '',
        'Appointments to Panels pdf icon PDF 77 KB',
        '',
        '',
        '',
        'Reason for decision – as set out in the report.',
        '',
        'Other options considered - none.',
        '',
        '',
        '',
        'a)    That Councillor Amara Quist be appointed to the Grants Panel for 2026/27.',
        '',
        'b)    That Councillor Joel Brandt be appointed to the Adoption Panel for 2026/27.',
      ),
    );
    expect(m.items.map((i) => [i.title, i.resolutions.map((r) => r.text)])).toEqual([
      ['Apologies for absence', []],
      ['Minutes of Previous Meeting', ['the Minutes of the meeting on 5 May 2026 be confirmed as a correct record.']],
      ['Appointments to Panels', ['That Councillor Amara Quist be appointed to the Grants Panel for 2026/27.', 'That Councillor Joel Brandt be appointed to the Adoption Panel for 2026/27.']],
    ]);
  });
});
