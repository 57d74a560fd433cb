// ModernGov sync on a timer: now, then every `intervalMinutes`. Runs never
// overlap (a tick during a slow sync is skipped) and the timer never keeps the
// process alive on its own.
import type { Logger } from '@slack/bolt';
import type { Clock } from '../clock.ts';
import type { Config } from '../config.ts';
import type { Engine } from '../answers/engine.ts';
import type { Store } from '../store/store.ts';
import type { RunningReminders } from '../reminders/scheduler.ts';
import type { SyncStatus } from '../health.ts';
import type { ModernGovClient } from './moderngov-client.ts';
import { hasNews } from '../reminders/posts.ts';
import type { SyncResult } from './sync-once.ts';

export interface SyncDeps {
  moderngov: NonNullable<Config['moderngov']>;
  store: Store;
  engine: Engine;
  clock: Clock;
  logger: Logger;
  reminders?: RunningReminders;
  /** Injected for tests; default: an HTTP client for `moderngov.url`. */
  client?: ModernGovClient;
}

export interface RunningSync {
  /** No more runs; resolves when the run under way (if any) has ended. */
  stop(): Promise<void>;
  /** When runs last succeeded and failed (for /healthz). */
  status(): SyncStatus;
  /** Sync now unless a run is under way; resolves with its result, or null when skipped or failed. */
  runNow(): Promise<SyncResult | null>;
}

/** Sync now, then on the configured interval. */
export function startSync(deps: SyncDeps): RunningSync {
  let running: Promise<SyncResult | null> | null = null;
  let stopped = false;
  const status: Omit<SyncStatus, 'running'> = { startedAt: deps.clock.now(), lastSuccessAt: null, lastErrorAt: null, lastError: null };

  async function run(): Promise<SyncResult | null> {
    try {
      // A sync compares with the record and merges into it: the bot's own thread reads its copy in turns first.
      await deps.store.ready();
      // The sync's code (ModernGov's client, its meetings' reader, the papers' fetch) loads with the first sync.
      const { summariseSync, syncOnce } = await import('./sync-once.ts');
      const result = await syncOnce({ moderngov: deps.moderngov, store: deps.store, clock: deps.clock, client: deps.client });
      status.lastSuccessAt = deps.clock.now();
      if (result.changes.length > 0) deps.engine.refresh();
      deps.logger.info(summariseSync(result));
      for (const change of result.changes) deps.logger.info(`  ${change.line}`);
      for (const warning of result.warnings) deps.logger.warn(`  ${warning}`);
      if (deps.reminders && hasNews(result.news)) {
        await deps.reminders.announce(result.news, deps.store).catch((error: unknown) => {
          deps.logger.error(`ModernGov sync: the "new minutes" / "agenda published" posts failed: ${error instanceof Error ? error.message : String(error)}`);
        });
      }
      return result;
    } catch (error) {
      status.lastErrorAt = deps.clock.now();
      status.lastError = error instanceof Error ? error.message : String(error);
      deps.logger.error(`ModernGov sync failed, the record is as it was: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    }
  }

  function runNow(): Promise<SyncResult | null> {
    if (stopped || running) return Promise.resolve(null);
    running = run().finally(() => {
      running = null;
    });
    return running;
  }

  void runNow();
  const timer = setInterval(() => void runNow(), deps.moderngov.intervalMinutes * 60_000);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
    status: () => ({ ...status, running: running !== null }),
    runNow,
  };
}
