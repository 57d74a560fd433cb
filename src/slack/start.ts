// STUB: replaced by the Slack app (issue 4). Signature is the contract.
import type { Logger } from '@slack/bolt';
import type { Clock } from '../clock.ts';
import type { Config } from '../config.ts';
import type { Engine } from '../answers/engine.ts';
import type { Store } from '../store/store.ts';

export interface SlackDeps {
  config: Config;
  store: Store;
  engine: Engine;
  clock: Clock;
  logger: Logger;
}

export interface RunningSlack {
  /** The Web API client reminders and sync post with. */
  client: import('@slack/bolt').webApi.WebClient;
  stop(): Promise<void>;
}

/** Start in Socket Mode or over HTTP, as the configuration says. */
export async function startSlack(_deps: SlackDeps): Promise<RunningSlack> {
  throw new Error('not implemented');
}
