// Schedule 12A: an exempt item's minute is read for nothing. A member who came in while the public were excluded is
// named only by that minute, so the record of who attended must not name them from it; an arrival minuted in public
// business is still read.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/ingest/parse-document.ts';
import { onlyMeeting } from './only-meeting.ts';

const minutes = (...lines: string[]) =>
  onlyMeeting(
    [
      'Minutes of the Meeting of Wexcombe Town Council held on Tuesday 3 March 2026 at 7.00pm in the Guildhall',
      '',
      'Present: Cllr H Ambler (Chair), Cllr J Birtle, Cllr K Colley',
      '',
      '1. Apologies for absence',
      'Apologies were received from Cllr Durrant.',
      '',
      '2. Allotments',
      'Councillor Pelling entered the meeting at 7.15pm.',
      'RESOLVED that the allotment rents be held for 2026/27.',
      '',
      '3. Exclusion of the press and public',
      'RESOLVED that the press and public be excluded from the meeting for the next item of business under the Public Bodies (Admission to Meetings) Act 1960 by reason of its confidential nature.',
      '',
      ...lines,
    ].join('\n'),
  );

describe('who attended, with an exempt item in the minutes', () => {
  it('names nobody from an exempt item\'s minute', () => {
    const meeting = minutes('4. Staffing matter', 'Councillor Quennell entered the meeting at 8.05pm.', 'RESOLVED that the recommendation be accepted.', '');
    expect(meeting.items.find((i) => i.number === '4')?.private).toBe(true);
    expect(JSON.stringify(meeting)).not.toContain('Quennell');
  });

  it('still reads an arrival minuted in public business', () => {
    const meeting = minutes('4. Staffing matter', 'RESOLVED that the recommendation be accepted.', '');
    expect(meeting.present.map((p) => p.name).join(' ')).toContain('Pelling');
  });
});

describe('who attended, on a meeting page with a restricted item', () => {
  const page = (restricted: string[]) =>
    [
      'Agenda and minutes',
      '',
      'Cabinet - Wednesday, 14th January, 2026 10.00 am',
      '',
      'Items',
      'No. Item',
      '',
      '87.',
      '',
      'Highway Maintenance Plan',
      '',
      'Minutes:',
      '',
      'Councillor Pelling joined the meeting at 10.10am.',
      'RESOLVED that the plan be approved.',
      '',
      '88.',
      '',
      'Disposal of the Former Tannery Site',
      '',
      'View the reasons why item 88 is restricted',
      '',
      'Minutes:',
      '',
      ...restricted,
    ].join('\n');

  it('names nobody from the restricted item\'s minute', () => {
    const meeting = parseDocument(page(['Councillor Quennell joined the meeting at 11.20am.', 'RESOLVED that the site be disposed of.'])).meetings[0]!;
    expect(meeting.items.map((i) => i.private)).toEqual([false, true]);
    expect(JSON.stringify(meeting)).not.toContain('Quennell');
    expect(meeting.present.map((p) => p.name).join(' ')).toContain('Pelling');
  });
});

describe('who chaired, on a CMIS page with an exempt item', () => {
  const page = (publicMinute: string[], exemptMinute: string[]) =>
    [
      'Meeting Details',
      '',
      'Meeting Summary',
      'Licensing and Regulatory Committee',
      '11 Feb 2026 - 14:00 to 15:40',
      'Occurred',
      '',
      'Documents',
      '',
      'Agenda',
      '',
      'Public Items',
      '1 Taxi Licensing Fees 2026/27',
      '',
      'To consider the report of the Head of Regulatory Services.',
      '',
      '1',
      ...publicMinute,
      'RESOLVED: that the fees set out in the report be approved.',
      '',
      'Exempt Items',
      '2 Review of a Private Hire Driver Licence',
      '',
      'Exempt under paragraph 1 of Part 1 of Schedule 12A to the Local Government Act 1972.',
      '',
      '2',
      ...exemptMinute,
      'RESOLVED: that the licence be revoked.',
    ].join('\n');

  it('names no chair from the exempt item\'s minute', () => {
    const meeting = parseDocument(page([], ['Councillor Dunmore in the Chair.'])).meetings[0]!;
    expect(meeting.items.map((i) => i.private)).toEqual([false, true]);
    expect(JSON.stringify(meeting)).not.toContain('Dunmore');
  });

  it('still reads a chair minuted in public business', () => {
    const meeting = parseDocument(page(['Councillor Dunmore in the Chair.'], [])).meetings[0]!;
    expect(meeting.chair).toContain('Dunmore');
  });
});
