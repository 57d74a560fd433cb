// Posts reminders on time and exactly once.
//
// Each (channel, reminder, occurrence) has a Delivery in the mutable state, written before the send
// (pending) and after it (sent, with the message ts). Ticks run one at a time, so two never race.
// A delivery found pending (the process stopped mid-send, or Slack's answer was lost) is uncertain:
// the channel's recent messages are searched for the post's key before it is sent again.
// Occurrences missed while the bot was down are posted late if still useful, otherwise skipped;
// skipped ones are recorded too, so each is logged once and never posted in bulk later.
import type { Logger } from '@slack/bolt';
import type { Clock } from '../clock.ts';
import type { Store } from '../store/store.ts';
import type { Delivery, MutableState, Subscription } from '../model.ts';
import type { Board, BoardDirectory } from '../boards/board-directory.ts';
import { boardsOf, type BoardsInput } from '../boards/single-board.ts';
import { DAY_MS, splitOccurrenceKey, type Occurrence } from './plan.ts';
import { consoleTarget, slackTarget, type Post, type PostTarget } from './post-target.ts';
import { newsKey, type RecordNews } from './posts.ts';
import { formatInstant } from './subscriptions.ts';
import { answeredAlerts, followAlerts, type FollowAlert } from '../follows/follow-alerts.ts';

export type { RecordNews } from './posts.ts';

/** Where reminder posts go: Slack's Web API, or the local console's terminal. */
export type ReminderOutlet =
  | { kind: 'slack'; client: import('@slack/bolt').webApi.WebClient }
  | { kind: 'console'; print(channel: string, text: string): void };

/**
 * The boards served (subscriptions and deliveries live in their workspace store; each channel's
 * posts are about its board), or, for one board, its store and engine.
 */
export type ReminderDeps = BoardsInput & {
  clock: Clock;
  logger: Logger;
  outlet: ReminderOutlet;
  /** How often the timer ticks (default 30 s); 0: no timer, the caller ticks (tests). */
  intervalMs?: number;
  /** Real-time waits (Slack's Retry-After, one post per second per channel); replaceable in tests. */
  sleep?: (ms: number) => Promise<void>;
};

export interface RunningReminders {
  /** Post whatever is due now (called on a timer; safe to call concurrently). */
  tick(): Promise<void>;
  /**
   * Tell subscribed channels what newly ingested or synced documents added to the record of `from`
   * (a council's store; default the default board's): only channels whose board is of that record.
   */
  announce(news: RecordNews, from?: Store): Promise<void>;
  /** No more ticks; resolves when the post under way (if any) has been sent and recorded. */
  stop(): Promise<void>;
}

export const DEFAULT_INTERVAL_MS = 30_000;
/** How far back a tick looks for occurrences not yet handled: beyond the longest "days before". */
export const LOOKBACK_MS = 62 * DAY_MS;
/** A post more than this after its time is marked late: the bot was down (or asleep) when it fell due. */
export const LATE_AFTER_MS = 10 * 60_000;
/** Deliveries older than this are forgotten: no occurrence that old is ever planned again. */
const FORGET_AFTER_MS = LOOKBACK_MS + 30 * DAY_MS;
/** After this many uncertain sends of one occurrence, it is given up (and logged). */
const MAX_UNCERTAIN = 5;

function targetFor(deps: ReminderDeps): PostTarget {
  return deps.outlet.kind === 'slack'
    ? slackTarget(deps.outlet.client, { logger: deps.logger, sleep: deps.sleep })
    : consoleTarget(deps.outlet.print);
}

/** An agenda occurrence already handled under another id of the same meeting (its id changed as documents arrived). */
function handledUnderAnotherId(occ: Occurrence, deliveries: MutableState['deliveries'], dueKeys: Set<string>): boolean {
  if (occ.kind !== 'agenda') return false;
  const dueAt = occ.dueAt.toISOString();
  return Object.values(deliveries).some((d) => {
    if (d.key === occ.key || d.channel !== occ.channel || d.dueAt !== dueAt) return false;
    const parts = splitOccurrenceKey(d.key);
    return parts?.kind === 'agenda' && !dueKeys.has(d.key);
  });
}

/** The fingerprint of the channel's last requests digest posted or skipped as unchanged. */
function lastDigestFingerprint(deliveries: MutableState['deliveries'], channel: string): string | null {
  let last: Delivery | null = null;
  for (const d of Object.values(deliveries)) {
    if (d.channel !== channel || !d.fingerprint || (d.state !== 'sent' && d.state !== 'skipped')) continue;
    if (splitOccurrenceKey(d.key)?.kind !== 'requests') continue;
    if (!last || d.dueAt > last.dueAt) last = d;
  }
  return last?.fingerprint ?? null;
}

/** Of several digests of one subscription due at once (the bot was down), only the newest is worth posting. */
function supersededDigests(due: Occurrence[]): Set<string> {
  const newest = new Map<string, Occurrence>();
  for (const occ of due) if (occ.kind === 'requests') newest.set(occ.subscriptionId, occ);
  return new Set(due.filter((o) => o.kind === 'requests' && newest.get(o.subscriptionId) !== o).map((o) => o.key));
}

/** Where a board's reminders are planned and composed: its council's record, where it is held (the answer thread in Slack). */
function recordOf(boards: BoardDirectory, board: Board) {
  const records = boards.recordsOf(board.council);
  const committee = boards.committeeOf(board);
  return { records, committee };
}

export function startReminders(deps: ReminderDeps): RunningReminders {
  const { clock, logger } = deps;
  const boards = boardsOf(deps);
  // Subscriptions and deliveries are the workspace's; the records are the councils'.
  const store = boards.workspace;
  const target = targetFor(deps);
  const uncertainCount = new Map<string, number>();
  const startedAt = clock.now();
  /** Occurrences due by then were looked at by an earlier tick of this process. */
  let lastTickAt = startedAt;
  let queue: Promise<void> = Promise.resolve();
  let stopped = false;

  /** Run one piece of work after the previous one: ticks and announcements never overlap. */
  const serial = (work: () => Promise<void>): Promise<void> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };

  const setDelivery = (delivery: Delivery) =>
    store.updateState((state) => {
      state.deliveries[delivery.key] = delivery;
    });

  const pauseChannel = async (channel: string, error: string, now: Date): Promise<Subscription[]> => {
    const reason = error === 'is_archived' ? 'the channel was archived' : `the bot cannot post there (${error})`;
    return store.updateState((state) => {
      const paused: Subscription[] = [];
      state.subscriptions = state.subscriptions.map((s) => {
        if (s.channel !== channel || s.paused) return s;
        const sub = { ...s, paused: { reason, at: now.toISOString() } };
        paused.push(sub);
        return sub;
      });
      return paused;
    });
  };

  /** Members' own messages for what they follow, each sent once (recorded before the send). */
  const tellFollowers = async (alerts: FollowAlert[]): Promise<void> => {
    for (const alert of alerts) {
      if (stopped) return;
      if (store.state().deliveries[alert.key]) continue;
      const at = clock.now().toISOString();
      await setDelivery({ key: alert.key, channel: alert.user, state: 'pending', dueAt: at, updatedAt: at, late: false, ts: null, reason: null });
      await target.tell(alert.user, alert.text);
      await setDelivery({ key: alert.key, channel: alert.user, state: 'sent', dueAt: at, updatedAt: clock.now().toISOString(), late: false, ts: null, reason: null });
    }
  };

  /** Send one post exactly once: recorded pending before the send, and settled after it. */
  const deliver = async (base: Pick<Delivery, 'key' | 'channel' | 'dueAt' | 'late' | 'fingerprint'>, post: Post, now: Date): Promise<void> => {
    await setDelivery({ ...base, state: 'pending', updatedAt: now.toISOString(), ts: null, reason: null });
    const result = await target.post(base.channel, base.key, post);
    const at = clock.now().toISOString();
    switch (result.outcome) {
      case 'sent':
        uncertainCount.delete(base.key);
        await setDelivery({ ...base, state: 'sent', updatedAt: at, ts: result.ts, reason: null });
        logger.info(`Posted ${base.key}${base.late ? ' (late)' : ''}`);
        return;
      case 'channel-gone': {
        await setDelivery({ ...base, state: 'failed', updatedAt: at, ts: null, reason: result.error });
        const paused = await pauseChannel(base.channel, result.error, clock.now());
        logger.warn(`Cannot post in ${base.channel} (${result.error}): its reminders are paused`);
        for (const user of new Set(paused.map((s) => s.createdBy))) {
          await target.tell(
            user,
            `I could not post a reminder in <#${base.channel}> (${result.error}), so its reminders are paused. ` +
              'Add me back to the channel (or pick another one), then set them again with `/scrutiny remind agenda` or `/scrutiny remind requests`.',
          );
        }
        return;
      }
      case 'refused':
        await setDelivery({ ...base, state: 'failed', updatedAt: at, ts: null, reason: result.error });
        logger.error(`Slack refused ${base.key}: ${result.error}`);
        return;
      case 'uncertain': {
        const count = (uncertainCount.get(base.key) ?? 0) + 1;
        uncertainCount.set(base.key, count);
        if (count >= MAX_UNCERTAIN) {
          await setDelivery({ ...base, state: 'failed', updatedAt: at, ts: null, reason: `gave up: ${result.error}` });
          logger.error(`Gave up on ${base.key} after ${count} failed attempts: ${result.error}`);
        } else {
          // Left pending: the next tick checks the channel before sending again.
          logger.warn(`Posting ${base.key} may have failed (${result.error}); will check the channel and retry`);
        }
        return;
      }
    }
  };

  /** A pending delivery: did the post reach the channel? Settles it if so; true when it may be sent. */
  const settleUncertain = async (delivery: Delivery): Promise<boolean> => {
    const found = await target.find(delivery.channel, delivery.key, new Date(delivery.dueAt));
    const at = clock.now().toISOString();
    if (found === 'absent') return true;
    if (found === 'unknown') {
      // Sending blind could post twice; at most once is the lesser harm.
      await setDelivery({ ...delivery, state: 'failed', updatedAt: at, reason: 'uncertain: the channel could not be checked' });
      logger.warn(`Not re-sending ${delivery.key}: it may already be in the channel, which could not be checked`);
      return false;
    }
    await setDelivery({ ...delivery, state: 'sent', updatedAt: at, ts: found.ts, reason: null });
    logger.info(`Found ${delivery.key} already in the channel: not sent again`);
    return false;
  };

  const runTick = async (): Promise<void> => {
    if (stopped) return;
    const state = store.state();
    // Reminders are planned and composed where each council's record is held; what is followed is read
    // from this thread's copy of the records, read in turns first.
    if ((state.follows ?? []).length > 0) await boards.recordsRead();
    await boards.committeesKnown();
    if (stopped) return;
    const now = clock.now();
    const window = { from: new Date(now.getTime() - LOOKBACK_MS), to: now };
    // Each channel's reminders follow its board's meetings.
    const byBoard = new Map<Board, Subscription[]>();
    for (const sub of state.subscriptions) {
      const board = boards.forChannel(sub.channel);
      byBoard.set(board, [...(byBoard.get(board) ?? []), sub]);
    }
    const planned = await Promise.all(
      [...byBoard].map(([board, subs]) => {
        const { records, committee } = recordOf(boards, board);
        return records.query('reminderPlan', committee, subs, window);
      }),
    );
    const due = planned.flat().sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || a.key.localeCompare(b.key));
    const dueKeys = new Set(due.map((o) => o.key));
    const superseded = supersededDigests(due);
    for (const occ of due) {
      if (stopped) return;
      try {
        const existing = store.state().deliveries[occ.key];
        if (existing && existing.state !== 'pending') continue;
        if (!existing && handledUnderAnotherId(occ, store.state().deliveries, dueKeys)) continue;
        if (existing && !(await settleUncertain(existing))) continue;
        const current = clock.now();
        const late = current.getTime() - occ.dueAt.getTime() > LATE_AFTER_MS;
        const base = { key: occ.key, channel: occ.channel, dueAt: occ.dueAt.toISOString(), late };
        // Due while this process was running, yet not planned then: the meeting became known only
        // after its reminder time (its agenda arrived late). The "agenda published" post tells of it.
        const unknownWhenDue = !existing && occ.kind === 'agenda' && occ.dueAt > startedAt && occ.dueAt <= lastTickAt;
        if (unknownWhenDue || superseded.has(occ.key) || current >= occ.usefulUntil) {
          const reason = unknownWhenDue
            ? 'the meeting was not known when its reminder fell due'
            : superseded.has(occ.key)
              ? 'missed; a newer digest replaces it'
              : 'missed; no longer useful';
          await setDelivery({ ...base, state: 'skipped', updatedAt: current.toISOString(), ts: null, reason });
          logger.warn(`Skipped ${occ.key} due ${formatInstant(occ.dueAt)}: ${reason}`);
          continue;
        }
        // A digest that would say what the last one said is skipped, unless the channel asked for every one.
        const { records, committee } = recordOf(boards, boards.forChannel(occ.channel));
        if (occ.kind === 'requests') {
          const fingerprint = await records.query('digestFingerprint', committee, current.toISOString());
          const sub = store.state().subscriptions.find((x) => x.id === occ.subscriptionId);
          if (!sub?.postUnchanged && lastDigestFingerprint(store.state().deliveries, occ.channel) === fingerprint) {
            await setDelivery({ ...base, state: 'skipped', updatedAt: current.toISOString(), ts: null, reason: 'nothing changed since the last digest', fingerprint });
            continue;
          }
          await deliver({ ...base, fingerprint }, await records.query('reminderPost', committee, occ, current.toISOString(), late, target.kind), current);
          continue;
        }
        // Composed before anything is recorded: a post that cannot be built leaves no pending trace.
        await deliver(base, await records.query('reminderPost', committee, occ, current.toISOString(), late, target.kind), current);
      } catch (error) {
        logger.error(`Reminder ${occ.key} failed:`, error);
      }
    }
    // Followed requests marked done since the last tick.
    await tellFollowers(answeredAlerts(store, [...new Set(boards.all().map((b) => b.council.store))], now)).catch((error: unknown) => logger.error('Messages for followed requests failed:', error));
    if (now > lastTickAt) lastTickAt = now;
    await forgetOld(now);
  };

  const forgetOld = async (now: Date): Promise<void> => {
    const cutoff = now.getTime() - FORGET_AFTER_MS;
    const old = Object.values(store.state().deliveries).filter((d) => Date.parse(d.dueAt) < cutoff);
    if (old.length === 0) return;
    await store.updateState((state) => {
      for (const d of old) delete state.deliveries[d.key];
    });
  };

  const runAnnounce = async (news: RecordNews, from: Store): Promise<void> => {
    const channels = new Set(
      store
        .state()
        .subscriptions.filter((s) => s.newMinutes && !s.paused && boards.forChannel(s.channel).council.store === from)
        .map((s) => s.channel),
    );
    // The followers' messages are made from this thread's copy of the record, read in turns first.
    if ((store.state().follows ?? []).length > 0) await from.ready();
    for (const channel of channels) {
      if (stopped) return;
      const key = newsKey(channel, news);
      if (!key || store.state().deliveries[key]) continue;
      const now = clock.now();
      try {
        const { records, committee } = recordOf(boards, boards.forChannel(channel));
        const post = await records.query('newsPost', committee, news, now.toISOString(), target.kind);
        if (!post) continue;
        await deliver({ key, channel, dueAt: now.toISOString(), late: false }, post, now);
      } catch (error) {
        logger.error(`News post for ${channel} failed:`, error);
      }
    }
    await tellFollowers(followAlerts(store, from, news, clock.now()));
  };

  const intervalMs = deps.intervalMs ?? DEFAULT_INTERVAL_MS;
  const tick = () =>
    serial(runTick).catch((error: unknown) => {
      logger.error('Reminder tick failed:', error);
    });
  let timer: NodeJS.Timeout | null = null;
  if (intervalMs > 0) {
    timer = setInterval(() => void tick(), intervalMs);
    timer.unref();
    setTimeout(() => void tick(), 0).unref();
  }

  return {
    tick,
    announce: (news, from = boards.default.council.store) =>
      serial(() => runAnnounce(news, from)).catch((error: unknown) => {
        logger.error('Announcing new documents failed:', error);
      }),
    stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      return queue;
    },
  };
}
