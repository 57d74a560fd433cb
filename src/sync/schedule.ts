// STUB: replaced by ModernGov sync (issue 7). Signature is the contract.
import type { Logger } from '@slack/bolt';
import type { Clock } from '../clock.ts';
import type { Config } from '../config.ts';
import type { Engine } from '../answers/engine.ts';
import type { Store } from '../store/store.ts';
import type { RunningReminders } from '../reminders/scheduler.ts';

export interface SyncDeps {
  moderngov: NonNullable<Config['moderngov']>;
  store: Store;
  engine: Engine;
  clock: Clock;
  logger: Logger;
  reminders?: RunningReminders;
}

export interface RunningSync {
  stop(): void;
}

/** Sync now, then on the configured interval. */
export function startSync(_deps: SyncDeps): RunningSync {
  throw new Error('not implemented');
}
