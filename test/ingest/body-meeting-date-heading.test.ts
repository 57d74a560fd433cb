// A heading that names the body, the word "Meeting" and the date with no dash between them ("Council Meeting 16th
// December 2019", "PARISH COUNCIL MEETING 10th JANUARY 2017, 7:30PM ...") is the meeting's heading: a text that opens
// with it and goes on to what only minutes record (attendance, or a decision) is that meeting's minutes, though no
// title says "Minutes" and no label opens its attendance.
import { describe, expect, it } from 'vitest';
import { classifyDocument } from '../../src/ingest/parse-document.ts';
import { onlyMeeting } from './only-meeting.ts';

function headingOf(text: string) {
  return classifyDocument(text)[0]!.meetingHeading;
}

describe('a body, "Meeting" and the date as a heading', () => {
  it('names the body and reads the date and time, in any case', () => {
    expect(headingOf('Council Meeting 16th December 2019')).toMatchObject({ committee: 'Council', date: '2019-12-16' });
    expect(headingOf('TOWN COUNCIL MEETING 10th JANUARY 2017, 7:30PM THE GUILDHALL')).toMatchObject({ committee: 'TOWN COUNCIL', date: '2017-01-10', time: '19:30' });
    expect(headingOf('FINANCE & GENERAL PURPOSES COMMITTEE MEETING Monday July 23rd 2018 Village Hall')).toMatchObject({ committee: 'FINANCE & GENERAL PURPOSES COMMITTEE', date: '2018-07-23' });
  });

  it('is no heading when words in lower case say it is a sentence, or a minutes title already names the meeting', () => {
    expect(headingOf('The next Parish Council Meeting 9 May 2023')).toBeNull();
    expect(headingOf('at the last Council Meeting 9 May 2023')).toBeNull();
    expect(classifyDocument('Minutes of the Parish Council Meeting 3 March 2020')[0]!.meetingHeading).toBeNull();
  });

  it('opens minutes whose attendance is a grid with no label, when a decision follows', () => {
    const m = onlyMeeting(
      [
        '',
        'Council Meeting 4th March 2021',
        '',
        'These Minutes record the decisions taken at the meeting.',
        '',
        'Councillors Present Councillors Present Councillor P Ashby Yes Councillor R Blunt Yes Councillor S Carrow Apologies',
        '',
        'DECISION: That the Minutes of the meeting of Council held on 14th January 2021 be approved as a correct record.',
      ].join('\n'),
    );
    expect([m.kind, m.committee, m.date]).toEqual(['minutes', 'Council', '2021-03-04']);
  });
});
