// Members the minutes say came in once the meeting had begun ("Councillor X entered the meeting", "Cllr Y joined the
// meeting", "Cllr Z arrived during the discussion of minute 64") were there, though no attendance list names them.
import { describe, expect, it } from 'vitest';
import { arrivalsIn, lateArrivalsIn } from '../../src/ingest/attendance.ts';
import { classifyLines } from '../../src/ingest/line-kinds.ts';
import { documentLines } from '../../src/ingest/normalise-text.ts';
import { onlyMeeting } from './only-meeting.ts';

const lines = (...texts: string[]) => classifyLines(documentLines(texts.join('\n')));

describe('members who came in once the meeting had begun', () => {
  it('reads the titled person before "entered the meeting", "joined the meeting" or "arrived during", and no one for an office alone', () => {
    expect(arrivalsIn(lines('(At 6:41pm, during the consideration of this item, Councillor Oduya entered the meeting.)'))).toEqual(['Councillor Oduya']);
    expect(arrivalsIn(lines('Cllr P Quinlan joined the meeting.', 'Cllr Fairbairn arrived during the discussion of minute 64.'))).toEqual(['Councillor P Quinlan', 'Councillor Fairbairn']);
    expect(arrivalsIn(lines('The Chair returned to the meeting for this item.'))).toEqual([]);
  });

  it('reads the guests a minute welcomes to the meeting by name, and no one for "everyone" or a body', () => {
    expect(arrivalsIn(lines('The Board welcomed Nia Gatward, Head of Libraries and Councillor Rees to the meeting, who were in attendance for this item.'))).toEqual(['Nia Gatward', 'Councillor Rees']);
    expect(arrivalsIn(lines('The Chair welcomed everyone to the meeting.', 'The Chair welcomed the Youth Council to the meeting.'))).toEqual([]);
  });

  it('does not read one who left the meeting for an item as an arrival', () => {
    expect(arrivalsIn(lines('Councillor Hale declared an interest in this item and left the meeting prior to its consideration.'))).toEqual([]);
  });

  it('counts them present in minutes that list no one', () => {
    const m = onlyMeeting(
      [
        'Minutes of the meeting of the Licensing Committee held on Thursday 12 February 2026 at 6.30 pm in the Council Chamber',
        '',
        '1. Apologies for Absence',
        '',
        'Apologies for absence were received from Councillor Ashworth.',
        '',
        '2. Gambling Policy',
        '',
        'Councillor Oduya joined the meeting at 6.41pm. Councillor Fairbairn arrived at 7.05pm.',
        '',
        'RESOLVED that the policy be recommended to Council.',
      ].join('\n'),
    );
    expect(m.present.map((p) => p.name)).toEqual(['Councillor Oduya', 'Councillor Fairbairn']);
    expect(m.apologies.map((p) => p.name)).toEqual(['Councillor Ashworth']);
  });
});

describe('members who gave apologies for coming late or leaving early', () => {
  it('reads both in one paragraph: those late after "for lateness from", the one leaving early before his apology', () => {
    const text =
      'There were apologies for absence from Councillors Ann Vale and Bo Reid; and for lateness from Councillors Cy Marsh and Di Orme. Councillor Ed Pryce gave his apologies for having to leave the meeting temporarily.';
    expect(lateArrivalsIn(lines(text))).toEqual(['Councillor Cy Marsh', 'Councillor Di Orme', 'Councillor Ed Pryce']);
  });
});
