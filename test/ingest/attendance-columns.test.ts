// Attendance laid out in columns, as PDF-to-text gives a members' table: the gap between two columns is a run of
// spaces, so "A Bell      M Green" is two people and "Mark North      Director of Place" a person and their post.
import { describe, expect, it } from 'vitest';
import { classifyLines } from '../../src/ingest/line-kinds.ts';
import { documentLines } from '../../src/ingest/normalise-text.ts';
import { onlyMeeting } from './only-meeting.ts';

const names = (people: { name: string }[]) => people.map((p) => p.name);

describe('attendance in columns', () => {
  const minutes = [
    'Audit and Governance Committee',
    '',
    'Minutes of the meeting held on Thursday 8 May 2025 at 10.00 am at Shire Hall',
    '',
    'Present:',
    '',
    'County Councillor Ruth Elland (Chair)',
    '',
    'County Councillors',
    'T Ainsworth                         G Hebden',
    'C Brearley                          L Pickles',
    '',
    'Co-opted Members:   J Thwaite                         P Verity',
    '',
    'Officers:           Nadia Quarmby                     Head of Internal Audit',
    '                    Owen Sutcliffe                    Committee Officer',
    '',
    '1.   Apologies',
    '',
    'Apologies were received from County Councillor F Ogden.',
    '',
    '2.   Declarations of Interest',
    '',
    'None were declared.',
  ].join('\n');

  it('reads each column of a members\' list as its own person, on a label\'s line too', () => {
    const m = onlyMeeting(minutes);
    expect(names(m.present)).toEqual(expect.arrayContaining(['T Ainsworth', 'G Hebden', 'C Brearley', 'L Pickles', 'J Thwaite', 'P Verity']));
    expect(names(m.present).some((name) => / [A-Z] [A-Z]/.test(name))).toBe(false);
  });

  it('reads an officer\'s post in the next column as the officer\'s note, not part of the name', () => {
    const m = onlyMeeting(minutes);
    const officers = m.present.filter((p) => p.role === 'employee');
    expect(officers.map((p) => [p.name, p.note])).toEqual([
      ['Nadia Quarmby', 'Head of Internal Audit'],
      ['Owen Sutcliffe', 'Committee Officer'],
    ]);
    expect(m.chair).toBe('County Councillor Ruth Elland');
    expect(names(m.apologies)).toEqual(['County Councillor F Ogden']);
  });

  it('carries a table of surnames in columns on from row to row under "Councillors", a row never read as a heading', () => {
    const m = onlyMeeting(
      [
        'At the ANNUAL MEETING of CITY COUNCIL held in the CIVIC CENTRE on WEDNESDAY, 14TH MAY, 2025 at 6.00 p.m.',
        '',
        'Councillors   Ainsley       Dobson        Hartley, J.   Oakes',
        '              Barraclough   Eccles        Hartley, M.   Pickering',
        '              Calvert       Greaves       Kershaw       Sutcliffe',
        '',
        'Apologies for Absence',
        '',
        'Apologies for absence were submitted on behalf of Councillor Thornton.',
        '',
        'Election of Mayor',
        '',
        '1. RESOLVED that Councillor Grace Lomax be appointed Mayor of the City for the ensuing year.',
      ].join('\n'),
    );
    expect(names(m.present)).toEqual([
      'Councillor Ainsley', 'Councillor Dobson', 'Councillor Hartley J', 'Councillor Oakes',
      'Councillor Barraclough', 'Councillor Eccles', 'Councillor Hartley M', 'Councillor Pickering',
      'Councillor Calvert', 'Councillor Greaves', 'Councillor Kershaw', 'Councillor Sutcliffe',
    ]);
  });

  it('reads a row of marks and names ("P   Clive Ambler") as one line, not as a table of people', () => {
    const m = onlyMeeting(
      [
        'Minutes of the Meeting of the Planning Committee held on Wednesday 10 April 2024 at 2.30pm',
        '',
        'Councillors:',
        'P   Gordon Whitcombe (Chairman)',
        'P   Clive Ambler                          A   Rosemary Kenning',
        '',
        'P: Present',
        'A: Apologies for absence submitted',
        '',
        '1. Minutes',
        '',
        'The minutes were approved.',
      ].join('\n'),
    );
    expect(names(m.present)).toEqual(['Gordon Whitcombe', 'Clive Ambler']);
    expect(names(m.apologies)).toEqual(['Rosemary Kenning']);
  });

  it('keeps a row in three columns or more from reading as a heading, and a line of one piece as it was', () => {
    const [row, heading] = classifyLines(documentLines('              Calvert       Greaves       Kershaw       Sutcliffe\nVote of Thanks to Retiring Mayor'));
    expect(row!.columns).toEqual(['Calvert', 'Greaves', 'Kershaw', 'Sutcliffe']);
    expect(row!.kinds.has('title')).toBe(false);
    expect(heading!.columns).toBeUndefined();
    expect(heading!.kinds.has('title')).toBe(true);
  });
});
