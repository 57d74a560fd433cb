// The meeting's date and time from its own heading where the reader that read its items found none; never a date printed
// inside an item.
import { describe, expect, it } from 'vitest';
import { labelledTime } from '../../src/ingest/dates.ts';
import { parseDocument } from '../../src/ingest/parse-document.ts';

describe('labelledTime', () => {
  it('reads an hour with no am or pm as a time in a "Time:" field', () => {
    expect(labelledTime('10.30 – 19.55')).toBe('10:30');
    expect(labelledTime('7.00')).toBe('19:00');
    expect(labelledTime('14:00')).toBe('14:00');
    expect(labelledTime('6.30 pm')).toBe('18:30');
  });

  it('reads no time from a field that opens with something else', () => {
    expect(labelledTime('to be confirmed')).toBeNull();
    expect(labelledTime('Council Chamber, 7.00')).toBeNull();
  });
});

describe('a meeting whose reader found no date', () => {
  it('takes the date and time from the page heading that has no committee before them', () => {
    const page = [
      'Agenda and minutes',
      '',
      'Thursday, 12 March 2026 6:30 pm',
      '',
      'Venue: Committee Room 2, Civic Hall, Upper Marsham',
      '',
      'No. Item',
      '',
      '',
      'Minutes (5 February 2026) pdf icon PDF 14 KB',
      '',
      '',
      'Agreed as a correct record.',
      '',
      '',
      'Petition about parking in Orchard Row pdf icon PDF 12 KB',
      '',
      '',
      'Noted that the Council will review the parking scheme in the spring.',
      '',
      '',
      'Budget Monitoring Report pdf icon PDF 80 KB',
      '',
      '',
      'Agreed the report and noted the forecast underspend.',
    ].join('\n');
    const [meeting] = parseDocument(page).meetings;
    expect(meeting?.date).toBe('2026-03-12');
    expect(meeting?.time).toBe('18:30');
  });

  it('takes the hour from the "Time:" field under the "Date:" field', () => {
    const minutes = [
      'Minutes of the Council',
      '',
      'Date: Tuesday 10th February 2026',
      'Time: 10.30 – 16.15',
      'Place: Council Chamber, Shire Hall',
      'Present: Councillor P Ashworth (Chairman)',
      'Councillors: R Bhatt, C Dunmore, F Ellery',
      '',
      '1. Apologies for absence',
      'Apologies were received from Councillor T Quayle.',
      '2. Minutes',
      'The minutes of the meeting held on 9th December 2025 were approved as a correct record.',
    ].join('\n');
    const [meeting] = parseDocument(minutes).meetings;
    expect(meeting?.date).toBe('2026-02-10');
    expect(meeting?.time).toBe('10:30');
  });

  /** A parish's minutes whose heading gives "Tuesday 9th June" with no year, and whose minutes print `record`. */
  const yearlessMinutes = (record: string) =>
    [
      'Minutes of the Meeting of Fenwold Parish Council',
      'In the Reading Room on Tuesday 9th June at 7.15pm',
      'Present: Cllr Ormerod (Chair), Cllr Lusk, Cllr Pryor',
      '1. Apologies for absence: None',
      '2. Minutes',
      record,
      '3. The next meeting will be held on Tuesday 14th July at 7.15pm.',
    ].join('\n');

  it('dates a heading printed without its year by the printed year on which that weekday falls', () => {
    const [meeting] = parseDocument(yearlessMinutes('The minutes of the meeting of 12th May 2026 were approved.')).meetings;
    expect(meeting?.date).toBe('2026-06-09');
    expect(meeting?.time).toBe('19:15');
  });

  it('reads no date from the next meeting\'s day near the top', () => {
    const minutes = [
      'Minutes of the Meeting of Fenwold Parish Council',
      'Present: Cllr Ormerod (Chair), Cllr Lusk, Cllr Pryor',
      'Date of next meeting: Tuesday 14th July at 7.15pm',
      'The minutes of the meeting of 12th May 2026 were approved.',
    ].join('\n');
    expect(parseDocument(minutes).meetings[0]?.date ?? null).toBeNull();
  });

  it('leaves the date unread where two printed years put that day on that weekday', () => {
    const minutes = yearlessMinutes('The minutes of the meetings of 12th May 2026 and of 10th June 2020 were approved.');
    expect(parseDocument(minutes).meetings[0]?.date).toBeNull();
  });
});

describe('a council named at the head of its minutes, a dash before the document\'s name', () => {
  it('is the meeting\'s body', () => {
    const minutes = [
      'Tarnside Community Council – Draft Minutes of Latest Meeting',
      '',
      'Draft Minutes of Meeting 7.30pm Monday 9th March 2026',
      '',
      '1. Sederunt: Chair Ailsa Baird (AB), Treasurer Rory Kerr (RK), Morag Innes (MI)',
      'Apologies: Ewan Lyle',
      '2. Reports',
      '2.1 Treasurer\'s report. RK reported the balance of the account.',
    ].join('\n');
    expect(parseDocument(minutes).meetings[0]?.committee).toBe('Tarnside Community Council');
  });
});

describe('a headless text that records a decision but names no one', () => {
  const paragraphs = [
    'The Cabinet Member to outline the priorities for the year.',
    'The Chair invited the Cabinet Member to speak and discussion took place on possible topics.',
    'Members raised the cost of temporary accommodation.',
    'AGREED that a briefing be arranged for all Members.',
  ];

  it('is one undated meeting', () => {
    const doc = parseDocument(paragraphs.join('\n\n'));
    expect(doc.meetings).toHaveLength(1);
    expect(doc.meetings[0]!.date).toBeNull();
  });

  it('is no meeting when the decision is all there is', () => {
    expect(parseDocument(paragraphs[3]!).meetings).toEqual([]);
  });
});

describe('the body a full meeting names in its heading', () => {
  const minutes = (head: string[]) =>
    [...head, '', 'Present: Councillors A Rowe, B Singh and C Tait.', '', '1. Apologies', 'Apologies were received from Cllr D Vaughan.'].join('\n');

  it('is the council the title names, though its name ends in "Council"', () => {
    expect(parseDocument(minutes(['MEETING OF THE COUNCIL', '', '24 April 2026'])).meetings[0]?.committee).toBe('COUNCIL');
  });

  it('is the council line above a title that calls it by its kind alone', () => {
    const head = ['Minutes 14th March 2026', 'WESTHOLM GROUP PARISH COUNCIL', 'Minutes of the Ordinary Parish Council Meeting', 'held 12th March 2026'];
    expect(parseDocument(minutes(head)).meetings[0]?.committee).toBe('WESTHOLM GROUP PARISH COUNCIL');
  });

  it('is no weekday or kind of meeting a title opens with', () => {
    const head = ['Minutes of the Ordinary Meeting', 'held on Tuesday 10th March 2026 at 7.30pm'];
    expect(parseDocument(minutes(head)).meetings[0]?.committee).toBeNull();
  });
});

describe('the council a meeting heading names no body under', () => {
  const minutes = (head: string[], title = 'Minutes of meeting held on Thursday 5 March 2026, 7.30pm at the Memorial Hall') =>
    parseDocument(
      [
        ...head,
        '',
        title,
        '',
        'Present: Ann Corrie (Chair), Bill Hendry, Moira Keir',
        '',
        '1 Apologies',
        'Apologies were received from Tom Laing.',
        '',
        '2 Minutes of the previous meeting',
        'The minutes were approved as a correct record.',
      ].join('\n'),
    ).meetings[0]?.committee;

  it("reads the council's name where the page's number stands above it or before it", () => {
    expect(minutes(['214', '', 'Council'])).toBe('Council');
    expect(minutes(['23', '', '1 KILBRIDE COMMUNITY COUNCIL'], 'Minutes of the meeting held on 5th March 2026 at the Memorial Hall at 7.30pm')).toBe(
      'KILBRIDE COMMUNITY COUNCIL',
    );
  });

  it("reads the council's name where the rendering ran the next words on to it", () => {
    expect(minutes(['Kilbride Area Community Council Representing Kilbride, Eastfield and Moss www.example.org'])).toBe('Kilbride Area Community Council');
  });

  it('takes no council from a line that names its committee or says something of it', () => {
    expect(minutes(['KILBRIDE COUNCIL AREA COMMITTEE – EASTFIELD'])).not.toBe('KILBRIDE COUNCIL');
    expect(minutes(['Kilbride Council has moved this meeting to the Memorial Hall'])).not.toBe('Kilbride Council');
  });
});
