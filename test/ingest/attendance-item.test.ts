// Attendance written the way small councils write it: as the first minute ("0311.01 Present",
// "1 In Attendance"), after a label closed by a semicolon ("PRESENT;"), with a role after the
// initials' bracket ("B Okafor (BO) Chair") and in a sentence ("X the clerk was in attendance").
import { describe, expect, it } from 'vitest';
import { onlyMeeting } from './only-meeting.ts';
import { apologiesFromItemText, apologiesFromSentence, chairFromSentence, isAttendanceItemTitle, presentNamedIn } from '../../src/ingest/attendance.ts';
import { classifyLines } from '../../src/ingest/line-kinds.ts';
import { documentLines } from '../../src/ingest/normalise-text.ts';
import { classifyDocument, parseDocument } from '../../src/ingest/parse-document.ts';

const names = (people: { name: string }[]) => people.map((p) => p.name);

describe('the attendance minuted as the first item', () => {
  const minutes = (first: string) =>
    [
      'Minutes of the Parish Council Meeting',
      'held in the Reading Room on Tuesday 11th March 2025 at 7.00pm',
      '',
      first,
      'Councillors: W. Ashdown (WA)(Chairman), F Idris (FI), C. Marston (CM)',
      'In Attendance: Mr P Quayle (Clerk)',
      'Apologies for Absence',
      'Councillor G. Lunt (GL)',
      '',
      '0311.02 Declarations of Interest',
      'There were none.',
      '',
      '0311.03 Bus Shelter',
      'It was resolved that the shelter be repainted.',
    ].join('\n');

  it('reads "0311.01 Present" as an item and its lines as who came, who chaired and who sent apologies', () => {
    const m = onlyMeeting(minutes('0311.01 Present'));
    expect(m.items.map((i) => i.number)).toEqual(['0311.01', '0311.02', '0311.03']);
    expect(names(m.present)).toEqual(['Councillor W. Ashdown', 'Councillor F Idris', 'Councillor C. Marston', 'Mr P Quayle']);
    expect(m.chair).toBe('Councillor W. Ashdown');
    expect(names(m.apologies)).toEqual(['Councillor G. Lunt']);
  });

  it('reads an "Attendance" item the same way, and a first item of another name by its labels only', () => {
    expect(names(onlyMeeting(minutes('0311.01 Attendance')).present)).toHaveLength(4);
    expect(names(onlyMeeting(minutes('0311.01 Welcome')).present)).toHaveLength(4);
    const unlabelled = minutes('0311.01 Welcome').replace('Councillors: ', 'Welcomed by ').replace('In Attendance: ', 'Thanks to ');
    expect(onlyMeeting(unlabelled).present).toEqual([]);
  });
});

describe('a community council\'s list with roles after the initials', () => {
  it('gives the chair to the person whose bracket "Chair" follows, not to the vice-chair after them', () => {
    const m = onlyMeeting(
      [
        'Minutes of the Council Meeting',
        '9th April 2025',
        '1 In Attendance',
        'Councillors B Okafor (BO) Chair, L Hughes (LH) Vice-Chair, M Pike (MP)',
        'Ffion Jarvis the clerk was in attendance.',
        '2 Apologies',
        'Councillor A Rowe',
        '3 Planning',
        'The Council had no objection.',
      ].join('\n'),
    );
    expect(m.chair).toBe('Councillor B Okafor');
    expect(names(m.present)).toEqual(['Councillor B Okafor', 'Councillor L Hughes', 'Councillor M Pike', 'Ffion Jarvis']);
    expect(m.present.find((p) => p.name === 'Councillor L Hughes')?.chair).toBe(false);
    expect(names(m.apologies)).toEqual(['Councillor A Rowe']);
  });
});

describe('"PRESENT;" with the names kept apart by semicolons', () => {
  it('reads the label and every surname, and the apologies sentence with its reasons', () => {
    const m = onlyMeeting(
      [
        'KELBY PARISH COUNCIL',
        'Minutes of the Ordinary Parish Council Meeting',
        'held 3rd December 2025',
        '',
        'PRESENT;  Cllrs Quinton;  Roper; Saddler',
        'Mr D. Vance (Parish Clerk)',
        '',
        '71           APOLOGIES',
        '                Apologies and valid reasons for absence were received from Cllr Tallis, and these were accepted.',
        '72           FINANCE',
        '                It was resolved that the accounts be paid.',
      ].join('\n'),
    );
    expect(names(m.present)).toEqual(['Councillor Quinton', 'Councillor Roper', 'Councillor Saddler', 'Mr D. Vance']);
    expect(names(m.apologies)).toEqual(['Councillor Tallis']);
  });
});

describe('people named in an annual parish meeting\'s sentences', () => {
  it('reads who was "also in attendance", without an honour or the words after "of"', () => {
    const m = onlyMeeting(
      [
        'Minutes of the Annual parish meeting, held at 7.30pm in the Jubilee Hall on 21st May 2026.',
        '',
        'Present: Cllrs Harker, Quill and Osei. Also in attendance for part of the meeting was Mrs Ada Voss, Head Teacher and Mr Len Pardoe OBE and Mr Ravi Mistry of the Fernley Bat Group who gave a talk.',
        '',
        '1. Apologies',
        'There were none.',
        '',
        '2. Minutes',
        'The minutes of the 2025 meeting were agreed as a true record.',
      ].join('\n'),
    );
    expect(names(m.present)).toEqual(['Councillor Harker', 'Councillor Quill', 'Councillor Osei', 'Mrs Ada Voss', 'Mr Len Pardoe', 'Mr Ravi Mistry']);
  });
});

describe('a role after a spaced dash', () => {
  it('is a note on the person, not part of the name', () => {
    const m = onlyMeeting(
      [
        'Minutes of the Licensing Sub-Committee held on Monday 9 March 2026 at 10.00 am',
        '',
        'Present: Councillors R Quigley (Chair), S Amin and T Bolt',
        'Also present: Mr Idris Vale – Applicant, Ms Petra Lund - Senior Licensing Officer',
        '',
        '1. Apologies',
        'There were none.',
        '',
        '2. Application for a premises licence',
        'RESOLVED that the licence be granted.',
      ].join('\n'),
    );
    expect(m.present.map((p) => [p.name, p.note])).toEqual([
      ['Councillor R Quigley', null],
      ['Councillor S Amin', null],
      ['Councillor T Bolt', null],
      ['Mr Idris Vale', 'Applicant'],
      ['Ms Petra Lund', 'Senior Licensing Officer'],
    ]);
  });
});

describe('an apologies sentence whose full stop was lost', () => {
  it('ends the names where the next sentence starts ("... Cllr Brandt It was noted that ...")', async () => {
    const { apologiesFromSentence } = await import('../../src/ingest/attendance.ts');
    const said = apologiesFromSentence(
      'Apologies for absence were received from Cllr Olawale and Cllr Brandt It was noted that Councillor Tennant would leave early and Councillor Quist chaired item 5.',
    );
    expect(names(said)).toEqual(['Councillor Olawale', 'Councillor Brandt']);
    const run = apologiesFromSentence('Apologies were received from Cllr Marsh With the Vice Chairman away Councillor Quist was asked to take the minutes.');
    expect(names(run)).toEqual(['Councillor Marsh']);
  });
});

describe('apologies among an item page\'s unlabelled words', () => {
  it('reads the apologies and the substitutes where no label parts the agenda\'s words from the minute', () => {
    const doc = parseDocument(
      [
        'Agenda item',
        '',
        'Welcome and Apologies',
        '',
        '',
        'The Chair welcomed members to the meeting.',
        '',
        'Apologies had been received from Cllrs Ada Pole and Ben Rusk. Cllrs Cy Dunn, Di Ames attended the meeting as substitutes.',
        '',
        '',
        'The Chair reported on the visit to the depot.',
      ].join('\n'),
    );
    const m = doc.meetings[0]!;
    expect(m.apologies.map((p) => p.name)).toEqual(['Councillor Ada Pole', 'Councillor Ben Rusk']);
    expect(m.present.map((p) => p.name)).toEqual(['Councillor Cy Dunn', 'Councillor Di Ames']);
  });

  it('ends a list of apologies at the sentence after it, and reads a substitute from a sentence that opens on a titled name', () => {
    const lines = classifyDocument(
      ['Apologies were noted from the following members:', '', '- Cllr Ada Pole', '', '- Cllr Ben Rusk', '', 'Alderman Sir Cy Dunn from the City Corporation attended as substitute for Cllr Pole.'].join('\n'),
    );
    expect(apologiesFromItemText(lines).map((p) => p.name)).toEqual(['Councillor Ada Pole', 'Councillor Ben Rusk']);
    expect(presentNamedIn(lines)).toEqual(['Alderman Sir Cy Dunn']);
  });
});

describe('apologies minuted under another title', () => {
  it('reads the apologies sentence of one of the first items when no item is titled for apologies', () => {
    const m = onlyMeeting(
      [
        'MINUTES of the meeting of the Audit Panel held on Monday 2 March 2026',
        '',
        'Present: Councillors Ada Pole (Chair), Ben Rusk and Cy Dunn',
        '',
        '1. WELCOME',
        '',
        'The Chair welcomed everyone. Apologies for absence were received from Councillor Di Ames.',
        '',
        '2. MINUTES',
        '',
        'RESOLVED – That the minutes be approved.',
      ].join('\n'),
    );
    expect(m.apologies.map((p) => p.name)).toEqual(['Councillor Di Ames']);
  });
});

describe('an apologies minute that is only its list', () => {
  it('reads one councillor a paragraph, each with a reason after a dash, after agenda words that name no one', () => {
    const minute = classifyLines(
      documentLines(
        [
          'Members are asked to tell Democratic Services of any apologies before the meeting.',
          '',
          'Councillor Amara Okafor – unwell',
          '',
          'Councillor Desmond Fairley - personal',
          '',
          'Councillor Ruth Penhaligon – leave',
        ].join('\n'),
      ),
    );
    expect(apologiesFromItemText(minute).map((a) => a.name)).toEqual(['Councillor Amara Okafor', 'Councillor Desmond Fairley', 'Councillor Ruth Penhaligon']);
  });

  it('stops at a paragraph of prose after the list', () => {
    const minute = classifyLines(documentLines(['Councillor Amara Okafor – unwell', '', 'The Chair welcomed the new Chief Executive, Councillor Desmond Fairley having proposed it.'].join('\n')));
    expect(apologiesFromItemText(minute).map((a) => a.name)).toEqual(['Councillor Amara Okafor']);
  });
});

describe('a chair named before an office set between commas', () => {
  it('reads the person before ", Sheriff," or ", Convener," and not the office', () => {
    expect(chairFromSentence('As Councillor Beatrice Lowther, Lord Mayor, was absent, Councillor Tomasz Wojcik, Sheriff, chaired the meeting.')).toBe('Councillor Tomasz Wojcik');
    expect(chairFromSentence('Councillor Ingrid Haldane, Convener, in the Chair.')).toBe('Councillor Ingrid Haldane');
  });

  it('takes a present item whose title carries a note on the meetings it covers as the attendance', () => {
    expect(isAttendanceItemTitle('PRESENT (ANNUAL AND ORDINARY MEETINGS)')).toBe(true);
    expect(isAttendanceItemTitle('Present (in person)')).toBe(true);
    expect(isAttendanceItemTitle('Apologies (annual meeting)')).toBe(false);
    expect(isAttendanceItemTitle('Presentation (Housing Strategy)')).toBe(false);
  });
});

describe('apologies given by the people a sentence opens with', () => {
  const said = (text: string) => apologiesFromSentence(text).map((a) => a.name);

  it('reads the subject of "gave her apologies", "had tendered his apologies" and "apologised for their inability to attend"', () => {
    expect(said('Mrs R Penhale gave her apologies as she was attending another meeting.')).toEqual(['Mrs R Penhale']);
    expect(said('Councillor Idris Vane, a signatory to the request, had tendered his apologies.')).toEqual(['Councillor Idris Vane']);
    expect(said('Councillors Tamsin Orme and Rhodri Bale apologised for their inability to attend the meeting.')).toEqual(['Councillor Tamsin Orme', 'Councillor Rhodri Bale']);
  });

  it('reads no one from an apology offered to someone for something else', () => {
    expect(said('Mr Quarrie offered his apologies to the Committee for failing to declare an interest at the last meeting.')).toEqual([]);
  });

  it('reads an apologies sentence given in an item of another name where nothing else gave apologies', () => {
    const m = onlyMeeting(
      [
        'Minutes of the Meeting of Harrowden Town Council held on Monday 9 March 2026 at 7.00 pm',
        '',
        'Present: Councillors A Tolley (Chair), B Vance and C Wolsey',
        '',
        '1. Reports from Outside Bodies',
        '',
        'The Community Association representative Mrs D Yarrow gave her apologies as she was away.',
        '',
        '2. Planning',
        '',
        'RESOLVED: that no objection be raised to application 26/0042.',
      ].join('\n'),
    );
    expect(m.apologies.map((a) => a.name)).toEqual(['Mrs D Yarrow']);
  });
});

describe('one more person joined to an apologies list by words of its own', () => {
  const said = (text: string) => apologiesFromSentence(text).map((a) => a.name);

  it('keeps the last absent member before a substitute clause opened by "with"', () => {
    expect(said('Apologies for absence were intimated on behalf of Councillors Ruth Aird, Colm Baird and Isla Vane with Councillor Moray Orr substituting for Councillor Vane.')).toEqual([
      'Councillor Ruth Aird',
      'Councillor Colm Baird',
      'Councillor Isla Vane',
    ]);
  });

  it('reads the person after "together with" and ", also" and not the post after them', () => {
    expect(said('Apologies were received from Councillors Tess Arden and Lyle Bram together with Nerys Coed.')).toEqual(['Councillor Tess Arden', 'Councillor Lyle Bram', 'Councillor Nerys Coed']);
    expect(said('Apologies were received from Mrs Ann Dray, also Peter Esk, Deputy Town Clerk.').map((n) => n.replace(/^Councillor /, ''))).toEqual(['Mrs Ann Dray', 'Peter Esk']);
  });
});

describe('an apologies sentence in wording no rule lists', () => {
  const said = (text: string) => apologiesFromSentence(text).map((a) => a.name);

  it('reads the people after the word that turns to them, a few words after "Apologies"', () => {
    expect(said('An apology for non attendance was received from Councillor Wren.')).toEqual(['Councillor Wren']);
    expect(said('Apologies for absence were given for Cllr Ivo Marsh and Cllr Bea Lund, and it was:')).toEqual(['Councillor Ivo Marsh', 'Councillor Bea Lund']);
    expect(said('Apologieswere received from Rona Keir and Councillor Tait.')).toEqual(['Rona Keir', 'Councillor Tait']);
  });

  it('reads no one where "for" goes on to no person, or no person follows', () => {
    expect(said('Apologies were noted for the late start of the meeting.')).toEqual([]);
    expect(said('Apologies for the delay in publishing the papers were given by the clerk.')).toEqual([]);
  });
});
