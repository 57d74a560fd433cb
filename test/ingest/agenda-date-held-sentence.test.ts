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
