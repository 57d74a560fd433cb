// A police officer attending a council meeting is minuted by rank ("PCSO Wendy Lane", "P.C.S.O. Emily Vane",
// "Inspector G Rowe", "PC Dan Ives", "Sgt. Ann Cole"): the rank is a title, kept as the note; the person is the name.
import { describe, expect, it } from 'vitest';
import { readPeople } from '../../src/ingest/attendance.ts';
import { onlyMeeting } from './only-meeting.ts';

describe('police ranks before names', () => {
  it('reads the rank as a note', () => {
    expect(readPeople('PCSO Wendy Lane, P.C.S.O. Emily Vane and Inspector G Rowe').map((p) => [p.name, p.note])).toEqual([
      ['Wendy Lane', 'PCSO'],
      ['Emily Vane', 'PCSO'],
      ['G Rowe', 'Inspector'],
    ]);
  });

  it('reads a constable\'s and a sergeant\'s rank as a note too, abbreviated or not', () => {
    expect(readPeople('PC Dan Ives, P.C. Amy Fry, Sergeant Andrew Cairns and Sgt. Ann Cole').map((p) => [p.name, p.note])).toEqual([
      ['Dan Ives', 'PC'],
      ['Amy Fry', 'PC'],
      ['Andrew Cairns', 'Sergeant'],
      ['Ann Cole', 'Sgt'],
    ]);
  });

  it('reads a PCSO who sent apologies by name', () => {
    const m = onlyMeeting(
      [
        'Minutes of the meeting of Hollowmere Parish Council held on Monday 9 March 2026 at 7.30pm in the Village Hall',
        '',
        'Present: Cllr A Dunn (Chairman), Cllr B Eyre, Cllr C Frost',
        'In attendance: Inspector G Rowe, Mrs G Hale (Clerk)',
        '',
        '1. Apologies for absence',
        'Apologies were received from PCSO Wendy Lane and Cllr D Gale.',
        '',
        '2. Police report',
        'Inspector Rowe reported two thefts from vehicles in the village.',
      ].join('\n'),
    );
    expect(m.present.map((p) => p.name)).toEqual(['Councillor A Dunn', 'Councillor B Eyre', 'Councillor C Frost', 'G Rowe', 'Mrs G Hale']);
    expect(m.apologies.map((p) => p.name)).toEqual(['Wendy Lane', 'Councillor D Gale']);
  });
});
