// The middleware that handles each Slack request once, with the store's journal of replay keys (which
// writes the keys of requests that come together in one write: test/store/replay-journal.test.ts).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore, storeFiles } from '../../src/store/lowdb-store.ts';
import { dedupeEvents } from '../../src/slack/middleware/dedupe-events.ts';
import type { SlackAppDeps } from '../../src/slack/deps.ts';
import { oneAtATime } from '../../src/one-at-a-time.ts';
import { InFlight } from '../../src/shutdown.ts';

describe('dedupeEvents', () => {
  it('handles twenty commands that come together once each, writes each key once, and a replay of any is not handled', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'scrutiny-dedupe-'));
    try {
      const db = path.join(dir, 'scrutiny.json');
      const workspace = await openStore(db);
      const deps = { boards: { workspace }, clock: { now: () => new Date('2018-02-01T09:00:00Z') }, logger: { info() {}, warn() {} } } as unknown as SlackAppDeps;
      const middleware = dedupeEvents(deps);
      let handled = 0;
      let acked = 0;
      const command = (i: number) =>
        middleware({ body: { command: '/scrutiny', trigger_id: `trigger.${i}` }, context: {}, next: async () => void handled++, ack: async () => void acked++ } as never);
      await Promise.all(Array.from({ length: 20 }, (_, i) => command(i)));
      expect(handled).toBe(20);
      const keys = (await readFile(storeFiles(db).replayKeys, 'utf-8')).split('\n').filter(Boolean).map((l) => JSON.parse(l).key);
      expect(keys.sort()).toEqual(Array.from({ length: 20 }, (_, i) => `command:trigger.${i}`).sort());

      // Each again, as a replay: acknowledged, not handled; and so after a restart.
      await Promise.all(Array.from({ length: 20 }, (_, i) => command(i)));
      expect(handled).toBe(20);
      expect(acked).toBe(20);
      const restarted = dedupeEvents({ ...deps, boards: { workspace: await openStore(db) } } as unknown as SlackAppDeps);
      await restarted({ body: { command: '/scrutiny', trigger_id: 'trigger.7' }, context: {}, next: async () => void handled++, ack: async () => {} } as never);
      expect(handled).toBe(20);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('dedupeEvents with work in flight counted', () => {
  it("counts each request's listener work until it ends, and neither a replay nor what was done before the listener", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'scrutiny-dedupe-'));
    try {
      const workspace = await openStore(path.join(dir, 'scrutiny.json'));
      const inFlight = new InFlight();
      const deps = { boards: { workspace }, clock: { now: () => new Date('2018-02-01T09:00:00Z') }, logger: { info() {}, warn() {} }, inFlight } as unknown as SlackAppDeps;
      const middleware = dedupeEvents(deps);
      const counts: number[] = [];
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      const listener = async () => {
        counts.push(inFlight.count);
        await held;
      };
      const command = middleware({ body: { command: '/scrutiny', trigger_id: 'trigger.1' }, context: {}, next: listener, ack: async () => {} } as never);
      // An event with no replay key (app_home_opened) is counted as well.
      const home = middleware({ body: { event_id: 'Ev1', event: { type: 'app_home_opened' } }, context: {}, next: listener } as never);
      await new Promise((r) => setTimeout(r, 20));
      expect(counts.sort()).toEqual([1, 2]);
      let idle = false;
      void inFlight.idle().then(() => (idle = true));
      await new Promise((r) => setTimeout(r, 10));
      expect(idle).toBe(false);
      release();
      await Promise.all([command, home]);
      expect(inFlight.count).toBe(0);
      expect(idle).toBe(true);
      // A replay is acknowledged and never reaches a listener: nothing to count.
      await middleware({ body: { command: '/scrutiny', trigger_id: 'trigger.1' }, context: {}, next: listener, ack: async () => {} } as never);
      expect(counts).toHaveLength(2);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('oneAtATime', () => {
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
