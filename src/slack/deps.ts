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
  /** The workspace the app is installed in (auth.test's team_id); co-ordinators are people of it. */
  teamId?: string;
}

/** Who acts, as a signed request from Slack says: the person and the workspace they belong to. */
export interface Actor {
  user: string | undefined;
  /** The acting person's workspace (team id); undefined when the request does not say. */
  team: string | undefined;
}

/**
 * Only the scrutiny co-ordinators (SCRUTINY_ADMINS) may change requests, subscriptions and the record.
 * A co-ordinator is a person of the app's own workspace: the same user id sent from another workspace
 * (a shared channel, another team) is not one.
 */
export function isCoordinator(deps: Pick<SlackAppDeps, 'config' | 'teamId'>, actor: Actor): boolean {
  if (actor.user === undefined || !deps.config.admins.includes(actor.user)) return false;
  return deps.teamId === undefined || actor.team === deps.teamId;
}
