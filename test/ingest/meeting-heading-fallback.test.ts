// The meeting's date and time from its own heading where the reader that read its items found none; never a date printed
// inside an item.
import { describe, expect, it } from 'vitest';
import { labelledTime } from '../../src/ingest/dates.ts';
import { parseDocument } from '../../src/ingest/parse-document.ts';

describe('labelledTime', () => {
  it('reads an hour with no am or pm as a time in a "Time:" field', () => {
    expect(labelledTime('10.30 – 19.55')).toBe('10:30');
    expect(labelledTime('7.00')).toBe('19:00');
    expect(labelledTime('14:00')).toBe('14:00');
    expect(labelledTime('6.30 pm')).toBe('18:30');
  });

  it('reads no time from a field that opens with something else', () => {
    expect(labelledTime('to be confirmed')).toBeNull();
    expect(labelledTime('Council Chamber, 7.00')).toBeNull();
  });
});

describe('a meeting whose reader found no date', () => {
  it('takes the date and time from the page heading that has no committee before them', () => {
    const page = [
      'Agenda and minutes',
      '',
      'Thursday, 12 March 2026 6:30 pm',
      '',
      'Venue: Committee Room 2, Civic Hall, Upper Marsham',
      '',
      'No. Item',
      '',
      '',
      'Minutes (5 February 2026) pdf icon PDF 14 KB',
      '',
      '',
      'Agreed as a correct record.',
      '',
      '',
      'Petition about parking in Orchard Row pdf icon PDF 12 KB',
      '',
      '',
      'Noted that the Council will review the parking scheme in the spring.',
      '',
      '',
      'Budget Monitoring Report pdf icon PDF 80 KB',
      '',
      '',
      'Agreed the report and noted the forecast underspend.',
    ].join('\n');
    const [meeting] = parseDocument(page).meetings;
    expect(meeting?.date).toBe('2026-03-12');
    expect(meeting?.time).toBe('18:30');
  });

  it('takes the hour from the "Time:" field under the "Date:" field', () => {
    const minutes = [
      'Minutes of the Council',
      '',
      'Date: Tuesday 10th February 2026',
      'Time: 10.30 – 16.15',
      'Place: Council Chamber, Shire Hall',
      'Present: Councillor P Ashworth (Chairman)',
      'Councillors: R Bhatt, C Dunmore, F Ellery',
      '',
      '1. Apologies for absence',
      'Apologies were received from Councillor T Quayle.',
      '2. Minutes',
      'The minutes of the meeting held on 9th December 2025 were approved as a correct record.',
    ].join('\n');
    const [meeting] = parseDocument(minutes).meetings;
    expect(meeting?.date).toBe('2026-02-10');
    expect(meeting?.time).toBe('10:30');
  });
});

describe('a headless text that records a decision but names no one', () => {
  const paragraphs = [
    'The Cabinet Member to outline the priorities for the year.',
    'The Chair invited the Cabinet Member to speak and discussion took place on possible topics.',
    'Members raised the cost of temporary accommodation.',
    'AGREED that a briefing be arranged for all Members.',
  ];

  it('is one undated meeting', () => {
    const doc = parseDocument(paragraphs.join('\n\n'));
    expect(doc.meetings).toHaveLength(1);
    expect(doc.meetings[0]!.date).toBeNull();
  });

  it('is no meeting when the decision is all there is', () => {
    expect(parseDocument(paragraphs[3]!).meetings).toEqual([]);
  });
});
