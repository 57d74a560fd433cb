// Parish minutes published as web pages: a heading and its minute on one line, an agenda's wording as a
// title, an item's first lettered part on its number's line, and a page title printed twice.
import { describe, expect, it } from 'vitest';
import { classifyLine } from '../../src/ingest/line-kinds.ts';
import { onlyMeeting } from './only-meeting.ts';

const heading = (text: string) => classifyLine({ text, blank: false, bullet: false, emphasis: false, indent: 0 } as never, 0).heading;

describe('headings of parish web minutes', () => {
  it('reads a sentence after a colon as the minute, stop or no stop, and a subtitle after a colon as the title', () => {
    expect(heading('612. Apologies for Absence: There were no absentees')).toMatchObject({ number: '612', title: 'Apologies for Absence', rest: 'There were no absentees' });
    expect(heading('7. Planning: Land at Mill Lane')).toMatchObject({ number: '7', title: 'Planning: Land at Mill Lane', rest: null });
  });

  it('ends a heading in capitals where it runs on in lower case as its minute\'s subject', () => {
    expect(heading('1 APOLOGIES FOR ABSENCE received from L. Marchant')).toMatchObject({ title: 'APOLOGIES FOR ABSENCE', rest: 'APOLOGIES FOR ABSENCE received from L. Marchant' });
    expect(heading('2 THE MINUTES of the previous meeting were read and signed.')).toMatchObject({ title: 'THE MINUTES' });
  });

  it('reads an agenda\'s wording as the title before a stop', () => {
    expect(heading('613. To invite Councillors to declare an interest in matters on the Agenda. None were declared')).toMatchObject({
      title: 'To invite Councillors to declare an interest in matters on the Agenda',
      rest: 'None were declared',
    });
  });

  it('reads "615.  a) Planning applications" as item 615, its first part\'s title', () => {
    expect(heading('615.  a) Planning applications')).toMatchObject({ number: '615', title: 'Planning applications' });
    expect(heading('615a) Planning applications')).toMatchObject({ number: '615a' });
  });
});

describe('a page title printed twice', () => {
  it('heads one set of minutes', () => {
    const text = [
      'Minutes of Meeting, Tuesday, 4th February 2025',
      '',
      'Minutes of Meeting, Tuesday, 4th February 2025',
      '',
      'The Parish Council met on Tuesday, 4th February in the Methodist Hall, at 7.30pm',
      '',
      'Councillors: R. Castle, J. Fenwick',
      '',
      '1. Apologies for Absence: There were no absentees',
      '',
      '2. Speedwatch',
      '',
      'Dates for speedwatch have been set.',
    ].join('\n');
    const m = onlyMeeting(text);
    expect([m.date, m.time, m.items.map((i) => i.title)]).toEqual(['2025-02-04', '19:30', ['Apologies for Absence', 'Speedwatch']]);
  });
});

describe('a town council\'s minutes as a post on its site', () => {
  const post = (tail: string) =>
    [
      'Menu',
      '',
      'Home',
      'Contact Us',
      '',
      'Minutes of Full Council – 9 January 2025',
      '',
      'Posted on 15 January 2025',
      '',
      'MINUTES OF THE MEETING OF HARROWBY TOWN COUNCIL HELD ON THURSDAY 9 JANUARY 2025 AT 7.00PM',
      '',
      'PRESENT: Cllr D Foulkes (Town Mayor), Cllr A Greenhalgh, Cllr P Nwosu',
      '',
      'APOLOGIES FOR ABSENCE',
      '',
      'Apologies were received from Cllr M Harker.',
      '',
      'CHRISTMAS LIGHTS',
      '',
      'Cllr Greenhalgh reported on the switch-on event.',
      '',
      'DATE OF NEXT MEETING',
      '',
      'Thursday 13 February 2025 at 7.00pm.',
      '',
      'The meeting closed at 8.40pm.',
      '',
      tail,
    ].join('\n');

  it('is one meeting: the "Related" links below it are no minutes, "Posted on" is no item', () => {
    const m = onlyMeeting(post('Share this:\nFacebook\n\nRelated\n\nMinutes of Full Council – 12 December 2024\nMinutes of Planning Committee – 5 December 2024\n\nPrivacy Policy\nCookies'));
    expect(m.date).toBe('2025-01-09');
    expect(m.items.map((i) => i.title)).toEqual(['APOLOGIES FOR ABSENCE', 'CHRISTMAS LIGHTS', 'DATE OF NEXT MEETING']);
  });

  it('reads the town mayor in brackets as the chair and the present as those listed', () => {
    const m = onlyMeeting(post(''));
    expect(m.chair).toBe('Councillor D Foulkes');
    expect(m.present.map((p) => p.name)).toEqual(['Councillor D Foulkes', 'Councillor A Greenhalgh', 'Councillor P Nwosu']);
  });
});

describe('a parish\'s chairman named by surname on a line of their own', () => {
  it('reads "Chairman Hollins" as the chair and "Vice Chairman Mbeki" as present', () => {
    const text = [
      'Minutes of Meeting, Tuesday, 4th February 2025',
      '',
      'The Parish Council met on Tuesday, 4th February in the Methodist Hall, at 7.30pm',
      '',
      'Chairman Hollins',
      '',
      'Vice Chairman Mbeki',
      '',
      'Councillors: R. Castle, J. Fenwick',
      '',
      '1. Apologies for Absence: There were no absentees',
      '',
      '2. Speedwatch',
      '',
      'Dates for speedwatch have been set.',
    ].join('\n');
    const m = onlyMeeting(text);
    expect(m.chair).toBe('Hollins');
    expect(m.present.map((p) => p.name)).toEqual(['Hollins', 'Mbeki', 'Councillor R. Castle', 'Councillor J. Fenwick']);
  });
});

describe('apologies as minutes word them', () => {
  it('reads a label inside the item and apologies accepted by resolution', () => {
    const item = (minute: string) => onlyMeeting(`Minutes of the meeting of Oakley Parish Council held on 3 March 2025\n\nPresent: Cllr A Rowe\n\n1. Apologies\n\n${minute}\n\n2. Footpaths\n\nThe Clerk reported on the stile.`);
    expect(item('Apologies: Cllrs Smith (holiday) and Jones (illness).').apologies.map((a) => a.name)).toEqual(['Councillor Smith', 'Councillor Jones']);
    expect(item('RESOLVED that the apologies of Councillors Jo Park and Sam Reed be accepted.').apologies.map((a) => a.name)).toEqual(['Councillor Jo Park', 'Councillor Sam Reed']);
  });
});

describe('an officer\'s post printed before the name', () => {
  it('keeps the post as the note of one person', () => {
    const people = (line: string) => onlyMeeting(`Minutes of the meeting of Oakley Parish Council held on 3 March 2025\n\nPresent: Cllr A Rowe\n${line}\n\n1. Apologies\n\nNone.\n\n2. Footpaths\n\nThe Clerk reported on the stile.`).present.map((p) => [p.name, p.note]);
    expect(people('In attendance: Parish Clerk and RFO S Pennington')).toEqual([['Councillor A Rowe', null], ['S Pennington', 'Parish Clerk/RFO']]);
    expect(people('In attendance: Clerk - Mrs J Hale')).toEqual([['Councillor A Rowe', null], ['Mrs J Hale', 'Clerk']]);
  });
});

describe('a private part headed in other words', () => {
  it('makes the items under "ITEMS TAKEN IN PRIVATE" or "Part II - Items not open to the public" exempt', () => {
    for (const head of ['ITEMS TAKEN IN PRIVATE', 'Part II - Items not open to the public']) {
      const m = onlyMeeting(
        `CABINET\n\nMinutes of the meeting held at 10.00 am on Tuesday 18 March 2025\n\nPresent: Councillor N Okonjo (Chair), Councillor B Harte\n\n112 Declarations of Interest\nThere were none.\n\n113 Library Opening Hours\nRESOLVED that the revised opening hours be approved.\n\n${head}\n\n114 Depot Site Disposal\nRESOLVED that the disposal be approved.\n\nThe meeting ended at 11.20 am`,
      );
      expect(m.items.map((i) => [i.number, i.private])).toEqual([['112', false], ['113', false], ['114', true]]);
      expect(m.items[2]!.resolutions).toEqual([]);
    }
  });
});

describe('the document\'s own numbering', () => {
  const OPENING = ['Minutes of meeting 3 March 2025', '', '11/25 Apologies', 'Apologies were received from Mr Ashcombe.', ''];

  it('reads a slash after the number as its stop ("1/ Present")', () => {
    expect(heading('1/ Present')).toMatchObject({ number: '1', title: 'Present' });
  });

  it('takes a numbered sentence as an item where the numbers around it leave exactly its place', () => {
    const m = onlyMeeting(
      [
        ...OPENING,
        '12/25 The minutes of the February meeting were approved and signed.',
        '',
        '13/25 There were no reports from the County Councillor.',
        '',
        '14/25 Planning',
        'No objection was raised to the extension at Brook Cottage.',
      ].join('\n'),
    );
    expect(m.items.map((i) => `${i.number} ${i.title}`)).toEqual([
      '11/25 Apologies',
      '12/25 The minutes of the February meeting were approved and signed.',
      '13/25 There were no reports from the County Councillor.',
      '14/25 Planning',
    ]);
    expect(m.items[1]!.resolutions).toHaveLength(1);
  });

  it('leaves a numbered sentence in its item when the sequence does not need it', () => {
    const m = onlyMeeting(
      [
        ...OPENING,
        '12/25 Planning',
        'Members discussed two applications.',
        '',
        '13/25 The extension at Brook Cottage was supported.',
        '',
        '15/25 Finance',
        'The accounts were noted.',
        '',
        '16/25 Correspondence',
        'None.',
      ].join('\n'),
    );
    // 14/25 is not printed: the gap is not exactly the sentence's place, so it stays in item 12/25.
    expect(m.items.map((i) => i.number)).toEqual(['11/25', '12/25', '15/25', '16/25']);
  });

  it('keeps a title whose list under it opens with a roman numeral ("4/16 TO APPROVE" / "i.The minutes ...")', () => {
    const m = onlyMeeting(
      [
        'Minutes of the Parish Council Meeting held on Wednesday 9th April 2025 in the Village Hall at 7.30pm',
        '',
        '3/25 To receive DECLARATIONS OF INTEREST',
        'None were declared.',
        '',
        '4/25 TO APPROVE',
        'i.The minutes of the meeting held on 12th March 2025',
        'ii The minutes of the extraordinary meeting held on 26th March 2025',
        'Both sets of minutes were approved and signed.',
        '',
        '5/25 FINANCE',
        'The balance was noted.',
      ].join('\n'),
    );
    expect(m.items.map((i) => i.number)).toEqual(['3/25', '4/25', '5/25']);
  });
});

describe('items numbered in brackets, each title closed by ":-"', () => {
  it('reads the run with no blank lines between items, the minute run on, and "(l)" as the first', () => {
    const m = onlyMeeting(
      [
        '(l) Present:- Mr Ewan Carne(Chairman), Mrs Lowena Pascoe.',
        '(2) Apologies:- Apologies received from Mr Tomas Bray.',
        '(3) Minutes of Meeting Held on 4th March 2025 ;-',
        'These were read and signed by the Chairman.',
        '(4) Footpaths:- it was agreed to ask the County Council to clear path 12.',
        '(5) Date of next meeting:- Tuesday 6th May 2025.',
      ].join('\n'),
    );
    expect(m.items.map((i) => `${i.number} ${i.title}`)).toEqual(['1 Present', '2 Apologies', '3 Minutes of Meeting Held on 4th March 2025', '4 Footpaths', '5 Date of next meeting']);
  });
});
