// STUB: replaced by reminders (issue 5). Signature is the contract.
import type { Logger } from '@slack/bolt';
import type { Clock } from '../clock.ts';
import type { Engine } from '../answers/engine.ts';
import type { Store } from '../store/store.ts';

/** Where reminder posts go: Slack's Web API, or the local console's terminal. */
export type ReminderOutlet =
  | { kind: 'slack'; client: import('@slack/bolt').webApi.WebClient }
  | { kind: 'console'; print(channel: string, text: string): void };

export interface ReminderDeps {
  store: Store;
  engine: Engine;
  clock: Clock;
  logger: Logger;
  outlet: ReminderOutlet;
}

/** What an ingest or a sync added, for the "new minutes" / "agenda published" posts. */
export interface RecordNews {
  newResolutionIds: string[];
  newRequestIds: string[];
  newAgendaMeetingIds: string[];
  newMinutesMeetingIds: string[];
}

export interface RunningReminders {
  /** Post whatever is due now (called on a timer; safe to call concurrently). */
  tick(): Promise<void>;
  /** Tell subscribed channels what newly ingested or synced documents added. */
  announce(news: RecordNews): Promise<void>;
  stop(): void;
}

export function startReminders(_deps: ReminderDeps): RunningReminders {
  throw new Error('not implemented');
}
