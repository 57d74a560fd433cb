// A channel's reminder subscriptions: how they read, and how they change in the mutable state.
import type { MutableState, Subscription } from '../model.ts';
import { formatDateTime, londonDate, londonTime } from '../london.ts';
import { WEEKDAY_NAMES, type ReminderKind } from './remind-words.ts';

/** One subscription per channel and kind: a new request replaces the old one. */
export function subscriptionId(channel: string, kind: ReminderKind): string {
  return `${channel}:${kind}`;
}

/** "agenda 7 days before at 09:00", "requests weekly on Monday at 09:00" (plus "(paused: ...)"). */
export function describeSubscription(sub: Subscription): string {
  const what =
    sub.kind === 'agenda'
      ? `agenda ${sub.daysBefore ?? 0} day${sub.daysBefore === 1 ? '' : 's'} before at ${sub.at}`
      : sub.cadence?.every === 'month'
        ? `requests monthly on the 1st at ${sub.at}`
        : `requests weekly on ${WEEKDAY_NAMES[sub.cadence?.day ?? 1]} at ${sub.at}`;
  const news = sub.newMinutes ? '' : ' (no news posts)';
  return sub.paused ? `${what}${news} (paused: ${sub.paused.reason})` : `${what}${news}`;
}

/**
 * One line per subscription, by channel, for the App Home: "#C123: agenda 7 days before at 09:00".
 * `channelRef` turns a channel id into what is shown (Slack mrkdwn may pass `(id) => \`<#${id}>\``).
 */
export function describeSubscriptions(
  subscriptions: readonly Subscription[],
  channelRef: (channel: string) => string = (channel) => `#${channel}`,
): string[] {
  return [...subscriptions]
    .sort((a, b) => a.channel.localeCompare(b.channel) || a.kind.localeCompare(b.kind))
    .map((sub) => `${channelRef(sub.channel)}: ${describeSubscription(sub)}`);
}

export function channelSubscriptions(state: Readonly<MutableState>, channel: string): Subscription[] {
  return state.subscriptions.filter((s) => s.channel === channel);
}

/** Add or replace a channel's subscription of one kind; a change resumes a paused one. */
export function upsertSubscription(
  state: MutableState,
  change: Pick<Subscription, 'channel' | 'kind' | 'at' | 'daysBefore' | 'cadence'>,
  by: string,
  now: Date,
): Subscription {
  const id = subscriptionId(change.channel, change.kind);
  const existing = state.subscriptions.find((s) => s.id === id);
  const sub: Subscription = {
    id,
    channel: change.channel,
    kind: change.kind,
    daysBefore: change.daysBefore,
    at: change.at,
    cadence: change.cadence,
    newMinutes: existing?.newMinutes ?? true,
    paused: null,
    // The one who last set it up is the one told if it has to pause.
    createdBy: by,
    // A subscription counts from when it was last set: changing it never posts what fell due before.
    createdAt: now.toISOString(),
  };
  state.subscriptions = [...state.subscriptions.filter((s) => s.id !== id), sub];
  return sub;
}

/** Turn the "new minutes / agenda published" posts on or off for a channel; how many subscriptions changed. */
export function setNewsPosts(state: MutableState, channel: string, on: boolean): number {
  let changed = 0;
  state.subscriptions = state.subscriptions.map((s) => {
    if (s.channel !== channel) return s;
    changed += 1;
    return { ...s, newMinutes: on };
  });
  return changed;
}

/** Whether the channel's requests digests post even when nothing changed; how many digests were set. */
export function setPostUnchanged(state: MutableState, channel: string, post: boolean): number {
  let changed = 0;
  state.subscriptions = state.subscriptions.map((s) => {
    if (s.channel !== channel || s.kind !== 'requests') return s;
    changed += 1;
    return { ...s, postUnchanged: post };
  });
  return changed;
}

export function removeSubscriptions(state: MutableState, channel: string, kind: ReminderKind | 'all'): Subscription[] {
  const removed = state.subscriptions.filter((s) => s.channel === channel && (kind === 'all' || s.kind === kind));
  state.subscriptions = state.subscriptions.filter((s) => !removed.includes(s));
  return removed;
}

/** "Thursday 6 July 2017, 9.00 am" for an instant. */
export function formatInstant(instant: Date): string {
  return formatDateTime(londonDate(instant), londonTime(instant));
}
