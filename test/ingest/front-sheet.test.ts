// Agenda front sheets in the layouts councils print: where the meeting's date and name stand.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/ingest/parse-document.ts';

describe('agenda front sheets', () => {
  it('reads the date and time under a "Date & Time | Place | Contact" head, and drops the page column from titles', () => {
    const text = [
      'Notice of Meeting',
      '',
      'Highways and Transport Select Committee',
      '',
      'Date & Time                    Place                              Contact',
      'Thursday, 22 January 2026      Council Chamber, Shire Hall,       Owen Pike',
      '2.00 pm                        Eastgate                           Tel 01632 960777',
      '',
      'AGENDA',
      '',
      'Item   Subject                                                   Page',
      '',
      '1      Apologies for Absence',
      '',
      '2      Minutes of the Meeting held on 20 November 2025            5 - 10',
      '',
      '3      Winter Gritting Routes                                    11 - 30',
    ].join('\n');
    const m = parseDocument(text).meetings[0]!;
    expect(m).toMatchObject({ kind: 'agenda', committee: 'Highways and Transport Select Committee', date: '2026-01-22', time: '14:00' });
    expect(m.items.map((i) => [i.number, i.title, i.pages])).toEqual([
      ['1', 'Apologies for Absence', null],
      ['2', 'Minutes of the Meeting held on 20 November 2025', 'Pages 5 - 10'],
      ['3', 'Winter Gritting Routes', 'Pages 11 - 30'],
    ]);
  });

  it('takes the meeting from a parish summons, not from the clerk\'s address or the letter\'s date', () => {
    const text = [
      'BRAMLEY CROSS PARISH COUNCIL',
      '',
      'Clerk: Mr T. Oduya, 2 Church Row, Bramley Cross  Tel: 01632 960901',
      '',
      'Dear Councillor,',
      '',
      'You are summoned to attend a meeting of Bramley Cross Parish Council, to be held at 7.15pm',
      'on Monday March 9th, 2026 in the Reading Room.',
      '',
      'T. Oduya',
      'Clerk to the Council                                  2nd March 2026',
      '',
      'AGENDA',
      '',
      '1. To receive apologies for absence.',
      '2. To approve the minutes of the meeting held on February 9th 2026.',
      '3. To consider the footpath closure on Mill Lane.',
    ].join('\n');
    const m = parseDocument(text).meetings[0]!;
    expect(m).toMatchObject({ kind: 'agenda', committee: 'Bramley Cross Parish Council', date: '2026-03-09' });
    expect(m.items).toHaveLength(3);
  });
});

describe('a parish summons dated the day it went out', () => {
  it('takes the meeting\'s date and time from the summons, not the date printed above it', () => {
    const text = [
      'HOLMESDALE PARISH COUNCIL',
      '',
      'Clerk: Mrs R Tennant, 4 Orchard Close, Holmesdale',
      '',
      '3rd March 2025',
      '',
      'To all members of the Council. You are hereby summoned to attend the Ordinary Meeting of Holmesdale Parish Council to be held in the Memorial Hall on Monday 10th March 2025 at 7.30pm for the purpose of transacting the following business.',
      '',
      'AGENDA',
      '',
      '1. To receive and approve apologies for absence',
      '2. To approve the minutes of the meeting held on 10th February 2025',
      '3. Public participation',
    ].join('\n');
    const doc = parseDocument(text);
    expect(doc.meetings.map((m) => [m.kind, m.date, m.time])).toEqual([['agenda', '2025-03-10', '19:30']]);
  });
});

describe('a notice of meeting whose fields are a table', () => {
  it('reads "Meeting", "Date and Time" and "Place" cells as the fields, and items numbered in a cell of their own', () => {
    const text = [
      'Public Document Pack',
      '',
      'NOTICE OF MEETING',
      '',
      'Meeting\tHealth and Adult Social Care Select Committee',
      'Date and Time\tWednesday, 2nd April, 2025 at 10.00 am',
      'Place\tAshburton Room, Elizabeth II Court, Winchester',
      '',
      'Agenda',
      '',
      '1.\tAPOLOGIES FOR ABSENCE\t',
      'To receive any apologies for absence.',
      '2.\tDECLARATIONS OF INTEREST\t',
      '3.\tMINUTES OF PREVIOUS MEETING\t(Pages 3 - 10)',
    ].join('\n');
    const [m] = parseDocument(text).meetings;
    expect([m?.committee, m?.date, m?.time, m?.place]).toEqual(['Health and Adult Social Care Select Committee', '2025-04-02', '10:00', 'Ashburton Room, Elizabeth II Court, Winchester']);
    expect(m?.items.map((i) => i.title)).toEqual(['APOLOGIES FOR ABSENCE', 'DECLARATIONS OF INTEREST', 'MINUTES OF PREVIOUS MEETING']);
  });
});

describe('a summons in capitals over an agenda of unnumbered points', () => {
  it('gives the meeting the summons names, its day and its time, though no item is numbered', () => {
    const text = [
      'To: ALL MEMBERS OF THE COUNCIL',
      'YOU ARE HEREBY SUMMONED TO ATTEND A MEETING OF WYNDHAM PARVA PARISH COUNCIL TO BE HELD in the Reading Room on Tuesday 7th April 2026, at 7.15PM FOR THE PURPOSE OF TRANSACTING THE FOLLOWING BUSINESS:',
      'A. FELLOWES, CLERK TO THE COUNCIL DATE 31st March, 2026',
      'AGENDA',
      '- Note attendance and receive apologies for absence.',
      '- Minutes of the previous meeting – to approve the minutes of the meeting held on Tuesday 3rd March, 2026',
      '- Footpath repairs at Mill Lane.',
    ].join('\n');
    const doc = parseDocument(text);
    expect(doc.meetings.map((m) => [m.kind, m.committee, m.date, m.time])).toEqual([['agenda', 'WYNDHAM PARVA PARISH COUNCIL', '2026-04-07', '19:15']]);
  });
});

describe('a meeting page cut after its first item', () => {
  const page = (section: string) =>
    ['Documents', '', 'Agenda', '', section, '', '    4.', '', '    Housing Revenue Account Rent Setting 2026/27', '', '      Report of the Director of Housing on the proposed rents.'].join('\n');

  it('reads one item under a part of the meeting ("Public Items") below "Agenda" as the agenda, naming no committee from the tab or the part', () => {
    const doc = parseDocument(page('Public Items'), 'cmis-page.txt');
    expect(doc.meetings).toHaveLength(1);
    const meeting = doc.meetings[0]!;
    expect(meeting.kind).toBe('agenda');
    expect(meeting.committee).toBeNull();
    expect(meeting.items.map((i) => `${i.number} ${i.title}`)).toEqual(['4 Housing Revenue Account Rent Setting 2026/27']);
  });

  it('takes one item with no part of the meeting above it for no agenda', () => {
    expect(parseDocument(page(''), 'cmis-page.txt').meetings.filter((m) => m.kind === 'agenda')).toEqual([]);
  });
});

describe('an agenda whose items are sentences wrapped on a joining word', () => {
  it('reads "2. Declarations of interests in any matters to be considered at the" / "meeting." as one item', () => {
    const text = [
      'You are hereby summoned to attend a meeting of the Council, to be held at the Civic Hall, on Tuesday 10th March 2026 at 6.00pm.',
      'Agenda',
      '1. To receive apologies for absence (if any).',
      '2. Declarations of interests in any matters to be considered at the',
      'meeting.',
      '3. To confirm as a correct record, the minutes of the meeting of',
      'Council held on 13th January 2026.',
      '4. To receive announcements from the Mayor.',
    ].join('\n');
    const agenda = parseDocument(text, 'summons.pdf').meetings[0]!;
    expect(agenda.items.map((i) => `${i.number} ${i.title}`)).toEqual([
      '1 To receive apologies for absence (if any).',
      '2 Declarations of interests in any matters to be considered at the meeting.',
      '3 To confirm as a correct record, the minutes of the meeting of Council held on 13th January 2026.',
      '4 To receive announcements from the Mayor.',
    ]);
  });
});
