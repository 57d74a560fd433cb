// Council documents are in UK time. Instants are kept as Date/ISO strings;
// calendar arithmetic and display happen in Europe/London, and dates are shown
// the way the minutes show them: "Thursday 14 September 2017, 2.00 pm".
import { TZDate } from '@date-fns/tz';
import { tzOffset } from '@date-fns/tz/tzOffset';
// Each function from its own module: the package's index loads all of date-fns, a tenth of a second of every start.
import { format } from 'date-fns/format';

export const LONDON = 'Europe/London';

/** The instant at a London wall-clock date and time ("2017-07-13", "10:00"). */
export function londonInstant(date: string, time = '00:00'): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm, ss = 0] = time.split(':').map(Number) as [number, number, number?];
  // In a month the clocks do not change in, the wall clock is UTC plus that month's one offset.
  const wall = Date.UTC(y, m - 1, d, hh, mm, ss);
  const month = new Date(wall);
  const offset = y >= 100 ? steadyOffset(month.getUTCFullYear(), month.getUTCMonth()) : null;
  if (offset !== null) return new Date(wall - offset * MINUTE);
  return new Date(new TZDate(y, m - 1, d, hh, mm, ss, LONDON).getTime());
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * London's offset from UTC (minutes) through each month the clocks do not change in, by year * 12 +
 * month; null for a month they change in. An offset costs an Intl call (tens of microseconds), and
 * the record's thousands of meeting times fall in a few hundred months. London's clocks have never
 * changed twice in one month, so the same offset a little before a month and a little after it is
 * the offset all through it. What a date's offset was never changes.
 */
const steadyOffsets = new Map<number, number | null>();
const STEADY_OFFSETS_KEPT = 10_000;

function steadyOffset(year: number, monthIndex: number): number | null {
  const key = year * 12 + monthIndex;
  let offset = steadyOffsets.get(key);
  if (offset === undefined) {
    const before = tzOffset(LONDON, new Date(Date.UTC(year, monthIndex, 1) - 3 * HOUR));
    const after = tzOffset(LONDON, new Date(Date.UTC(year, monthIndex + 1, 1) + 3 * HOUR));
    offset = before === after && Number.isFinite(before) ? before : null;
    if (steadyOffsets.size >= STEADY_OFFSETS_KEPT) steadyOffsets.clear();
    steadyOffsets.set(key, offset);
  }
  return offset;
}

/** Parse an ISO date-time; one without an offset is read as London wall-clock time. */
export function parseInstant(text: string): Date | null {
  const t = text.trim();
  const local = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/.exec(t);
  if (local) {
    const [, date, hh, mm, ss] = local as unknown as [string, string, string?, string?, string?];
    if (!isRealDate(date) || Number(hh ?? 0) > 23 || Number(mm ?? 0) > 59 || Number(ss ?? 0) > 59) return null;
    return londonInstant(date, hh ? `${hh}:${mm}:${ss ?? '00'}` : '00:00');
  }
  if (!/^\d{4}-\d{2}-\d{2}T/.test(t)) return null;
  const d = new Date(t);
  return Number.isNaN(d.getTime()) ? null : d;
}

/**
 * The London calendar date of an instant, as YYYY-MM-DD. In a month the clocks do not change in (the
 * instant's UTC month: its London offset is that month's one), the instant plus the offset read as
 * UTC; the time zone is asked only in the months they change in (a request's "done on" date is
 * shown on every line of an answer: the time zone's reading cost tens of microseconds each).
 */
export function londonDate(instant: Date): string {
  const t = instant.getTime();
  const utc = new Date(t);
  const year = utc.getUTCFullYear();
  const offset = year >= 100 && year < 10_000 ? steadyOffset(year, utc.getUTCMonth()) : null;
  if (offset !== null) return new Date(t + offset * MINUTE).toISOString().slice(0, 10);
  return format(new TZDate(t, LONDON), 'yyyy-MM-dd');
}

/** The London wall-clock time of an instant, as HH:MM. */
export function londonTime(instant: Date): string {
  return format(new TZDate(instant.getTime(), LONDON), 'HH:mm');
}

/** The London weekday of an instant: 0 = Sunday. */
export function londonWeekday(instant: Date): number {
  return new TZDate(instant.getTime(), LONDON).getDay();
}

/** Add calendar days to a YYYY-MM-DD date (a calendar date has no time zone: worked out in UTC, whatever the machine's). */
export function addCalendarDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days, 12)).toISOString().slice(0, 10);
}

/** Whole days from date a to date b (both YYYY-MM-DD). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T12:00:00Z`) - Date.parse(`${a}T12:00:00Z`)) / 86_400_000);
}

export function isRealDate(date: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

/**
 * Dates as formatDate wrote them, by YYYY-MM-DD: an answer cites the same few meeting dates again and
 * again, and date-fns's format costs tens of microseconds a call. A date's text never changes.
 */
const formattedDates = new Map<string, string>();
const FORMATTED_DATES_KEPT = 20_000;

/** "Thursday 13 July 2017" */
export function formatDate(date: string): string {
  let text = formattedDates.get(date);
  if (text === undefined) {
    if (formattedDates.size >= FORMATTED_DATES_KEPT) formattedDates.clear();
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    text = format(new Date(Date.UTC(y, m - 1, d, 12)), 'EEEE d MMMM yyyy');
    formattedDates.set(date, text);
  }
  return text;
}

/** "10.00 am", "2.30 pm", "12 noon" as the minutes print times. */
export function formatTime(time: string): string {
  const [h, m] = time.split(':').map(Number) as [number, number];
  if (h === 12 && m === 0) return '12 noon';
  const hour12 = h % 12 === 0 ? 12 : h % 12;
  return `${hour12}.${String(m).padStart(2, '0')} ${h < 12 ? 'am' : 'pm'}`;
}

/** "Thursday 13 July 2017, 10.00 am" (time omitted when unknown). */
export function formatDateTime(date: string, time: string | null): string {
  return time ? `${formatDate(date)}, ${formatTime(time)}` : formatDate(date);
}

/** "13 Jul 2017": for tight lists on a phone. */
export function formatShortDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return format(new Date(Date.UTC(y, m - 1, d, 12)), 'd MMM yyyy');
}
