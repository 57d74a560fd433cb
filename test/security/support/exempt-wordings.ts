// Invented council papers whose private part is printed in many wordings and places. Every one plants "Zephyrine"
// only inside its exempt item and "Marrowfield" only inside a public item, so a test can ask both that nothing of the
// exempt item is read and that the public item before it is still read (a net that hides public business loses it).

export interface ExemptCase {
  /** What the private part looks like. */
  name: string;
  text: string;
  /** The exempt item's number, when the document numbers it: it must be read as an item, private. */
  exemptNumber?: string;
}

const AGENDA_HEAD = [
  'Harbourside District Council',
  'Overview and Scrutiny Committee',
  'Agenda',
  'Date: Tuesday 12 March 2024',
  'Time: 6.30 pm',
  'Venue: Council Chamber, Quay Offices, Harbourside',
  '',
];
const MINUTES_HEAD = [
  'Harbourside District Council',
  'Minutes of the meeting of the Overview and Scrutiny Committee held on Tuesday 12 March 2024 at 6.30 pm',
  '',
  'Present: Councillor P Dunmore (Chair), Councillors A Keel, B Lowther and C Fenwick',
  '',
];
const PUBLIC_AGENDA_ITEMS = [
  '1. Apologies for Absence',
  '',
  'To receive apologies for absence.',
  '',
  '2. Declarations of Interest',
  '',
  'To receive any declarations of interest.',
  '',
  '3. Harbour Wall Repairs',
  '',
  'To consider the report of the Head of Assets on the Marrowfield sea wall.',
  '',
];
const PUBLIC_MINUTES_ITEMS = [
  '1. Apologies for Absence',
  '',
  'Apologies were received from Councillor D Rusk.',
  '',
  '2. Declarations of Interest',
  '',
  'There were no declarations of interest.',
  '',
  '3. Harbour Wall Repairs',
  '',
  'The Committee considered the report on the Marrowfield sea wall.',
  '',
  'RESOLVED that the report be noted.',
  '',
];
/** The exempt item's own words: a body, a decision and a request. */
const EXEMPT_AGENDA_WORDS = ['To consider the report of the Head of Assets on the Zephyrine tender.', ''];
const EXEMPT_MINUTES_WORDS = [
  'The Committee considered the offer from Zephyrine Holdings for the lease of the old ferry terminal.',
  '',
  'RESOLVED that the Zephyrine offer be accepted subject to contract.',
  '',
  'Members asked that the Zephyrine lease terms be circulated to all members.',
  '',
];

function agenda(partLines: string[], title = '4. Lease of Former Ferry Terminal'): string {
  return [...AGENDA_HEAD, ...PUBLIC_AGENDA_ITEMS, ...partLines, title, '', ...EXEMPT_AGENDA_WORDS].join('\n');
}
function minutes(partLines: string[], title = '4. Lease of Former Ferry Terminal', close = ['The meeting closed at 8.05 pm.']): string {
  return [...MINUTES_HEAD, ...PUBLIC_MINUTES_ITEMS, ...partLines, title, '', ...EXEMPT_MINUTES_WORDS, ...close].join('\n');
}

const RESOLUTION_12A =
  'RESOLVED that under Section 100A(4) of the Local Government Act 1972 the public be excluded from the meeting for the following item of business on the grounds that it involves the likely disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A to the Act.';

export const EXEMPT_CASES: ExemptCase[] = [
  // Headings alone over the private part.
  { name: 'agenda: "PART 2 - NOT FOR PUBLICATION" heading', text: agenda(['PART 2 - NOT FOR PUBLICATION', '']), exemptNumber: '4' },
  { name: 'agenda: "PART II" alone', text: agenda(['PART II', '']), exemptNumber: '4' },
  { name: 'agenda: "Part B" alone', text: agenda(['Part B', '']), exemptNumber: '4' },
  { name: 'agenda: "B ITEMS" heading', text: agenda(['B ITEMS', '']), exemptNumber: '4' },
  { name: 'agenda: "Items not open to the public"', text: agenda(['Items not open to the public', '']), exemptNumber: '4' },
  { name: 'agenda: "CLOSED SESSION" heading', text: agenda(['CLOSED SESSION', '']), exemptNumber: '4' },
  { name: 'agenda: "Restricted" heading', text: agenda(['Restricted', '']), exemptNumber: '4' },
  { name: 'agenda: lone "CONFIDENTIAL" line', text: agenda(['CONFIDENTIAL', '']), exemptNumber: '4' },
  { name: 'agenda: "Private and Confidential"', text: agenda(['Private and Confidential', '']), exemptNumber: '4' },
  { name: 'agenda: "Exempt Information" heading', text: agenda(['Exempt Information', '']), exemptNumber: '4' },
  { name: 'agenda: "Reserved Matters" heading', text: agenda(['Reserved Matters', '']), exemptNumber: '4' },
  { name: 'agenda: "Confidential Matters" (parish)', text: agenda(['Confidential Matters', '']), exemptNumber: '4' },
  { name: 'agenda: "In Private" heading', text: agenda(['In Private', '']), exemptNumber: '4' },
  { name: 'agenda: "Exempt Items" heading', text: agenda(['Exempt Items', '']), exemptNumber: '4' },
  // The heading with a number, or with the statute's words.
  { name: 'agenda: numbered "PART 2 - EXEMPT ITEMS" heading', text: agenda(['4. PART 2 - EXEMPT ITEMS', ''], '5. Lease of Former Ferry Terminal'), exemptNumber: '5' },
  { name: 'agenda: statute heading "Schedule 12A"', text: agenda(['Items containing exempt information under Schedule 12A', '']), exemptNumber: '4' },
  { name: 'agenda: "Not for publication by virtue of paragraph 3"', text: agenda(['Not for publication by virtue of paragraph 3 of Part 1 of Schedule 12A of the Local Government Act 1972', '']), exemptNumber: '4' },
  // Marks on the item's own line.
  { name: 'agenda: mark after the number', text: agenda([], '4. (Confidential) Lease of Former Ferry Terminal'), exemptNumber: '4' },
  { name: 'agenda: mark before the number', text: agenda([], 'CONFIDENTIAL 4. Lease of Former Ferry Terminal'), exemptNumber: '4' },
  { name: 'agenda: paragraph reason after the title', text: agenda([], '4. Lease of Former Ferry Terminal (Paragraph 3)'), exemptNumber: '4' },
  { name: 'agenda: "Exempt - paragraph 3" line under the title', text: agenda([], '4. Lease of Former Ferry Terminal\n\nExempt - Paragraph 3'), exemptNumber: '4' },
  { name: 'agenda: the ground as a sentence under the title', text: agenda([], '4. Lease of Former Ferry Terminal\n\nExempt under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972.'), exemptNumber: '4' },
  { name: 'agenda: statute reason after the title', text: agenda([], '4. Lease of Former Ferry Terminal - Not for publication by virtue of paragraph 3 of Part 1 of Schedule 12A'), exemptNumber: '4' },
  // Resolutions and narration inside the minutes.
  { name: 'minutes: Section 100A resolution in its own item', text: minutes(['4. Exclusion of the Press and Public', '', RESOLUTION_12A, ''], '5. Lease of Former Ferry Terminal'), exemptNumber: '5' },
  { name: 'minutes: exclusion resolution inside the public item above', text: minutes([RESOLUTION_12A, '']), exemptNumber: '4' },
  { name: 'minutes: "The Chair moved the meeting into closed session"', text: minutes(['The Chair moved the meeting into closed session.', '']), exemptNumber: '4' },
  { name: 'minutes: "the public were excluded"', text: minutes(['The press and public were excluded for the remaining item.', '']), exemptNumber: '4' },
  { name: 'minutes: "Taken in private" heading', text: minutes(['Items taken in private', '']), exemptNumber: '4' },
  {
    name: 'minutes: parish 1960 Act resolution',
    text: minutes(['4. Confidential Business', '', 'It was resolved under the Public Bodies (Admission to Meetings) Act 1960 to exclude the press and public owing to the confidential nature of the business to be transacted.', ''], '5. Lease of Former Ferry Terminal'),
    exemptNumber: '5',
  },
  {
    name: 'minutes: Scottish Section 50A(4)',
    text: minutes(['The Committee resolved in terms of Section 50A(4) of the Local Government (Scotland) Act 1973 to exclude the press and public from the meeting during consideration of the following item of business on the grounds that it involved the likely disclosure of exempt information of the class described in paragraph 9 of Part 1 of Schedule 7A of the Act.', '']),
    exemptNumber: '4',
  },
  // Welsh.
  { name: 'agenda: Welsh "RHAN 2" heading', text: agenda(['RHAN 2 - EITEMAU CYFRINACHOL', '']), exemptNumber: '4' },
  { name: 'minutes: Welsh exclusion item', text: minutes(["4. Eithrio'r Wasg a'r Cyhoedd", '', RESOLUTION_12A, ''], '5. Lease of Former Ferry Terminal'), exemptNumber: '5' },
  // A private part at the end of a list, past a later public item; and a PDF with page furniture between.
  {
    name: 'agenda: private part after a public item, then page furniture',
    text: [...AGENDA_HEAD, ...PUBLIC_AGENDA_ITEMS, 'PART 2', '', 'Harbourside District Council', 'Page 2 of 3', '', '4. Lease of Former Ferry Terminal', '', ...EXEMPT_AGENDA_WORDS, 'Harbourside District Council', 'Page 3 of 3'].join('\n'),
    exemptNumber: '4',
  },
  // A ModernGov table row whose title carries the mark.
  {
    name: 'ModernGov table: row marked exempt',
    text: [
      'Agenda and minutes',
      'Overview and Scrutiny Committee - Tuesday, 12th March, 2024 6.30 pm',
      'Venue: Council Chamber, Quay Offices, Harbourside',
      'No. | Item |',
      '1. | Apologies for Absence Minutes: Apologies were received from Councillor D Rusk. |',
      '2. | Harbour Wall Repairs Minutes: The Committee considered the Marrowfield sea wall. RESOLVED – That the report be noted. |',
      '3. | Lease of Former Ferry Terminal (Exempt) Minutes: The Committee considered the Zephyrine offer. RESOLVED – That the Zephyrine offer be accepted. |',
    ].join('\n'),
    exemptNumber: '3',
  },
];

/** Papers whose words sound private but whose structure keeps every item public. */
export const PUBLIC_CASES: { name: string; text: string }[] = [
  {
    name: 'a confidential appendix to a public item',
    text: minutes([], '4. Lease of Former Ferry Terminal', []).replace(
      'The Committee considered the report on the Marrowfield sea wall.',
      'The Committee considered the report on the Marrowfield sea wall. Appendix 2 to the report is confidential as it contains exempt information under paragraph 3 of Part 1 of Schedule 12A.',
    ),
  },
  { name: 'a decision exempt from call-in', text: minutes(['The decision is exempt from call-in as it is urgent.', '']) },
  { name: '"Part 1" over public business', text: [...AGENDA_HEAD, 'PART 1 - PUBLIC BUSINESS', '', ...PUBLIC_AGENDA_ITEMS].join('\n') },
  { name: 'an exclusion considered and not needed', text: minutes(['4. Exclusion of the Press and Public', '', 'There were no items requiring the exclusion of the press and public.', ''], '5. Marrowfield Parking Review', []) },
];

/** The private part in other layouts, each with a public minute naming "Marrowfield" before it. */
export const OTHER_LAYOUT_CASES: Record<string, string> = {
  // A ModernGov meeting page: a heading between its numbered rows.
  'ModernGov meeting page, "Reserved Matters"': ['Agenda and minutes', '', 'Overview and Scrutiny Committee - Tuesday, 12th March, 2024 6.30 pm', '', 'Venue: Council Chamber, Quay Offices. View directions', '', 'Items', 'No. Item', '', '1.', '', 'Apologies for Absence', '', 'Minutes:', '', 'Apologies were received from Councillor D Rusk.', '', '2.', '', 'Harbour Wall Repairs pdf icon PDF 210 KB', '', 'Minutes:', '', 'The Committee considered the Marrowfield sea wall report.', '', 'RESOLVED: That the report be noted.', '', 'Reserved Matters', '', '3.', '', 'Lease of Former Ferry Terminal', '', 'Minutes:', '', 'The Committee considered the Zephyrine offer.', '', 'RESOLVED: That the Zephyrine offer be accepted.'].join('\n'),
  // Parish minutes of run-in topics ("Title: minute") under a capitals heading.
  'run-in minutes, "CONFIDENTIAL MATTERS"': ['Ashcombe Parish Council', '', 'Minutes of the Parish Council meeting held on Monday 4 March 2024 at 7.30 pm in the Village Hall', '', 'Present: Cllrs J Penrose (Chair), K Tull, M Varley', '', 'Apologies: Cllr S Odell', '', 'Footpaths: The clerk reported the Marrowfield stile was repaired.', '', 'Playing Field: Members agreed to renew the mowing contract.', '', 'Finance: The payments list was approved.', '', 'CONFIDENTIAL MATTERS', '', 'Staffing: The council discussed the Zephyrine grievance and agreed a hearing date.', '', 'Meeting closed at 9.10 pm.'].join('\n'),
  // Parish minutes of short unnumbered headings over paragraphs.
  'unnumbered headings, "Closed Session"': ['Ashcombe Parish Council', '', 'Minutes of the Parish Council meeting held on Monday 4 March 2024 at 7.30 pm in the Village Hall', '', 'Present: Cllrs J Penrose (Chair), K Tull, M Varley', '', 'Footpaths', '', 'The clerk reported the Marrowfield stile was repaired.', '', 'Playing Field', '', 'Members agreed to renew the mowing contract.', '', 'Closed Session', '', 'Staffing', '', 'The council discussed the Zephyrine grievance and agreed a hearing date.', '', 'Meeting closed at 9.10 pm.'].join('\n'),
  // PDF minutes in capitals with the page's furniture between the heading and the exempt minute.
  'PDF minutes, "EXEMPT INFORMATION" then page furniture': ['HARBOURSIDE DISTRICT COUNCIL', 'OVERVIEW AND SCRUTINY COMMITTEE', '', 'MINUTES of the meeting held on Tuesday 12 March 2024 at 6.30 pm', '', 'PRESENT: Councillor P Dunmore (Chair); Councillors A Keel and B Lowther', '', '31. HARBOUR WALL REPAIRS', '', 'The Committee considered the Marrowfield sea wall report.', '', 'RESOLVED that the report be noted.', '', 'EXEMPT INFORMATION', '', 'Overview and Scrutiny Committee 12 March 2024', '', 'Page 2 of 3', '', '32. LEASE OF FORMER FERRY TERMINAL', '', 'The Committee considered the Zephyrine offer.', '', 'RESOLVED that the Zephyrine offer be accepted.', '', 'Overview and Scrutiny Committee 12 March 2024', '', 'Page 3 of 3'].join('\n'),
};
