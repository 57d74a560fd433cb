// How lists of people mark who came and part one person from the next beyond commas: a bracket after a name saying
// whether the person came ("(Present)", "(Not Present)", "(Apologies)"), slashes or bullets between names, a ditto
// mark for a repeated title, a label for the councillors of another council ("County Councillors:"), a post before a
// colon ("Head of Finance: J Rowe"), a national body after a name ("Audit Scotland").
import { describe, expect, it } from 'vitest';
import { readAttendance, readPeople } from '../../src/ingest/attendance.ts';
import { classifyLines } from '../../src/ingest/line-kinds.ts';
import { documentLines } from '../../src/ingest/normalise-text.ts';

const attendance = (text: string) => readAttendance(classifyLines(documentLines(text)));

describe('marks and separators in lists of people', () => {
  it('reads a bracketed attendance mark as who came, who sent apologies and who did not come', () => {
    const read = attendance(['Present:', 'Cllr A Hale (Chairman) (Present)', 'Cllr B Ince (Not Present)', 'Cllr C Jory (Present)', 'Cllr D Kemp (Apologies)'].join('\n'));
    expect(read.present.map((p) => [p.name, p.note, p.chair])).toEqual([
      ['Councillor A Hale', null, true],
      ['Councillor C Jory', null, false],
    ]);
    expect(read.apologies.map((p) => p.name)).toEqual(['Councillor D Kemp']);
  });

  it('parts names at slashes between three people at least, or at bullets, but keeps a post with one slash', () => {
    expect(readPeople('Councillors A Hale / B Ince / C Jory').map((p) => p.name)).toEqual(['Councillor A Hale', 'Councillor B Ince', 'Councillor C Jory']);
    expect(readPeople('Cllr A Hale • Cllr B Ince • Mrs C Jory, Parish Clerk').map((p) => [p.name, p.note])).toEqual([
      ['Councillor A Hale', null],
      ['Councillor B Ince', null],
      ['Mrs C Jory', 'Parish Clerk'],
    ]);
    expect(readPeople('Mrs C Jory, Deputy Clerk / RFO').map((p) => [p.name, p.note])).toEqual([['Mrs C Jory', 'Deputy Clerk / RFO']]);
  });

  it('takes the title above a ditto mark for the name after it', () => {
    expect(readPeople('Councillor A Hale, " Ince').map((p) => p.name)).toEqual(['Councillor A Hale', 'Councillor Ince']);
  });

  it('reads "County Councillors:" and "District Councillor:" as labels of people present, not as names', () => {
    const read = attendance(['Present: Cllr A Hale (Chair), Cllr B Ince', 'County Councillors: C Jory, D Kemp', 'District Councillor: Cllr E Lowe'].join('\n'));
    expect(read.present.map((p) => p.name.replace(/^Councillor /, ''))).toEqual(['A Hale', 'B Ince', 'C Jory', 'D Kemp', 'E Lowe']);
  });

  it('reads a post before a colon as the note of the person after it', () => {
    expect(readPeople('Democratic Services Officer: Mary Jones').map((p) => [p.name, p.note])).toEqual([['Mary Jones', 'Democratic Services Officer']]);
  });

  it('takes a national body after a name as the person\'s, never as a person', () => {
    expect(readPeople('Ms H Dunn, Audit Scotland').map((p) => [p.name, p.note])).toEqual([['Ms H Dunn', 'Audit Scotland']]);
  });

  it('reads no person in an item title run on after the list', () => {
    expect(readPeople('Councillor Questions On Notice')).toEqual([]);
  });
});

describe('where one person ends and the list goes on', () => {
  it('starts the members at a plural title after an office, the office kept with the person before it', () => {
    expect(readPeople('Mr Dominic Farrant - City Mayor Councillors Imran Aziz, Beth Caddick').map((p) => [p.name, p.note])).toEqual([
      ['Mr Dominic Farrant', 'City Mayor'],
      ['Councillor Imran Aziz', null],
      ['Councillor Beth Caddick', null],
    ]);
  });

  it('carries an apologies list on past a stop typed inside it when only names follow, never into a sentence', () => {
    const listed = attendance('Apologies for absence were received from Councillors Neil Dacre, Owen Ellison. Ruth Faulkner, Simon Garvey and Helen Ashe');
    expect(listed.apologies.map((p) => p.name.replace(/^Councillor /, ''))).toEqual(['Neil Dacre', 'Owen Ellison', 'Ruth Faulkner', 'Simon Garvey', 'Helen Ashe']);
    const sentence = attendance('Apologies for absence were received from Councillors Neil Dacre, Owen Ellison. Ruth Faulkner attended as substitute.');
    expect(sentence.apologies.map((p) => p.name)).toEqual(['Councillor Neil Dacre', 'Councillor Owen Ellison']);
  });
});
