// An agenda's date is the one the sentence saying when the meeting will be held gives, not a covering letter's date above
// it nor the date of another event in a sentence carried on from the line above.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/ingest/parse-document.ts';

describe("an agenda's date", () => {
  it('is the held sentence\'s, below a letter dated the day it went out', () => {
    const letter = [
      'TO: ALL MEMBERS OF THE COUNCIL',
      'Your Ref / Our Ref CS/44 Date 02/03/2026 Ask for Mrs P Rowlands',
      'A meeting of the PENMORFA COUNTY COUNCIL will be held in the COUNCIL CHAMBER, SHIRE HALL on TUESDAY, 10 MARCH 2026 at 14:00 to consider the following items. Yours faithfully',
      '1. PRAYERS',
      '2. APOLOGIES FOR ABSENCE',
      '3. COUNCIL MINUTES',
      'To confirm as a correct record the minutes of the meeting held on 27 January 2026.',
      '4. DECLARATIONS OF INTEREST',
    ].join('\n');
    const [meeting] = parseDocument(letter).meetings;
    expect(meeting?.date).toBe('2026-03-10');
    expect(meeting?.time).toBe('14:00');
  });

  it('is not the date of a pre-meeting in a sentence wrapped onto the next line', () => {
    const agenda = [
      'Agenda',
      '',
      'Standard Items',
      '',
      'Private Pre-Meeting for Committee Members',
      'Please note that there will be a private pre-meeting',
      'for committee members on Monday 9 March 2026 at 3pm in Committee Room 1.',
      '2',
      'Appointment of Vice-Chair',
      'To appoint a Vice-Chair of the Committee for the year.',
      '3',
      'Questions from the Public',
      '4',
      'Library Services Review',
    ].join('\n');
    const [meeting] = parseDocument(agenda).meetings;
    expect(meeting?.date).toBeNull();
    expect(meeting?.time).toBeNull();
  });
});

describe('minutes read with no title', () => {
  it('take no date from the agenda words under a "Minute" item', () => {
    const text = [
      'Strathmorven Council Thursday, 19th March, 2026 - 10.00 a.m. AGENDA Page Nos.',
      '1. APOLOGIES',
      '2. DECLARATIONS OF INTEREST',
      '3. MINUTE',
      'Minute of meeting of Strathmorven Council of 12th February, 2026. 3 - 11',
      '4. LEADER\'S REPORT 12 - 15',
      '5. QUESTION TIME',
    ].join('\n');
    const [meeting] = parseDocument(text).meetings;
    expect(meeting?.date).toBe('2026-03-19');
  });
});

describe('an agenda item naming the last meeting\'s minutes', () => {
  it('is no second meeting when nothing of those minutes follows it (the items\' numbers lost)', () => {
    const agenda = [
      'MARSHWOOD COUNTY COUNCIL',
      'To all Members of the County Council',
      'You are summoned to attend a meeting of the County Council to be held at County Hall on Tuesday, 10 March 2026 at 10.00 am.',
      '',
      'Minutes of the meeting held on 10 February 2026 (Pages 5 - 18)',
      '',
      'Apologies for absence',
      '',
      'Chairman\'s business',
      '',
      'Questions from members of the public',
    ].join('\n');
    const doc = parseDocument(agenda);
    expect(doc.meetings.map((m) => m.date)).toEqual(['2026-03-10']);
  });
});

describe('a minutes page that keeps its agenda\'s heading', () => {
  const page = (decision: string) =>
    [
      'AGENDA',
      '',
      '1. Apologies for absence',
      '',
      '2. Declarations of interest',
      '',
      '3. Appointment of independent members of the standards committee',
      '',
      'The Council was informed that two independent members would retire this year and an appointments panel had met.',
      '',
      decision,
    ].join('\n');

  it('is minutes when its items record a resolution', () => {
    const doc = parseDocument(page('UNANIMOUSLY RESOLVED that Ms Orla Brannigan and Mr Idris Penhale be appointed for six years.'));
    expect(doc.meetings[0]?.kind).toBe('minutes');
  });

  it('stays an agenda when the only resolution is the one proposing to exclude the public', () => {
    const doc = parseDocument(page('RESOLVED that the public be excluded from the meeting for the following item.'));
    expect(doc.meetings[0]?.kind).toBe('agenda');
  });
});

describe("an agenda pack whose report quotes another body's resolution", () => {
  const pack = (pages: boolean) =>
    [
      'Northmoor Borough Council',
      '',
      'AGENDA',
      '',
      "Children's Services Scrutiny Board",
      '',
      'Wednesday, 14 January 2026 at 2.00 pm',
      '',
      `1. Apologies for Absence`,
      '',
      `2. Minutes of the previous meeting${pages ? ' (Pages 3 - 8)' : ''}`,
      '',
      `3. School Transport Review${pages ? ' (Pages 9 - 20)' : ''}`,
      '',
      "Report of the Director of Children's Services",
      '',
      '1.1 At its meeting on 3 March 2025 Cabinet considered the review and',
      '',
      'RESOLVED that the consultation proceed in the spring term.',
      '',
      '1.2 The Board is asked to comment on the outcome.',
    ].join('\n');

  it('stays an agenda when its items print their pages and the resolution stands after the last of them', () => {
    const doc = parseDocument(pack(true));
    expect(doc.kind).toBe('agenda-pack');
    expect(doc.meetings.map((m) => m.kind)).toEqual(['agenda']);
  });

  it('is read as minutes when nothing marks the items as a pack\'s (a minutes page keeping its agenda\'s heading)', () => {
    expect(parseDocument(pack(false)).meetings[0]?.kind).toBe('minutes');
  });
});
