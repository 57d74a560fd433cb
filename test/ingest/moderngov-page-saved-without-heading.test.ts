// ModernGov meeting pages saved without their heading: the meeting's date, time and committee from the
// names of the page's own papers, rows of a pipe table opened and closed by "|", the chair named in a
// minute, and members who came late.
import { describe, expect, it } from 'vitest';
import { chairNamedIn } from '../../src/ingest/attendance.ts';
import { findDates } from '../../src/ingest/dates.ts';
import { classifyLine } from '../../src/ingest/line-kinds.ts';
import { onlyMeeting } from './only-meeting.ts';

const top = ['Councillors and committees', '', 'Agenda, decisions and minutes', '', 'Venue: Council Chamber, Town Hall', '', 'Contact: Ines Molloy', '', 'Items'].join('\n');
const papers = ['Documents', '', 'Agenda frontsheet 03rd-Jun-2025 19.00 Licensing Committee pdf icon PDF 98 KB', 'Printed minutes 03rd-Jun-2025 19.00 Licensing Committee pdf icon PDF 120 KB'].join('\n');

const numberedRows = (apologies = 'Apologies were received from Councillor Amir Haddad.') =>
  [
    'No. Item',
    '',
    '7.',
    '',
    'Apologies for Absence',
    '',
    'Minutes:',
    '',
    apologies,
    '',
    '8.',
    '',
    'Minutes of the meeting held on 6 May 2025 pdf icon PDF 150 KB',
    '',
    'Minutes:',
    '',
    'RESOLVED: That the minutes of the meeting held on 6 May 2025 be approved as a correct record.',
    '',
    '9.',
    '',
    'Street Trading Policy pdf icon PDF 300 KB',
    '',
    'Minutes:',
    '',
    'The Chair, Councillor Joan Petrakis, introduced the item. The Vice-Chair, Councillor Sam Ure, asked about pavement widths.',
    '',
    'RESOLVED: That the policy be adopted.',
  ].join('\n');

describe('a meeting page saved without its heading', () => {
  it('reads ModernGov papers\' dates ("03rd-Jun-2025")', () => {
    expect(findDates('Printed minutes 03rd-Jun-2025 19.00 Licensing Committee').map((d) => d.date)).toEqual(['2025-06-03']);
  });

  it('takes the meeting from its papers\' names, not the last meeting\'s date in an item, and the papers are no item', () => {
    const m = onlyMeeting(`${top}\n${numberedRows()}\n\n${papers}\n`);
    expect([m.committee, m.date, m.time]).toEqual(['Licensing Committee', '2025-06-03', '19:00']);
    expect(m.items.map((i) => i.number)).toEqual(['7', '8', '9']);
    // The papers' names after the last minute are no part of it.
    expect(m.items.at(-1)!.body).not.toMatch(/frontsheet|Printed minutes/);
  });

  it('takes the meeting from the page\'s window title kept above it', () => {
    const m = onlyMeeting(`Agenda for Licensing Committee on Tuesday, 3rd June, 2025, 7.00 pm - Westbrook District Council\n\n${top}\n${numberedRows()}\n`);
    expect([m.committee, m.date, m.time]).toEqual(['Licensing Committee', '2025-06-03', '19:00']);
  });

  it('gives no date rather than a date printed inside an item', () => {
    const m = onlyMeeting(`${top}\n${numberedRows()}\n`);
    expect(m.date).toBeNull();
  });

  it('reads the rows of a pipe table opened and closed by "|"', () => {
    const table = [
      '| No. | Item |',
      '|---|---|',
      '| 31 | Apologies for Absence Minutes: Apologies were received from Councillor Amir Haddad. |',
      '| 32 | Minutes of the meeting held on 6 May 2025 PDF 150 KB Minutes: RESOLVED: That the minutes be approved. |',
      '| 33 | Street Trading Policy PDF 300 KB Minutes: RESOLVED: That the policy be adopted. |',
    ].join('\n');
    const m = onlyMeeting(`${top}\n${table}\n\n${papers}\n`);
    expect(m.date).toBe('2025-06-03');
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['31', 'Apologies for Absence'],
      ['32', 'Minutes of the meeting held on 6 May 2025'],
      ['33', 'Street Trading Policy'],
    ]);
    expect(m.apologies.map((a) => a.name)).toEqual(['Councillor Amir Haddad']);
  });
});

describe('the chair and late arrivals named in the minutes of a meeting page', () => {
  it('reads "The Chair, Councillor X," as the chair, and a vice-chair named the same way as no chair', () => {
    const m = onlyMeeting(`${top}\n${numberedRows()}\n\n${papers}\n`);
    expect(m.chair).toBe('Councillor Joan Petrakis');
    const vice = onlyMeeting(`${top}\n${numberedRows().replace('The Chair, Councillor Joan Petrakis, introduced the item. ', '')}\n\n${papers}\n`);
    expect(vice.chair).toBeNull();
  });

  it('reads the ways a minute records who chaired', () => {
    const line = (t: string) => [classifyLine({ text: t, blank: false, bullet: false, emphasis: false, indent: 0 } as never, 0)];
    expect(chairNamedIn(line('RESOLVED that Councillor P. M. Quirke be elected as Chairman for the remainder of the municipal year.'))).toBe('Councillor P. M. Quirke');
    expect(chairNamedIn(line('RESOLVED that in the absence of the Chair and Vice-Chair that Councillor Tremaine be appointed to Chair this meeting.'))).toBe('Councillor Tremaine');
    expect(chairNamedIn(line('Resolved that Councillor Oduya chair the meeting.'))).toBe('Councillor Oduya');
    expect(chairNamedIn(line('The chair Councillor Ruth Amis introduced herself as the new chair for the year and welcomed members, officers and the public.'))).toBe('Councillor Ruth Amis');
    expect(chairNamedIn(line('A vote was held under Standing Order 12. Nina Harcourt, being the only Member willing to serve, was duly elected as Chairman of the Committee for the ensuing year.'))).toBe('Nina Harcourt');
    expect(chairNamedIn(line('Members agreed that Councillor Vale be appointed as Chair of the Flooding Panel.'))).toBeNull();
  });

  it('reads "Councillor X (Chair)" in a minute as the chair, and "(Vice-Chair)" as no chair', () => {
    const said = (who: string) => numberedRows().replace('The Chair, Councillor Joan Petrakis, introduced the item. ', `${who} introduced the item. `);
    expect(onlyMeeting(`${top}\n${said('Councillor Joan Petrakis (Chair)')}\n\n${papers}\n`).chair).toBe('Councillor Joan Petrakis');
    expect(onlyMeeting(`${top}\n${said('Councillor Joan Petrakis (Vice-Chair)')}\n\n${papers}\n`).chair).toBeNull();
  });

  it('reads a chair elected for the meeting, and not one elected to chair another body', () => {
    const elected = numberedRows('RESOLVED: That Councillor Nadia Brennan be elected Chair for the meeting. Apologies were received from Councillor Amir Haddad.');
    expect(onlyMeeting(`${top}\n${elected.replace('The Chair, Councillor Joan Petrakis, introduced the item. ', '')}\n\n${papers}\n`).chair).toBe('Councillor Nadia Brennan');
    const elsewhere = numberedRows('Councillor Nadia Brennan was appointed Chair of the Taxi Forum. Apologies were received from Councillor Amir Haddad.');
    expect(onlyMeeting(`${top}\n${elsewhere.replace('The Chair, Councillor Joan Petrakis, introduced the item. ', '')}\n\n${papers}\n`).chair).toBeNull();
  });

  it('counts a member who gave apologies for lateness as present, not absent', () => {
    const late = numberedRows('Apologies were received from Councillor Amir Haddad. Councillor Lena Fox gave apologies for lateness.');
    const m = onlyMeeting(`${top}\n${late}\n\n${papers}\n`);
    expect(m.apologies.map((a) => a.name)).toEqual(['Councillor Amir Haddad']);
    expect(m.present.map((p) => p.name)).toContain('Councillor Lena Fox');
    const from = onlyMeeting(`${top}\n${numberedRows('Apologies for lateness were received from Councillors Lena Fox and Omar Reid.')}\n\n${papers}\n`);
    expect(from.apologies).toEqual([]);
    expect(from.present.map((p) => p.name)).toEqual(expect.arrayContaining(['Councillor Lena Fox', 'Councillor Omar Reid']));
  });
});

describe('issue and agenda-item pages saved with parts missing', () => {
  it('takes the issue\'s title for a meeting whose minute starts straight after its "Meeting:" line', () => {
    const text = [
      'Issue - meetings',
      '',
      'Apologies for Absence',
      '',
      'Meeting: 02/12/2024 - Overview and Scrutiny Board (Item 51)',
      '',
      'Apologies for absence were received from Councillors S. Marchetti and E. Tranter.  Councillor N. Lowry attended as a substitute for Councillor E. Tranter.',
    ].join('\n');
    const m = onlyMeeting(text);
    expect(m.items.map((i) => [i.number, i.title])).toEqual([['51', 'Apologies for Absence']]);
    expect(m.apologies.map((a) => a.name)).toEqual(['Councillor S. Marchetti', 'Councillor E. Tranter']);
    expect(m.present.map((p) => p.name)).toEqual(['Councillor N. Lowry']);
  });

  it('reads the minute under the "Meeting:" line as the minute when the issue\'s title was lost too', () => {
    const text = ['Issue - meetings', '', 'Meeting: 14/01/2026 - Council (Item 57)', '', 'Apologies for absence were received from Councillors Ashworth and Quayle.', '', 'The Mayor announced the Civic Service.'].join('\n');
    const m = onlyMeeting(text);
    expect(m.items.map((i) => [i.number, i.title])).toEqual([['57', 'Untitled item']]);
    expect(m.apologies.map((a) => a.name)).toEqual(['Councillor Ashworth', 'Councillor Quayle']);
  });

  it('keeps an agenda title printed under the "Meeting:" line', () => {
    const text = ['Issue - meetings', '', 'Apologies', '', 'Meeting: 02/12/2024 - Overview and Scrutiny Board (Item 51)', '', 'Apologies and Named Substitutes', '', 'There were none.'].join('\n');
    expect(onlyMeeting(text).items[0]!.title).toBe('Apologies and Named Substitutes');
  });

  it('reads an agenda-item page that opens on its "Minutes:" label', () => {
    const m = onlyMeeting('Minutes:\nApologies for absence were received from Alderman Sir Rupert Vane and Graham Pettifer.\n');
    expect([m.kind, m.items.length]).toEqual(['item-page', 1]);
    expect(m.apologies.map((a) => a.name)).toEqual(['Alderman Sir Rupert Vane', 'Graham Pettifer']);
  });

  it('reads apologies for lateness after a semicolon as people who came', () => {
    const m = onlyMeeting('Agenda item\n\n\n\nThere were apologies for absence from Councillors Priya Lanchester and Owen Drabble; and for lateness from Councillors Helga Sorensen and Dev Amin.\n');
    expect(m.apologies.map((a) => a.name)).toEqual(['Councillor Priya Lanchester', 'Councillor Owen Drabble']);
    expect(m.present.map((p) => p.name)).toEqual(['Councillor Helga Sorensen', 'Councillor Dev Amin']);
  });
});

describe('paper marks in brackets', () => {
  it('leaves no bracket behind in a title, in a pipe table or on its own line', () => {
    const table = ['Agenda and minutes', '', 'Cabinet - Tuesday, 3rd June, 2025 10.00 am', '', '| No. | Item |', '|---|---|', '| 1. | **Minutes** [PDF 120 KB] Minutes: The minutes were agreed. |', '| 2. | Budget (PDF 300 KB) Minutes: RESOLVED that the budget be approved. |'].join('\n');
    expect(onlyMeeting(table).items.map((i) => i.title)).toEqual(['Minutes', 'Budget']);
    const lined = ['Agenda and minutes', '', 'Cabinet - Tuesday, 3rd June, 2025 10.00 am', '', 'No. Item', '', '1.', '', 'Minutes [PDF 120 KB]', '', 'Minutes:', '', 'The minutes were agreed.', '', '2.', '', 'Budget (PDF 300 KB)', '', 'Minutes:', '', 'RESOLVED that the budget be approved.'].join('\n');
    expect(onlyMeeting(lined).items.map((i) => i.title)).toEqual(['Minutes', 'Budget']);
  });
});
