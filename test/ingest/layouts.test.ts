// The parser on made-up documents written in the layouts real councils publish
// (test/fixtures/layouts/README.md): ModernGov meeting, agenda-item and issue
// pages as saved text, and PDF-to-text minutes of another council.
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ParsedDocument as ParsedDocumentSchema, type ParsedDocument, type ParsedItem, type ParsedMeeting } from '../../src/model.ts';
import { parseDocument } from '../../src/ingest/parse-document.ts';
import { normaliseText } from '../../src/ingest/normalise-text.ts';
import { readDocument } from '../../src/ingest/read-document.ts';

const DIR = fileURLToPath(new URL('../fixtures/layouts/', import.meta.url));
const parse = (name: string): ParsedDocument => parseDocument(readFileSync(`${DIR}${name}`, 'utf8'), name);
const only = (doc: ParsedDocument): ParsedMeeting => {
  expect(doc.meetings).toHaveLength(1);
  return doc.meetings[0]!;
};
const item = (m: ParsedMeeting, number: string | null, title?: string): ParsedItem => {
  const found = m.items.find((i) => i.number === number && (title === undefined || i.title === title));
  expect(found, `item ${number} ${title ?? ''}`).toBeDefined();
  return found!;
};
const texts = (i: ParsedItem) => i.resolutions.map((r) => r.text);
const requests = (i: ParsedItem) => i.requests.map((r) => [r.kind, r.text, r.due?.date ?? (r.due?.nextMeeting ? 'next meeting' : null)]);

describe('ModernGov "Agenda and minutes" page with numbers and "Minutes:" labels', () => {
  const doc = parse('moderngov-meeting-page/numbered-minutes-labels.txt');
  const m = only(doc);

  it('reads committee, date, time and venue from the page heading', () => {
    expect(doc.kind).toBe('minutes');
    expect(m).toMatchObject({
      kind: 'minutes',
      committee: 'Health and Housing Scrutiny Board (5)',
      date: '2023-06-14',
      time: '10:00',
      place: 'Committee Rooms 5 and 6 - Civic Hall',
      closingTime: null,
    });
    expect(m.contact).toMatch(/^Rosa Pemberton, Governance Services/);
  });

  it('reads numbers printed on their own line, sub-items "3a" and titles without the paper mark', () => {
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Apologies and Substitutions'],
      ['2', 'Declarations of Interest'],
      ['3', 'Minutes'],
      ['3a', 'To agree the minutes of the previous meeting held on 5th April 2023'],
      ['3b', 'Matters Arising'],
      ['4', 'Temporary Accommodation for Families'],
      ['5', 'Health and Housing Scrutiny Board (5) Work Programme 2023/24'],
      ['6', 'Other Urgent Public Business'],
    ]);
    expect(item(m, '4').reportAuthor).toBe('Briefing Note of the Director of Housing and Communities');
  });

  it('keeps the minute text as the body, not the agenda words', () => {
    const body = item(m, '4').body;
    expect(body).toMatch(/^The Board considered a Briefing Note/);
    expect(body).not.toContain('has been invited');
    expect(body).not.toContain('Additional documents');
  });

  it('splits each RESOLVED block into clauses, wrapped lines joined', () => {
    expect(texts(item(m, '4'))).toEqual([
      'Notes the progress made in reducing the use of hotels.',
      'Requests a report back on the new family hub in March 2024.',
      'Recommends that the Cabinet Member considers a pilot of weekend support for families in hotels.',
    ]);
    expect(requests(item(m, '4'))).toEqual([['report-back', 'Requests a report back on the new family hub in March 2024.', '2024-03-31']]);
  });

  it('reads a ":-" list stem and work-programme additions wrapped over lines', () => {
    const wp = item(m, '5');
    // A stem and its list of things are one decision, quoted as printed.
    expect(texts(wp)).toEqual([
      'the following additional issues to be added to the Work Programme: 1) Adaptations for Disabled Tenants – To include waiting times and funding 2) Empty Homes Strategy – To be considered at the meeting in October 2023',
    ]);
    expect(wp.workProgrammeAdditions).toEqual(['Adaptations for Disabled Tenants', 'Empty Homes Strategy']);
  });

  it('reads a promise to circulate in the passive and the apologies item', () => {
    expect(requests(item(m, '3a'))).toEqual([
      ['circulate', 'Further to Minute 41/22, the Board noted that figures on damp and mould complaints would be circulated to them shortly.', null],
    ]);
    expect(m.apologies.map((a) => a.name)).toEqual(['Councillor H Okafor', 'Councillor P Lindqvist']);
    // Four labelled decisions and the minutes of the last meeting "agreed and signed as a true record".
    expect(m.items.flatMap((i) => i.resolutions)).toHaveLength(5);
  });
});

describe('ModernGov "Agenda and minutes" page saved as HTML', () => {
  it('reads the item table through the HTML reader', async () => {
    const read = await readDocument(`${DIR}moderngov-meeting-page/saved-as-html.html`);
    expect(read.ok).toBe(true);
    const m = only(parseDocument(read.ok ? read.text : ''));
    expect(m).toMatchObject({ kind: 'minutes', committee: 'Audit Panel', date: '2021-05-03', time: '10:00', place: 'Committee Room 1, Civic Centre' });
    expect(m.items.map((i) => [i.number, i.title, i.reportAuthor])).toEqual([
      ['7', 'Annual Audit Letter', 'Report of the Chief Finance Officer'],
      ['8', 'Work Programme', null],
    ]);
    expect(texts(m.items[0]!)).toEqual(['the letter be noted', 'a progress report be brought back to the Panel in September 2021.']);
    expect(requests(m.items[0]!)).toEqual([
      ['report-back', 'a progress report be brought back to the Panel in September 2021.', '2021-09-30'],
    ]);
  });
});

describe('ModernGov "Agenda" page (no minutes yet)', () => {
  const doc = parse('moderngov-meeting-page/agenda-public-private.txt');
  const m = only(doc);

  it('is an agenda with its date, time and venue', () => {
    expect(doc.kind).toBe('agenda-pack');
    expect(m).toMatchObject({
      kind: 'agenda',
      committee: 'Health and Housing Scrutiny Board (5)',
      date: '2023-10-11',
      time: '14:00',
      place: 'Garden Rooms 1 and 2 - Civic Hall',
    });
    expect(m.apologies).toEqual([]);
  });

  it('lists the items, the one under Private Business marked private', () => {
    expect(m.items.map((i) => `${i.number} ${i.title}${i.private ? ' (private)' : ''}`)).toEqual([
      '1 Apologies and Substitutions',
      '2 Declarations of Interest',
      '3 Minutes',
      '3a To agree the minutes of the previous meeting held on 13th September 2023',
      '3b Matters Arising',
      '4 Empty Homes Strategy',
      '5 Health and Housing Scrutiny Board (5) Work Programme and Outstanding Issues 2023/24',
      '6 Other Urgent Public Business',
      '7 Leasing of Hostel Premises (private)',
    ]);
    // Nothing of an exempt item but its title and number is kept, not even its report's author.
    expect(item(m, '7').reportAuthor).toBeNull();
    expect(m.items.flatMap((i) => i.resolutions)).toEqual([]);
  });
});

describe('ModernGov minutes page rendered without numbers or labels', () => {
  const m = only(parse('moderngov-meeting-page/unnumbered-present-tense.txt'));

  it('reads the heading and takes titles from the paper mark and title-like lines', () => {
    expect(m).toMatchObject({ kind: 'minutes', committee: 'Economy and Skills Scrutiny Committee', date: '2023-02-07', time: '14:00' });
    expect(m.place).toBe('Council Chamber, Level 3, Town Hall Annexe');
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      [null, 'Apologies for Absence'],
      [null, 'Minutes'],
      [null, 'Adult Learning Offer'],
      [null, 'Overview Report'],
    ]);
    expect(m.apologies.map((a) => a.name)).toEqual(['Councillor Farah Quinn', 'Councillor Bill Stokes']);
  });

  it('reads decisions written in the present tense without the word RESOLVED', () => {
    const offer = item(m, null, 'Adult Learning Offer');
    expect(texts(offer)).toEqual(['The Committee notes the report and requests a further report on course fees in September 2023.']);
    expect(requests(offer)).toEqual([
      ['circulate', 'The Head of Skills and Employment undertook to circulate a breakdown of enrolments by ward.', null],
      ['report-back', 'The Committee notes the report and requests a further report on course fees in September 2023.', '2023-09-30'],
    ]);
    expect(offer.reportAuthor).toBe('Report of the Head of Skills and Employment');
    expect(texts(item(m, null, 'Overview Report'))).toEqual(['The Committee notes the report and agrees the work programme.']);
    expect(texts(item(m, null, 'Minutes'))).toEqual(['The Committee approves the minutes of the meeting held on 10 January 2023 as a correct record.']);
  });
});

describe('ModernGov unnumbered page whose resolution clauses wrap into paragraphs', () => {
  const m = only(parse('moderngov-meeting-page/unnumbered-wrapped-clauses.txt'));

  it('keeps listed clauses out of the item titles and joins their wrapped lines', () => {
    expect(m.items.map((i) => i.title)).toEqual(['Declarations of Interest', 'Council Plan Performance', 'Outstanding Issues']);
    const plan = item(m, null, 'Council Plan Performance');
    expect(texts(plan)).toEqual([
      'the following additional issues to be added to the Work Programmes indicated: 1) Library Services – To include information on opening hours and visitor numbers - Scrutiny Co-ordination Committee 2) Parks Strategy – To be considered by the Finance and Corporate Services Scrutiny Board (Scrutiny Board 1)',
    ]);
    expect(plan.workProgrammeAdditions).toEqual(['Library Services', 'Parks Strategy']);
  });
});

describe('ModernGov agenda-item page with paragraph numbers', () => {
  const doc = parse('moderngov-item-page/paragraph-numbers.txt');
  const m = only(doc);

  it('reads "RESOLVED: That the Committee:-" and lettered clauses with "; and" trimmed', () => {
    expect(doc.kind).toBe('item-page');
    expect(m.date).toBeNull();
    const i = m.items[0]!;
    expect(i.title).toBe('Reports from the Task and Finish Groups');
    expect(texts(i)).toEqual([
      'notes the progress now reported',
      'requests the Policy Officer to report back on the revised timetable for the park maintenance review to the next meeting.',
    ]);
    expect(requests(i)).toEqual([
      ['report-back', 'requests the Policy Officer to report back on the revised timetable for the park maintenance review to the next meeting.', 'next meeting'],
    ]);
  });
});

describe('ModernGov agenda-item page without the "Minutes:" label', () => {
  const doc = parse('moderngov-item-page/unlabelled-minute.txt');
  const i = only(doc).items[0]!;

  it('is an item page whose minute follows the agenda words after a wider gap', () => {
    expect(doc.kind).toBe('item-page');
    expect(i.title).toBe('Reports from Partner Organisations');
    expect(i.body).toMatch(/^The representative of the Youth Council described/);
    expect(i.body).not.toContain('to report');
  });

  it('reads its resolutions and the request to circulate', () => {
    expect(texts(i)).toEqual(['notes the information now reported', 'requests that the survey results be circulated to Members of the Committee.']);
    expect(requests(i)).toEqual([['circulate', 'requests that the survey results be circulated to Members of the Committee.', null]]);
  });
});

describe('ModernGov issue page', () => {
  const doc = parse('moderngov-issue-page/one-meeting.txt');
  const m = only(doc);

  it('takes the meeting from "Meeting: <date> - <committee> (Item n)"', () => {
    expect(doc.kind).toBe('minutes');
    expect(m).toMatchObject({ kind: 'minutes', committee: 'Communities Scrutiny Commission', date: '2022-09-19' });
    expect(m.items.map((i) => [i.number, i.title])).toEqual([['7', 'Library Opening Hours Review']]);
    expect(m.items[0]!.body).toMatch(/^The Head of Libraries presented/);
  });

  it('reads its resolutions and what is to be reported back', () => {
    const i = m.items[0]!;
    expect(texts(i)).toEqual([
      'the findings of the review be noted',
      'the results of the public consultation be reported back to the Commission in January 2023.',
    ]);
    expect(requests(i)).toEqual([
      ['report-back', 'the results of the public consultation be reported back to the Commission in January 2023.', '2023-01-31'],
    ]);
  });
});

describe('PDF-to-text minutes of another council', () => {
  const doc = parse('pdf-minutes-district/borough-council-other-house-style.pdf.txt');
  const m = only(doc);

  it('reads a title wrapped over three capitalised lines', () => {
    expect(m).toMatchObject({
      council: 'WESTBRIDGE BOROUGH COUNCIL',
      committee: 'CHILDREN AND YOUNG PEOPLE OVERVIEW AND SCRUTINY COMMITTEE',
      date: '2019-11-12',
      time: '18:30',
      place: 'COUNCIL CHAMBER, TOWN HALL, MARKET STREET',
      closingTime: '20:15',
    });
  });

  it('reads "PRESENT: X (Chair); Councillors ...", co-opted, also present, officers, substitutes and apologies', () => {
    expect(m.chair).toBe('Councillor Janet Ellery');
    const count = (role: string) => m.present.filter((p) => p.role === role).length;
    expect([count('member'), count('co-opted'), count('invited'), count('employee'), count('substitute')]).toEqual([5, 1, 1, 2, 1]);
    expect(m.present.find((p) => p.role === 'substitute')).toMatchObject({ name: 'Councillor Nia Rowe', note: 'for Councillor Gwen Pike' });
    expect(m.apologies.map((a) => a.name)).toEqual(['Councillor Gwen Pike', 'Councillor Ray Tolley']);
  });

  it('reads minute numbers "23/19" as printed', () => {
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['23/19', 'DECLARATIONS OF INTEREST'],
      ['24/19', 'MINUTES'],
      ['25/19', 'SCHOOL TRANSPORT REVIEW'],
      ['26/19', 'YOUTH SERVICE PERFORMANCE'],
      ['27/19', 'WORK PROGRAMME'],
    ]);
  });

  it('reads "RESOLVED –" then "That:" then numbered clauses, "; and" trimmed', () => {
    const transport = item(m, '25/19');
    expect(texts(transport)).toEqual([
      'the progress of the review be noted',
      'an update on journey times be provided to the Committee in March 2020',
      'the Cabinet Member be asked to consider a parent representative on the review board.',
    ]);
    expect(requests(transport)).toEqual([
      ['circulate', 'The Director undertook to circulate the contractor performance figures to Members of the Committee.', null],
      ['update', 'an update on journey times be provided to the Committee in March 2020', '2020-03-31'],
    ]);
  });

  it('reads "It was RESOLVED that" and "RESOLVED: That the Committee:-" with lettered clauses', () => {
    expect(texts(item(m, '26/19'))).toEqual(['the presentation be noted and that the Committee visits a youth centre before the next meeting.']);
    const wp = item(m, '27/19');
    expect(texts(wp)).toEqual([
      'notes the work programme for 2019/20',
      'requests that an item on school exclusions be added to the agenda for the next meeting.',
    ]);
    expect(requests(wp)).toEqual([
      ['circulate', 'ACTION: Scrutiny Officer to circulate the revised work programme to all Members.', null],
      ['next-meeting', 'requests that an item on school exclusions be added to the agenda for the next meeting.', 'next meeting'],
    ]);
  });

  it('drops the running head, page numbers and blank-page notes and mends hyphenated words', () => {
    const text = normaliseText(readFileSync(`${DIR}pdf-minutes-district/borough-council-other-house-style.pdf.txt`, 'utf8'));
    expect(text).not.toContain('Page 3');
    expect(text).not.toContain('Committee - 12 November 2019');
    expect(text).not.toContain('intentionally left blank');
    expect(text).toContain('reliability of contractors.');
    expect(item(m, '25/19').body).not.toMatch(/12 November 2019/);
  });
});

describe('ModernGov minutes page saved as a markdown table', () => {
  const m = only(parse('moderngov-table/markdown-rows-run-together.md'));

  it('reads a heading broken before the date', () => {
    expect(m).toMatchObject({
      kind: 'minutes',
      committee: 'Scrutiny Board (Environment and Transport)',
      date: '2023-03-02',
      time: '13:30',
      place: 'Civic Hall, Room 4',
    });
  });

  it('reads one item per table row, titles in capitals or before the paper mark', () => {
    expect(m.items.map((i) => i.title)).toEqual(['APOLOGIES FOR ABSENCE', 'Untitled item', 'Street Lighting Replacement Programme', 'WORK SCHEDULE']);
    expect(m.items[1]!.body).toBe('The minutes of the meeting held on 2nd February 2023 were agreed as a correct record.');
    expect(m.items[2]!.reportAuthor).toBe('Report of the Director of Highways');
    expect(m.apologies.map((a) => a.name)).toEqual(['Councillor Lena Marsh', 'Councillor Victor Hale']);
  });

  it('reads the minute text of a row over several lines, and "Agreed that" as a decision', () => {
    const lighting = m.items[2]!;
    expect(texts(lighting)).toEqual(['notes the progress of the programme', 'requests an update on the dimming trial at its meeting in July 2023.']);
    expect(requests(lighting)).toEqual([['update', 'requests an update on the dimming trial at its meeting in July 2023.', '2023-07-31']]);
    expect(texts(m.items[3]!)).toEqual(['the work schedule be approved, subject to adding bus shelter maintenance to the April meeting.']);
  });
});

describe('plain-text minutes with "MINUTE NO." headings', () => {
  const m = only(parse('pdf-minutes-district/minute-no-headings.txt'));

  it('reads the one-line title with the place before the date and a "p.m." time', () => {
    expect(m).toMatchObject({
      council: 'SOUTHSHIRE DISTRICT COUNCIL',
      committee: 'Communities Scrutiny Panel',
      date: '2024-03-04',
      time: '19:00',
      place: 'Council Chamber, Civic Offices',
      closingTime: '20:10',
    });
  });

  it('reads "Present:-", a plural title carried over the list, and officers in attendance', () => {
    expect(m.chair).toBe('Councillor R Acton');
    expect(m.present.map((p) => `${p.role}:${p.name}`)).toEqual([
      'member:Councillor R Acton',
      'member:Councillor D Bell',
      'member:Councillor F Cole',
      'member:Councillor G Dunn',
      'employee:H Ellis',
      'employee:J Ford',
    ]);
    expect(m.apologies.map((a) => a.name)).toEqual(['Councillor K Grant']);
  });

  it('reads "MINUTE NO. 31 – TITLE" headings and a RECOMMENDED decision', () => {
    expect(m.items.map((i) => [i.number, i.title, texts(i)])).toEqual([
      ['31', 'APOLOGIES', []],
      ['32', 'HOUSING ALLOCATIONS POLICY', ['to Cabinet that the draft policy be approved.']],
    ]);
  });
});

describe('PDF-to-text agenda pack of another council', () => {
  const doc = parse('agenda-pack/county-pack-with-previous-minutes.pdf.txt');

  it('is a pack, not an agenda-item page, for all its "Agenda Item 3" stamp', () => {
    expect(doc.kind).toBe('agenda-pack');
    expect(doc.meetings.map((m) => [m.kind, m.date])).toEqual([
      ['agenda', '2024-05-14'],
      ['minutes', '2024-04-02'],
    ]);
  });

  it('reads the front sheet with its membership printed above the items', () => {
    const agenda = doc.meetings[0]!;
    expect(agenda).toMatchObject({
      council: 'Northshire County Council',
      committee: "Children's Services Scrutiny Committee",
      time: '10:00',
      place: 'Committee Room 1, County Hall, Northtown',
      chair: 'Councillor A Baker',
      contact: 'Paul Quinn, Democratic Services Officer',
    });
    expect(agenda.membership).toHaveLength(5);
    expect(agenda.items.map((i) => [i.number, i.title, i.pages])).toEqual([
      ['1', 'Apologies for Absence', null],
      ['2', 'Declarations of Interest', null],
      ['3', 'Minutes of the Previous Meeting', 'Pages 1 - 6'],
      ['4', 'SEND Transport', 'Pages 7 - 20'],
      ['5', 'Work Programme', 'Pages 21 - 26'],
    ]);
    expect(agenda.items[3]!.reportAuthor).toBe("Report of the Director of Children's Services");
  });

  it('reads the previous minutes in the pack', () => {
    const minutes = doc.meetings[1]!;
    expect(minutes).toMatchObject({
      committee: "CHILDREN'S SERVICES SCRUTINY COMMITTEE",
      time: '10:00',
      place: 'County Hall, Northtown',
      chair: 'Councillor A Baker',
      closingTime: '11:45',
    });
    expect(minutes.present).toHaveLength(4);
    expect(minutes.apologies.map((a) => a.name)).toEqual(['Councillor I Jones']);
    expect(minutes.items.map((i) => [i.number, i.title, texts(i)])).toEqual([
      ['12', 'MINUTES OF THE PREVIOUS MEETING', ['the minutes of the meeting held on 5 March 2024 be confirmed.']],
      ['13', 'YOUTH JUSTICE PLAN', ['the plan be endorsed.']],
    ]);
  });
});

describe('minutes with "Decision" headings and lettered minute references', () => {
  const m = only(parse('pdf-minutes-metropolitan/decision-headings.txt'));

  it('takes the committee from the line above "Minutes of the meeting held on ..."', () => {
    expect(m).toMatchObject({ committee: 'Economy and Regeneration Scrutiny Committee', date: '2023-02-08', chair: 'Councillor Patel' });
  });

  it('reads "– in the Chair" and a role after a comma as a note', () => {
    expect(m.present.map((p) => [p.role, p.name, p.note])).toEqual([
      ['member', 'Councillor Patel', null],
      ['member', 'Councillor Doyle', null],
      ['member', 'Councillor Iqbal', null],
      ['member', 'Councillor Moss', null],
      ['member', 'Councillor Yarrow', null],
      ['invited', 'Councillor Fenwick', 'Executive Member for Skills'],
    ]);
    expect(m.apologies.map((a) => a.name)).toEqual(['Councillor Lund']);
  });

  it('reads "ERSC/23/8" references and "Decision" blocks', () => {
    expect(m.items.map((i) => [i.number, i.title, texts(i)])).toEqual([
      ['ERSC/23/7', 'Minutes', ['The Committee approves as a correct record the minutes of the meeting held on 11 January 2023.']],
      ['ERSC/23/8', 'Adult Learning Offer', ['notes the report', 'requests that a further report be submitted in September 2023.']],
      ['ERSC/23/9', 'Overview Report', ['The Committee notes the report and agrees the work programme.']],
    ]);
    expect(requests(item(m, 'ERSC/23/8'))).toEqual([['report-back', 'requests that a further report be submitted in September 2023.', '2023-09-30']]);
  });
});

describe('rules behind the layouts, on short passages', () => {
  it('reads "Following consideration, it was resolved:" and a promise to circulate without a named recipient', () => {
    const text = [
      'Agenda item',
      '',
      'Work Programme',
      '',
      'Minutes:',
      '',
      'The Scrutiny Officer noted that the further information requested by Members would be circulated within the next week.',
      '',
      'Following consideration, it was resolved:',
      '',
      '(1) That the Committee noted its work programme.',
      '',
      '(2) That a site visit be arranged.',
    ].join('\n');
    const i = parseDocument(text).meetings[0]!.items[0]!;
    expect(texts(i)).toEqual(['That the Committee noted its work programme.', 'That a site visit be arranged.']);
    expect(requests(i)).toEqual([
      ['circulate', 'The Scrutiny Officer noted that the further information requested by Members would be circulated within the next week.', null],
    ]);
  });


  it('reads "The meeting commenced at ... and ended at ..." as the closing time', () => {
    const text = [
      'Minutes of the Meeting of the Audit Panel held on 3 May 2021 at 10.00 am',
      '',
      'Present: Councillor A Brook (Chair)',
      '',
      '1. Minutes',
      '',
      'RESOLVED that the minutes be approved.',
      '',
      'The meeting commenced at 10.00 am and concluded at 11.20 am.',
    ].join('\n');
    expect(parseDocument(text).meetings[0]!.closingTime).toBe('11:20');
  });

  it('keeps an item number alone inside minute text from starting a new item', () => {
    const text = [
      'Agenda and minutes',
      '',
      'Audit Panel - Monday, 3rd May, 2021 10.00 am',
      '',
      'No. Item',
      '',
      '7.',
      '',
      'Annual Audit Letter',
      '',
      'Minutes:',
      '',
      'RESOLVED that:',
      '',
      '1.',
      '',
      'the letter be noted.',
      '',
      '8.',
      '',
      'Work Programme',
      '',
      'Minutes:',
      '',
      'The Panel noted its work programme.',
    ].join('\n');
    const m = parseDocument(text).meetings[0]!;
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['7', 'Annual Audit Letter'],
      ['8', 'Work Programme'],
    ]);
  });

  it('reads a table page whose rows are one line each, without a heading', () => {
    const text = [
      'Venue: Council Chamber - Civic Centre',
      'Contact: Amy Reid',
      'No. | Item |',
      'Apologies for Absence and Substitutions Minutes: Apologies for absence were received from Councillor Tom Ashby. |',
      "Declarations of Interest To receive Councillors' declarations of interest (if any) in relation to any matters on the agenda. Minutes: None. |",
      'To approve the minutes of the meeting held on 16 March 2021. Minutes: RESOLVED that the minutes of the meeting held on 16 March 2021 are agreed as a correct record. |',
      "Scrutiny Committee Work Plan 2021/22 PDF 111 KB To approve the Committee's work plan for 2021/22. Additional documents: Minutes: The Committee approve the work plan. |",
    ].join('\n');
    const m = parseDocument(text).meetings[0]!;
    expect(m).toMatchObject({ kind: 'minutes', date: null, place: 'Council Chamber - Civic Centre' });
    expect(m.items.map((i) => [i.title, texts(i)])).toEqual([
      ['Apologies for Absence and Substitutions', []],
      ['Declarations of Interest', []],
      ['To approve the minutes of the meeting held on 16 March 2021', ['the minutes of the meeting held on 16 March 2021 are agreed as a correct record.']],
      ['Scrutiny Committee Work Plan 2021/22', ['The Committee approve the work plan.']],
    ]);
    expect(m.items[1]!.body).toBe('None.');
    expect(m.apologies.map((a) => a.name)).toEqual(['Councillor Tom Ashby']);
  });

  it('reads action points as requests, of the kind their words give', () => {
    const text = [
      'Agenda item',
      '',
      'Housing Repairs Performance',
      '',
      'Minutes:',
      '',
      'The Head of Repairs presented the quarterly performance figures.',
      '',
      'Action: Head of Repairs to provide a breakdown of damp cases by ward.',
      '',
      'ACTION – Democratic Services to arrange a site visit to the repairs depot.',
      '',
      'RESOLVED that the report be noted.',
    ].join('\n');
    const i = parseDocument(text).meetings[0]!.items[0]!;
    expect(requests(i)).toEqual([
      ['circulate', 'Action: Head of Repairs to provide a breakdown of damp cases by ward.', null],
      ['follow-up', 'ACTION – Democratic Services to arrange a site visit to the repairs depot.', null],
    ]);
    expect(texts(i)).toEqual(['the report be noted.']);
  });

  it('reads a meeting page whose numbers and titles were joined onto one line', () => {
    const text = [
      'Agenda and minutes',
      '',
      'Audit Panel - Monday, 3rd May, 2021 10.00 am',
      '',
      'No. Item',
      '',
      '7.',
      'Annual Audit Letter pdf icon PDF 120 KB',
      'Minutes:',
      'RESOLVED that:',
      '1. the letter be noted; and',
      '2. a progress report be brought back to the Panel in September 2021.',
      '8.',
      'Work Programme',
      'Minutes:',
      'The Panel noted its work programme.',
    ].join('\n');
    const m = parseDocument(text).meetings[0]!;
    expect(m.items.map((i) => [i.number, i.title, texts(i)])).toEqual([
      ['7', 'Annual Audit Letter', ['the letter be noted', 'a progress report be brought back to the Panel in September 2021.']],
      ['8', 'Work Programme', []],
    ]);
  });

  it('marks a cancelled meeting from its page heading', () => {
    const text = ['Agenda', '', 'Audit Panel - Monday, 3rd May, 2021 10.00 am, CANCELLED', '', 'No. Item', '', '1.', '', 'Apologies'].join('\n');
    const m = parseDocument(text).meetings[0]!;
    expect(m).toMatchObject({ kind: 'agenda', status: 'cancelled', date: '2021-05-03', committee: 'Audit Panel' });
  });
});

describe('the layout readers never throw', () => {
  const fixtures = readdirSync(DIR, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(?:txt|md|html)$/.test(f) && f !== 'README.md')
    .map((f) => readFileSync(`${DIR}${f}`, 'utf8'));
  const pieces = ['No. Item', 'No. | Item |', '|||||', 'Issue - meetings', 'Meeting: 19/09/2022 - Panel (Item 7)', '12.', '3a', 'Minutes:', 'Decision:', 'pdf icon PDF 82 KB', 'Agenda and minutes', 'Page 3', '- 4 -', 'RESOLVED –', 'That:', 'The Committee notes', '\n', '\n\n\n', ' | '];

  it('on any slice of a layout fixture, and on fixtures cut up and mixed with layout fragments', () => {
    const check = (text: string) => {
      const doc = parseDocument(text);
      expect(ParsedDocumentSchema.safeParse(doc).success).toBe(true);
      expect(doc.warnings.filter((w) => w.startsWith('the parser could not read'))).toEqual([]);
    };
    fc.assert(
      fc.property(fc.nat({ max: fixtures.length - 1 }), fc.nat(), fc.nat(), (which, a, b) => {
        const text = fixtures[which]!;
        const [from, to] = [a % text.length, b % text.length].sort((x, y) => x - y) as [number, number];
        check(text.slice(from, to));
      }),
      { numRuns: 300 },
    );
    const mixed = fc
      .array(fc.oneof(fc.constantFrom(...pieces), fc.constantFrom(...fixtures.flatMap((t) => t.split('\n'))), fc.string({ maxLength: 8 })), { maxLength: 60 })
      .map((parts) => parts.join('\n'));
    fc.assert(fc.property(mixed, check), { numRuns: 300 });
  });
});
