// Seen Slack event ids: each id once, and ids older than a day forgotten so the state stays small.
import { describe, expect, it } from 'vitest';
import { MutableState } from '../../src/model.ts';
import { markEventSeen } from '../../src/slack/middleware/dedupe-events.ts';

describe('markEventSeen', () => {
  it('lets an event id through once', () => {
    const state = MutableState.parse({ schemaVersion: 1 });
    const now = new Date('2018-02-01T09:00:00Z');
    expect(markEventSeen(state, 'Ev1', now)).toBe(true);
    expect(markEventSeen(state, 'Ev1', new Date('2018-02-01T09:00:05Z'))).toBe(false);
    expect(markEventSeen(state, 'Ev2', now)).toBe(true);
  });

  it('forgets ids older than a day', () => {
    const state = MutableState.parse({ schemaVersion: 1, seenEvents: { EvOld: '2018-01-30T09:00:00.000Z', EvRecent: '2018-02-01T08:00:00.000Z' } });
    markEventSeen(state, 'EvNew', new Date('2018-02-01T09:00:00Z'));
    expect(Object.keys(state.seenEvents).sort()).toEqual(['EvNew', 'EvRecent']);
  });
});
