import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.ts';
import { createLogger } from '../../src/logger.ts';
import { openMemoryStore } from '../../src/store/lowdb-store.ts';
import { createModernGovClient } from '../../src/sync/moderngov-client.ts';
import { startSync, type RunningSync } from '../../src/sync/schedule.ts';
import { spies } from './spies.ts';
import { boardRoutes, startFakeModernGov, type FakeModernGov } from './fake-moderngov.ts';

let mg: FakeModernGov;
let running: RunningSync | undefined;
beforeEach(async () => {
  mg = await startFakeModernGov(boardRoutes());
});
afterEach(async () => {
  running?.stop();
  await mg.close();
});

function setUp() {
  const store = openMemoryStore();
  const logger = createLogger({ capture: true, level: 'debug' });
  const { engine, reminders, announced, refreshes } = spies();
  const client = createModernGovClient({ baseUrl: mg.url, sleep: async () => {} });
  running = startSync({
    moderngov: { url: mg.url, committees: ['569'], intervalMinutes: 60 },
    store,
    engine,
    clock: new ManualClock('2026-01-20T09:00:00Z'),
    logger,
    reminders,
    client,
  });
  return { store, logger, announced, refreshes };
}

async function until(check: () => boolean): Promise<void> {
  // Generous: the first sync starts the paper worker, which a busy machine can take seconds to do.
  for (let i = 0; i < 3000 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
}

describe('sync on a timer', () => {
  it('syncs at start, refreshes the engine, announces the news and logs one summary line', async () => {
    const { store, logger, announced, refreshes } = setUp();
    await until(() => logger.lines.some((l) => l.includes('ModernGov sync (')));
    await until(() => announced.length === 1);
    expect(refreshes()).toBe(1);
    const minutes = store.record().meetings.find((m) => m.status === 'minutes')!;
    expect(announced[0]!.newMinutesMeetingIds).toEqual([minutes.id]);
    expect(logger.lines.filter((l) => l.includes('ModernGov sync ('))).toHaveLength(1);
    expect(logger.lines.find((l) => l.includes('ModernGov sync ('))).toMatch(/4 meetings listed .* 4 fetched, 4 changed\.$/);
  });

  it('a run with nothing new neither refreshes nor announces', async () => {
    const { logger, announced, refreshes } = setUp();
    await until(() => announced.length === 1);
    const result = await running!.runNow();
    expect(result?.changes).toEqual([]);
    expect(refreshes()).toBe(1);
    expect(announced).toHaveLength(1);
    expect(logger.lines.filter((l) => l.includes('ModernGov sync ('))).toHaveLength(2);
  });

  it('runs never overlap', async () => {
    const { announced } = setUp();
    await until(() => announced.length === 1);
    const calls = mg.calls('GetCommittees').length;
    mg.failNext('GetCommittees', { delayMs: 100 });
    const first = running!.runNow();
    const second = await running!.runNow();
    expect(second).toBeNull();
    expect(await first).not.toBeNull();
    expect(mg.calls('GetCommittees').length).toBe(calls + 1);
  });

  it('a failure is one clear log line and the process goes on', async () => {
    const { store, logger, announced } = setUp();
    await until(() => announced.length === 1);
    const version = store.version();
    mg.failNext('GetCommittees', { status: 403 });
    expect(await running!.runNow()).toBeNull();
    const line = logger.lines.find((l) => l.includes('ModernGov sync failed'));
    expect(line).toMatch(/ERROR .*ModernGov sync failed, the record is as it was: ModernGov GetCommittees failed \(.*\): 403 Forbidden/);
    expect(store.version()).toBe(version);
    expect(await running!.runNow()).not.toBeNull();
  });

  it('stop() ends the runs', async () => {
    const { announced } = setUp();
    await until(() => announced.length === 1);
    running!.stop();
    const calls = mg.calls('GetCommittees').length;
    expect(await running!.runNow()).toBeNull();
    expect(mg.calls('GetCommittees').length).toBe(calls);
  });
});
