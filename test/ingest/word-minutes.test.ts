// Minutes saved from Word: a tab after each list number, attendance as a table or at the very end.
import { describe, expect, it } from 'vitest';
import { documentLines } from '../../src/ingest/normalise-text.ts';
import { parseDocument } from '../../src/ingest/parse-document.ts';
import { onlyMeeting } from './only-meeting.ts';

describe('Word-style minutes', () => {
  it('reads a tab after a list number as a space, and a tab between cells as a cell', () => {
    expect(documentLines('3.\tMINUTES OF THE PREVIOUS MEETING\n4.2\tMembers asked for a report.\n(b)\tThe Clerk replied.').map((l) => l.text)).toEqual([
      '3. MINUTES OF THE PREVIOUS MEETING',
      '4.2 Members asked for a report.',
      '(b) The Clerk replied.',
    ]);
    // A row of a table: a number cell, a title cell and a paper cell.
    expect(documentLines('7.\tAnnual Audit Letter\tPDF 82 KB')[0]!.text).toBe('7.\tAnnual Audit Letter\tPDF 82 KB');
  });

  it('reads a table of people: the head row is nobody, a role cell is a note and a chair cell makes the chair', () => {
    const doc = parseDocument(
      [
        'Minutes of the Licensing Panel',
        'held on Monday 2 June 2025 at 10.00 am',
        '',
        'Present:',
        'Councillor\tRole',
        'Councillor Ann Bexley\tChair',
        'Councillor Raj Mistry\tVice-Chair',
        'Councillor Tom Ure',
        '',
        '1.\tAPOLOGIES',
        '',
        '1.1\tApologies were received from Councillor Lee Voss.',
        '',
        '2.\tMINUTES',
        '',
        '2.1\tRESOLVED that the minutes be approved.',
        '',
        '3.\tFEES',
        '',
        '3.1\tRESOLVED that the fees be agreed.',
      ].join('\n'),
    );
    const m = doc.meetings[0]!;
    expect(m.items.map((i) => i.title)).toEqual(['APOLOGIES', 'MINUTES', 'FEES']);
    expect(m.chair).toBe('Councillor Ann Bexley');
    expect(m.present.map((p) => [p.name, p.note])).toEqual([
      ['Councillor Ann Bexley', null],
      ['Councillor Raj Mistry', 'Vice-Chair'],
      ['Councillor Tom Ure', null],
    ]);
    expect(m.apologies.map((p) => p.name)).toEqual(['Councillor Lee Voss']);
  });

  it('reads the attendance printed after the last item when none stands before the first', () => {
    const doc = parseDocument(
      [
        'Minutes of parish meeting held on 4th March 2025',
        '',
        '1.\tAPOLOGIES',
        'None.',
        '',
        '2.\tPLAYING FIELD',
        'It was agreed to repair the gate.',
        '',
        '3.\tANY OTHER BUSINESS',
        'None.',
        '',
        'Present: Mr Karl Ibbotson (Chairman), Mrs Dee Farr and Mr Sol Grant.',
      ].join('\n'),
    );
    const m = doc.meetings[0]!;
    expect(m.chair).toBe('Mr Karl Ibbotson');
    expect(m.present.map((p) => p.name)).toEqual(['Mr Karl Ibbotson', 'Mrs Dee Farr', 'Mr Sol Grant']);
  });
});

describe('agenda front sheets without labels', () => {
  it('takes the time from the line after the date when a blank line stands between', () => {
    const doc = parseDocument(
      ['NOTICE OF MEETING', '', 'CABINET', '', 'will meet on', '', 'WEDNESDAY, 4 FEBRUARY 2026', '', 'At 10.00 am', '', 'Items', '', '1 APOLOGIES FOR ABSENCE', '', '2 MINUTES (Pages 5 - 12)', '', '3 BUDGET 2026/27 (Pages 13 - 60)'].join('\n'),
    );
    expect(doc.meetings.map((m) => [m.kind, m.date, m.time])).toEqual([['agenda', '2026-02-04', '10:00']]);
  });

  it('reads "Items for consideration" over bare numbered titles as an agenda, not minutes', () => {
    const doc = parseDocument(
      ["Children's Services Scrutiny Committee", 'Thursday 19 March 2026', '2.00 pm', '', 'Items for consideration', '', '1. Apologies and substitutions', '2. Declarations of interest', '3. School place planning', '4. Forward work programme'].join('\n'),
    );
    expect(doc.meetings.map((m) => [m.kind, m.date, m.time, m.items.length])).toEqual([['agenda', '2026-03-19', '14:00', 4]]);
  });
});

describe('a minutes table saved from Word', () => {
  const table = [
    'NORTHFIELD PARISH COUNCIL',
    'Minutes of the meeting held on Thursday 6 March 2025 at 7.30pm, Community Centre',
    '',
    'Present: Cllr B Ward (Chair), Cllr E Lund, Cllr O Haines',
    '',
    'Item\tMinute\tAction',
    '1\tApologies for absence\tCllr T Mayo sent apologies.\t',
    '2\tDeclarations of interest\tNone.\t',
    '3\tMinutes of the last meeting\tThe minutes of 6 February 2025 were approved as a correct record.\t',
    '4\tPlay area\tThe Clerk will obtain quotes for resurfacing.\tClerk',
    '',
    'Meeting closed 8.50pm',
  ].join('\n');

  it('reads each row as an item: number, title, then the minute and the action\'s owner', () => {
    const m = onlyMeeting(table);
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Apologies for absence'],
      ['2', 'Declarations of interest'],
      ['3', 'Minutes of the last meeting'],
      ['4', 'Play area'],
    ]);
    expect(m.apologies.map((a) => a.name)).toEqual(['Councillor T Mayo']);
    expect(m.items[3]!.body).toContain('The Clerk will obtain quotes for resurfacing.');
  });

  it('leaves a row whose second cell is a sentence, or a two-cell list, as it was', () => {
    const rows = table.replace('4\tPlay area\t', '4\tThe Clerk reported on the play area\t');
    expect(onlyMeeting(rows).items.map((i) => i.number)).toEqual(['1', '2', '3']);
  });
});
