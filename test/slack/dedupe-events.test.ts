// Seen Slack event ids: each id once, and ids older than a day forgotten so the state stays small.
import { describe, expect, it, vi } from 'vitest';
import { MutableState } from '../../src/model.ts';
import { dedupeEvents, markEventSeen, markEventsSeen } from '../../src/slack/middleware/dedupe-events.ts';
import type { SlackAppDeps } from '../../src/slack/deps.ts';
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

describe('markEventsSeen (the keys of one write)', () => {
  it('lets each id through once and says which were new', () => {
    const state = MutableState.parse({ schemaVersion: 1, seenEvents: { 'command:t1': '2018-02-01T08:59:00.000Z' } });
    expect(markEventsSeen(state, ['command:t1', 'command:t2', 'action:t3', 'command:t2'], new Date('2018-02-01T09:00:00Z'))).toEqual([false, true, true, false]);
    expect(Object.keys(state.seenEvents).sort()).toEqual(['action:t3', 'command:t1', 'command:t2']);
  });

  it("looks at the day's ids once for the whole write, however many keys it holds", () => {
    const seenEvents: Record<string, string> = { EvOld: '2018-01-30T09:00:00.000Z' };
    for (let i = 0; i < 300; i++) seenEvents[`command:earlier${i}`] = '2018-02-01T08:00:00.000Z';
    const state = MutableState.parse({ schemaVersion: 1, seenEvents });
    const parse = vi.spyOn(Date, 'parse');
    try {
      const keys = Array.from({ length: 20 }, (_, i) => `command:now${i}`);
      expect(markEventsSeen(state, keys, new Date('2018-02-01T09:00:00Z')).every(Boolean)).toBe(true);
      expect(parse.mock.calls.length).toBeLessThanOrEqual(301);
    } finally {
      parse.mockRestore();
    }
    expect(state.seenEvents.EvOld).toBeUndefined();
    expect(Object.keys(state.seenEvents)).toHaveLength(320);
  });

  it('is how the middleware records twenty commands that come together', async () => {
    const seenEvents: Record<string, string> = {};
    for (let i = 0; i < 300; i++) seenEvents[`command:earlier${i}`] = '2018-02-01T08:00:00.000Z';
    let state = MutableState.parse({ schemaVersion: 1, seenEvents });
    const writes: number[] = [];
    const workspace = {
      state: () => state,
      async updateState(change: (draft: MutableState) => void) {
        const draft = structuredClone(state);
        change(draft);
        writes.push(Object.keys(draft.seenEvents).length);
        await new Promise((r) => setTimeout(r, 5));
        state = draft;
      },
    };
    const deps = { boards: { workspace }, clock: { now: () => new Date('2018-02-01T09:00:00Z') }, logger: { info() {}, warn() {} } } as unknown as SlackAppDeps;
    const middleware = dedupeEvents(deps);
    const parse = vi.spyOn(Date, 'parse');
    try {
      await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          middleware({ body: { command: '/scrutiny', trigger_id: `trigger.${i}` }, context: {}, next: async () => {}, ack: async () => {} } as never),
        ),
      );
      // The first key is written alone, the nineteen that came meanwhile together: each write looks at the day's ids once.
      expect(writes.length).toBeLessThanOrEqual(3);
      expect(parse.mock.calls.length).toBeLessThanOrEqual(writes.length * 320);
    } finally {
      parse.mockRestore();
    }
    expect(Object.keys(state.seenEvents)).toHaveLength(320);
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
