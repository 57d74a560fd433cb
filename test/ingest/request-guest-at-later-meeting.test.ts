// Someone coming to a meeting of the board still to come is a request, whoever they are and however the sentence opens;
// the meeting must be named as one to come (next, future, by its month or date). Attending "a meeting with" others is
// someone's own errand, and "each meeting" is a standing rule.
import { describe, expect, it } from 'vitest';
import { requestKind } from '../../src/ingest/requests.ts';

const kind = (text: string) => requestKind(text, 'body');

describe('someone to attend a later meeting', () => {
  it('is read when the meeting is next, future or named by its month', () => {
    expect(kind('Members were told that the Cabinet Member for Parks, Councillor Ferris, would be attending the next meeting to answer questions.')).toBe('next-meeting');
    expect(kind('The Flood Officer would be present for the meeting in March 2026.')).toBe('next-meeting');
    expect(kind('The depot manager of the bus operator will attend the February meeting.')).toBe('next-meeting');
  });

  it('is read when a member asks for someone to be present', () => {
    expect(kind('Councillor Pryce asked for an officer to be present from the parking service to answer questions.')).toBe('next-meeting');
  });

  it('is not read for an errand or a standing rule', () => {
    expect(kind('The Chair said that he would be attending a meeting with the traders later in the month.')).toBeNull();
    expect(kind('The Leader will attend each meeting of the Committee to answer questions.')).toBeNull();
  });
});
