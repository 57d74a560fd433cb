import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/ingest/html-to-text.ts';
import { parseDocument } from '../../src/ingest/parse-document.ts';
import { looksFlattened, relineFlattened } from '../../src/ingest/reline-flattened.ts';
import { summariseResults } from '../eval/evaluate.ts';
import { loadFixtures } from '../eval/fixtures.ts';
import { metrics, scoreParse } from '../eval/score.ts';

/** A text as a PDF's text layer gives it when its line breaks are lost. */
function flatten(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

// An invented parish council's minutes, printed as one run of text.
const PARISH_RUN = flatten(`
Ashwell Green Parish Council
Minutes of a Meeting of Ashwell Green Parish Council held at 7.30pm on Tuesday 8 April 2025 in the Village Hall.
AG/25/40 Present: Cllr R Penhale (Chairman), Cllr D Yardley, Cllr S Okonjo and Cllr T Fairweather.
AG/25/41 Apologies for Absence Apologies were received from Cllr M Ashdown.
AG/25/42 Minutes The minutes of the meeting of 11 March 2025 were approved. The Clerk noted that agenda item 9 of that meeting was carried forward.
AG/25/43 Play Area Members discussed the inspection report.
RESOLVED to replace the two swing seats at a cost of £412.
AG/25/44 Footpaths The Clerk to write to the County Council about the flooded stile on footpath 12.
The meeting closed at 8.50pm.
`);

// An invented district council's minutes with numbers and capital headings, as one run.
const DISTRICT_RUN = flatten(`
Minutes of the Licensing Committee held on Wednesday 14 May 2025 at 10.00 am.
Present: Councillor Hal Brennock (Chair), Councillor Uma Petrie, Councillor Lowri Tasker.
14 APOLOGIES FOR ABSENCE
Apologies were received from Councillor Niall Varga.
15 DECLARATIONS OF INTEREST
There were none.
16 STREET TRADING POLICY REVIEW
The Licensing Manager presented the draft policy, referring members to paragraph 3 of the report and to page 12 of appendix 2.
RESOLVED: That the draft Street Trading Policy be approved for consultation.
17 FEES AND CHARGES 2025/26
RESOLVED that the fees set out at Appendix A be recommended to Council.
`);

/** The same, when the spaces went with the breaks (a PDF line that ended on a word and the next began one). */
function glue(text: string): string {
  return text.replace(/[ \t]*\n\s*/g, '');
}

// An invented London borough's cabinet minutes whose breaks and spaces were lost together.
const GLUED_RUN = glue(`
London Borough of Eastmere
Cabinet Minutes
Monday 3 February 2025
PRESENT
Councillor Tamsin Oduya, Leader
Councillor Piers Hallam, Cabinet Member for Housing and Planning Services
41. MINUTES OF THE CABINET MEETING HELD ON 13 JANUARY 2025
RESOLVED:
That the minutes of the meeting held on 13 January 2025 be confirmed as an accurate record.
42. APOLOGIES FOR ABSENCE
There were no apologies for absence, as set out at Appendix
2. The Leader welcomed the new Director.
43. DECLARATION OF INTERESTS
There were no declarations of interest.
44. LIBRARY OPENING HOURS 2025/26
RESOLVED:
That the revised opening hours be approved.
`);

// An invented Welsh town council's minutes as one run whose minute numbers met their titles' first words.
const NUMBERS_ON_TITLES = flatten(`
Minutes of the Meeting of Pentrefelin Town Council held at 6.30pm on Tuesday 11 March 2025
Present Cllr Owain Rhys (Chair), Cllr Mair Tudur and Cllr Dafydd Pugh
1.Public Address No member of the public asked to speak.
2.Apologies for Absence Apologies were received from Cllr Eirlys Bowen.
3.Highways Matters The Clerk reported that the drainage works on Heol Isaf were complete and that the County Council had agreed to inspect the culvert below the chapel before the winter. Members asked that the footway beside the school be added to the list of repairs for the coming year, and the Clerk undertook to write to the highways officer about the loose kerbs outside the surgery.
4.Play Area Members agreed to replace the fencing at the play area.
`).replace(/(\d\.) /g, '$1');

/** The PDF-family fixtures' totals when each text is first turned by `render` (its breaks lost one way or another). */
function pdfFixturesScoredAs(render: (text: string) => string) {
  const pdfFamilies = loadFixtures().filter((f) => f.family.startsWith('pdf-minutes-') && f.documentPath.endsWith('.txt'));
  const results = pdfFamilies.map((f) => {
    const score = scoreParse(f.facts, parseDocument(render(readFileSync(f.documentPath, 'utf8')), f.id));
    return { id: f.id, family: f.family, ...score, metrics: metrics(score.tallies), unread: null };
  });
  return summariseResults(results).totals.metrics;
}

// An invented parish council's minutes, numbers with no stop, glued shut where its lines broke.
const GLUED_PARISH = glue(`
UPPER WENHAM MAGNA PARISH COUNCIL
Minutes of the Meeting of the Parish Council held on Tuesday 8 July 2025 at 7.30pm in the Reading Room
Present: Cllrs Iona McKenna (Chair), Rhodri Allsop, Fen Dacre and Tobias Quill
In attendance: Marta Greaves (Clerk)
211 APOLOGIES FOR ABSENCE
Cllr Wynne Ashby sent apologies.
212 DECLARATIONS OF INTEREST
None were declared.
213 CHURCHYARD WALL
It was reported that the contractor would start in September and that the stone would come from the quarry at Hallow Edge, as the diocese had asked. Members noted that the cost was within the sum set aside in the budget and that the churchwardens had agreed to keep the lych gate open during the works.
214 CORRESPONDENCE
Clerk to reply to the County Council about the speed survey.
`);

// An invented borough's executive minutes: bare minute numbers, one run into the bracket and stop before it.
const AFTER_BRACKET = glue(`
Executive - 14 May 2025
Minutes of the meeting held at the Civic Suite, Market Square on 14 May 2025 at 7.00 pm.
Present: Councillors: Okafor (Chair), Brannigan, Delacourt, Ferriby and Ghani
Councillor Adaeze Okafor in the Chair
611 APOLOGIES FOR ABSENCE (Item 1)
Received from Councillor Hesketh.
612 DECLARATIONS OF INTEREST (Item 2)
None.
613 MINUTES OF PREVIOUS MEETING (Item 3)
RESOLVED:
That the minutes of the meeting held on 9 April 2025 be confirmed as a correct record and the Chair be authorised to sign them.
614 LEISURE CENTRE CONTRACT (Item 4)
RESOLVED:
That the award of the leisure management contract to the preferred bidder be approved for a term of ten years, with a break clause at year five, as set out in the report.
`);

// An invented parish's minutes from a PDF whose number column ran into one line: "3. 3.1.1 DECLARATIONS".
const DEEP_NUMBERS = flatten(`
MINUTES OF THE MEETING OF PENHALLOW PARISH COUNCIL HELD ON TUESDAY 3rd JUNE 2025 AT 7pm
Present were: Cllr J Roskilly (Chair), Cllr M Tremayne and Cllr P Hendy.
1.
APOLOGIES
Apologies were received from Cllr T Vosper who was on holiday and would not return until the end of the month.
2.
2.1
URGENT ITEMS
There were no urgent items and the Chair moved straight to the declarations.
3.
3.1.1
DECLARATIONS OF INTEREST
Cllr M Tremayne declared a personal interest in item 5 as a neighbour of the applicant.
4.
4.1.1
FINANCE
RESOLVED to approve the payments listed in the schedule circulated with the agenda.
`);

// An invented town council's minutes as one run, numbered by a four-digit running number.
const FOUR_DIGITS = flatten(`
Full Council 18 June 2025 Page 1
MINUTES OF A MEETING OF FULL COUNCIL HELD ON WEDNESDAY 18th JUNE 2025 AT 7PM IN THE GUILDHALL, ABERCLEDDAU
PRESENT: Cllr R Penry (Mayor) Cllr G Howells Cllr T Absalom Cllr M Gwyther Cllr S Llewhellin
APOLOGIES: Cllr D Rowlands Cllr E Skone
The Town Clerk was in attendance.
2041 DECLARATIONS OF INTEREST
Declarations of interest from members will be taken as and when they arise.
2042 MINUTES OF THE LAST FULL COUNCIL MEETING
RESOLVED: The minutes of the Full Council meeting held on 21st May 2025 were confirmed and signed as a true record.
2043 MATTERS ARISING
The Clerk reported that the bench on Quay Street had been replaced on 2nd June 2025 Following complaints from residents.
2044 CORRESPONDENCE
A letter from the County Council about the summer road closures was noted.
`);

/** A document site's PDF text: its title line, the page's marks and header run into the minutes' title sentence, then the attendance and two minutes, the first under a long title in capitals. */
const HELD_SENTENCE_RUN = `throstle vale metropolitan borough council council … · 2016-03-10 · b. 3 members asked...

41
B. 1 THROSTLE VALE METROPOLITAN BOROUGH COUNCIL COUNCIL MEETING 10TH MARCH, 2016 A MEETING OF THE COUNCIL was held at the COUNCIL HOUSE, MILLGATE, THROSTLE VALE, on THURSDAY, 10TH MARCH, 2016 at 10.30 a.m. PRESENT: Councillor Nadia Orchard (in the Chair) Councillors Owen Pettigrew, Rosa Quayle, Samuel Rudd, Tamsin Sowerby, Umar Tate, Vera Underhill and Wilf Varley. APOLOGIES Apologies for absence were received from Councillors Yusuf Ashdown and Zelda Brannigan. 88. ANNOUNCEMENT OF THE RETIREMENT OF THE BOROUGH'S LONGEST SERVING CROSSING PATROL OFFICER, AND THANKS TO THE VOLUNTEERS OF THE MILLGATE FLOOD RESPONSE GROUP FOR THEIR WORK DURING THE WINTER Before the formal business began, the Chair thanked the volunteers and wished the retiring officer well. Members stood to applaud. 89. MINUTES OF THE MEETING HELD ON 21ST JANUARY, 2016 RESOLVED that the minutes of the meeting held on 21st January, 2016 be approved as a correct record and signed by the Chair.
`;

describe('relineFlattened (a text whose line breaks were lost)', () => {
  it('leaves every text that has its lines exactly as it was', () => {
    const corpus = new URL('../../data/corpus/', import.meta.url);
    const texts = [
      ...readdirSync(corpus).filter((f) => /\.(md|txt)$/.test(f)).map((f) => readFileSync(new URL(f, corpus), 'utf8')),
      // An HTML page reaches the parser as the text its markup gives, never as the markup.
      ...loadFixtures().map((f) => (/\.html?$/.test(f.documentPath) ? htmlToText : (t: string) => t)(readFileSync(f.documentPath, 'utf8'))),
    ];
    expect(texts.length).toBeGreaterThan(100);
    for (const text of texts) {
      expect(looksFlattened(text)).toBe(false);
      expect(relineFlattened(text)).toBe(text);
    }
  });

  it('puts a line break before each minute reference of a series, and not before a number that breaks it', () => {
    const lines = relineFlattened(PARISH_RUN).split('\n');
    expect(lines.filter((l) => /^AG\/25\/\d\d /.test(l)).map((l) => l.slice(0, 9))).toEqual(['AG/25/40', 'AG/25/41', 'AG/25/42', 'AG/25/43', 'AG/25/44'].map((r) => `${r} `));
    expect(lines.some((l) => l.startsWith('9 of that meeting'))).toBe(false);
    expect(lines).toContain('RESOLVED to replace the two swing seats at a cost of £412.');
  });

  it('reads the meeting, its items and its decisions from minutes printed as one run', () => {
    const doc = parseDocument(PARISH_RUN, 'ashwell-green.pdf');
    expect(doc.meetings).toHaveLength(1);
    const meeting = doc.meetings[0]!;
    expect(meeting.date).toBe('2025-04-08');
    const play = meeting.items.find((i) => i.title.startsWith('Play Area'));
    expect(play?.resolutions.map((r) => r.text)).toEqual(['to replace the two swing seats at a cost of £412.']);
    expect(meeting.items.map((i) => i.number)).toEqual(expect.arrayContaining(['AG/25/43', 'AG/25/44']));
  });

  it('ends a heading printed in capitals where its first sentence begins, and keeps references to paragraphs and pages inside the text', () => {
    const doc = parseDocument(DISTRICT_RUN, 'licensing.pdf');
    const meeting = doc.meetings[0]!;
    expect(meeting.date).toBe('2025-05-14');
    expect(meeting.items.map((i) => `${i.number} ${i.title}`)).toEqual([
      '14 APOLOGIES FOR ABSENCE',
      '15 DECLARATIONS OF INTEREST',
      '16 STREET TRADING POLICY REVIEW',
      '17 FEES AND CHARGES 2025/26',
    ]);
    expect(meeting.items[2]!.resolutions.map((r) => r.text)).toEqual(['the draft Street Trading Policy be approved for consultation.']);
    expect(meeting.apologies.map((a) => a.name)).toEqual(['Councillor Niall Varga']);
    expect(meeting.present.find((p) => p.chair)?.name).toBe('Councillor Hal Brennock');
  });

  it('parts a minute number from the word its lost break ran it into, and leaves a number outside the sequence in its sentence', () => {
    const lines = relineFlattened(GLUED_RUN).split('\n');
    expect(lines.filter((l) => /^4\d\. /.test(l))).toEqual([
      '41. MINUTES OF THE CABINET MEETING HELD ON 13 JANUARY 2025',
      '42. APOLOGIES FOR ABSENCE',
      '43. DECLARATION OF INTERESTS',
      '44. LIBRARY OPENING HOURS 2025/26',
    ]);
    expect(lines).toContain('There were no declarations of interest.');
    expect(lines.some((l) => l.startsWith('2. The Leader'))).toBe(false);
    const meeting = parseDocument(GLUED_RUN, 'eastmere-cabinet.pdf').meetings[0]!;
    expect(meeting.date).toBe('2025-02-03');
    expect(meeting.items.map((i) => i.number)).toEqual(['41', '42', '43', '44']);
    expect(meeting.items[3]!.resolutions.map((r) => r.text)).toEqual(['the revised opening hours be approved.']);
  });

  it('parts a bare minute number from the bracket or stop before it, and a heading from the two-letter word opening its sentence', () => {
    const lines = relineFlattened(GLUED_PARISH).split('\n');
    expect(lines.filter((l) => /^21\d /.test(l))).toEqual(['211 APOLOGIES FOR ABSENCE', '212 DECLARATIONS OF INTEREST', '213 CHURCHYARD WALL', '214 CORRESPONDENCE']);
    expect(lines.some((l) => l.startsWith('It was reported that the contractor would start in September'))).toBe(true);
    // A word in capitals that ends in a sentence's opening word ("MAGNA") and a name with a capital inside ("McKenna") stay whole;
    // the council's name is parted from the title after it ("Minutes of the Meeting ... held on").
    expect(lines[0]).toBe('UPPER WENHAM MAGNA PARISH COUNCIL');
    expect(lines.join(' ')).toContain('Iona McKenna');
  });

  it('parts a minute number from the bracket and stop it ran into ("(Item 2)None.613")', () => {
    const lines = relineFlattened(AFTER_BRACKET).split('\n');
    expect(lines.filter((l) => /^61\d /.test(l)).map((l) => l.slice(0, 3))).toEqual(['611', '612', '613', '614']);
  });

  it('finds an item number printed before its paragraph number three levels deep ("3. 3.1.1 DECLARATIONS")', () => {
    const lines = relineFlattened(DEEP_NUMBERS).split('\n');
    expect(lines.filter((l) => /^\d\.(?: |$)/.test(l)).map((l) => l.slice(0, 2))).toEqual(['1.', '2.', '3.', '4.']);
  });

  it('reads a four-digit running minute number ("2042 MINUTES OF THE LAST FULL COUNCIL MEETING")', () => {
    const lines = relineFlattened(FOUR_DIGITS).split('\n');
    expect(lines.filter((l) => /^\d{4} /.test(l))).toEqual(['2041 DECLARATIONS OF INTEREST', '2042 MINUTES OF THE LAST FULL COUNCIL MEETING', '2043 MATTERS ARISING', '2044 CORRESPONDENCE']);
  });

  // An invented Scottish council's minutes from a bound volume, flattened: the part kept holds only items 1 and 2.
  const VOLUME_RUN = flatten(`
412 The Glenarden Council No. 5 2025/2026 Minutes of Meeting of the Glenarden Council held in the Council Chamber, Glenarden on Thursday, 5 February 2026 at 10.35am.
1. Calling of the Roll and Apologies for Absence Present: Mr A Baird Mrs C Dow Ms E Fyfe Mr G Hood Mrs J Kidd Mr L Muir Mrs N Orr Mr P Reid Ms S Tod Mr U Weir Mrs V Young Mr W Allan
In Attendance: Chief Executive Head of Legal Services Also in Attendance: Sergeant K Lyall, Police Scotland Mrs J Kidd in the Chair 413 Apologies for absence were intimated on behalf of Mr R Shaw and Mrs T Gray.
2. Declarations of Interest There were no declarations of interest. The Convener reminded Members that the meeting was being filmed and would be archived for twelve months, and asked those joining remotely to keep their cameras on throughout the business of the meeting.
`);

  it('reads a numbering that starts at "1." from two markers, and keeps the labels, the title and the chair\'s sentence whole', () => {
    const lines = relineFlattened(VOLUME_RUN).split('\n');
    expect(lines.filter((l) => /^\d\. /.test(l))).toEqual(['1. Calling of the Roll and Apologies for Absence', '2. Declarations of Interest']);
    // The title after the volume's running head, "Also in Attendance:" whole, "10.35am" whole.
    expect(lines).toContain('Minutes of Meeting of the Glenarden Council held in the Council Chamber, Glenarden on Thursday, 5 February 2026 at 10.35am.');
    expect(lines.some((l) => l.startsWith('Also in Attendance: Sergeant K Lyall'))).toBe(true);
    // The chair's sentence ends its line; the page's number stands alone.
    expect(lines.some((l) => l.endsWith('Mrs J Kidd in the Chair'))).toBe(true);
    expect(lines).toContain('413');
    const meeting = parseDocument(VOLUME_RUN, 'glenarden-council.pdf').meetings[0]!;
    expect(meeting.date).toBe('2026-02-05');
    expect(meeting.time).toBe('10:35');
    expect(meeting.chair).toBe('Mrs J Kidd');
    expect(meeting.items.map((i) => i.number)).toEqual(['1', '2']);
    expect(meeting.present.length).toBeGreaterThanOrEqual(12);
    expect(meeting.apologies.map((a) => a.name)).toEqual(['Mr R Shaw', 'Mrs T Gray']);
  });

  it('leaves two numbers that do not start at "1." in their sentences', () => {
    const run = VOLUME_RUN.replace('1. Calling', '7. Calling').replace('2. Declarations', '8. Declarations');
    const lines = relineFlattened(run).split('\n');
    expect(lines.filter((l) => /^\d\. /.test(l))).toEqual([]);
  });

  // An invented metropolitan area committee's page, flattened: minute numbers with no stop, only "1" and "2" on the page.
  const AREA_RUN = flatten(`
Contact Officer: Priya Lomax BRACKENDALE COUNCIL AREA COMMITTEE – HOLMFORD AND STANEBRIDGE Tuesday 14 January 2025
Present: Councillor Rhoda Finchley in the Chair Councillors Amir Qadri, Bethan Lusk and Colm Ferris
1 Welcome and Introductions The Chair welcomed everyone to the meeting and the Members of the Committee introduced themselves before the business began, and the Committee agreed to take the late report on the community grants as item 3.
2 Ward Policing Update The Committee received a report on crime in the two wards over the last two months, noting that thefts from vans on the industrial estate had risen and that patrols had been increased at night.
`);

  it('reads a numbering with no stops that starts at 1 from two markers ("1 Welcome ...", "2 Ward Policing Update")', () => {
    const lines = relineFlattened(AREA_RUN).split('\n');
    expect(lines).toContain('1 Welcome and Introductions');
    expect(lines).toContain('2 Ward Policing Update');
    const meeting = parseDocument(AREA_RUN, 'brackendale-area.pdf').meetings[0]!;
    expect(meeting.date).toBe('2025-01-14');
    expect(meeting.items.map((i) => `${i.number} ${i.title}`)).toEqual(['1 Welcome and Introductions', '2 Ward Policing Update']);
  });

  it('leaves two numbers with no stops that do not start at 1 in their sentences', () => {
    const run = AREA_RUN.replace('1 Welcome', '6 Welcome').replace('2 Ward', '7 Ward');
    const lines = relineFlattened(run).split('\n');
    expect(lines.filter((l) => /^\d /.test(l))).toEqual([]);
  });

  // An invented London borough's cabinet minutes as a document-sharing site shows them: short lines of the site's own
  // (the document's name, its publisher, a view count) over the whole PDF as one run.
  const SHARED_RUN = [
    'Minutes of the Cabinet Meeting held on 2 February 2026 PDF 88 KB',
    '',
    'from democracy.example.gov.uk More from this publisher',
    '11.03.2026 Views',
    '',
    flatten(`
London Borough of Eastwick Cabinet Minutes Monday 2 February 2026
PRESENT Councillor Aileen Moss, Leader Councillor Rafe Dunstan, Deputy Leader Councillor Priti Kaul, Cabinet Member for Housing
71. MINUTES OF THE CABINET MEETING HELD ON 12 JANUARY 2026 RESOLVED: That the minutes of the meeting of the Cabinet held on 12 January 2026 be confirmed and signed as an accurate record of the proceedings.
72. APOLOGIES FOR ABSENCE There were no apologies for absence.
73. DECLARATION OF INTERESTS There were no declarations of interest.
74. CAPITAL PROGRAMME MONITORING - QUARTER 3 2025/26 RESOLVED: That the budget variations set out in the report be approved, and that officers report the final outturn to the Cabinet in June.
`),
  ].join('\n');

  it('puts the breaks back in one long run under a few short lines of a sharing site, though the mean line is short', () => {
    expect(looksFlattened(SHARED_RUN)).toBe(true);
    const meeting = parseDocument(SHARED_RUN, 'eastwick-cabinet.txt').meetings[0]!;
    expect(meeting.date).toBe('2026-02-02');
    expect(meeting.items.map((i) => i.number)).toEqual(['71', '72', '73', '74']);
    expect(meeting.items[3]!.resolutions.map((r) => r.text)).toEqual([
      'the budget variations set out in the report be approved, and that officers report the final outturn to the Cabinet in June.',
    ]);
  });

  it('puts the breaks back in a short excerpt that the signature rules at its page ends cut into runs of a page each', () => {
    const page = (text: string) => flatten(text) + " Chairman's initials ______";
    const excerpt = [
      page(`Cabinet - 11 March 2026 WEXCOMBE COUNTY COUNCIL MINUTES OF THE CABINET Held on Wednesday 11 March 2026 at 10.00 am at County Hall
PRESENT: Mrs. R. Penberthy (Chairman), Mr. A. Carver, Mrs. D. Halloran, Mr. J. Quist and Mrs. S. Tregaskis
Apologies for absence were received from Mr. L. Boscawen.
51. MINUTES OF THE PREVIOUS MEETING RESOLVED - That the minutes of the meeting of the Cabinet held on 11 February 2026 be confirmed.
Page 1 of 2`),
      page(` Cabinet - 11 March 2026 52. ADULT SOCIAL CARE CHARGING POLICY The Cabinet considered the report of the Director of Adult Services
on the consultation on the charging policy, to which 418 responses had been received. RESOLVED - That the charging policy for 2026/27 be approved.
53. CAPITAL PROGRAMME MONITORING RESOLVED - That the position at the end of the third quarter be noted. Page 2 of 2`),
    ].join('');
    const meeting = parseDocument(excerpt, 'wexcombe-cabinet.txt').meetings[0]!;
    expect(meeting.items.map((i) => i.number)).toEqual(['51', '52', '53']);
    expect(meeting.present.map((p) => p.name)).toContain('Mrs. D. Halloran');
  });

  it('opens a line at an attendance label printed in capitals with no colon, never inside a heading in capitals', () => {
    const run = flatten(`Minute of Meeting Licensing Board Date Time Venue Monday, 9 March 2026 10:00 Board Room, Council Offices, Kilbrannan PRESENT
Councillors Abernethy, Crombie and Provost Dunlop. CHAIR Councillor Abernethy, Convener, presided. IN ATTENDANCE R Haldane, Licensing
Standards Officer. APOLOGIES Apologies for absence were intimated on behalf of Councillor Erskine. 1 ELECTION OF CHAIR The Board noted that the
Convener would chair its meetings for the year and that the post of vice-chair would be filled at the next meeting of the Board. 2 LICENSING
POLICY STATEMENT The Board considered a report by the Clerk. DECIDED: That the statement be approved. 3 TAXI FARES REVIEW The Board considered
the fares set out in the report.`);
    const lines = relineFlattened(run).split('\n');
    expect(lines.filter((l) => /^(?:PRESENT|CHAIR|IN ATTENDANCE|APOLOGIES) /.test(l))).toHaveLength(4);
    expect(lines).toContain('1 ELECTION OF CHAIR');
    const meeting = parseDocument(run, 'kilbrannan-licensing.txt').meetings[0]!;
    expect(meeting.chair).toBe('Councillor Abernethy');
    expect(meeting.present.map((p) => p.name)).toEqual(['Councillor Abernethy', 'Councillor Crombie', 'Councillor Dunlop', 'R Haldane']);
    expect(meeting.apologies.map((p) => p.name)).toEqual(['Councillor Erskine']);
  });

  it('leaves lined minutes with no long run as they are, whatever their short lines', () => {
    const lined = SHARED_RUN.split('\n').slice(0, 5).join('\n') + '\n' + 'The Cabinet noted the report.\n'.repeat(40);
    expect(looksFlattened(lined)).toBe(false);
  });

  it('parts a minute number from the first word of its title ("1.Public Address")', () => {
    const meeting = parseDocument(NUMBERS_ON_TITLES, 'pentrefelin.pdf').meetings[0]!;
    expect(meeting.items.map((i) => `${i.number} ${i.title}`)).toEqual(['1 Public Address', '2 Apologies for Absence', '3 Highways Matters', '4 Play Area']);
  });

  it('finds the meeting and some items of the PDF-family fixtures when their breaks were lost with the spaces beside them', () => {
    const totals = pdfFixturesScoredAs(glue);
    // Glued so, every fixture read as no meeting and no item before the words that met were parted.
    expect(totals.meetings ?? 0).toBeGreaterThanOrEqual(0.45);
    expect(totals.items ?? 0).toBeGreaterThanOrEqual(0.45);
  });

  it('finds the meeting and most items of the PDF-family fixtures when their line breaks are lost', () => {
    const totals = pdfFixturesScoredAs(flatten);
    // As lined texts these fixtures score near 1; flattened they scored 0 before the breaks were put back.
    expect(totals.meetings ?? 0).toBeGreaterThanOrEqual(0.8);
    expect(totals.items ?? 0).toBeGreaterThanOrEqual(0.78);
  });
});

describe('a rule of underscores in a PDF text', () => {
  it('ends the words before it: a footer after the rule is no part of the decision above it', () => {
    const text = [
      'Minutes of the Cabinet held on Monday 2 February 2026',
      '',
      '71. CAPITAL PROGRAMME MONITORING',
      'RESOLVED: That the budget variations set out in the report be approved.______________________________Minutes are subject to confirmation at the next meeting as a correct record of the proceedings.',
    ].join('\n');
    const item = parseDocument(text, 'cabinet.pdf').meetings[0]!.items[0]!;
    expect(item.resolutions.map((r) => r.text)).toEqual(['the budget variations set out in the report be approved.']);
  });
});

describe('an agenda front sheet printed as one run', () => {
  // A county council's front sheet as a document-sharing site gives its PDF's text: the council's name, "Date:", "Time:"
  // and "Venue:" run together, then "AGENDA" and the items with their agenda words and page references run on.
  const FRONT_SHEET = `Kestrel County Council Date: Monday 9 March 2026 Time: 10.00 a.m Venue: Council Chamber, Shire Hall, Kestrelford Persons attending the meeting are requested to turn off mobile phones. This meeting may be recorded for subsequent publication via the Council's internet site; at the start of the meeting the Chairman will confirm if all or part of the meeting is being recorded. Anyone who wishes to film or photograph the meeting must inform the Chairman and ensure that it is done in a manner clearly visible to anyone present. Prayers To Call the Roll AGENDA 1. Minutes To confirm the minutes of the meeting of the Council Page 5 held on 19 January 2026 2. To receive any announcements from the Chairman 3. Members to declare any interests If you have a Disclosable Pecuniary Interest in a matter to be considered at the meeting and that interest is on your Register of Interests you must not speak or vote on the matter. 4. Questions to Cabinet Members Page 31 To receive questions put by members of the Council and the answers given. 5. Recommendations from the Cabinet Page 44 To consider the recommendations of the Cabinet meeting held on 2 February 2026 on the highways asset plan.`;

  it("puts the front sheet's fields and the agenda's heading on lines of their own", () => {
    const lines = relineFlattened(FRONT_SHEET).split('\n');
    expect(lines.slice(0, 3)).toEqual(['Kestrel County Council', 'Date: Monday 9 March 2026', 'Time: 10.00 a.m']);
    expect(lines).toContain('AGENDA');
  });

  it('reads the meeting and its items, each title ending where its agenda words or its page begin', () => {
    const meeting = parseDocument(FRONT_SHEET, 'kestrel-council.pdf').meetings[0]!;
    expect(meeting).toMatchObject({ kind: 'agenda', date: '2026-03-09', time: '10:00' });
    expect(meeting.items.map((i) => `${i.number} ${i.title}`)).toEqual([
      '1 Minutes',
      '2 To receive any announcements from the Chairman',
      '3 Members to declare any interests',
      '4 Questions to Cabinet Members',
      '5 Recommendations from the Cabinet',
    ]);
  });
  it('opens a line at the sentence that says where a meeting was held, after the page header run into it, and at a lone minute number under a heading in capitals', () => {
    const lines = relineFlattened(HELD_SENTENCE_RUN).split('\n');
    expect(lines.some((l) => l.startsWith('A MEETING OF THE COUNCIL was held at the COUNCIL HOUSE'))).toBe(true);
    const doc = parseDocument(HELD_SENTENCE_RUN, 'council.pdf');
    expect(doc.meetings).toHaveLength(1);
    const meeting = doc.meetings[0]!;
    expect([meeting.committee, meeting.date, meeting.time]).toEqual(['COUNCIL', '2016-03-10', '10:30']);
    expect(meeting.items.map((i) => i.number)).toEqual(['88', '89']);
    expect(meeting.items[0]!.title).toMatch(/^ANNOUNCEMENT OF THE RETIREMENT .* DURING THE WINTER$/);
    expect(meeting.apologies.map((a) => a.name)).toEqual(['Councillor Yusuf Ashdown', 'Councillor Zelda Brannigan']);
  });
});

describe('numbered business in an agenda printed as one run', () => {
  // An invented borough's summons: the business numbered in brackets, and nothing else numbered but a lettered list.
  const SUMMONS_RUN = `Democratic Services Town Hall WESTBRIDGE 2 March, 2026 Councillors Abara, Bellamy, Corrigan, Dunmore, Easton, Farrell, Gaskin, Holroyd, Ives, Jepson, Kettle and Lomax Madam or Sir, You are hereby summoned to attend a meeting of the COUNCIL to be held on THURSDAY, 12 March, 2026 at 6.30 p.m. in the Council Chamber, Town Hall, Westbridge to consider the subjects set out in the attached agenda. Yours faithfully R Okafor Chief Executive COUNCIL AGENDA Thursday 12 March 2026 at 6.30 p.m. in the Council Chamber, Town Hall, Westbridge. (1) To receive apologies from absent Members; (2) To receive any declarations of interest from Members; (3) To approve the minutes of the meeting of the Council held on 5 February 2026 as the correct record; (4) To answer questions from Members of the Council on the minutes of the last meeting of Council; (5) To receive reports from the Cabinet and Committees; (a) Minutes of the meeting of the Licensing Committee held on 9 February 2026 (b) Minutes of the meetings held by the Harbour Board held on 16 February 2026 (6) To consider any notices of motion received under Rule 14; (7) To deal with any business required by statute to be done at this meeting`;
  // An invented cabinet agenda: items "1." to "10.", one title opening with years, pages and a key decision's note after
  // the titles, and the heading of the next group of items run on after a title's pages or an agenda sentence's stop.
  const CABINET_RUN = `Meeting of the Cabinet Tuesday, 10th March, 2026 at 5.30pm In the Guildhall, Market Square, Wexcombe Agenda - Public Session (Meeting open to the public and press) 1. Apologies for absence. 2. To receive any declarations of interest under the Members' Code of Conduct. 3. To confirm and sign the minutes of the meeting held on 10th February, 2026 as a correct record. Finance and Performance 4. Revenue Budget Monitoring Quarter 3 (Key Decision) (Pages 1 – 12) 5. 2026–31 Local Transport Plan for Wexcombe (Pages 13 – 40) 6. Quarterly Performance Report (Pages 41 – 52) Housing and Regeneration 7. Riverside Quarter Masterplan (Key Decision) (Pages 53 – 70) 8. Empty Homes Strategy 2026/29 (Pages 71 – 84) 9. To consider any questions from Members to the Chair where two clear days notice has been given to the Director of Law and Governance. 10. To report on any issues arising from Scrutiny Committees. The appointment of any Substitute Member(s) should be notified to Democratic Services at least one hour before the meeting starts.`;
  // Invented minutes numbered "1." to "3." whose decision lists its clauses in brackets.
  const MINUTES_RUN = `Minutes of the Cabinet of Hallam Ferry Borough Council held on Tuesday 3 March 2026 at 10.00 am in the Council Chamber, Town Hall, Hallam Ferry. Present: Councillor Ada Quill (Chair), Councillor Ben Orme, Councillor Cora Venn and Councillor Dev Mistry. 1. APOLOGIES There were none. 2. DECLARATIONS OF INTEREST There were none. 3. LIBRARY SERVICE REVIEW The Director of Communities presented the review of the library service and the options for its future. RESOLVED (1) That the review be noted. (2) That the Director consult on the options set out in the report. (3) That a further report come to Cabinet in the autumn.`;

  it('reads numbers in brackets as the items when they are the only numbering, a lettered entry of minutes no other meeting', () => {
    const doc = parseDocument(SUMMONS_RUN, 'council-summons.pdf');
    expect(doc.meetings).toHaveLength(1);
    const meeting = doc.meetings[0]!;
    expect(meeting).toMatchObject({ kind: 'agenda', date: '2026-03-12', time: '18:30' });
    expect(meeting.items.map((i) => i.number)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(meeting.items[3]!.title).toBe('To answer questions from Members of the Council on the minutes of the last meeting of Council;');
    // The lettered list after the item's clause is its list, not its title.
    expect(meeting.items[4]!.title).toBe('To receive reports from the Cabinet and Committees;');
  });

  it("leaves a decision's clauses in brackets where the items have numbers of their own", () => {
    const lines = relineFlattened(MINUTES_RUN).split('\n');
    expect(lines.some((l) => /^\(\d\) /.test(l))).toBe(false);
    expect(parseDocument(MINUTES_RUN, 'cabinet.pdf').meetings[0]!.items.map((i) => i.number)).toEqual(['1', '2', '3']);
  });

  it('keeps a run whose title opens with years, and ends titles at their pages, their stop and no joining word', () => {
    const meeting = parseDocument(CABINET_RUN, 'cabinet-agenda.pdf').meetings[0]!;
    expect(meeting.items.map((i) => `${i.number} ${i.title}`)).toEqual([
      '1 Apologies for absence.',
      "2 To receive any declarations of interest under the Members' Code of Conduct.",
      '3 To confirm and sign the minutes of the meeting held on 10th February, 2026 as a correct record.',
      '4 Revenue Budget Monitoring Quarter 3',
      '5 2026–31 Local Transport Plan for Wexcombe',
      '6 Quarterly Performance Report',
      '7 Riverside Quarter Masterplan',
      '8 Empty Homes Strategy 2026/29',
      '9 To consider any questions from Members to the Chair where two clear days notice has been given to the Director of Law and Governance.',
      '10 To report on any issues arising from Scrutiny Committees.',
    ]);
  });
});
