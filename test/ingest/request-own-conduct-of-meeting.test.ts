// A member leaving the meeting, and the agenda's words for the chair's or the meeting's own conduct at this meeting,
// owe nothing after it; the rest of the sentence can still ask.
import { describe, expect, it } from 'vitest';
import { requestKind } from '../../src/ingest/requests.ts';

const kind = (text: string) => requestKind(text, 'body');

describe("the meeting's own conduct", () => {
  it('is no request when a member says they will leave the meeting', () => {
    expect(kind('Councillor Odell declared an interest in item 9 and said that she would leave the meeting during its consideration.')).toBeNull();
  });

  it("is no request in the agenda's words for the chair or the meeting", () => {
    expect(kind('The Chair to announce any items of urgent business circulated separately.')).toBeNull();
    expect(kind('The Vice-Chairman to make a declaration of acceptance of office.')).toBeNull();
    expect(requestKind('to adjourn the meeting in order to receive reports from invited guests.', 'resolution')).toBeNull();
  });

  it('leaves the rest of the sentence to ask', () => {
    expect(kind('Councillor Price said he would leave the meeting early; the Clerk will circulate his notes to Members.')).toBe('circulate');
    expect(kind('The Chair to write to the Highways team about the junction.')).not.toBeNull();
  });
});
