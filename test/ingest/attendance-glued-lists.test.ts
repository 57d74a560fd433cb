// Lists of people whose separators a PDF's columns lost: full names run together, posts after dashes run together,
// a list run on into the next heading, and a chair appointed for the meeting in the clause after a proposer.
import { describe, expect, it } from 'vitest';
import { readPeople } from '../../src/ingest/attendance.ts';
import { onlyMeeting } from './only-meeting.ts';

describe('lists whose separators were lost', () => {
  it('pairs full names run together with no commas, a title going with the name after it', () => {
    expect(readPeople('Councillors Eirlys Pryce Gareth Lloyd County Cllr Hefin Rowlands Siôn Bevan').map((p) => p.name)).toEqual([
      'Councillor Eirlys Pryce',
      'Councillor Gareth Lloyd',
      'County Councillor Hefin Rowlands',
      'Councillor Siôn Bevan',
    ]);
  });

  it('keeps a bracketed note after a surname in a run of full names, and marks the chair by it', () => {
    expect(readPeople('Councillors Olwen Trask Idris Melville Petra Quayle (Chairman) Bryn Ashdown').map((p) => [p.name, p.chair])).toEqual([
      ['Councillor Olwen Trask', false],
      ['Councillor Idris Melville', false],
      ['Councillor Petra Quayle', true],
      ['Councillor Bryn Ashdown', false],
    ]);
    // A note after a forename leaves the pairs uncertain: no run is parted there.
    expect(readPeople('Olwen (Chair) Trask Idris Melville Petra Quayle Bryn Ashdown').map((p) => p.name)).not.toContain('Idris Melville');
  });

  it('leaves names whole where the words do not pair, or an honour or a post stands among them', () => {
    expect(readPeople('Mary Ann Pryce Gareth Lloyd').map((p) => p.name)).toHaveLength(1);
    expect(readPeople('Alderman Sir Rupert Vane').map((p) => p.name)).toEqual(['Alderman Sir Rupert Vane']);
    expect(readPeople('Ann Jones Town Clerk').map((p) => p.name)).not.toContain('Town Clerk');
  });

  it('keeps two titles before one name together, and the role printed before them', () => {
    expect(readPeople('Chairman - Councillor Mrs D.E. Halloran').map((p) => [p.name, p.chair])).toEqual([['Councillor Mrs D.E. Halloran', true]]);
    expect(readPeople('Cllr Mr K Ashworth, Cllr Mrs G Bellamy').map((p) => p.name)).toEqual(['Councillor Mr K Ashworth', 'Councillor Mrs G Bellamy']);
  });

  it('parts people whose posts follow spaced dashes with no commas between them', () => {
    expect(readPeople('Ffion Hale – Town Clerk Gwen Ormond – Deputy Town Clerk Rhys Talbot – Administrative Officer').map((p) => [p.name, p.note])).toEqual([
      ['Ffion Hale', 'Town Clerk'],
      ['Gwen Ormond', 'Deputy Town Clerk'],
      ['Rhys Talbot', 'Administrative Officer'],
    ]);
  });

  it('reads a name with a post of its own after "and" as the next person, but keeps a portfolio\'s areas together', () => {
    expect(readPeople('Nia Gatward, Head of Libraries and Owen Brace, Head of Parks').map((p) => [p.name, p.note])).toEqual([
      ['Nia Gatward', 'Head of Libraries'],
      ['Owen Brace', 'Head of Parks'],
    ]);
    expect(readPeople('Councillor Ann Fenwick, Executive Member for Adults and Social Care, Portfolio Holder for Health').map((p) => p.name)).toEqual(['Councillor Ann Fenwick']);
  });

  it('ends a list of apologies run on into the next heading and its minute, and takes the chair from the clause after the proposer', () => {
    const m = onlyMeeting(
      [
        'Glyncoed Community Council Minutes of Meeting 7:30pm, Thursday 9th October 2025 at Glyncoed Village Hall',
        'Present: Councillors: Eirlys Pryce Gareth Lloyd Menna Howells Dafydd Morgan In Attendance: Nerys Hughes (Clerk)',
        'Apologies: Cllr Aled Price, Cllr Rhodri Evans Appointment of Chairman for this meeting It was proposed by Cllr Menna Howells and seconded by Cllr Gareth Lloyd that Cllr Dafydd Morgan take the chair for this meeting.',
      ].join('\n'),
    );
    expect(m.apologies.map((a) => a.name)).toEqual(['Councillor Aled Price', 'Councillor Rhodri Evans']);
    expect(m.chair).toBe('Councillor Dafydd Morgan');
  });

  it('parts a grid of initialled names run together, each surname ending a person, a bracketed note staying with it', () => {
    expect(readPeople('T W Ashdown K Barrow (Chairman) L M Cairns R Dunmore-Hale P J K Evesham').map((p) => [p.name, p.chair])).toEqual([
      ['T W Ashdown', false],
      ['K Barrow', true],
      ['L M Cairns', false],
      ['R Dunmore-Hale', false],
      ['P J K Evesham', false],
    ]);
    // A surname of two words after initials with stops is one person, as before.
    expect(readPeople('J. Pughe Roberts').map((p) => p.name)).toEqual(['J. Pughe Roberts']);
  });

  it('reads the grid under "Members in Attendance" and under a plural title repeated over its columns', () => {
    const labelled = onlyMeeting(
      'MINUTES of the meeting of the County Council held at Shire Hall on Tuesday 10 March 2026.\n\nMEMBERS IN ATTENDANCE\n\nT W Ashdown K Barrow (Chairman) L M Cairns R Dunmore-Hale P J K Evesham\n\n1. MINUTES\n\nThe minutes of the meeting held on 20 January 2026 were confirmed.\n\n2. PETITIONS\n\nThere were no petitions.\n',
    );
    expect(labelled.present.map((p) => p.name)).toEqual(['T W Ashdown', 'K Barrow', 'L M Cairns', 'R Dunmore-Hale', 'P J K Evesham']);
    expect(labelled.chair).toBe('K Barrow');
    const headed = onlyMeeting(
      'Councillor G Fenwick - Mayor in the Chair\n\nCouncillors Councillors Councillors\n\nT W Ashdown K Barrow L M Cairns R Dunmore-Hale P J K Evesham\n\nRESOLVED: That the minutes of the meeting of Council held on 4 February 2026 be approved as a true and accurate record.\n',
    );
    expect(headed.present.map((p) => p.name)).toEqual(['Councillor G Fenwick', 'T W Ashdown', 'K Barrow', 'L M Cairns', 'R Dunmore-Hale', 'P J K Evesham']);
  });
});
