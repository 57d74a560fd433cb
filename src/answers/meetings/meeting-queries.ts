// Meetings in the board's calendar as of a moment: the next, the latest held,
// those on a date or in a range. Nothing here formats text.
import type { AgendaItem, Meeting, WorkProgrammeItem } from '../../model.ts';
import { addCalendarDays, daysBetween } from '../../london.ts';
import { findDates } from '../../ingest/dates.ts';
import type { AnswerContext } from '../context.ts';
import { firstAfter, heldBy, isPlanOnly, meetingKnownBy, ofCommittee, type RecordView } from '../record-view.ts';

/** Whether a meeting is the board's, when the board's committee is known (meetings naming none count). */
export function ofBoard(ctx: AnswerContext, meeting: Meeting, committee: string | null = ctx.committee): boolean {
  return ofCommittee({ committee }, meeting);
}

/** The first meeting that starts after now; never a cancelled one. Includes meetings known only from the plan. */
export function nextMeeting(ctx: AnswerContext, committee: string | null = ctx.committee): Meeting | null {
  return upcomingMeetings(ctx, 1, committee)[0] ?? null;
}

/** Up to `limit` meetings that start after now, soonest first; cancelled ones left out. */
export function upcomingMeetings(ctx: AnswerContext, limit = Number.MAX_SAFE_INTEGER, committee: string | null = ctx.committee): Meeting[] {
  const { calendar } = ctx.view;
  const found: Meeting[] = [];
  for (let i = firstAfter(ctx.view, ctx.t); i < calendar.length && found.length < limit; i++) {
    const m = calendar[i]!;
    if (m.status !== 'cancelled' && ofBoard(ctx, m, committee) && meetingKnownBy(ctx.view, m, ctx.t)) found.push(m);
  }
  return found;
}

/** Held meetings, most recent first, up to `limit` (not cancelled, not merely planned); minutes preferred. */
export function pastMeetings(ctx: AnswerContext, limit = Number.MAX_SAFE_INTEGER, committee: string | null = ctx.committee): Meeting[] {
  const { calendar } = ctx.view;
  const found: Meeting[] = [];
  for (let i = firstAfter(ctx.view, ctx.t) - 1; i >= 0 && found.length < limit; i--) {
    const m = calendar[i]!;
    if (m.status === 'cancelled' || isPlanOnly(m) || m.status === 'planned' || !ofBoard(ctx, m, committee)) continue;
    found.push(m);
  }
  return found;
}

/** The most recent meeting that has started by now (not cancelled, not merely planned); one with minutes preferred. */
export function latestMeeting(ctx: AnswerContext, committee: string | null = ctx.committee): Meeting | null {
  const { calendar } = ctx.view;
  let fallback: Meeting | null = null;
  for (let i = firstAfter(ctx.view, ctx.t) - 1; i >= 0; i--) {
    const m = calendar[i]!;
    if (m.status === 'cancelled' || isPlanOnly(m) || !ofBoard(ctx, m, committee)) continue;
    if (m.status === 'minutes') return m;
    fallback ??= m;
  }
  return fallback;
}

/** Position in the calendar of the first meeting on or after a London date. */
function firstOnOrAfter(view: RecordView, date: string): number {
  let lo = 0;
  let hi = view.calendar.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (view.calendar[mid]!.date! >= date) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The `count` meetings of the calendar nearest a London date, nearest first (equally near: in
 * calendar order). Only those beside the date can be nearest: the `count` before it and after it,
 * with every meeting of the dates at either end, sorted; not the whole calendar.
 */
export function nearestMeetings(view: RecordView, date: string, count: number): Meeting[] {
  const { calendar } = view;
  const at = firstOnOrAfter(view, date);
  let from = Math.max(0, at - count);
  let to = Math.min(calendar.length, at + count);
  while (from > 0 && calendar[from - 1]!.date === calendar[from]!.date) from--;
  while (to > 0 && to < calendar.length && calendar[to]!.date === calendar[to - 1]!.date) to++;
  const day = Date.parse(date);
  const distance = (m: Meeting) => Math.abs(Date.parse(m.date!) - day);
  return calendar
    .slice(from, to)
    .sort((a, b) => distance(a) - distance(b))
    .slice(0, count);
}

/** Meetings on a London calendar date (YYYY-MM-DD). */
export function meetingsOn(ctx: AnswerContext, date: string): Meeting[] {
  return meetingsBetween(ctx, date, date, null);
}

/** Meetings from one London date to another (both included), oldest first; cancelled ones too. */
export function meetingsBetween(ctx: AnswerContext, from: string, to: string, committee: string | null = ctx.committee): Meeting[] {
  const { calendar } = ctx.view;
  const found: Meeting[] = [];
  for (let i = firstOnOrAfter(ctx.view, from); i < calendar.length && calendar[i]!.date! <= to; i++) {
    if (ofBoard(ctx, calendar[i]!, committee)) found.push(calendar[i]!);
  }
  return found;
}

/** The board's meetings in a period, oldest first, cancelled ones too; an open end runs to the first or last meeting known. */
export function meetingsInPeriod(ctx: AnswerContext, period: { from: string | null; to: string | null }): Meeting[] {
  const span = calendarSpan(ctx.view);
  return meetingsBetween(ctx, period.from ?? span?.first ?? ctx.today, period.to ?? span?.last ?? ctx.today);
}

// "The minutes of the meeting held on 9 February 2023 were agreed": a meeting held, named by the next one's minutes.
const MINUTES_OF_MEETING = /\bminutes of the (?:last |previous |special |extraordinary )?meeting (?:of [^.;]{1,80} )?(?:held )?on\b/i;
/** Later meetings whose minutes are read for the meetings they agreed the minutes of: a board agrees them at its next. */
const LATER_MINUTES_READ = 3;
const LATER_MINUTES_WITHIN_DAYS = 183;

/**
 * The board's meetings in a period the record has no papers of, known because the minutes of a later
 * meeting agreed their minutes: each date once (oldest first), with the meeting whose minutes say so.
 */
export function meetingsNamedInLaterMinutes(ctx: AnswerContext, from: string, to: string): { date: string; by: Meeting; said: string }[] {
  const found = new Map<string, { by: Meeting; said: string }>();
  const later = meetingsBetween(ctx, addCalendarDays(to, 1), addCalendarDays(to, LATER_MINUTES_WITHIN_DAYS))
    .filter((m) => m.status === 'minutes' && heldBy(ctx.view, m, ctx.t))
    .slice(0, LATER_MINUTES_READ);
  for (const meeting of later) {
    for (const item of itemsOf(ctx.view, meeting.id)) {
      if (item.private || !item.body || !/\bminutes\b/i.test(item.title)) continue;
      for (const line of item.body.split('\n')) {
        const named = MINUTES_OF_MEETING.exec(line);
        if (!named) continue;
        // The date the phrase names is the first after it; later ones on the line are of other things.
        const d = findDates(line.slice(named.index + named[0].length))[0];
        if (d && d.date >= from && d.date <= to && !found.has(d.date) && meetingsBetween(ctx, d.date, d.date).length === 0) {
          found.set(d.date, { by: meeting, said: sentenceAt(line, named.index) });
        }
      }
    }
  }
  return [...found].sort(([a], [b]) => a.localeCompare(b)).map(([date, named]) => ({ date, ...named }));
}

/** The sentence of `line` that holds position `at`, as the minutes word it. */
function sentenceAt(line: string, at: number): string {
  const start = Math.max(line.lastIndexOf('. ', at) + 1, 0);
  const stop = line.indexOf('. ', at);
  return line.slice(start, stop < 0 ? line.length : stop + 1).trim().slice(0, 300);
}

/** Meetings on a day and month in any year, nearest to now first. */
export function meetingsOnDayMonth(ctx: AnswerContext, day: number, month: number): Meeting[] {
  const suffix = `-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return ctx.view.calendar
    .filter((m) => m.date!.endsWith(suffix))
    .sort((a, b) => Math.abs(daysBetween(ctx.today, a.date!)) - Math.abs(daysBetween(ctx.today, b.date!)));
}

export function meetingById(view: RecordView, meetingId: string): Meeting | null {
  return view.meetings.get(meetingId) ?? null;
}

/** A meeting's agenda items in printed order (none for a meeting known only from the plan). */
export function itemsOf(view: RecordView, meetingId: string): AgendaItem[] {
  return view.itemsByMeeting.get(meetingId) ?? [];
}

/** Work-programme entries planned for a meeting's date (of its committee, or naming none). */
export function plannedFor(view: RecordView, meeting: Meeting): WorkProgrammeItem[] {
  if (!meeting.date) return [];
  return (view.workProgrammeByDate.get(meeting.date) ?? []).filter(
    (e) => e.slot === 'dated' && (!meeting.committee || !e.committee || e.committee === meeting.committee),
  );
}

/** Meetings held by now with minutes, most recent first, up to `limit`. */
export function minutedMeetings(ctx: AnswerContext, limit = Number.MAX_SAFE_INTEGER, committee: string | null = ctx.committee): Meeting[] {
  const { calendar } = ctx.view;
  const found: Meeting[] = [];
  for (let i = firstAfter(ctx.view, ctx.t) - 1; i >= 0 && found.length < limit; i--) {
    const m = calendar[i]!;
    if (m.status === 'minutes' && ofBoard(ctx, m, committee)) found.push(m);
  }
  return found;
}

/** A meeting named by its place: the next, the one after next, the last, the one before last. */
export function meetingByRef(ctx: AnswerContext, ref: 'next' | 'after-next' | 'last' | 'before-last', committee: string | null = ctx.committee): Meeting | null {
  switch (ref) {
    case 'next':
      return nextMeeting(ctx, committee);
    case 'after-next':
      return upcomingMeetings(ctx, 2, committee)[1] ?? null;
    case 'last':
      return latestMeeting(ctx, committee);
    case 'before-last': {
      const latest = latestMeeting(ctx, committee);
      return pastMeetings(ctx, 3, committee).find((m) => latest && m.id !== latest.id && m.date! < latest.date!) ?? null;
    }
  }
}

/** The first and last dated meetings of the calendar, for open-ended periods. */
export function calendarSpan(view: RecordView): { first: string; last: string } | null {
  if (view.calendar.length === 0) return null;
  return { first: view.calendar[0]!.date!, last: view.calendar[view.calendar.length - 1]!.date! };
}

/** The meeting a question names by its place ("the last meeting") or its day ("thursday's"); null when it names none. */
export function meetingNamed(ctx: AnswerContext, ref: 'next' | 'after-next' | 'last' | 'before-last' | null, day: string | null | undefined): Meeting | null {
  if (ref) return meetingByRef(ctx, ref);
  if (day) return meetingsOn(ctx, day).find((m) => ofBoard(ctx, m)) ?? null;
  return null;
}
