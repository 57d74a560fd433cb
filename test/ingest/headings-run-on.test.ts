// Item headings whose number, title and minute share a line in ways other councils print them, and the attendance
// wordings that come with those layouts.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/ingest/dates.ts';
import { splitTitle } from '../../src/ingest/line-kinds.ts';
import { classifyDocument, parseDocument } from '../../src/ingest/parse-document.ts';

const headingOf = (text: string) => classifyDocument(text)[0]?.heading ?? null;
const untitled = (name: string) => name.replace(/^(?:Councillor|Cllr) /, '');

describe('a minute reference made of the body\'s abbreviated name, a stop and a number', () => {
  it.each([
    ['Ca.58               Apologies for absence', 'Ca.58', 'Apologies for absence'],
    ['Pl.7 Land north of Mill Lane', 'Pl.7', 'Land north of Mill Lane'],
  ])('%s', (line, number, title) => {
    expect(headingOf(line)).toMatchObject({ number, title });
  });

  it.each(['No.12 Bus Route to the station', 'Tel.01632 960 441', 'St.4 Mary Street'])('%s is no such reference', (line) => {
    expect(headingOf(line)?.number ?? '').not.toMatch(/^(?:No|Tel|St)\./);
  });
});

describe('a date whose year runs into "at"', () => {
  it('reads the date', () => {
    expect(findDates('held on Tuesday 3 March 2026at 6.30 pm').map((d) => d.date)).toEqual(['2026-03-03']);
  });
  it('reads no date from a year glued to any other word', () => {
    expect(findDates('on 3 March 2026atlas')).toEqual([]);
  });
});

describe('a heading and its minute on one line', () => {
  it('a title holding a date, then a dash glued to the year and the decision', () => {
    expect(splitTitle('Confirmation of the Minutes of the Meeting held on Thursday 15th January 2026– RESOLVED that the minutes be approved.')).toEqual({
      title: 'Confirmation of the Minutes of the Meeting held on Thursday 15th January 2026',
      rest: 'RESOLVED that the minutes be approved.',
    });
  });
  it('a title, then the first lettered part of the item', () => {
    expect(splitTitle('Burial ground matters. a) Invoice for grass cutting received.')).toEqual({ title: 'Burial ground matters', rest: 'a) Invoice for grass cutting received.' });
    expect(splitTitle("Public Forum a. Police Report. Two reports. b. Councillor's Report – The road would be resurfaced.")).toMatchObject({ title: 'Public Forum' });
    expect(splitTitle('Planning a. 26/00187/FUL Barn conversion, Low Garth.')).toMatchObject({ title: 'Planning' });
  });
  it('a title closed by its stop, then names and a reason after a dash', () => {
    expect(splitTitle('Apologies for absence. N Garside and E Pryce – work commitments.')).toEqual({
      title: 'Apologies for absence',
      rest: 'N Garside and E Pryce – work commitments.',
    });
  });
  it('a numbered heading of one word before a colon, then a sentence', () => {
    expect(headingOf('136/25 Correspondence: A letter from the footpaths officer was read.')).toMatchObject({ number: '136/25', title: 'Correspondence' });
    expect(headingOf('4. Note: the figures are provisional.')).toBeNull();
  });
  it('leaves a title that goes on after a dash whole', () => {
    expect(splitTitle('Cost of living support - review findings')).toEqual({ title: 'Cost of living support - review findings', rest: null });
  });
});

describe('attendance wordings', () => {
  const minutes = (attendance: string) =>
    parseDocument(
      [
        'MINUTES OF THE ORDINARY MEETING OF BRACKENRIGG PARISH COUNCIL HELD ON TUESDAY 10TH FEBRUARY 2026.',
        '',
        attendance,
        '',
        '1. Apologies for absence. N Garside and E Pryce – work commitments.',
        '',
        '2. Footpaths. The Clerk reported that the stile had been repaired.',
      ].join('\n'),
    ).meetings[0]!;

  it('"PRESENT were" then the list, the chair in brackets', () => {
    const meeting = minutes('PRESENT were P Ashworth (Chair), D Fenwick, L Okafor and the Clerk W Harbottle.');
    expect(meeting.chair).toBe('P Ashworth');
    expect(meeting.present.map((p) => p.name)).toEqual(expect.arrayContaining(['P Ashworth', 'D Fenwick', 'L Okafor']));
  });
  it('apologies whose reason follows a dash', () => {
    const meeting = minutes('PRESENT were P Ashworth (Chair), D Fenwick and L Okafor.');
    expect(meeting.apologies.map((a) => a.name)).toEqual(['N Garside', 'E Pryce']);
  });
  it('councillors attending remotely are present', () => {
    const meeting = minutes('Present: Councillors Ruth Penhallow (Chair) and Dev Makwana\n\nCouncillors in attendance remotely (not eligible to vote): Harriet Quell and Idris Bowen');
    expect(meeting.present.map((p) => untitled(p.name))).toEqual(expect.arrayContaining(['Harriet Quell', 'Idris Bowen']));
  });
});

describe('the chair named in the minutes', () => {
  const page = (minute: string) =>
    parseDocument(
      ['Agenda and minutes', '', 'Council - Thursday, 12th June, 2025 10.00 am', '', 'Items', 'No. Item', '', '1.', '', 'Announcements', '', 'Minutes:', '', minute, '', '2.', '', 'Minutes of the previous meeting', '', 'Minutes:', '', 'The minutes were agreed as a correct record.'].join('\n'),
    ).meetings[0]!;

  it('by office after the name: "Councillor X, Chair of the Council, welcomed ..."', () => {
    expect(page('Councillor Gwenllian Rhys, Chair of the Council, welcomed everyone to the meeting.').chair).toMatch(/Gwenllian Rhys$/);
  });
  it('not when the office is of another body named in full', () => {
    expect(page('Councillor Ann Tovey, Chairman of the Housing and Communities Scrutiny Panel, presented the report.').chair).toBeNull();
  });
  it('by surname when it took the chair, in full from where the same lines name it', () => {
    expect(page('Councillor Aled Pryce proposed Councillor Miriam Okonjo as Chair. Councillor Okonjo took the Chair at this point.').chair).toMatch(/Miriam Okonjo$/);
  });
  it('the vice chairman who acted as chairman, without the role before the name', () => {
    expect(page('The Vice Chairman T. Heaton acted as Chairman for the meeting.').chair).toBe('T. Heaton');
  });
});

describe('numberings of county, district and parish minutes', () => {
  const items = (text: string) => parseDocument(text).meetings[0]?.items.map((i) => `${i.number} | ${i.title}`) ?? [];
  const minutes = (body: string) => `MINUTES OF THE MEETING OF KINGSMERE PARISH COUNCIL HELD ON MONDAY 9TH MARCH 2026 AT 7.30PM\n\nPresent: Cllr A Hale (Chair), Cllr B Moss\n\n${body}`;

  it('numbers in brackets, each title alone and closed by ":-"', () => {
    expect(items(minutes('(1) Chairman\'s Welcome:-\nThe Chairman welcomed everyone.\n\n(2) Apologies:-\nNone.\n\n(3) Minutes of the last meeting:-\nThe minutes were approved.'))).toEqual([
      "1 | Chairman's Welcome",
      '2 | Apologies',
      '3 | Minutes of the last meeting',
    ]);
  });
  it('a part\'s letter and the item\'s number: "A1 APOLOGIES FOR ABSENCE"', () => {
    expect(items(minutes('A1 APOLOGIES FOR ABSENCE\nNone.\nA2 DECLARATIONS OF INTEREST\nNone.\nA3 PLANNING APPLICATIONS\nThe committee considered the applications.'))).toEqual([
      'A1 | APOLOGIES FOR ABSENCE',
      'A2 | DECLARATIONS OF INTEREST',
      'A3 | PLANNING APPLICATIONS',
    ]);
  });
  it('a reference set off by spaced slashes: "C / 63/07 / MINUTES"', () => {
    expect(headingOf('C / 63/07 / APOLOGIES FOR ABSENCE')).toMatchObject({ number: 'C / 63/07', title: 'APOLOGIES FOR ABSENCE' });
  });
  it('the minute\'s number far to the right of a heading in capitals', () => {
    expect(items(minutes('APOLOGIES FOR ABSENCE                                   1\n\nNone were received.\n\nHIGHWAYS CAPITAL PROGRAMME 2026/27                       2\n\nRESOLVED that the programme be approved.'))).toEqual([
      '1 | APOLOGIES FOR ABSENCE',
      '2 | HIGHWAYS CAPITAL PROGRAMME 2026/27',
    ]);
  });
  it('a figure far to the right of words in sentence case is no item', () => {
    expect(classifyDocument('Total grants awarded this year                 12')[0]?.heading ?? null).toBeNull();
  });
});

describe('the head of minutes', () => {
  it('"Present CHAIRMAN: COUNCILLOR X VICE CHAIRMAN: COUNCILLOR Y": the chair and the vice chair by their labels', () => {
    const meeting = parseDocument(
      'MINUTES OF THE MEETING OF KINGSMERE PARISH COUNCIL HELD ON MONDAY 9TH MARCH 2026\n\nPresent CHAIRMAN: COUNCILLOR R. DALTON VICE CHAIRMAN: COUNCILLOR P. BIRKETT\nCOUNCILLORS: S. ASHDOWN, M. CROWE\n\n1. Apologies\nNone.\n\n2. Minutes\nThe minutes were approved.',
    ).meetings[0]!;
    expect(meeting.chair).toMatch(/R\. DALTON$/);
    expect(meeting.present.map((p) => p.name.replace(/^COUNCILLOR |^Councillor /, ''))).toEqual(['R. DALTON', 'P. BIRKETT', 'S. ASHDOWN', 'M. CROWE']);
  });
  it('"Minutes Template", the Word template\'s name, names no committee', () => {
    const meeting = parseDocument(
      'Minutes Template\n\nNorthbrook District Council\n\nMinutes of a meeting of the Overview and Scrutiny Committee held on Tuesday, 3rd February, 2026 at 6.00 pm\n\nPresent: Cllr Ledger (Chairman), Cllr Amis\n\n1. Apologies for absence\nNone.\n\n2. Minutes\nRESOLVED that the minutes be approved.',
    ).meetings[0]!;
    expect(meeting.committee).toBe('Overview and Scrutiny Committee');
  });
});

describe('an agenda-item page', () => {
  const page = (lines: string[]) => parseDocument(['Agenda item', '', ...lines, '', 'Supporting documents:'].join('\n')).meetings[0]!;

  it('"33.1" alone above the title is the item\'s number', () => {
    const meeting = page(['33.1', '', 'Recycling Performance Update', '', 'Minutes:', '', 'RESOLVED that the update be noted.']);
    expect(meeting.kind).toBe('item-page');
    expect(meeting.items[0]).toMatchObject({ number: '33.1', title: 'Recycling Performance Update' });
  });
  it('an item its title marks exempt keeps its title only', () => {
    const meeting = page(['Sale of the Old Library (Exempt)', '', 'Minutes:', '', 'RESOLVED that the building be sold for £640,000.']);
    expect(meeting.items[0]).toMatchObject({ title: 'Sale of the Old Library (Exempt)', private: true, resolutions: [] });
    expect(JSON.stringify(meeting)).not.toContain('640,000');
  });
});

describe('bilingual attendance labels and names by initials', () => {
  const meeting = (head: string) =>
    parseDocument(`CYNGOR CYMUNED LLANFAIR COMMUNITY COUNCIL\n\nMinutes of the Meeting 11 March 2026 via Zoom\n\n${head}\n\n1 Cyhoeddiadau/Announcements. None.\n\n2 Cofnodion/Minutes. The minutes were approved as a true record.`).meetings[0]!;
  const names = (people: { name: string }[]) => people.map((p) => p.name.replace(/^Councillor /, ''));

  it('"PRESENNOL/PRESENT" with no spaces round the slash, names by initials with no commas', () => {
    const m = meeting('PRESENNOL/PRESENT Cllrs. G. Hughes R. Lloyd T. Owens\n\nPRESENNOL HEFYD/ ALSO PRESENT R. Parry J. Pughe Roberts\n\nYMDDIHEURIADAU/APOLOGIES Cllr. S. Morgan');
    expect(names(m.present)).toEqual(['G. Hughes', 'R. Lloyd', 'T. Owens', 'R. Parry', 'J. Pughe Roberts']);
    expect(names(m.apologies)).toEqual(['S. Morgan']);
  });
  it('"The Meeting was declared open at 7.15pm" gives the time', () => {
    expect(meeting('Present: Cllr G Hughes (Chair), Cllr R Lloyd\n\nThe Meeting was declared open at 7.15pm').time).toBe('19:15');
  });
});

describe('a usual heading that runs straight into its minute', () => {
  it.each([
    ['Cou/303/25-26 Declarations of Interest Cllr H Bright Personal interest in item 9 as a plot holder.', 'Declarations of Interest'],
    ['3. Election of Officers 2026/2027 Election to office was supported unanimously.', 'Election of Officers 2026/2027'],
    ['7. Correspondence Letters from the County Council were noted.', 'Correspondence'],
  ])('%s', (line, title) => {
    expect(headingOf(line)).toMatchObject({ title });
  });
  it('not into a sentence whose verb follows the word', () => {
    expect(headingOf('1. Apologies were received from Mrs Gillian Ashby and Mr Tom Reeve at the start of the meeting')?.title).not.toBe('Apologies');
  });
});

describe('a plural title before a list', () => {
  it('"County Councillors M Dorrance, S C Davies and P Roberts": each a County Councillor', () => {
    const meeting = parseDocument(
      'CABINET EXECUTIVE\nMinutes of a meeting of the Cabinet Executive held on Tuesday, 10 February 2026 at 10.00 am\n\nPresent: County Councillor J Gibson-Watt (Chair)\n\nCounty Councillors M Dorrance, S C Davies and P Roberts\n\n1. APOLOGIES\nNone.\n\n2. MINUTES\nThe minutes were approved.',
    ).meetings[0]!;
    expect(meeting.present.map((p) => p.name)).toEqual(['County Councillor J Gibson-Watt', 'County Councillor M Dorrance', 'County Councillor S C Davies', 'County Councillor P Roberts']);
  });
});

describe('a heading in capitals run on into its minute after the number of the minute\'s first paragraph', () => {
  it.each([
    ["LEADER'S REPORT 1. The Leader reported on the opening of the new interchange.", "LEADER'S REPORT"],
    ["LEADER'S REPORT 1. The Leader reported on the opening of the new", "LEADER'S REPORT"],
    ['COMMUNICATIONS: 01. Bowls Championships: The Mayor welcomed the team to the meeting.', 'COMMUNICATIONS'],
  ])('%s', (line, title) => {
    expect(splitTitle(line)?.title).toBe(title);
  });

  it('keeps a number a word in the heading refers to', () => {
    expect(splitTitle('CORRECTIONS TO MINUTE 5. The Clerk reported that the date was wrong.')?.title).toBe('CORRECTIONS TO MINUTE 5');
  });
});
