// Wording rules on short passages written the ways council minutes write them.
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/ingest/html-to-text.ts';
import { extractMinuteContent } from '../../src/ingest/minute-content.ts';
import { requestKind } from '../../src/ingest/requests.ts';
import { splitLeads } from '../../src/ingest/work-programme.ts';
import { readPeople } from '../../src/ingest/attendance.ts';
import { parseDocument } from '../../src/ingest/parse-document.ts';
import { WEB_PAGE_FURNITURE } from '../../src/ingest/rules.ts';

describe('requests: to the board, not to others', () => {
  it.each([
    ['Requests a report back following implementation of the plan.', 'report-back'],
    ['Requests an update on areas requiring improvement to the Board in March 2018.', 'update'],
    ['The Board requested further information on exclusion rates.', 'information'],
    ['Officers undertook to provide the figures to members.', 'circulate'],
    ['That Exclusions be added to the next agenda.', 'next-meeting'],
    ['This would be followed up.', 'follow-up'],
    ['The Clerk will write to the highways authority about the verge.', 'circulate'],
    ['Clerk to liaise with the allotment association before the spring.', 'circulate'],
    ['Cllr Hassan to look into the cost of a second bench.', 'circulate'],
    ['The revised map would then be circulated.', 'circulate'],
    ['Further consideration will be given at the next Finance meeting.', 'follow-up'],
    ['The draft policy was referred to the next Full Council meeting for final approval.', 'follow-up'],
    ['The Council was still awaiting the letter from the water company.', 'follow-up'],
    ['The figures requested at 6.2 of the minutes had not yet been received.', 'follow-up'],
    ['Speeding on Mill Road to be put on the agenda for the May meeting.', 'next-meeting'],
    ['The skate park would be an agenda item for the next meeting.', 'next-meeting'],
    ["The lease would be discussed in more detail at a forthcoming Estates meeting.", 'follow-up'],
    ['The results of the survey would be shared with all Committee members.', 'circulate'],
    ['The proposals would be submitted to a future meeting for further consideration.', 'follow-up'],
    ['That the Libraries Task Group report its findings to the Cabinet by 31 October 2025.', 'report-back'],
    ['The review panel would report their conclusions and recommendations back to the Committee in March.', 'report-back'],
    ['That a report on fuel poverty be added to the work programme.', 'report-back'],
    ['The Parking Manager would circulate the revised tariff to all Members.', 'circulate'],
    ['She undertook to send members the footfall figures for each library.', 'circulate'],
    ['Members asked for ward-level figures on missed collections.', 'information'],
    ['That the bus operator be invited to the March meeting to answer questions.', 'next-meeting'],
    ['Members asked that the depot review come to the January meeting.', 'next-meeting'],
    ['To request that the Chief Officer - Housing circulate an update to members.', 'circulate'],
  ])('%s -> %s', (text, kind) => {
    expect(requestKind(text, 'resolution')).toBe(kind);
  });

  it.each([
    'Requests the LSCB and Cabinet Member promote the identification of private fostering arrangements.',
    'Notes the briefing note.',
    'Receives the Development Plan at a future meeting in response to the Inspection report.',
    'Officers agreed to provide help and assistance with the paperwork on a case-by-case basis.',
    'A response had not yet been received from the Secretary of State.',
    'The Council will continue to work with the police on speeding.',
    'The report on the library service was noted.',
    'Members discussed the agenda for the away day.',
    'The Chair of Governors had been invited to the school prize-giving.',
    'The minutes of the meeting held on 4 March were agreed as a correct record.',
    'The findings of the task group were noted.',
  ])('no request: %s', (text) => {
    expect(requestKind(text, 'resolution')).toBeNull();
  });
});

describe('extractMinuteContent on one item body', () => {
  it('reads a lettered, wrapped RESOLVED block and its requests', () => {
    const body = [
      'The Committee considered a report of the Director of Finance.',
      '',
      'RESOLVED unanimously that the Committee:',
      '',
      '(a) Notes the report.',
      '(b) Requests a further report to the',
      'September 2024 meeting on progress.',
      '(c) Asks officers to circulate the benchmarking figures.',
      '',
      'The Chair thanked officers.',
    ].join('\n');
    const content = extractMinuteContent(body, { meetingDate: '2024-06-10' });
    expect(content.resolutions).toEqual([
      { text: 'Notes the report.', unanimous: true },
      { text: 'Requests a further report to the September 2024 meeting on progress.', unanimous: true },
      { text: 'Asks officers to circulate the benchmarking figures.', unanimous: true },
    ]);
    expect(content.requests.map((r) => [r.kind, r.due?.date ?? null])).toEqual([
      ['report-back', '2024-09-30'],
      ['circulate', null],
    ]);
  });

  it('keeps several RESOLVED blocks in one item', () => {
    const body = 'RESOLVED that the minutes be agreed.\n\nFurther discussion took place.\n\nRESOLVED that the work programme be noted.';
    expect(extractMinuteContent(body).resolutions.map((r) => r.text)).toEqual(['the minutes be agreed.', 'the work programme be noted.']);
  });

  it('reads bullets introduced by "the following" as one request each, from web text', () => {
    const html =
      '<p>The Board also requested information on the following:</p><ul><li>Up to date Census figures.</li><li>Funding&nbsp;bids.</li></ul><p>RESOLVED that the report be noted.</p>';
    const content = extractMinuteContent(htmlToText(html));
    expect(content.requests.map((r) => [r.kind, r.text])).toEqual([
      ['information', 'Up to date Census figures.'],
      ['information', 'Funding bids.'],
    ]);
    expect(content.resolutions).toEqual([{ text: 'the report be noted.', unanimous: false }]);
  });

  it('marks an exclusion of the press and public', () => {
    const content = extractMinuteContent(
      'RESOLVED that under Section 100A(4) of the Local Government Act 1972 the press and public be excluded for the following item.',
    );
    expect(content.excludesPublic).toBe(true);
  });
});

describe('people', () => {
  it('splits lead officers run together in a table cell', () => {
    expect(splitLeads('Gail Quinton John Gregg Cllr Ruane')).toEqual(['Gail Quinton', 'John Gregg', 'Cllr Ruane']);
    expect(splitLeads('Lee Pardy- McLaughlin Cllr Ruane')).toEqual(['Lee Pardy-McLaughlin', 'Cllr Ruane']);
    expect(splitLeads('Director of Children\'s Services')).toEqual(["Director of Children's Services"]);
    expect(splitLeads('J Gregg, Cllr K Maton')).toEqual(['J Gregg', 'Cllr K Maton']);
    expect(splitLeads('-')).toEqual([]);
  });

  it('distributes a plural title and keeps notes in brackets whole', () => {
    expect(readPeople('Councillors F Abbott, B Gittins (Deputy Cabinet Member for Children and Young People) and A Tucker')).toEqual([
      { name: 'Councillor F Abbott', note: null, chair: false },
      { name: 'Councillor B Gittins', note: 'Deputy Cabinet Member for Children and Young People', chair: false },
      { name: 'Councillor A Tucker', note: null, chair: false },
    ]);
  });

  it.each([
    ['Chair Councillor Eleri Prydderch', 'Councillor Eleri Prydderch'],
    ['Chairman: Cllr Owen Tate', 'Councillor Owen Tate'],
    ['The Chairman, Cllr David Pell and Cllrs Ruth Amos, Tom Yeo', 'Councillor David Pell'],
    ['Councillor Mac Brennock (Chair) Ostrand (Opposition Spokesperson) and Bell (Group Spokesperson).', 'Councillor Mac Brennock'],
  ])('finds the chair in "%s"', (text, chair) => {
    const people = readPeople(text);
    expect(people.filter((p) => p.chair).map((p) => p.name)).toEqual([chair]);
  });

  it('reads the surnames after a titled councillor as councillors, and keeps "d\'Aumont" whole', () => {
    expect(readPeople('Councillor Mac Brennock (Chair) Ostrand (Opposition Spokesperson) and Bell').map((p) => p.name)).toEqual([
      'Councillor Mac Brennock',
      'Councillor Ostrand',
      'Councillor Bell',
    ]);
    expect(readPeople("Cllrs K Langley (Chair), C d'Aumont (Vice Chair), P Lawrence").map((p) => p.name)).toEqual([
      'Councillor K Langley',
      "Councillor C d'Aumont",
      'Councillor P Lawrence',
    ]);
    expect(readPeople('Chair of Governors Ann Pole').some((p) => p.chair)).toBe(false);
  });
});

describe('htmlToText', () => {
  it('turns blocks into lines, lists into bullets, cells into tabs and decodes entities', () => {
    const text = htmlToText(
      '<div><h2>Agenda item</h2><p>Children&rsquo;s &amp; Families&#8212;A&#x42;</p><style>.x{}</style><ul><li>One</li><li>Two</li></ul><table><tr><td>Date</td><td>Title</td></tr></table></div>',
    );
    expect(text).toBe("Agenda item\n\nChildren's & Families—AB\n\n- One\n- Two\n\nDate\tTitle");
  });
});

describe('minutes written in another council house style', () => {
  const text = [
    'NORTHSHIRE COUNTY COUNCIL',
    '',
    'MINUTES OF A MEETING OF THE PLANNING COMMITTEE held on Tuesday 5th March 2019 at 10.00 am in the Council Chamber, County Hall',
    '',
    'PRESENT: Councillor A Smith (Chairman), Councillors B Jones, C Brown and D White',
    'Officers present: P Green (Head of Planning), R Black (Solicitor)',
    '',
    '1 APOLOGIES FOR ABSENCE',
    '',
    'Apologies for absence were received from Councillors E Grey and F Stone.',
    '',
    '2 MINUTES',
    '',
    'RESOLVED – That the minutes of the meeting held on 5 February 2019 be approved as a correct record.',
    '',
    '3 PLANNING APPLICATION 18/01234/FUL - LAND AT MILL LANE',
    '',
    'The Committee considered the report of the Head of Planning.',
    'Members requested that a report on enforcement be brought to the next meeting.',
    '',
    'AGREED',
    '',
    '(1) That planning permission be granted subject to conditions.',
    '(2) That officers circulate the revised site plan to Members.',
    '',
    'The meeting closed at 11.45 am.',
  ].join('\n');
  const m = parseDocument(text).meetings[0]!;

  it('reads the heading, attendance and closing time', () => {
    expect(m).toMatchObject({
      committee: 'PLANNING COMMITTEE',
      date: '2019-03-05',
      time: '10:00',
      place: 'Council Chamber, County Hall',
      chair: 'Councillor A Smith',
      closingTime: '11:45',
    });
    expect(m.present.map((p) => `${p.role}:${p.name}`)).toEqual([
      'member:Councillor A Smith',
      'member:Councillor B Jones',
      'member:Councillor C Brown',
      'member:Councillor D White',
      'employee:P Green',
      'employee:R Black',
    ]);
    expect(m.apologies.map((a) => a.name)).toEqual(['Councillor E Grey', 'Councillor F Stone']);
  });

  it('reads unpunctuated item numbers, a dash after RESOLVED and an AGREED block', () => {
    expect(m.items.map((i) => [i.number, i.title, i.resolutions.length])).toEqual([
      ['1', 'APOLOGIES FOR ABSENCE', 0],
      ['2', 'MINUTES', 1],
      ['3', 'PLANNING APPLICATION 18/01234/FUL - LAND AT MILL LANE', 2],
    ]);
    expect(m.items[1]!.resolutions[0]!.text).toBe('the minutes of the meeting held on 5 February 2019 be approved as a correct record.');
    expect(m.items[2]!.requests.map((r) => r.kind).sort()).toEqual(['circulate', 'next-meeting']);
  });
});

describe('a work programme as a markdown table', () => {
  const text = [
    'Scrutiny Co-ordination Committee',
    '',
    'Work Programme 2024-25',
    '',
    '| Meeting date | Item | Purpose | Lead officer |',
    '|---|---|---|---|',
    '| 12 June 2024 | Budget monitoring | Quarterly update | J Smith, Cllr Brown |',
    '| | Climate Action Plan | Progress report | Director of Place |',
    '| 10 July 2024 | - | | |',
    '| Date to be confirmed | Libraries review | | |',
  ].join('\n');

  it('reads rows, shared dates and empty slots', () => {
    const doc = parseDocument(text);
    expect(doc.kind).toBe('work-programme');
    expect(doc.workProgramme.map((w) => [w.year, w.slot, w.date, w.title, w.detail, w.leads])).toEqual([
      ['2024/25', 'dated', '2024-06-12', 'Budget monitoring', 'Quarterly update', ['J Smith', 'Cllr Brown']],
      ['2024/25', 'dated', '2024-06-12', 'Climate Action Plan', 'Progress report', ['Director of Place']],
      ['2024/25', 'to-be-determined', null, 'Libraries review', null, []],
    ]);
  });
});

describe('attendance labels', () => {
  it('reads "Chair:" and "Vice-Chair:" lines and "in the Chair"', () => {
    const text = [
      'Minutes of the meeting of the Licensing Committee held on 3 April 2019 at 6pm',
      '',
      'Present:',
      'Chair: Councillor J Bloggs',
      'Vice-Chair: Councillor K Doe',
      'Councillor L Roe',
      '',
      '1. Apologies',
      '',
      'None.',
    ].join('\n');
    const m = parseDocument(text).meetings[0]!;
    expect(m.chair).toBe('Councillor J Bloggs');
    expect(m.present.map((p) => [p.name, p.role, p.chair, p.note])).toEqual([
      ['Councillor J Bloggs', 'member', true, null],
      ['Councillor K Doe', 'member', false, 'Vice-Chair'],
      ['Councillor L Roe', 'member', false, null],
    ]);
    expect(m.committee).toBe('Licensing Committee');
    expect(m.time).toBe('18:00');
  });
});

describe('other ways of writing resolutions', () => {
  it('splits clauses numbered inside one paragraph', () => {
    const content = extractMinuteContent(
      'RESOLVED that (1) the report be noted; (2) a further report be brought back to the Board by the end of March 2024; and (3) the Chair write to the Minister.',
      { meetingDate: '2023-11-02' },
    );
    expect(content.resolutions.map((r) => r.text)).toEqual([
      'the report be noted',
      'a further report be brought back to the Board by the end of March 2024',
      'the Chair write to the Minister.',
    ]);
    expect(content.requests.map((r) => [r.kind, r.due?.date])).toEqual([['report-back', '2024-03-31']]);
  });

  it('reads "That ..." paragraphs after "RESOLVED:" as clauses', () => {
    const content = extractMinuteContent('RESOLVED:\n\nThat the report be noted.\n\nThat a report be submitted to a future meeting.\n\nThe Chair closed the item.');
    expect(content.resolutions.map((r) => r.text)).toEqual(['That the report be noted.', 'That a report be submitted to a future meeting.']);
    expect(content.requests.map((r) => r.kind)).toEqual(['report-back']);
  });

  it('quotes a stem that stops on "to:-" with the lower-case clauses that finish its sentence, as one decision', () => {
    const one = extractMinuteContent(
      'That the Contract Procedure Rules be amended to:-\n\n(a) replace the quotation threshold of £10,000 with £25,000; and\n\n(b) include a second signature on every contract over £100,000.',
    );
    expect(one.resolutions.map((r) => r.text)).toEqual([
      'That the Contract Procedure Rules be amended to:- (a) replace the quotation threshold of £10,000 with £25,000; and (b) include a second signature on every contract over £100,000.',
    ]);
    // A stem that names only who decides ("That the Committee:-") is a label over decisions of their own.
    const two = extractMinuteContent('RESOLVED that the Committee:-\n\n(a) notes the report; and\n\n(b) agrees to hold an extra meeting in June.');
    expect(two.resolutions).toHaveLength(2);
  });

  it('quotes the request of a long resolution by the part that asks, as printed', () => {
    const content = extractMinuteContent(
      'RESOLVED that the Committee notes the annual report of the Director of Public Health for 2024/25, welcomes the progress made on reducing smoking in pregnancy and on the uptake of childhood vaccinations across the county, thanks the public health team and its partners in the voluntary sector for their work during a difficult year, and asks the Director of Public Health to provide a further report to the Committee in March 2026 on the actions taken to reduce health inequalities.',
      { meetingDate: '2025-06-10' },
    );
    expect(content.resolutions).toHaveLength(1);
    expect(content.requests.map((r) => [r.text, r.due?.date])).toEqual([
      ['asks the Director of Public Health to provide a further report to the Committee in March 2026 on the actions taken to reduce health inequalities.', '2026-03-31'],
    ]);
    // A short resolution is its own request, whole.
    const short = extractMinuteContent('RESOLVED that the report be noted, and that a further report be brought back in March 2026.', { meetingDate: '2025-06-10' });
    expect(short.requests.map((r) => r.text)).toEqual(['the report be noted, and that a further report be brought back in March 2026.']);
  });

  it('reads "That ..." paragraphs as clauses when the rendering dropped their label', () => {
    const content = extractMinuteContent(
      'That the draft parking strategy be approved for consultation.\n\nThat the Head of Environment report the outcome of the consultation to Cabinet in October 2025.\n\nThe Chair thanked the officers.',
    );
    expect(content.resolutions.map((r) => r.text)).toEqual([
      'That the draft parking strategy be approved for consultation.',
      'That the Head of Environment report the outcome of the consultation to Cabinet in October 2025.',
    ]);
  });

  it('keeps a short clause lettered "(c)": only "(c)" before "Copyright" or a year is a page footer', () => {
    const page = [
      'Agenda and minutes',
      '',
      'Health Scrutiny Committee - Tuesday, 4th March 2025 6.00 pm',
      '',
      'Items',
      'No. Item',
      '',
      '10.',
      '',
      'Dental Services pdf icon PDF 120 KB',
      '',
      'Minutes:',
      '',
      'RESOLVED that the Committee:',
      '',
      '(a) notes the report;',
      '',
      '(b) thanks the dental practices for their evidence; and',
      '',
      '(c) receives a further report from the Director of Public Health in six months.',
    ].join('\n');
    const item = parseDocument(page, 'page.txt').meetings[0]!.items[0]!;
    expect(item.resolutions.map((r) => r.text)).toEqual([
      'notes the report',
      'thanks the dental practices for their evidence',
      'receives a further report from the Director of Public Health in six months.',
    ]);
    expect(item.requests.map((r) => r.kind)).toEqual(['report-back']);
    expect(['(c) 2025 Northmoor District Council', '(c) Copyright Northmoor District Council', '© Northmoor District Council'].every((t) => WEB_PAGE_FURNITURE.test(t))).toBe(true);
  });
});

describe('an agenda front sheet in another layout', () => {
  const text = [
    'Public Document Pack',
    'Planning Committee',
    '',
    'Date: Tuesday 5 March 2019',
    'Time: 6.00 pm',
    'Venue: Council Chamber, Town Hall',
    '',
    'AGENDA',
    '',
    '1. Apologies for absence',
    '2. Declarations of interest',
    '3. Minutes of the previous meeting (Pages 1 - 8)',
    'To approve the minutes of the meeting held on 5 February 2019.',
    '4. Planning applications',
    'a) 18/01234/FUL Land at Mill Lane (Pages 9 - 30)',
    'b) 18/02345/OUT Land at Station Road (Pages 31 - 52)',
    'Report of the Head of Planning',
    '',
    'PART 2 - PRIVATE BUSINESS',
    '',
    '5. Enforcement matters (Pages 53 - 60)',
    '',
    'Contact: Jane Smith, Democratic Services',
  ].join('\n');

  it('reads the date, time, venue, items, sub-items, authors and private items', () => {
    const doc = parseDocument(text);
    expect(doc.kind).toBe('agenda-pack');
    const a = doc.meetings[0]!;
    expect(a).toMatchObject({ kind: 'agenda', committee: 'Planning Committee', date: '2019-03-05', time: '18:00', place: 'Council Chamber, Town Hall' });
    expect(a.items.map((i) => [i.number, i.title, i.pages, i.private])).toEqual([
      ['1', 'Apologies for absence', null, false],
      ['2', 'Declarations of interest', null, false],
      ['3', 'Minutes of the previous meeting', 'Pages 1 - 8', false],
      ['4', 'Planning applications', null, false],
      // Exempt: its number and title only, as the Schedule 12A seal keeps it.
      ['5', 'Enforcement matters', null, true],
    ]);
    expect(a.items[3]!.subItems).toEqual([
      'a) 18/01234/FUL Land at Mill Lane (Pages 9 - 30)',
      'b) 18/02345/OUT Land at Station Road (Pages 31 - 52)',
    ]);
    expect(a.items[3]!.reportAuthor).toBe('Report of the Head of Planning');
    expect(a.contact).toBe('Jane Smith, Democratic Services');
  });
});

describe('minutes that open "At a meeting of ... held ..."', () => {
  it('read the formula as the title that names the committee, and a report sentence that opens the same way as prose', () => {
    const minutes = parseDocument(
      [
        'At a Meeting of the Rural Affairs Scrutiny Committee held at Shire Hall, Oakbury on Tuesday 4 March 2025 at 2.00 p.m.',
        '',
        'Councillor P Vane in the Chair',
        '',
        'Councillors D Orr, K Lisle and M Tandy.',
        '',
        'Apologies for absence were submitted on behalf of Councillor F Gale.',
        '',
        'Bus Services',
        '',
        'The Committee heard from the transport manager about the loss of two rural routes since October.',
        '',
        'Verge Cutting',
        '',
        'Members noted that the spring cut would start in the first week of May this year.',
        '',
        'Village Halls',
        '',
        'The Committee welcomed the grant scheme and the 14 applications received so far.',
      ].join('\n'),
      'minutes.txt',
    );
    expect(minutes.meetings[0]).toMatchObject({ committee: 'Rural Affairs Scrutiny Committee', date: '2025-03-04', time: '14:00' });
    expect(minutes.meetings[0]!.apologies.map((a) => a.name)).toEqual(['Councillor F Gale']);
    const report = parseDocument(
      'At a meeting of the Cabinet held on 5 March 2025, members considered the draft budget and asked for a further report.\n\nThe options are set out below.',
      'report.txt',
    );
    expect(report.meetings).toEqual([]);
  });
});
