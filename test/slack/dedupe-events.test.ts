// Seen Slack event ids: each id once, and ids older than a day forgotten so the state stays small.
import { describe, expect, it } from 'vitest';
import { MutableState } from '../../src/model.ts';
import { markEventSeen } from '../../src/slack/middleware/dedupe-events.ts';
import { oneAtATime } from '../../src/one-at-a-time.ts';

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

describe('oneAtATime (the replay keys\' writes)', () => {
  it('writes the keys that arrive during a write in one following write, each caller waiting for its own', async () => {
    const writes: string[][] = [];
    let release!: () => void;
    const firstWrite = new Promise<void>((resolve) => (release = resolve));
    const record = oneAtATime<string>(async (keys) => {
      writes.push([...keys]);
      if (writes.length === 1) await firstWrite;
    });
    const first = record('a');
    await Promise.resolve();
    await Promise.resolve();
    const waiting = ['b', 'c', 'd'].map((k) => record(k));
    let doneEarly = false;
    void Promise.all(waiting).then(() => (doneEarly = true));
    await new Promise((r) => setTimeout(r, 10));
    expect(writes).toEqual([['a']]);
    expect(doneEarly).toBe(false);
    release();
    await first;
    await Promise.all(waiting);
    expect(writes).toEqual([['a'], ['b', 'c', 'd']]);
  });

  it('a failed write fails its own callers only; the next write still goes', async () => {
    let calls = 0;
    const record = oneAtATime<string>(async () => {
      calls++;
      if (calls === 1) throw new Error('disk full');
    });
    await expect(record('a')).rejects.toThrow('disk full');
    await expect(record('b')).resolves.toBeUndefined();
    expect(calls).toBe(2);
  });
});
