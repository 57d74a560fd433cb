// A work programme lists the year's meeting dates, some with nothing planned yet ("-", "TBC",
// an empty cell): the board still meets then, so the date is kept as a planned meeting.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/ingest/parse-document.ts';
import { mergeAll } from '../../src/store/merge.ts';

const TABLE = [
  'Harbourside Borough Council',
  'Communities Scrutiny Panel',
  '',
  'Communities Scrutiny Panel Work Programme 2025/26',
  '',
  'Meeting date\tItem\tPurpose\tLead officer',
  '18 September 2025\tLibraries Review\tTo consider the draft findings of the review\tHead of Culture',
  '6 November 2025\t-\t\t',
  '22 January 2026\tTBC\t\t',
  '12 March 2026\tCommunity Safety Plan\tAnnual update\tCommunity Safety Manager',
  '',
].join('\n');

describe('a work programme date with nothing planned yet', () => {
  it('is read as a date the panel meets, not as an item', () => {
    const doc = parseDocument(TABLE, 'wp.txt');
    expect(doc.workProgramme.map((r) => [r.date, r.title])).toEqual([
      ['2025-09-18', 'Libraries Review'],
      ['2026-03-12', 'Community Safety Plan'],
    ]);
    expect(doc.emptyPlanDates?.map((d) => d.date)).toEqual(['2025-11-06', '2026-01-22']);
  });

  it('becomes a planned meeting in the record', () => {
    const parsed = parseDocument(TABLE, 'wp.txt');
    const record = mergeAll([{ parsed, source: { name: 'wp.txt', sha256: 'sha-wp', bytes: TABLE.length, kind: parsed.kind } }], new Date('2025-06-01T12:00:00Z')).toRecord();
    const dates = record.meetings.map((m) => [m.date, m.status]).sort();
    expect(dates).toEqual([
      ['2025-09-18', 'planned'],
      ['2025-11-06', 'planned'],
      ['2026-01-22', 'planned'],
      ['2026-03-12', 'planned'],
    ]);
  });

  it('is not read from a sentence that only begins with a date', () => {
    const prose = TABLE.replace('12 March 2026\tCommunity Safety Plan', '').concat(
      '\n30 June 2025 was the date on which the panel agreed this programme, after a workshop with the portfolio holder.\n',
    );
    expect(parseDocument(prose, 'wp.txt').emptyPlanDates?.map((d) => d.date)).not.toContain('2025-06-30');
  });
});
