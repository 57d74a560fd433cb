// The middleware that handles each Slack request once: the replay keys of requests that come together
// are written together (the keys themselves are kept by the store: test/store/replay-journal.test.ts).
import { describe, expect, it } from 'vitest';
import { dedupeEvents } from '../../src/slack/middleware/dedupe-events.ts';
import type { SlackAppDeps } from '../../src/slack/deps.ts';
import { oneAtATime } from '../../src/one-at-a-time.ts';

describe('dedupeEvents', () => {
  it('writes the keys of twenty commands that come together in a few appends, losing none', async () => {
    const kept = new Set<string>();
    const writes: string[][] = [];
    const workspace = {
      async replayKeySeen(key: string) {
        return kept.has(key);
      },
      async recordReplayKeys(keys: readonly string[]) {
        writes.push([...keys]);
        await new Promise((r) => setTimeout(r, 5));
        for (const key of keys) kept.add(key);
        return keys.map(() => true);
      },
    };
    const deps = { boards: { workspace }, clock: { now: () => new Date('2018-02-01T09:00:00Z') }, logger: { info() {}, warn() {} } } as unknown as SlackAppDeps;
    const middleware = dedupeEvents(deps);
    let handled = 0;
    const command = (i: number) => middleware({ body: { command: '/scrutiny', trigger_id: `trigger.${i}` }, context: {}, next: async () => void handled++, ack: async () => {} } as never);
    await Promise.all(Array.from({ length: 20 }, (_, i) => command(i)));
    // The first key is written alone, the nineteen that came meanwhile together.
    expect(writes.length).toBeLessThanOrEqual(3);
    expect(writes.flat().sort()).toEqual(Array.from({ length: 20 }, (_, i) => `command:trigger.${i}`).sort());
    expect(handled).toBe(20);

    // Each again, as a replay: acknowledged, not handled.
    await Promise.all(Array.from({ length: 20 }, (_, i) => command(i)));
    expect(handled).toBe(20);
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
