// Substitutes named inside an apology ("Cllr Borg (substituted by Cllr Wainwright)", "Councillor Dent (substitute:
// Councillor Line)", "Mr D Blacklock (Ms H Horne attended as substitute)") came to the meeting in the absent
// member's place, and so did members an apologies item says would arrive late.
import { describe, expect, it } from 'vitest';
import { apologiesFromSentence, presentNamedIn } from '../../src/ingest/attendance.ts';
import { classifyLines } from '../../src/ingest/line-kinds.ts';
import { documentLines } from '../../src/ingest/normalise-text.ts';
import { onlyMeeting } from './only-meeting.ts';

const names = (people: { name: string }[]) => people.map((p) => p.name);

describe('substitutes named in the apologies', () => {
  const minutes = (apologies: string) =>
    onlyMeeting(
      [
        'Minutes of the meeting of the Licensing Committee held on Monday 9 June 2025 at 10.00 am in the Town Hall',
        '',
        '1. Apologies for Absence',
        '',
        apologies,
        '',
        '2. Declarations of Interest',
        '',
        'There were none.',
      ].join('\n'),
    );

  it('reads "(substituted by ...)" and "(substitute: ...)" after an absent member as the substitute present', () => {
    const m = minutes('Apologies for absence were received from Cllr Borg (substituted by Cllr Wainwright) and Councillor Dent (substitute: Councillor Line).');
    expect(names(m.apologies)).toEqual(['Councillor Borg', 'Councillor Dent']);
    expect(names(m.present)).toEqual(['Councillor Wainwright', 'Councillor Line']);
  });

  it('reads the person in the bracket, not the absent member, as the one who "attended as substitute"', () => {
    const m = minutes('Apologies for absence were received from Mr D Blacklock (Ms H Horne attended as substitute) and Ms K Fairley.');
    expect(names(m.apologies)).toEqual(['Mr D Blacklock', 'Ms K Fairley']);
    expect(names(m.present)).toEqual(['Ms H Horne']);
  });

  it('reads the member an apologies sentence ends on as the substitute who came, not one more apology', () => {
    const attended = minutes('An apology for absence was received from Cllr Petra Lowe and Cllr Dev Anand attended as substitute.');
    expect(names(attended.apologies)).toEqual(['Councillor Petra Lowe']);
    expect(names(attended.present)).toEqual(['Councillor Dev Anand']);
    const substituting = minutes('Apologies were received from Councillors Ida Roper and Sam Kettle, and Councillor Noor Haddad was substituting.');
    expect(names(substituting.apologies)).toEqual(['Councillor Ida Roper', 'Councillor Sam Kettle']);
    expect(names(substituting.present)).toEqual(['Councillor Noor Haddad']);
  });

  it('reads "(Councillor X substituting)" after an absent member as X present', () => {
    const m = minutes('Apologies for absence were received from Councillor Marsh and Councillor Quill (Councillor Tern substituting).');
    expect(names(m.apologies)).toEqual(['Councillor Marsh', 'Councillor Quill']);
    expect(names(m.present)).toEqual(['Councillor Tern']);
  });
});

describe('a partner body after a member\'s name', () => {
  it('reads "Ms B Reilly, NHS England" and "X, Berkshire West ICB" as one person each, the body as the note', () => {
    const said = apologiesFromSentence('Apologies for absence were received from Mr I Johnson, Ms B Reilly, NHS England and Mr D Lane, Berkshire West ICB.');
    expect(said.map((a) => [a.name, a.note])).toEqual([
      ['Mr I Johnson', null],
      ['Ms B Reilly', 'NHS England'],
      ['Mr D Lane', 'Berkshire West ICB'],
    ]);
  });
});

describe('a substitute named in a sentence of its own', () => {
  it('reads the member who "substituted for", "attended in place of" or "was present as Substitute for" another as present', () => {
    const said = (text: string) => presentNamedIn(classifyLines(documentLines(text)));
    expect(said('Councillor Ann Bell substituted for Councillor Carl Dunn.')).toEqual(['Councillor Ann Bell']);
    expect(said('Councillor Ann Bell attended in place of Councillor Carl Dunn.')).toEqual(['Councillor Ann Bell']);
    expect(said('Councillor D Okoro was present as Substitute for Councillor Brent.')).toEqual(['Councillor D Okoro']);
  });
});
