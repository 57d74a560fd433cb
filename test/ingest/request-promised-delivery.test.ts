// A thing promised in the future passive of a verb that delivers it ("would be made available", "will be reported to
// Members", "would be arranged") is owed whoever the minute leaves to deliver it; the same voice owes nothing when the
// promise is met only if asked, at the meeting itself, to someone the board does not stand for, or is money or help.
import { describe, expect, it } from 'vitest';
import { requestKind } from '../../src/ingest/requests.ts';

const kind = (text: string) => requestKind(text, 'body');

describe('a thing promised in the future passive', () => {
  it('is owed when delivered to the board or to no one named', () => {
    expect(kind('The Director confirmed that the name of the company would be made available.')).toBe('circulate');
    expect(kind('Members noted that a final version with the audit opinion will be reported to Members.')).toBe('report-back');
    expect(kind('A meeting of the budget working group would be arranged in the next two weeks.')).toBe('follow-up');
    expect(kind('The revised map will be sent to all members of the committee.')).toBe('circulate');
  });

  it('is not owed when met only if asked, at this meeting, to others, or when it is money or help', () => {
    expect(kind('A site plan will be provided if requested.')).toBeNull();
    expect(kind('Copies of the questions will be circulated at the meeting.')).toBeNull();
    expect(kind('A period of ten minutes will be provided at the beginning of such meetings.')).toBeNull();
    expect(kind('The recommendations will be reported to Cabinet on 4 March.')).toBeNull();
    expect(kind('The leaflet will be sent to all households in the ward.')).toBeNull();
    expect(kind('Funding for the pilot would be provided by the county.')).toBeNull();
  });
});

describe("the meeting's business with its own record", () => {
  it('owes nothing when the approval of minutes is put off, made subject to a correction or left to the next meeting', () => {
    expect(requestKind('That approval of the minutes of the meeting held on 4th December be deferred to the next meeting.', 'resolution')).toBeNull();
    expect(kind('The minutes of the meeting held on 14th June would be confirmed at the next meeting.')).toBeNull();
    expect(requestKind('the minutes be confirmed subject to Councillor Obi being included in the list of attendees.', 'resolution')).toBeNull();
    // Minutes of another body sent on to the board are a paper like any other.
    expect(kind('The minutes of the working group would be circulated to Members after the meeting.')).toBe('circulate');
  });
});
