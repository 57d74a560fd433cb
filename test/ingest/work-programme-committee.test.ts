// Whose work programme: the committee each row carries, from the programme's
// heading, its covering note's "To:" line, or the agenda pack it sits in.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/ingest/parse-document.ts';
import { committeeFromHeading, committeeName } from '../../src/ingest/work-programme-committee.ts';
import { FILES, corpusText } from './corpus.ts';

const BOARD = "Education and Children's Services Scrutiny Board (2)";

const TABLE = [
  'Date\tTitle\tDetail\tLead Officer',
  '13 September 2023\tBudget Monitoring\tQuarter 1 position\tJane Smith',
  '\tLibraries Review\tAnnual review\tTom Jones',
  'Date to be determined\tHousing Allocations\tPolicy review\tAnn White',
].join('\n');

function committeesOf(text: string): Array<string | null> {
  const rows = parseDocument(text).workProgramme;
  expect(rows.length).toBeGreaterThan(0);
  return [...new Set(rows.map((r) => r.committee ?? null))];
}

describe('the committee of a work programme', () => {
  it('gives every row of the bundled pack the committee of its front sheet', () => {
    const rows = parseDocument(corpusText(FILES.pack2017)).workProgramme;
    expect(rows.length).toBeGreaterThan(20);
    for (const row of rows) expect(row.committee, row.title).toBe(BOARD);
  });

  it('reads the committee from the heading, before or after "Work Programme"', () => {
    expect(committeesOf(`Westbridge Borough Council\n\nScrutiny Co-ordination Committee Work Programme 2023/24\n\n${TABLE}`)).toEqual([
      'Scrutiny Co-ordination Committee',
    ]);
    expect(committeesOf(`Work Programme 2019/20 – Health and Social Care Scrutiny Board (5)\n\n${TABLE}`)).toEqual([
      'Health and Social Care Scrutiny Board (5)',
    ]);
    expect(committeesOf(`Finance and Corporate Services Scrutiny Board (1)\n\nWork Programme 2023/24\n\n${TABLE}`)).toEqual([
      'Finance and Corporate Services Scrutiny Board (1)',
    ]);
  });

  it('reads a complete "To:" line of the covering note, not a cut-off one', () => {
    const note = (to: string) => `Briefing note\n\nTo: ${to}\n\nDate: 13th September 2023\n\nSubject: Work Programme 2023-24\n\nAppendix 1\n\nWork Programme 2023/24\n\n${TABLE}`;
    expect(committeesOf(note('Audit and Procedures Committee 13th September 2023'))).toEqual(['Audit and Procedures Committee']);
    expect(committeesOf(note("Education and Children's Services"))).toEqual([null]);
  });

  it('takes no shorthand or generic words for a committee', () => {
    expect(committeesOf(`SB2 Work Programme 2017/18\n\n${TABLE}`)).toEqual([null]);
    expect(committeeFromHeading('SB2 Work Programme 2017/18')).toBeNull();
    expect(committeeFromHeading('Scrutiny Board Work Programme 2017/18')).toBeNull();
    expect(committeeName('Members of the Scrutiny Board')).toBeNull();
    expect(committeeName('Cabinet')).toBe('Cabinet');
    expect(committeeFromHeading('Work Programme for the Audit and Procedures Committee 2021/22')).toBe('Audit and Procedures Committee');
  });

  it('keeps one programme per committee: the same row in two committees\' programmes is two rows', () => {
    const text = `Scrutiny Co-ordination Committee Work Programme 2023/24\n\n${TABLE}\n\nAudit and Procedures Committee Work Programme 2023/24\n\n${TABLE}`;
    const rows = parseDocument(text).workProgramme.filter((r) => r.title === 'Budget Monitoring');
    expect(rows.map((r) => r.committee).sort()).toEqual(['Audit and Procedures Committee', 'Scrutiny Co-ordination Committee']);
  });
});
