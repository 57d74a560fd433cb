// An exclusion item whose minute does not resolve the exclusion in the statute's words: a note that a named item
// "would be considered in private session", or nothing under the agenda's own words. The item after it keeps its
// title only; a minute saying the business stayed in public seals nothing.
import { describe, expect, it } from 'vitest';
import { onlyMeeting } from './only-meeting.ts';

const head = ['Agenda and decisions', '', 'Transport Appeals Panel - Tuesday 9th June 2026 2.00 pm', '', 'Venue: Committee Room 3, Civic Centre', '', 'Items', 'No. Item', ''];
const minutesItem = ['1.', '', 'Minutes of Previous Meeting pdf icon PDF 120 KB', '', 'Decision:', '', 'That the Minutes of the meeting held on 3 March 2026 be approved as a correct record.', ''];
const exclusionAgenda =
  'To resolve that under Section 100(A)(4) of the Local Government Act 1972, the public be excluded from the meeting during consideration of the following items of business on the grounds that they involve the likely disclosure of exempt information as defined in Part 1 of Schedule 12A of the Act.';
const appeal = ['3.', '', 'Home to School Transport appeal (QR)', '', 'To consider the above appeal', '', 'Decision:', '', 'That the appeal be dismissed and the pass withdrawn.', ''];
const exempt = 'appeal be dismissed';

function page(exclusionDecision: string | null, exclusionTitle = 'Exclusion of the Public'): string {
  const exclusion = ['2.', '', exclusionTitle, '', exclusionAgenda, ''];
  if (exclusionDecision) exclusion.push('Decision:', '', exclusionDecision, '');
  return [...head, ...minutesItem, ...exclusion, ...appeal].join('\n');
}

describe('an exclusion item whose minute resolves nothing about the public', () => {
  it('seals the item a note says would be considered in private session', () => {
    const meeting = onlyMeeting(page('The Panel noted that Agenda Item 3 would be considered in private session.'));
    const item = meeting.items.find((i) => i.number === '3')!;
    expect(item.private).toBe(true);
    expect(JSON.stringify(meeting)).not.toContain(exempt);
  });

  it('seals the items the agenda words exclude when the minute is silent', () => {
    const meeting = onlyMeeting(page(null));
    expect(meeting.items.find((i) => i.number === '3')!.private).toBe(true);
    expect(JSON.stringify(meeting)).not.toContain(exempt);
  });

  it('seals the items after an exclusion item whose title reads as naming business of its own, and that item', () => {
    const meeting = onlyMeeting(page(null, 'Exclusion of the Public to consider reports containing exempt information'));
    expect(meeting.items.find((i) => i.number === '2')!.private).toBe(true);
    expect(meeting.items.find((i) => i.number === '3')!.private).toBe(true);
    expect(JSON.stringify(meeting)).not.toContain(exempt);
  });

  it('seals nothing when the minute says the business was considered in public', () => {
    const meeting = onlyMeeting(page('The Panel determined that the business for the meeting be considered in public.'));
    const item = meeting.items.find((i) => i.number === '3')!;
    expect(item.private).toBe(false);
    expect(item.resolutions.map((r) => r.text).join(' ')).toContain(exempt);
  });
});

describe('in PDF minutes', () => {
  const minutes = (exclusionMinute: string) =>
    [
      'NORTHMOOR TOWN COUNCIL',
      '',
      'Minutes of the meeting of the Finance Committee held on Tuesday 12 May 2026 at 7.00 pm',
      '',
      'Present: Councillors A Pennant (Chair), B Okafor and C Wray',
      '',
      '1. Apologies for absence',
      'None.',
      '',
      '2. Exclusion of the press and public',
      'To resolve to exclude the press and public from the meeting during discussion of the following item, in view of the confidential nature of the business to be transacted.',
      exclusionMinute,
      '',
      '3. Caretaker contract',
      'It was resolved to award the caretaker contract to the second tenderer at £14,200 a year.',
    ].join('\n');

  it('seals the item after an exclusion item whose minute says nothing either way', () => {
    const meeting = onlyMeeting(minutes(''));
    expect(meeting.items.find((i) => i.number === '3')!.private).toBe(true);
    expect(JSON.stringify(meeting)).not.toContain('second tenderer');
  });

  it('seals nothing when the minute says no exclusion was needed', () => {
    const meeting = onlyMeeting(minutes('This was not required as the item was taken in public.'));
    expect(meeting.items.find((i) => i.number === '3')!.private).toBe(false);
  });
});
