// An office printed before the person who holds it, the person in brackets: "The Mayor (Councillor I. Kay) in the
// Chair", "Lord Mayor (Councillor Y) in the Chair.", with the next office holder run on after "in the Chair".
import { describe, expect, it } from 'vitest';
import { namesOfficeHolder, readPeople } from '../../src/ingest/attendance.ts';
import { onlyMeeting } from './only-meeting.ts';

describe('an office and its holder in brackets', () => {
  it('names the holder, keeps the office as the note, and takes "in the Chair" as the holder\'s', () => {
    const people = readPeople('The Mayor (Councillor P. Ashworth) in the Chair The Deputy Mayor (Councillor G. Lomax)');
    expect(people.map((p) => [p.name, p.note, p.chair])).toEqual([
      ['Councillor P. Ashworth', 'Mayor', true],
      ['Councillor G. Lomax', 'Deputy Mayor', false],
    ]);
  });

  it('gives the meeting its chair from the Present line', () => {
    const m = onlyMeeting(
      [
        'Minutes of the meeting of the City Council held on Tuesday, 4 March 2025 at 2.00 pm in the Council House',
        '',
        'PRESENT:- Lord Mayor (Councillor Yusuf Marsh) in the Chair.',
        '',
        'Councillors Abbott, Barker and Crane.',
        '',
        '1. Apologies',
        '',
        'Apologies were received from Councillor Dale.',
      ].join('\n'),
    );
    expect(m.chair).toBe('Councillor Yusuf Marsh');
    expect(m.present.map((p) => p.name)).toEqual(['Councillor Yusuf Marsh', 'Councillor Abbott', 'Councillor Barker', 'Councillor Crane']);
  });

  it('leaves a person whose bracket holds a post, not a holder, as the person', () => {
    expect(readPeople('Councillor Ann Holt (Mayor)').map((p) => [p.name, p.chair])).toEqual([['Councillor Ann Holt', true]]);
  });

  it('takes a civic office printed before a name as a title, the office the note', () => {
    const people = readPeople('Provost Elspeth Garvie, Depute Provost Lennie, Mayor Sir Peter Hallam, Bailie Ian Strachan and Councillor Ann Lee, Deputy Mayor');
    expect(people.map((p) => [p.name, p.note])).toEqual([
      ['Elspeth Garvie', 'Provost'],
      ['Lennie', 'Depute Provost'],
      ['Sir Peter Hallam', 'Mayor'],
      ['Ian Strachan', 'Bailie'],
      ['Councillor Ann Lee', 'Deputy Mayor'],
    ]);
  });

  it('gives an office printed alone its holder named next, joins an office left at a line\'s end to the name below, and takes "Chairman of the Council" alone as the chair before its holder', () => {
    expect(readPeople('The Provost, Councillor Jean Tolmie; Lord Mayor Councillor Ann Bell (Chair)').map((p) => [p.name, p.note, p.chair])).toEqual([
      ['Councillor Jean Tolmie', 'Provost', false],
      ['Councillor Ann Bell', 'Lord Mayor', true],
    ]);
    expect(readPeople('The Mayor, Councillors Amy Bell and Carl Dunn').map((p) => [p.name, p.note])).toEqual([
      ['Councillor Amy Bell', null],
      ['Councillor Carl Dunn', null],
    ]);
    expect(readPeople('Chairman of the Council, Councillor Ann Bell').map((p) => [p.name, p.chair])).toEqual([['Councillor Ann Bell', true]]);
    const m = onlyMeeting(
      [
        'THE KINGSFORTH COUNCIL',
        '',
        '26th February, 2026',
        '',
        'PRESENT:   Councillor Elspeth Garrow (Convener); Depute Provost',
        '           Niall Ormiston; Councillors Bruce and Cowie.',
        '',
        'APOLOGIES FOR   Councillors Kinnear and McAra.',
        'ABSENCE:',
        '',
        '21.   MINUTE',
        '',
        '      The Council noted the minute.',
      ].join('\n'),
    );
    expect(m.present.map((p) => [p.name, p.note])).toEqual([
      ['Councillor Elspeth Garrow', null],
      ['Niall Ormiston', 'Depute Provost'],
      ['Councillor Bruce', null],
      ['Councillor Cowie', null],
    ]);
    expect(m.apologies.map((p) => p.name)).toEqual(['Councillor Kinnear', 'Councillor McAra']);
  });

  it('takes "Town Mayor" before a titled name as the office, the holder the name', () => {
    expect(readPeople('Town Mayor Cllr Ann Benton, Deputy Town Mayor Cllr Bob Cole').map((p) => [p.name, p.note])).toEqual([
      ['Councillor Ann Benton', 'Town Mayor'],
      ['Councillor Bob Cole', 'Deputy Town Mayor'],
    ]);
  });

  it('takes an office in capitals before a dash as the chair held by the titled name after it', () => {
    expect(readPeople('THE MAYOR – Councillor R Tolland').map((p) => [p.name, p.chair])).toEqual([['Councillor R Tolland', true]]);
  });

  it('gives the chair to the person listed with the office that "The Lord Mayor in the Chair" names', () => {
    const heading = 'Minutes of the meeting of the City Council held on Wednesday 5 November 2025 at 2.00 pm';
    const list = 'Present: Councillors Abbott, Barker, Lord Mayor Councillor Yusuf Marsh and Councillor Crane';
    const m = onlyMeeting(`${heading}\n\n${list}\n\nThe Lord Mayor in the Chair\n\n1. Apologies\n\nApologies were received from Councillor Dale.`);
    expect(m.chair).toBe('Councillor Yusuf Marsh');
  });

  it('parts offices printed before their holders with no commas between them, the chair the one after "Chair"', () => {
    expect(readPeople('The Mayor Councillor Ada Quinlan Deputy Mayor Councillor Bram Ostler').map((p) => [p.name, p.note])).toEqual([
      ['Councillor Ada Quinlan', 'Mayor'],
      ['Councillor Bram Ostler', 'Deputy Mayor'],
    ]);
    const people = readPeople('Chair - Councillor Ada Quinlan Vice-Chair - Councillor Bram Ostler Deputy Mayor - Councillor Cy Lund Councillors Dee Moss, Eli Noon');
    expect(people.map((p) => p.name)).toEqual(['Councillor Ada Quinlan', 'Councillor Bram Ostler', 'Councillor Cy Lund', 'Councillor Dee Moss', 'Councillor Eli Noon']);
    expect(people.filter((p) => p.chair).map((p) => p.name)).toEqual(['Councillor Ada Quinlan']);
  });

  it('takes the holder of an office in brackets or after a dash without a title, never a post', () => {
    expect(readPeople('The Deputy Mayor (Olivia Brand)').map((p) => [p.name, p.note])).toEqual([['Olivia Brand', 'Deputy Mayor']]);
    expect(readPeople('Mayor - Ros Hale').map((p) => p.name)).toEqual(['Ros Hale']);
    expect(namesOfficeHolder('The Mayor (Councillor Thay Rowe)')).toBe(true);
    expect(namesOfficeHolder('The Deputy Mayor (Olivia Brand)')).toBe(true);
    expect(namesOfficeHolder('The Mayor (Chief Executive)')).toBe(false);
    expect(namesOfficeHolder('Mayor\'s Announcements')).toBe(false);
  });

  it('reads a plural title set as a label inside the run ("COUNCILLORS - "), the surnames after it councillors', () => {
    const people = readPeople('THE MAYOR - Councillor Roake. THE DEPUTY MAYOR - Councillor Vell COUNCILLORS - Amin, Brook MBE, C. Dale and Eames.');
    expect(people.map((p) => p.name)).toEqual(['Councillor Roake', 'Councillor Vell', 'Councillor Amin', 'Councillor Brook', 'Councillor C. Dale', 'Councillor Eames']);
    expect(people.find((p) => p.chair)?.name).toBe('Councillor Roake');
  });
});
