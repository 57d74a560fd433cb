// Attendance laid out in columns, as PDF-to-text gives a members' table: the gap between two columns is a run of
// spaces, so "A Bell      M Green" is two people and "Mark North      Director of Place" a person and their post.
import { describe, expect, it } from 'vitest';
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
});
