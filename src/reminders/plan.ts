// Which reminder posts fall due in a window of time: a pure function of the record and the subscriptions.
// All calendar arithmetic is on London dates and wall-clock times, so the days the clocks change
// neither shift a reminder by an hour nor post it twice.
import type { Meeting, Subscription } from '../model.ts';
import { addCalendarDays, londonDate, londonInstant } from '../london.ts';
import { PLAN_MEETING_PREFIX, meetingStart } from '../answers/record-view.ts';

export const DAY_MS = 86_400_000;
/** A digest posted late is still worth reading within a day of its time. */
export const DIGEST_USEFUL_MS = DAY_MS;

export interface Occurrence {
  /** `${channel}|${kind}|${occurrence}`: the unit posted exactly once. */
  key: string;
  channel: string;
  subscriptionId: string;
  kind: Subscription['kind'];
  /** The meeting's id (plan-only meetings: "plan:YYYY-MM-DD") for agenda reminders; the London date for digests. */
  occurrence: string;
  dueAt: Date;
  /** After this instant a late post is no longer useful: the meeting's start, or a day after a digest's time. */
  usefulUntil: Date;
  meeting: Meeting | null;
}

export interface Window {
  /** Exclusive. */
  from: Date;
  /** Inclusive. */
  to: Date;
}

export function occurrenceKey(channel: string, kind: string, occurrence: string): string {
  return `${channel}|${kind}|${occurrence}`;
}

export function splitOccurrenceKey(key: string): { channel: string; kind: string; occurrence: string } | null {
  const parts = key.split('|');
  if (parts.length < 3) return null;
  return { channel: parts[0]!, kind: parts[1]!, occurrence: parts.slice(2).join('|') };
}

/** A plan-only meeting: a date in the work programme with no agenda or minutes known. */
export function isPlannedOnly(meeting: Meeting): boolean {
  return meeting.id.startsWith(PLAN_MEETING_PREFIX) || meeting.status === 'planned';
}

function agendaOccurrences(sub: Subscription, calendar: readonly Meeting[], window: Window): Occurrence[] {
  const daysBefore = sub.daysBefore ?? 0;
  const out: Occurrence[] = [];
  for (const meeting of calendar) {
    if (!meeting.date || meeting.status === 'cancelled') continue;
    const dueAt = londonInstant(addCalendarDays(meeting.date, -daysBefore), sub.at);
    if (dueAt <= window.from || dueAt > window.to) continue;
    const occurrence = meeting.id;
    out.push({
      key: occurrenceKey(sub.channel, 'agenda', occurrence),
      channel: sub.channel,
      subscriptionId: sub.id,
      kind: 'agenda',
      occurrence,
      dueAt,
      usefulUntil: meetingStart(meeting)!,
      meeting,
    });
  }
  return out;
}

function isDigestDay(sub: Subscription, date: string): boolean {
  const cadence = sub.cadence ?? { every: 'week', day: 1 };
  if (cadence.every === 'month') return date.endsWith('-01');
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay() === cadence.day;
}

function digestOccurrences(sub: Subscription, window: Window): Occurrence[] {
  const out: Occurrence[] = [];
  const last = londonDate(window.to);
  for (let date = londonDate(window.from); date <= last; date = addCalendarDays(date, 1)) {
    if (!isDigestDay(sub, date)) continue;
    const dueAt = londonInstant(date, sub.at);
    if (dueAt <= window.from || dueAt > window.to) continue;
    out.push({
      key: occurrenceKey(sub.channel, 'requests', date),
      channel: sub.channel,
      subscriptionId: sub.id,
      kind: 'requests',
      occurrence: date,
      dueAt,
      usefulUntil: new Date(dueAt.getTime() + DIGEST_USEFUL_MS),
      meeting: null,
    });
  }
  return out;
}

/**
 * Every post due in (from, to] for the active subscriptions, oldest first. `calendar` is the board's
 * meetings including those only planned in the work programme (RecordView.calendar); cancelled ones
 * get no reminder. A paused subscription has none, and nothing falls due before its subscription was made.
 */
export function planOccurrences(calendar: readonly Meeting[], subscriptions: readonly Subscription[], window: Window): Occurrence[] {
  const out: Occurrence[] = [];
  for (const sub of subscriptions) {
    if (sub.paused) continue;
    const created = new Date(sub.createdAt);
    const from = created > window.from ? created : window.from;
    if (from >= window.to) continue;
    const subWindow = { from, to: window.to };
    out.push(...(sub.kind === 'agenda' ? agendaOccurrences(sub, calendar, subWindow) : digestOccurrences(sub, subWindow)));
  }
  return out.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || a.key.localeCompare(b.key));
}

/** The next post a subscription will make after `now` (looking a year ahead), if any. */
export function nextOccurrence(calendar: readonly Meeting[], sub: Subscription, now: Date): Occurrence | null {
  return planOccurrences(calendar, [sub], { from: now, to: new Date(now.getTime() + 400 * DAY_MS) })[0] ?? null;
}
