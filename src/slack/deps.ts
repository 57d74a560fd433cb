// What the Slack app's listeners are given: everything comes in through here, nothing is global.
import type { Logger } from '@slack/bolt';
import type { Clock } from '../clock.ts';
import type { Config } from '../config.ts';
import type { Engine } from '../answers/engine.ts';
import type { Store } from '../store/store.ts';
import type { IngestPipeline } from '../ingest/ingest-paths.ts';
import type { RunningReminders } from '../reminders/scheduler.ts';

export interface SlackDeps {
  config: Config;
  store: Store;
  engine: Engine;
  clock: Clock;
  logger: Logger;
}

export interface SlackAppDeps extends SlackDeps {
  /** Told about papers shared with the bot, for "new minutes" posts; set once reminders run. */
  reminders?: RunningReminders;
  /** How shared papers are read; default the ingest pipeline (the paper worker and its limits). */
  pipeline?: IngestPipeline;
}

/** Only the scrutiny co-ordinators (SCRUTINY_ADMINS) may change requests, subscriptions and the record. */
export function isCoordinator(config: Config, user: string | undefined): boolean {
  return user !== undefined && config.admins.includes(user);
}
