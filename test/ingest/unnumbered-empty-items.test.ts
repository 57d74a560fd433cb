// A page whose headings carry no number: an item with nothing minuted stands straight above the next heading, and is
// an item too; a page saved from below its heading opens with the meeting's day and time alone.
import { describe, expect, it } from 'vitest';
import { classifyDocument } from '../../src/ingest/parse-document.ts';
import { onlyMeeting } from './only-meeting.ts';

const page = [
  'Tuesday, 3rd June, 2025 6.30 pm',
  '',
  'Apologies for Absence',
  '',
  '',
  'Declarations of Interest',
  '',
  'Minutes from the last meeting',
  '',
  'The minutes of the meeting held on 1 April 2025 were accepted as a true record and signed by the Chair.',
  '',
  '',
  'Leisure Centre Contract',
  '',
  'To consider the report of the Director of Place.',
  '',
  'The Board RESOLVED to extend the contract by one year.',
];

describe('items with nothing minuted on a page of unnumbered headings', () => {
  it('reads each title stacked above the next heading as an item, and the page opening with its day and time as minutes', () => {
    const m = onlyMeeting(page.join('\n'));
    expect(m.date).toBe('2025-06-03');
    expect(m.items.map((i) => i.title)).toEqual(['Apologies for Absence', 'Declarations of Interest', 'Minutes from the last meeting', 'Leisure Centre Contract']);
  });

  it('takes "Minutes from the last meeting" for the item it is, never the title of the document', () => {
    const line = classifyDocument('Minutes from the last meeting')[0]!;
    expect(line.kinds.has('minutes-title')).toBe(false);
  });

  it('stacks no line of the head above the first item: the chair marker stays the head\'s', () => {
    const m = onlyMeeting(
      [
        'At the Meeting of Kelvinside Council held in the Chamber on Monday, 2 March 2026 at 10.00 a.m.',
        '',
        'Present: Provost Ann Rae, Councillors Ian Bell and Jo Kerr',
        '',
        'Provost Ann Rae in the Chair',
        '',
        'DECLARATIONS OF INTEREST',
        '',
        'No declarations were made.',
        '',
        'MINUTES OF PREVIOUS MEETING',
        '',
        'The Minutes of Meeting of 2 February 2026 were approved as a correct record.',
        '',
        'ROADS REPORT',
        '',
        'The Council agreed to note the report.',
      ].join('\n'),
    );
    expect(m.items.map((i) => i.title)).toEqual(['DECLARATIONS OF INTEREST', 'MINUTES OF PREVIOUS MEETING', 'ROADS REPORT']);
  });
});
