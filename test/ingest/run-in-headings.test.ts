// Minutes whose items run in: each paragraph opens with a short title and a mark, the minute on the same line. A run of
// three or more is the item list whatever the titles say; labels, attendance and topics under a heading are not items.
import { describe, expect, it } from 'vitest';
import { onlyMeeting } from './only-meeting.ts';

const minutes = (...body: string[]) =>
  [
    'Minutes of the Meeting of Hollybrook Town Council held on Monday 9th February 2026 in the Guildhall at 7.00pm.',
    '',
    'Present: Mayor; Mr Ivor Sands. Councillors: Mrs Petra Lusk; Mr Owen Tarrant; Mrs Dora Pell.',
    '',
    ...body,
  ].join('\n');

const titles = (text: string) => onlyMeeting(text).items.map((i) => i.title);

describe('run-in headings', () => {
  it('reads a run of titles run into their minutes as the items, though the minutes record nothing and the titles are long', () => {
    const text = minutes(
      'Deferment of Business for Comment by Members of the Public: None',
      '',
      'Apologies: Cllrs. Mrs Ann Vole and Mr Basil Crane who are away.',
      '',
      'Declarations of Interest: None',
      '',
      "Mayor's Remarks and Meeting Arrangements: None",
    );
    expect(titles(text)).toEqual(['Deferment of Business for Comment by Members of the Public', 'Apologies', 'Declarations of Interest', "Mayor's Remarks and Meeting Arrangements"]);
  });

  it('keeps the apologies above the run as the attendance, not an item', () => {
    const text = minutes(
      'Apologies: Mrs Ann Vole',
      '',
      'Minute of last meeting: Accepted',
      '',
      'Police Report: 3 thefts from sheds. Officers will patrol the allotments.',
      '',
      'Hall Roof: Two quotes were received and the lower was accepted.',
    );
    const m = onlyMeeting(text);
    expect(m.items.map((i) => i.title)).toEqual(['Minute of last meeting', 'Police Report', 'Hall Roof']);
    expect(m.apologies.map((a) => a.name)).toEqual(['Mrs Ann Vole']);
  });

  it('reads a label printed under several items ("Note:") as no item', () => {
    const text = minutes(
      'Hall Roof: Two quotes were received and the lower was accepted.',
      '',
      'Note: Quotes are valid for thirty days.',
      '',
      'Bus Shelter: The glass has been replaced by the county.',
      '',
      'Note: The county has paid for the work.',
      '',
      'Footpaths: The stile at Mill Lane is broken again.',
    );
    expect(titles(text)).toEqual(['Hall Roof', 'Bus Shelter', 'Footpaths']);
  });

  it('reads the entries under an attendance label standing alone ("Present:" over "Place: names") as the attendance, not items', () => {
    const text = [
      'Minutes of the Ardvale Community Council Forum held on Thursday 11th June 2026 at 7pm in the Mill Hall',
      '',
      'Present:',
      'Westerbrae: Ian Dow, Apologies from Kirsty Orr',
      'Millbank: No rep',
      'Eastfield: Callum Baird (Secretary)',
      '',
      'Minute of last meeting: Accepted.',
      '',
      'Police Report: No officer was present. A written report was circulated.',
      '',
      'Hall Roof: Two quotes were received and the lower was accepted.',
    ].join('\n');
    expect(titles(text)).toEqual(['Minute of last meeting', 'Police Report', 'Hall Roof']);
  });

  it("reads topics run in under a title alone as that one item's, and a part of the agenda's items as no item", () => {
    const text = minutes(
      'Minute of last meeting: Accepted',
      '',
      'Police Report: No officer was present. A written report was circulated.',
      '',
      'Other Agenda items:',
      '',
      'Village Website: Format agreed; the secretary will post the minutes.',
      '',
      'Matters Arising',
      '',
      'Ferry Timetable: The secretary has written to the operator.',
      '',
      'Bus Consultation: Members will respond individually.',
    );
    expect(titles(text)).toEqual(['Minute of last meeting', 'Police Report', 'Village Website', 'Matters Arising']);
  });
});

describe('numbered headings run into their minutes', () => {
  it('end every title at its first mark where three or more are so printed, the numbers kept', () => {
    const text = minutes(
      '1. Apologies – Mrs Ann Vole (holiday).',
      '',
      '2. Declarations of Interest – None',
      '',
      '3. Planning: To comment on applications received: None.',
      '',
      '4. Highways – 26/0114 Resurfacing of Mill Lane, the clerk will ask for the dates.',
    );
    const m = onlyMeeting(text);
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Apologies'],
      ['2', 'Declarations of Interest'],
      ['3', 'Planning'],
      ['4', 'Highways'],
    ]);
  });

  it('leaves a title whose line names a member after it whole ("Declarations Cllr X – ..." is a minute, not a title)', () => {
    const text = minutes(
      '1. Apologies – Mrs Ann Vole (holiday).',
      '',
      '2. Minutes – The minutes of the last meeting were approved.',
      '',
      '3. Finance – The accounts were noted.',
      '',
      '4. Declarations Cllr Pell – item 7',
    );
    expect(onlyMeeting(text).items.map((i) => i.title)).not.toContain('Declarations Cllr Pell');
  });
});
