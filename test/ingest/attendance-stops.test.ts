// Attendance written in sentences: "Present." with a stop for its label, the chair's role after the name
// ("Cllr X, Chairman."), "Also Mrs Y" adding a person, a one-sentence apologies label that ends at its stop, and
// apologies whose people are the sentence's subject ("Cllr X sent apologies, which were accepted").
import { describe, expect, it } from 'vitest';
import { apologiesFromSentence, readPeople } from '../../src/ingest/attendance.ts';
import { onlyMeeting } from './only-meeting.ts';

const names = (people: { name: string }[]) => people.map((p) => p.name);

describe('attendance in sentences', () => {
  it('reads "Present." with a stop as the label when a titled name follows it', () => {
    const m = onlyMeeting(
      ['Minutes of the meeting held on Monday 2nd June 2025 in Carrow Hall.', '', 'Present. Councillors Ashe, Blount and Corder.', '', '1. Planning', '', 'No applications.'].join('\n'),
    );
    expect(names(m.present)).toEqual(['Councillor Ashe', 'Councillor Blount', 'Councillor Corder']);
  });

  it('gives the chair\'s role after a comma to the name before it, and still to the name after "The Chairman,"', () => {
    const after = readPeople('Cllr G. Maddox, Chairman. Cllrs H. Ellery and P. Gwynne.');
    expect(after.filter((p) => p.chair).map((p) => p.name)).toEqual(['Councillor G. Maddox']);
    const before = readPeople('The Chairman, Cllr G. Maddox, Cllrs H. Ellery and P. Gwynne.');
    expect(before.filter((p) => p.chair).map((p) => p.name)).toEqual(['Councillor G. Maddox']);
  });

  it('gives the chair\'s role to the name before it when initials or an honour\'s letters stand with the role', () => {
    const initials = readPeople('Ruaridh Galt, Chair (RG), Morven Laidlaw (ML), Ewan Tosh (ET)');
    expect(initials.filter((p) => p.chair).map((p) => p.name)).toEqual(['Ruaridh Galt']);
    expect(names(initials)).toEqual(['Ruaridh Galt', 'Morven Laidlaw', 'Ewan Tosh']);
    const honour = readPeople('Councillor Ada Prentice, MBE in the Chair. Councillor Bryn Hollis, Councillor Cara Ince');
    expect(honour.filter((p) => p.chair).map((p) => p.name)).toEqual(['Councillor Ada Prentice']);
  });

  it('reads "Also Mrs X" after a list as one more person', () => {
    expect(names(readPeople('Cllrs H. Ellery and P. Gwynne. Also Mrs N. Pryor, Clerk.'))).toEqual(['Councillor H. Ellery', 'Councillor P. Gwynne', 'Mrs N. Pryor']);
  });

  it('ends a one-sentence apologies label at its stop: the paragraphs after it are nobody\'s apologies', () => {
    const m = onlyMeeting(
      [
        'Minutes of the meeting held on Monday 2nd June 2025 in Carrow Hall.',
        '',
        'Present. Councillors Ashe, Blount and Corder.',
        '',
        'Apologies. Councillor Dyer.',
        '',
        'St. Olave\'s Church, Carrow. The path lights are out.',
        '',
        '1. Planning',
        '',
        'No applications.',
      ].join('\n'),
    );
    expect(names(m.apologies)).toEqual(['Councillor Dyer']);
  });

  it('reads the people before "sent apologies", whatever follows the verb', () => {
    expect(names(apologiesFromSentence('Cllr D. Vaughan sent apologies, which were accepted.'))).toEqual(['Councillor D. Vaughan']);
    expect(names(apologiesFromSentence('Cllrs Ashe and Blount sent their apologies, which were accepted.'))).toEqual(['Councillor Ashe', 'Councillor Blount']);
  });
});

describe('initials run into the surname', () => {
  it('reads "S.Dale", "K.O\'Donoghue" and "C.Cook(Clerk)" as people, a single word with no title still as no one', () => {
    expect(readPeople("A.Vigrass, L.Bowden,T.Dixon and K.O'Donoghue (clerk)").map((p) => p.name)).toEqual(['A.Vigrass', 'L.Bowden', 'T.Dixon', "K.O'Donoghue"]);
    expect(readPeople('C.Cook(Clerk), H. Longman')).toEqual([
      { name: 'C.Cook', note: 'Clerk', chair: false },
      { name: 'H. Longman', note: null, chair: false },
    ]);
    expect(readPeople('Resources')).toEqual([]);
  });
});

describe('a flattened list of people with no commas between them', () => {
  it('starts a new person at a clergy or police title as at a councillor\'s, and keeps a possessive post as the note', () => {
    const people = readPeople("Cllr G Beynon Cllr P Ellis Revd Canon H Morgan, Mayor's Chaplain Mr K Price, Community Link Officer");
    expect(people.map((p) => [p.name, p.note])).toEqual([
      ['Councillor G Beynon', null],
      ['Councillor P Ellis', null],
      ['Revd Canon H Morgan', "Mayor's Chaplain"],
      ['Mr K Price', 'Community Link Officer'],
    ]);
  });
});

describe('a list of people across a page and a list of posts', () => {
  it('carries a list left open at a page\'s end over the running footer onto the next page', () => {
    const m = onlyMeeting(
      [
        'PLANNING COMMITTEE',
        'Wednesday, 4 March 2026',
        'Present: Councillor Ives (Chairman)',
        'Councillors Amos, Birch, Coll,',
        '',
        'Planning Committee 4 March 2026 1',
        'Dent and Eyre',
        'APOLOGIES',
        'PL12/25',
        'Apologies for absence were recorded from Councillor Foy.',
      ].join('\n'),
    );
    expect(names(m.present)).toEqual(['Councillor Ives', 'Councillor Amos', 'Councillor Birch', 'Councillor Coll', 'Councillor Dent', 'Councillor Eyre']);
  });

  it('reads officers named by their posts alone as nobody, and a post after an officer\'s name as that officer\'s', () => {
    const m = onlyMeeting(
      [
        'Minutes of the Audit Committee held on 5 March 2026',
        '',
        'Present: Councillors Amos (Chair), Birch and Coll',
        '',
        'Officers: Chief Executive, Head of Finance, Democratic Services Officer',
        '',
        'Officers present: J Pike, Head of Audit, K Rowe',
        '',
        '1. Minutes',
        '',
        'The minutes were agreed.',
      ].join('\n'),
    );
    expect(m.present.filter((p) => p.role === 'employee').map((p) => [p.name, p.note])).toEqual([
      ['J Pike', 'Head of Audit'],
      ['K Rowe', null],
    ]);
  });
});

describe('labels run on in one line of attendance', () => {
  it('opens the apologies and the others present where their label runs on after the last name with no stop', () => {
    const m = onlyMeeting(
      [
        'AREA COMMITTEE',
        'Tuesday 3 March 2026',
        'Present: Councillor Ames in the Chair Councillors Bray, Cole and Dunn Apologies were received from Councillors Eade and Ford Also present 9 members of the public',
        '1 Welcome',
        'The Chair welcomed everyone.',
        '2 Minutes',
        'RESOLVED – That the minutes be approved.',
      ].join('\n'),
    );
    expect(names(m.present)).toEqual(['Councillor Ames', 'Councillor Bray', 'Councillor Cole', 'Councillor Dunn']);
    expect(names(m.apologies)).toEqual(['Councillor Eade', 'Councillor Ford']);
  });

  it('reads apologies "from the meeting", "received, noted and accepted from the following members:" and a second group\'s label', () => {
    const names = (text: string) => apologiesFromSentence(text).map((a) => a.name);
    expect(names('Apologies for absence from the meeting were received on behalf of Councillors Pardoe, Quennell and Rastrick.')).toEqual([
      'Councillor Pardoe',
      'Councillor Quennell',
      'Councillor Rastrick',
    ]);
    expect(names('The following apologies for absence were received, noted and accepted from the following members: Councillor M Nuttall - Work Councillor P Oddie - Other')).toEqual([
      'Councillor M Nuttall',
      'Councillor P Oddie',
    ]);
    expect(names('Apologies for absence were received from Councillor A Lyle and from Co-opted Members: Mr T Sallis and Mrs W Underdown.')).toEqual([
      'Councillor A Lyle',
      'Mr T Sallis',
      'Mrs W Underdown',
    ]);
  });
});
