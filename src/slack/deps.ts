// What the Slack app's listeners are given: everything comes in through here, nothing is global.
import type { Logger } from '@slack/bolt';
import type { Clock } from '../clock.ts';
import type { Config } from '../config.ts';
import type { Board, BoardDirectory } from '../boards/board-directory.ts';
import { placeOf, type BoardPlace } from '../boards/board-engine.ts';
import { boardsOf, type BoardsInput } from '../boards/single-board.ts';
import type { IngestPipeline } from '../ingest/ingest-paths.ts';
import type { RunningReminders } from '../reminders/scheduler.ts';
import type { InFlight } from '../shutdown.ts';

export interface SlackDeps {
  config: Config;
  /** The boards served: each channel's questions, reminders and Home are about its board. */
  boards: BoardDirectory;
  clock: Clock;
  logger: Logger;
}

/** What callers give: the boards, or (one board) a store and its engine. */
export type SlackInput = Omit<SlackDeps, 'boards'> & BoardsInput;

export function slackDeps<T extends SlackInput>(input: T): Omit<T, 'store' | 'engine'> & SlackDeps {
  const { store: _store, engine: _engine, ...rest } = input as T & { store?: unknown; engine?: unknown };
  return { ...rest, boards: boardsOf(input, input.config.admins) } as Omit<T, 'store' | 'engine'> & SlackDeps;
}

export interface SlackAppDeps extends SlackDeps {
  /** Told about papers shared with the bot, for "new minutes" posts; set once reminders run. */
  reminders?: RunningReminders;
  /** How shared papers are read; default the ingest pipeline (the paper worker and its limits). */
  pipeline?: IngestPipeline;
  /** The workspace the app is installed in (auth.test's team_id); co-ordinators are people of it. */
  teamId?: string;
  /** How long a command's or click's post or change waits for its replay key's write before going ahead anyway (default 1 s). */
  replayKeyGraceMs?: number;
  /** Counts each request's listener work from its arrival to its last reply, so stopping can wait for it (see dedupeEvents). */
  inFlight?: InFlight;
}

/** Who acts, as a signed request from Slack says: the person and the workspace they belong to. */
export interface Actor {
  user: string | undefined;
  /** The acting person's workspace (team id); undefined when the request does not say. */
  team: string | undefined;
}

/**
 * Only the scrutiny co-ordinators may change requests, subscriptions, channels' boards and the
 * record. A co-ordinator is a person of the app's own workspace: the same user id sent from another
 * workspace (a shared channel, another team) is not one.
 */
export function isCoordinator(deps: Pick<SlackAppDeps, 'boards' | 'teamId'>, actor: Actor): boolean {
  if (!deps.boards.isCoordinator(actor.user)) return false;
  return deps.teamId === undefined || actor.team === deps.teamId;
}

/** The board a channel's questions are about, with its store and engine. */
export function channelPlace(deps: Pick<SlackDeps, 'boards'>, channel: string | null | undefined): BoardPlace {
  return placeOf(deps.boards, deps.boards.forChannel(channel));
}

/** Where a button's answer was asked: its channel's board, or (on the Home tab) the member's Home board. */
export function answerPlace(deps: Pick<SlackDeps, 'boards'>, body: { channel?: { id: string }; user: { id: string } }): BoardPlace {
  return body.channel?.id ? channelPlace(deps, body.channel.id) : homePlace(deps, body.user.id);
}

/** The board a member's Home tab shows. */
export function homePlace(deps: Pick<SlackDeps, 'boards'>, user: string): BoardPlace {
  return placeOf(deps.boards, deps.boards.forHome(user));
}

export type { Board, BoardPlace };
