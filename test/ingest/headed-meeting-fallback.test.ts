import { describe, expect, it } from 'vitest';
import { isEmptyParse, parseDocument } from '../../src/ingest/parse-document.ts';

// A community council's minute whose attendance stands below three heading lines and whose numbered items run their
// titles into their minutes (no line reads as an item's heading): the readers find no meeting, yet the head says which.
const MINUTE = [
  'NORTHGLEN Minute of Meeting: Tuesday 3 March 2026',
  '',
  'Northglen Community Council Meeting',
  '',
  'Tuesday 3 March 2026 at 7.30pm in Room 12 Northglen Community Centre',
  '',
  'Present: Anna Lowrie – Chair Peter Dunn – Vice Chair Ruth Kerr – Secretary Colin Weir',
  '',
  'Apologies: Fiona Laing, Cllr Sam Boyd',
  '',
  '1. Welcome The Chair opened the March 2026 meeting of the Northglen Community Council and welcomed those attending.',
  '',
  '2. Minute of the Northglen Community Council Meeting – 3 February 2026 The minute of the 3 February 2026 meeting was approved.',
  '',
  '3. Ruth Kerr reported that the path by the burn had been resurfaced and that the stile at the top field had been repaired by the landowner.',
].join('\n');

describe('a document whose head names its meeting, though no reader found the meeting', () => {
  it('keeps the meeting with the date, hour and body its head gives', () => {
    const doc = parseDocument(MINUTE);
    expect(doc.meetings).toHaveLength(1);
    const meeting = doc.meetings[0]!;
    expect(meeting.kind).toBe('minutes');
    expect(meeting.date).toBe('2026-03-03');
    expect(meeting.time).toBe('19:30');
    expect(meeting.committee).toBe('Northglen Community Council');
  });

  it('finds no meeting in a page whose sentences only mention one', () => {
    const page = [
      'Community news',
      'These notes are written in plain English. They constitute the formal minute of the meeting.',
      'Tuesday 6 January 2026 | Harbour Hall',
      'Residents are welcome at every meeting of the council.',
    ].join('\n');
    expect(isEmptyParse(parseDocument(page))).toBe(true);
  });
});
