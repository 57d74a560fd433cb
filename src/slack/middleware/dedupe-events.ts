// Slack re-delivers an event it thinks was missed (x-slack-retry-num), and a signed request can be
// replayed within its five minutes. Each event, command and click is handled once: the keys seen are
// kept a day in the store, in a journal of their own (src/store/replay-journal.ts), so this holds across
// a restart too.
import type { AnyMiddlewareArgs, Context, Middleware } from '@slack/bolt';
import type { SlackAppDeps } from '../deps.ts';

/** Events whose repetition is harmless are not recorded, to keep writes for the ones that post. */
const IDEMPOTENT_EVENTS = new Set(['app_home_opened']);

/**
 * What makes a request one of a kind: an event's event_id (Slack re-delivers with the same id), or
 * the trigger_id Slack gives each slash command and each button click, which a replay of the same
 * signed request repeats. Null for what needs no de-duplication.
 */
export function replayKey(body: unknown): string | null {
  const b = body as { event_id?: unknown; event?: { type?: string }; command?: unknown; type?: unknown; trigger_id?: unknown };
  if (typeof b.event_id === 'string') return IDEMPOTENT_EVENTS.has(b.event?.type ?? '') ? null : b.event_id;
  if (typeof b.trigger_id !== 'string' || b.trigger_id === '') return null;
  if (typeof b.command === 'string') return `command:${b.trigger_id}`;
  if (b.type === 'block_actions') return `action:${b.trigger_id}`;
  return null;
}

/** How long a command's or click's work waits for its key to be written before going ahead anyway (SlackAppDeps.replayKeyGraceMs). */
const WRITE_GRACE_MS = 1000;

/** Where this middleware leaves a command's or click's wait for its key's write, for replayKeyWritten. */
const KEY_WRITTEN = 'replayKeyWritten';

/**
 * Each event, slash command and button click is handled once, across restarts too: a Slack retry or
 * a replayed request (the same signed body within the five minutes its signature is good for) is
 * acknowledged and otherwise ignored.
 *
 * The key is written before the work; a mention is answered even when that write fails (at worst a
 * Slack retry is then answered twice, never not at all). A command or a click is acknowledged at once,
 * with its key held in memory (a replay arriving before the write lands is caught by that), and what
 * its listener does after the ack that leaves the bot (a change, any post) waits for the write, at most
 * a second, whatever the disk is doing (see replayKeyWritten and afterReplayKey).
 *
 * The listeners' work it lets through is counted in `deps.inFlight`, when given, so that stopping
 * waits for it: counted here rather than in a middleware of its own, one step fewer per request.
 */
export function dedupeEvents(deps: SlackAppDeps): Middleware<AnyMiddlewareArgs> {
  const inFlight = new Set<string>();
  const counted = deps.inFlight;
  const work = counted ? (next: () => Promise<void>) => counted.track(next) : (next: () => Promise<void>) => next();
  const workspace = deps.boards.workspace;
  // Keys that arrive while some are being written go in the store's next write together (each request
  // still waits for its own key): see src/store/replay-journal.ts.
  const record = (key: string) => workspace.recordReplayKeys([key], deps.clock.now());
  const seenBefore = (key: string) =>
    workspace.replayKeySeen(key).catch((error: unknown) => {
      deps.logger.warn('Could not read which Slack requests were handled; handling this one', { key }, error);
      return false;
    });
  return async (args) => {
    const { body, next, context } = args;
    const key = replayKey(body);
    if (key === null) {
      await work(next);
      return;
    }
    const ack = (args as { ack?: () => Promise<void> }).ack;
    let repeated = inFlight.has(key);
    if (!repeated) {
      // Held in memory before the store is asked: a replay arriving meanwhile is caught by it.
      inFlight.add(key);
      repeated = await seenBefore(key);
      if (repeated) inFlight.delete(key);
    }
    if (repeated) {
      const envelope = body as { event?: { type?: string } };
      deps.logger.info('Skipped a repeated Slack request', { key, type: envelope.event?.type ?? null, retryNum: context.retryNum ?? null });
      // A command or a click still needs its acknowledgement, or Slack shows the member an error.
      await ack?.();
      return;
    }
    const recorded = record(key).then(
      () => undefined,
      (error: unknown) => {
        deps.logger.warn('Could not record a Slack request as handled; handling it anyway', { key }, error);
      },
    );
    // Events are acknowledged by Bolt already; commands and clicks acknowledge first thing in their
    // listener, whose post or change waits for the write after that (replayKeyWritten).
    if (ack) context[KEY_WRITTEN] = settledWithin(recorded, deps.replayKeyGraceMs ?? WRITE_GRACE_MS);
    else await recorded;
    try {
      await work(next);
    } finally {
      await recorded;
      inFlight.delete(key);
    }
  };
}

/**
 * Resolves once this command's or click's replay key is written (or a second has gone: see
 * dedupeEvents); at once for a request that has none. What leaves the bot for it (a post, a change to
 * the store) waits for this, so that a restart cannot forget a request whose answer or change was made.
 */
export function replayKeyWritten(context: Context): Promise<void> {
  return (context[KEY_WRITTEN] as Promise<void> | undefined) ?? Promise.resolve();
}

/**
 * A command's or click's listener whose ack goes out at once and whose whole work after the ack waits
 * for the request's replay key to be written (replayKeyWritten). Every action listener is registered
 * through it; /scrutiny waits itself, only where it has to (see ../commands/scrutiny.ts).
 */
export function afterReplayKey<A extends { ack: (...response: never[]) => Promise<void>; context: Context }>(listener: (args: A) => Promise<void>): (args: A) => Promise<void> {
  return (args) => {
    const written = args.context[KEY_WRITTEN] as Promise<void> | undefined;
    if (!written) return listener(args);
    const ack = (async (...response: never[]) => {
      await args.ack(...response);
      await written;
    }) as A['ack'];
    return listener({ ...args, ack });
  };
}

function settledWithin(work: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

