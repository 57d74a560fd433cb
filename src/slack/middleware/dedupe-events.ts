// Slack re-delivers an event it thinks was missed (x-slack-retry-num). Each event_id is handled once:
// the ids seen are kept in the store's small state, so this holds across a restart too.
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { MutableState } from '../../model.ts';
import type { SlackAppDeps } from '../deps.ts';

export const SEEN_EVENT_TTL_MS = 24 * 60 * 60 * 1000;

/** Record `eventId` as seen at `now`; false when it was seen before. Prunes ids older than a day. */
export function markEventSeen(state: MutableState, eventId: string, now: Date): boolean {
  const cutoff = now.getTime() - SEEN_EVENT_TTL_MS;
  for (const [id, at] of Object.entries(state.seenEvents)) {
    if (Date.parse(at) < cutoff) delete state.seenEvents[id];
  }
  if (state.seenEvents[eventId]) return false;
  state.seenEvents[eventId] = now.toISOString();
  return true;
}

/** Events whose repetition is harmless are not recorded, to keep writes for the ones that post. */
const IDEMPOTENT_EVENTS = new Set(['app_home_opened']);

export function dedupeEvents(deps: SlackAppDeps): Middleware<AnyMiddlewareArgs> {
  return async ({ body, next, context }) => {
    const envelope = body as { event_id?: unknown; event?: { type?: string } };
    const eventId = envelope.event_id;
    if (typeof eventId !== 'string' || IDEMPOTENT_EVENTS.has(envelope.event?.type ?? '')) {
      await next();
      return;
    }
    const first = await deps.boards.workspace.updateState((state) => markEventSeen(state, eventId, deps.clock.now()));
    if (!first) {
      deps.logger.info('Skipped a re-delivered Slack event', { eventId, type: envelope.event?.type, retryNum: context.retryNum ?? null });
      return;
    }
    await next();
  };
}
