// Item numbers and item tables in forms other than "1." or ModernGov's "No. Item": Roman numerals, a council's
// own "1.0", a table saved with its bars ("1.0 | Minutes |"), a table headed "Number | Item", and a page cut at
// its "No. Item" line. Each is a meeting with its items, not a text with none.
import { describe, expect, it } from 'vitest';
import { classifyLine } from '../../src/ingest/line-kinds.ts';
import { onlyMeeting } from './only-meeting.ts';

const classified = (text: string) => classifyLine({ text, blank: false, bullet: false, emphasis: false, indent: 0 } as never, 0);
const itemsOf = (text: string) => onlyMeeting(text).items.map((i) => [i.number, i.title]);

describe('Roman numerals numbering the items', () => {
  it('reads "IV. TITLE" as item IV, counting four', () => {
    expect(classified('IV. LAND OFF STATION ROAD')?.heading).toMatchObject({ number: 'IV', base: 4, title: 'LAND OFF STATION ROAD' });
    expect(classified('XIV. Any Other Business')?.heading).toMatchObject({ number: 'XIV', base: 14 });
  });

  it('reads no item in a numeral that opens no title, nor in lower-case clause numerals', () => {
    expect(classified('II.')?.heading).toBeNull();
    expect(classified('ii. that the report be noted')?.heading).toBeNull();
    expect(classified('IIII. Something')?.heading).toBeNull();
  });

  it('reads minutes numbered I, II, III as items in that order', () => {
    const text = [
      'MINUTES OF THE MEETING OF THE LICENSING COMMITTEE HELD ON TUESDAY 4 OCTOBER 2022 AT 7.00 PM',
      '',
      'PRESENT: Councillors Marlow (Chair), Nuttall and Orme.',
      '',
      'I. APOLOGIES FOR ABSENCE',
      '',
      'Apologies were received from Councillor Pryce.',
      '',
      'II. MINUTES',
      '',
      'RESOLVED that the minutes of the meeting held on 6 September 2022 be approved.',
      '',
      'III. STREET TRADING CONSENTS',
      '',
      'RESOLVED that the consents be renewed.',
    ].join('\n');
    expect(itemsOf(text)).toEqual([
      ['I', 'APOLOGIES FOR ABSENCE'],
      ['II', 'MINUTES'],
      ['III', 'STREET TRADING CONSENTS'],
    ]);
  });
});

describe('a council numbering its items "1.0", "2.0"', () => {
  it('reads "2.0" as item 2.0, not a paragraph of item 2', () => {
    expect(classified('2.0 Minutes of the last meeting')?.heading).toMatchObject({ number: '2.0', base: 2, style: 'plain' });
    expect(classified('2.1 The minutes were approved.')?.heading?.style ?? 'sub').toBe('sub');
  });

  it('reads the title from the cell after the number in a table saved with its bars', () => {
    expect(classified('3.0 | Budget monitoring | Members noted the report. |')?.heading).toMatchObject({
      number: '3.0',
      title: 'Budget monitoring',
      rest: 'Members noted the report.',
    });
  });

  it('reads such rows as the meeting under its committee and date', () => {
    const meeting = onlyMeeting(
      ['Recreation Committee', 'Meeting held on Monday 6 June 2022 at 7pm', '', '1.0 | Apologies |', 'Apologies were received from Cllr Quayle.', '2.0 | Minutes |', 'The minutes of the meeting held on 2 May 2022 were approved.', '3.0 | Play area inspection |', 'Members noted the inspection report.'].join('\n'),
    );
    expect(meeting).toMatchObject({ committee: 'Recreation Committee', date: '2022-06-06' });
    expect(meeting.items.map((i) => [i.number, i.title])).toEqual([
      ['1.0', 'Apologies'],
      ['2.0', 'Minutes'],
      ['3.0', 'Play area inspection'],
    ]);
  });
});

describe('item tables headed in other words than "No. Item"', () => {
  it('reads "Number | Item" and "Item | Title" as an item table\'s head', () => {
    for (const head of ['Number\tItem', 'Number | Item |', 'Item No.\tSubject', 'Item\tTitle']) expect(classified(head)?.kinds.has('table-head')).toBe(true);
    expect(classified('Item\tDescription')?.kinds.has('table-head')).toBe(true);
    expect(classified('Number of items')?.kinds.has('table-head')).toBe(false);
  });

  it('reads an agenda whose table is headed "Number | Item" as the meeting with its items', () => {
    const md = ['# Audit and Governance Committee', '', 'Tuesday 14 March 2023 at 7.00 pm, Council Chamber', '', '| Number | Item |', '|---|---|', '| 1 | Apologies for absence |', '| 2 | Minutes of the meeting held on 10 January 2023 |', '| 3 | Internal audit progress report |'].join('\n');
    const meeting = onlyMeeting(md.replace(/^\| (.*) \|$/gm, (_, cells: string) => cells.split(' | ').join('\t')).replace(/^\|---\|---\|$/m, ''));
    expect(meeting).toMatchObject({ kind: 'agenda', date: '2023-03-14' });
    expect(meeting.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Apologies for absence'],
      ['2', 'Minutes of the meeting held on 10 January 2023'],
      ['3', 'Internal audit progress report'],
    ]);
  });
});

describe('a ModernGov page cut at its "No. Item" line', () => {
  it('reads the unnumbered titles under it as the items, and "No. Item" as none of them', () => {
    const text = ['No. Item', '', '', 'Apologies for absence', '', '', 'Urgent Business', '', 'The Chair will consider the admission of late items of urgent business.', '', '', 'Draft report and recommendations pdf icon PDF 88 KB', '', '', 'Next Steps'].join('\n');
    expect(itemsOf(text)).toEqual([
      [null, 'Apologies for absence'],
      [null, 'Urgent Business'],
      [null, 'Draft report and recommendations'],
      [null, 'Next Steps'],
    ]);
  });
});

describe('unnumbered headings over the paper\'s author', () => {
  it('reads the title above "Report of the Director ..." as the item, and neither the author nor "Reason for decision"', () => {
    const text = [
      'Housing Scrutiny Panel',
      '',
      'Minutes of the meeting held on Wednesday 8 March 2023 at 6.00 pm',
      '',
      'Present: Councillors Ivory (Chair), Jarvis and Kemp.',
      '',
      'Apologies for absence',
      '',
      'Apologies were received from Councillor Lane.',
      '',
      'Minutes of the last meeting',
      '',
      'The minutes of the meeting held on 1 February 2023 were agreed as a correct record.',
      '',
      'Repairs Performance',
      '',
      'Report of the Director of Housing',
      '',
      'The Panel considered the report on repairs performance.',
      '',
      'Reason for decision',
      '',
      'To keep the Panel informed.',
      '',
      'Tenant Engagement',
      '',
      'The Panel heard from the tenants forum.',
    ].join('\n');
    expect(itemsOf(text).map(([, title]) => title)).toEqual(['Apologies for absence', 'Minutes of the last meeting', 'Repairs Performance', 'Tenant Engagement']);
  });
});

describe('a title that names the council before "Draft Minutes"', () => {
  it('reads the council as the meeting\'s committee, the state of the minutes no part of its name', () => {
    const meeting = onlyMeeting(
      ['WESTLEIGH PARISH COUNCIL Draft Minutes of the Ordinary Meeting held on Tuesday 9th April 2024 at 7.30pm in the Village Hall', '', 'Present: Cllrs Moore (Chair), Nash and Oakes.', '', '24/31 Apologies for absence', 'Cllr Rudd sent apologies.', '24/32 Declarations of interest', 'None.', '24/33 Planning', 'No applications.'].join('\n'),
    );
    expect(meeting).toMatchObject({ committee: 'WESTLEIGH PARISH COUNCIL', date: '2024-04-09', time: '19:30' });
  });
});

describe('a minute reference glued to its title', () => {
  it('reads the reference before a title in capitals or before a title\'s first word', () => {
    expect(classified('380/01APOLOGIES FOR ABSENCE')?.heading).toMatchObject({ number: '380/01', title: 'APOLOGIES FOR ABSENCE' });
    expect(classified('004/21To approve the notes of the last meeting')?.heading).toMatchObject({ number: '004/21', title: 'To approve the notes of the last meeting' });
  });

  it('reads no reference in a financial year glued to a word', () => {
    expect(classified('2024/25Budget monitoring report')?.heading?.number).not.toBe('2024/25');
  });
});

describe('an item number glued to a title in its own case', () => {
  it('reads the number before a word that opens with a capital, with or without a stop after the title', () => {
    expect(classified('2Declarations of Interest')?.heading).toMatchObject({ number: '2', title: 'Declarations of Interest' });
    expect(classified('7Questions.')?.heading).toMatchObject({ number: '7', title: 'Questions.' });
  });

  it('reads no number glued to a word of two letters or to a lower-case word', () => {
    expect(classified('2Go Partnership')?.heading?.number).not.toBe('2');
    expect(classified('4th meeting of the panel')?.heading).toBeNull();
  });
});

describe('a minute reference alone over the agenda\'s long wording', () => {
  it('heads its item, the whole wording its title', () => {
    const wording = 'Declaration of Members\' interests in accordance with the Localism Act 2011 (Disclosure by all members present of disclosable pecuniary interests in matters on the agenda that have not already been declared on their forms)';
    const text = [
      'MINUTES OF THE ASHWORTH MAGNA PARISH COUNCIL MEETING HELD ON TUESDAY 14TH JANUARY 2025 AT 7.00 PM',
      '',
      'PRESENT',
      '',
      'Councillors: P Quenby (Chair), L Oduya, R Tamsett.',
      '',
      'PC/1/1/25',
      '',
      'Comments from the Chair',
      '',
      'The Chair welcomed everyone to the meeting.',
      '',
      'PC/2/1/25',
      '',
      wording,
      '',
      'No declarations were made.',
      '',
      'PC/3/1/25',
      '',
      'Finance',
      '',
      'The payments listed were approved.',
    ].join('\n');
    expect(itemsOf(text)).toEqual([['PC/1/1/25', 'Comments from the Chair'], ['PC/2/1/25', wording], ['PC/3/1/25', 'Finance']]);
  });
});
