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
});
