// The dates in a member's question, as a period of London dates: "next week",
// "last month", "in March", "since June", "between June and September",
// "March 2023", "11th Jan", "20/10/22". Relative words count from the moment the
// question is asked; a month without a year is the nearest one in the direction
// the question looks (past for "what was resolved in March", future for
// "what's coming up in March").
//
// Absolute dates and month names are read by chrono-node's en-GB parser (day
// before month, two-digit years, ordinals, abbreviations); periods relative to
// now ("next week", "this year", "the last 3 months") are worked out here, with
// date-fns in Europe/London. A date that cannot exist ("31/02/2018") is reported
// as such so the answer can say so instead of guessing.
// Its English parsers only: the package's index loads every language's (about 120 ms more of CPU in
// each thread that reads questions, at every start).
import * as chronoEnglish from 'chrono-node/en';
import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { endOfMonth } from 'date-fns/endOfMonth';
import { endOfWeek } from 'date-fns/endOfWeek';
import { format } from 'date-fns/format';
import { startOfMonth } from 'date-fns/startOfMonth';
import { startOfWeek } from 'date-fns/startOfWeek';
import { addCalendarDays, LONDON, londonDate } from '../../london.ts';
import { findQuestionDate } from './question-dates.ts';
import { withoutEndPunctuation } from './text.ts';

export type Direction = 'past' | 'future' | 'any';

export interface Period {
  /** First and last London dates (YYYY-MM-DD), inclusive; null: open-ended. */
  from: string | null;
  to: string | null;
  /** The words that gave it, as typed. */
  text: string;
  /** How to say it: "in March 2023", "next week (15 to 21 January 2018)". */
  label: string;
  /** A single day asked for ("11 January 2018"), or a day and month in any year. */
  day?: string;
  dayMonth?: { day: number; month: number };
}

export type PeriodReading = { kind: 'period'; period: Period } | { kind: 'invalid'; text: string };

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_WORD = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

function monthIndex(word: string): number {
  const w = word.toLowerCase().slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(w));
}

function iso(d: Date): string {
  return format(d, 'yyyy-MM-dd');
}

/** A London wall-clock Date for calendar arithmetic. */
function london(now: Date): TZDate {
  return new TZDate(now.getTime(), LONDON);
}

function say(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return format(new Date(Date.UTC(y, m - 1, d, 12)), 'd MMMM yyyy');
}

function range(from: string, to: string): string {
  if (from === to) return say(from);
  if (from.endsWith('-01-01') && to.endsWith('-12-31') && from.slice(0, 4) === to.slice(0, 4)) return from.slice(0, 4);
  const [fy, fm] = from.split('-');
  const [ty, tm] = to.split('-');
  if (fy === ty && fm === tm && from.endsWith('-01') && to === monthEnd(Number(ty), Number(tm))) return format(new Date(`${from}T12:00:00Z`), 'MMMM yyyy');
  return `${say(from)} to ${say(to)}`;
}

function monthEnd(year: number, month: number): string {
  return iso(endOfMonth(new Date(year, month - 1, 1)));
}

function monthPeriod(year: number, month: number): { from: string; to: string } {
  return { from: `${year}-${String(month).padStart(2, '0')}-01`, to: monthEnd(year, month) };
}

/** The year of a month named without one: the nearest such month in the question's direction. */
function yearOfMonth(month: number, now: Date, direction: Direction): number {
  const today = london(now);
  const y = today.getFullYear();
  const current = today.getMonth() + 1;
  if (direction === 'past') return month <= current ? y : y - 1;
  if (direction === 'future') return month >= current ? y : y + 1;
  // Nearest: within six months either way.
  const diff = month - current;
  if (diff > 6) return y - 1;
  if (diff < -6) return y + 1;
  return y;
}

function period(from: string | null, to: string | null, text: string, label?: string): PeriodReading {
  return { kind: 'period', period: { from, to, text, label: label ?? (from && to ? range(from, to) : from ? `since ${say(from)}` : to ? `up to ${say(to)}` : 'any date') } };
}

/** "next week", "this month", "last year", "the last 3 months", "past fortnight", "today". */
function relativePeriod(text: string, now: Date): PeriodReading | null {
  const today = london(now);
  const m = /\b(this|next|last|previous|past|coming|the last|the past|the next) (?:(\d{1,2}|two|three|four|six|few) )?(week|fortnight|month|year|municipal year|term)s?\b/i.exec(text.replace(/\s+/g, ' '));
  if (m) {
    const which = m[1]!.toLowerCase().replace(/^the /, '');
    const countWord = m[2]?.toLowerCase();
    const count = countWord ? (({ two: 2, three: 3, four: 4, six: 6, few: 3 }) as Record<string, number>)[countWord] ?? Number(countWord) : null;
    const unit = m[3]!.toLowerCase();
    const opts = { weekStartsOn: 1 as const };
    if (count !== null) {
      // "the last 3 months": up to today; "the next 2 weeks": from today.
      const days = unit === 'week' ? 7 * count : unit === 'fortnight' ? 14 * count : 0;
      const back = which === 'next' || which === 'coming';
      const shifted = days ? addDays(today, back ? days : -days) : addMonths(today, (back ? 1 : -1) * count * (unit === 'year' ? 12 : 1));
      return back ? period(iso(today), iso(shifted), m[0]) : period(iso(shifted), iso(today), m[0]);
    }
    if (unit === 'week' || unit === 'fortnight') {
      const span = unit === 'fortnight' ? 14 : 7;
      const start = startOfWeek(today, opts);
      if (which === 'this') return period(iso(start), iso(endOfWeek(today, opts)), m[0], `this week (${range(iso(start), iso(endOfWeek(today, opts)))})`);
      if (which === 'next' || which === 'coming') {
        const from = addDays(start, 7);
        return period(iso(from), iso(addDays(from, span - 1)), m[0], `next week (${range(iso(from), iso(addDays(from, span - 1)))})`);
      }
      const from = addDays(start, -span);
      return period(iso(from), iso(addDays(start, -1)), m[0], `last week (${range(iso(from), iso(addDays(start, -1)))})`);
    }
    if (unit === 'month') {
      const shift = which === 'this' ? 0 : which === 'next' || which === 'coming' ? 1 : -1;
      const month = addMonths(startOfMonth(today), shift);
      return period(iso(month), iso(endOfMonth(month)), m[0], format(month, 'MMMM yyyy'));
    }
    if (unit === 'year' || unit === 'municipal year' || unit === 'term') {
      const shift = which === 'this' ? 0 : which === 'next' || which === 'coming' ? 1 : -1;
      if (unit === 'municipal year' || /municipal/i.test(text)) {
        const start = today.getMonth() >= 4 ? today.getFullYear() : today.getFullYear() - 1;
        const y = start + shift;
        return period(`${y}-05-01`, `${y + 1}-04-30`, m[0], `the municipal year ${y}/${String((y + 1) % 100).padStart(2, '0')}`);
      }
      const y = today.getFullYear() + shift;
      return period(`${y}-01-01`, `${y}-12-31`, m[0], String(y));
    }
  }
  const day = /\b(today|tomorrow|yesterday|tonight)\b/i.exec(text);
  if (day) {
    const shift = { today: 0, tonight: 0, tomorrow: 1, yesterday: -1 }[day[1]!.toLowerCase()]!;
    const d = addCalendarDays(londonDate(now), shift);
    return { kind: 'period', period: { from: d, to: d, text: day[0], label: `${day[1]!.toLowerCase()} (${say(d)})`, day: d } };
  }
  return null;
}

/** "2023/24", "municipal year 2022-23", "the programme for 23/24": May to April. */
function municipalYearPeriod(text: string): PeriodReading | null {
  const m = /\b(20\d\d) ?[/-] ?(?:20)?(\d\d)\b/.exec(text) ?? shortMunicipalYear(text);
  if (!m) return null;
  const start = m[1]!.length === 2 ? 2000 + Number(m[1]) : Number(m[1]);
  if ((start + 1) % 100 !== Number(m[2])) return null;
  return period(`${start}-05-01`, `${start + 1}-04-30`, m[0], `the municipal year ${start}/${m[2]}`);
}

/**
 * "23/24": two years written short, the second one after the first. Read as a year only where it
 * cannot be a day and month ("23/24") or the question speaks of a year or a programme ("the 11/12
 * work programme"); otherwise "11/12" is the 11th of December.
 */
function shortMunicipalYear(text: string): RegExpExecArray | null {
  const m = /(?<![\d/.-])(\d\d)\/(\d\d)(?![\d/.-])/.exec(text);
  if (!m || (Number(m[1]) + 1) % 100 !== Number(m[2])) return null;
  return Number(m[2]) > 12 || /\b(?:years?|municipal|programmes?|programs?|plans?|wp)\b/i.test(text) ? m : null;
}

/** One point in a question: a day, a month (with or without its year) or a year. */
interface Point {
  from: string;
  to: string;
  text: string;
  day?: string;
  dayMonth?: { day: number; month: number };
}

const ref = (now: Date) => ({ instant: now, timezone: LONDON });

const MONTH_IN_TEXT = new RegExp(`\\b(?:(?:in|since|from|of|the|last|this|next|during|until|before|after) )?(${MONTH_WORD})\\.?(?: (\\d{4}))?\\b`, 'i');

/** The first date chrono reads in `text` that is a real day, a month or a year; null when none. */
function pointIn(text: string, now: Date, direction: Direction): Point | null {
  // A bare year ("in 2018") chrono leaves alone.
  const yearOnly = /^(?:in |during )?(20\d\d|19\d\d)$/i.exec(text.trim());
  if (yearOnly) return { from: `${yearOnly[1]}-01-01`, to: `${yearOnly[1]}-12-31`, text: text.trim() };
  const results = chronoEnglish.GB.parse(text, ref(now), { forwardDate: direction === 'future' });
  for (const r of results) {
    // "who's chair now": the present, which every answer starts from, not a day to look up.
    if (/^(?:right )?now$/i.test(r.text.trim())) continue;
    const known = (name: 'day' | 'month' | 'year' | 'weekday') => r.start.isCertain(name);
    if (!known('month') && !known('day') && !known('weekday')) continue;
    const start = r.start.date();
    // A weekday on its own ("on thursday"): the last one for a question about the past, the coming one otherwise.
    if (known('weekday') && !known('day') && !/\b(?:next|last|this|past|coming)\b/i.test(r.text)) {
      const date = weekdayNear(now, r.start.get('weekday')!, direction);
      return { from: date, to: date, text: r.text, day: date };
    }
    const date = londonDate(start);
    if (known('day') || known('weekday')) {
      if (!known('year') && known('month') && known('day') && !/\b(?:next|last|this)\b/i.test(r.text)) {
        const day = r.start.get('day')!;
        const month = r.start.get('month')!;
        return { from: date, to: date, text: r.text, dayMonth: { day, month }, day: date };
      }
      return { from: date, to: date, text: r.text, day: date };
    }
    const month = r.start.get('month')!;
    const year = known('year') ? r.start.get('year')! : yearOfMonth(month, now, direction);
    return { ...monthPeriod(year, month), text: r.text };
  }
  // "the meeting on the 13th": a day of the month alone, the nearest such day the question looks towards.
  // An ordinal before a noun ("the 2nd meeting", "the 3rd item") counts things, not days.
  const dayAlone = /\b(?:on )?the (\d{1,2})(?:st|nd|rd|th)\b(?! (?:meeting|mtg|item|time|one|minute|agenda|session|request|resolution|quarter|year|half|week|month|report|round|draft|version|page|paragraph|recommendation)s?\b)/i.exec(text);
  if (dayAlone && Number(dayAlone[1]) >= 1 && Number(dayAlone[1]) <= 31) {
    // "which minutes are we signing off on the 13th": a present or future verb looks ahead, whatever else the question names.
    const ahead = /\b(?:are|is|am|will|shall|do|does)\b/i.test(text);
    const date = dayOfMonthNear(now, Number(dayAlone[1]), ahead ? 'future' : direction);
    if (date) return { from: date, to: date, text: dayAlone[0], day: date };
  }
  // A month chrono leaves alone ("the jan meeting"); "may" and "march" only where they cannot be verbs.
  const month = MONTH_IN_TEXT.exec(text);
  // Only where it reads as a date: after "in", "since", "the"..., before a year or "meeting" ("the Ask Jan pilot" is not January).
  if (month && (/^(?:in|since|from|of|the|last|this|next|during|until|before|after) /i.test(month[0]) || month[2] || /^ ?(?:meeting|board|mtg)\b/i.test(text.slice(month.index + month[0].length)) || month[0].length === text.trim().length)) {
    const m = monthIndex(month[1]!) + 1;
    const y = month[2] ? Number(month[2]) : yearOfMonth(m, now, direction);
    return { ...monthPeriod(y, m), text: month[0] };
  }
  // "in 2018", "2018" alone, or a year closing a question ("ofsted rating 2017"): a name ends in a year only after a title word.
  const year = /\b(?:in|during|for|of) (20\d\d)\b/i.exec(text) ?? /^(20\d\d)$/.exec(text.trim()) ?? /(?<!\b(?:report|plan|strategy|review|act|programme|dataset|census|framework|bill|order|policy|regulations|statement|assessment|survey|accounts|budget|award|awards|plans|reports|strategies|\/|-)) (20\d\d)$/i.exec(text.trim());
  if (year) return { from: `${year[1]}-01-01`, to: `${year[1]}-12-31`, text: year[0] };
  return null;
}

/** The London date of day `day` of a month nearest `now`: on or before it for the past, on or after it otherwise. */
function dayOfMonthNear(now: Date, day: number, direction: Direction): string | null {
  const today = londonDate(now);
  const [y, m] = today.split('-').map(Number) as [number, number];
  const on = (year: number, month: number) => {
    const [yy, mm] = month < 1 ? [year - 1, 12] : month > 12 ? [year + 1, 1] : [year, month];
    return day <= new Date(Date.UTC(yy, mm, 0)).getUTCDate() ? `${yy}-${String(mm).padStart(2, '0')}-${String(day).padStart(2, '0')}` : null;
  };
  if (direction === 'past') {
    for (const back of [0, 1, 2]) {
      const d = on(y, m - back);
      if (d && d <= today) return d;
    }
    return null;
  }
  for (const ahead of [0, 1, 2]) {
    const d = on(y, m + ahead);
    if (d && d >= today) return d;
  }
  return null;
}

/** The London date of the weekday (0 Sunday) nearest `now`: on or before it for the past, on or after it otherwise. */
function weekdayNear(now: Date, weekday: number, direction: Direction): string {
  const today = londonDate(now);
  const todayWeekday = london(now).getDay();
  const back = (todayWeekday - weekday + 7) % 7;
  return direction === 'past' ? addCalendarDays(today, -back) : addCalendarDays(today, (weekday - todayWeekday + 7) % 7);
}

/**
 * The period a question is about, or null when it names none. Ranges ("between
 * June and September", "from March to May 2018"), open ranges ("since June",
 * "before 2020", "after the summer"), periods relative to now, municipal years,
 * single days, months and years.
 */
export function findPeriod(question: string, now: Date, direction: Direction = 'any'): PeriodReading | null {
  // A date that cannot exist is said to be so, not read as another.
  const own = findQuestionDate(question);
  if (own?.kind === 'invalid') return { kind: 'invalid', text: own.text };

  // The words of the question, spaces folded: dates are read by looking along them, linearly.
  // "thursday's meeting", "thursdays meeting": the day.
  question = question.replace(/\b(mon|tues|wednes|thurs|fri|satur|sun)day['’]?s\b/gi, '$1day');
  const words = question.replace(/\s+/g, ' ').trim().split(' ');
  const lower = words.map((w) => withoutEndPunctuation(w.toLowerCase()));
  const span = (from: number, to: number) => withoutEndPunctuation(words.slice(from, to).join(' '));

  // "between June and September 2022", "from March to May 2018".
  for (let i = 0; i < words.length; i++) {
    if (lower[i] !== 'between' && lower[i] !== 'from') continue;
    for (let j = i + 2; j <= i + 6 && j < words.length; j++) {
      if (!['and', 'to', 'until', 'till', '-'].includes(lower[j]!)) continue;
      const a = pointIn(span(i + 1, j), now, direction);
      if (!a) continue;
      // The second date is the longest run of its first words that reads as one ("September 2022 what was decided").
      let b: Point | null = null;
      let n = Math.min(4, words.length - j - 1);
      for (; n > 0 && !b; n--) b = pointIn(span(j + 1, j + 1 + n), now, direction);
      if (!b) continue;
      const used = span(j + 1, j + 2 + n);
      let from = a.from;
      if (!/\d{4}/.test(span(i + 1, j)) && /\d{4}/.test(used)) from = `${b.from.slice(0, 4)}${a.from.slice(4)}`;
      else if (from > b.to && !/\d{4}/.test(used)) b = { ...b, to: `${Number(b.to.slice(0, 4)) + 1}${b.to.slice(4)}` };
      return period(from, b.to, span(i, j + 2 + n));
    }
  }
  // "from the jan meeting", "at the March 2023 meeting": that month.
  for (let i = 0; i + 3 < words.length; i++) {
    if (!['from', 'at', 'of', 'in'].includes(lower[i]!) || lower[i + 1] !== 'the') continue;
    const withYear = /^\d{4}$/.test(lower[i + 3] ?? '');
    const noun = lower[i + (withYear ? 4 : 3)];
    if (!noun || !['meeting', 'board', 'mtg'].includes(noun) || !isMonthWord(lower[i + 2]!)) continue;
    const point = pointIn(span(i + 2, i + (withYear ? 4 : 3)), now, direction === 'future' ? 'future' : 'past');
    if (point) return period(point.from, point.to, span(i, i + (withYear ? 5 : 4)));
  }
  // "since June", "before 2020", "after last month", "up to March".
  const STOPS = new Set(['on', 'about', 'regarding', 'for', 're', 'did', 'was', 'were', 'have', 'has', 'what', 'that', 'which', 'and']);
  for (let i = 0; i < words.length; i++) {
    const pair = `${lower[i]} ${lower[i + 1] ?? ''}`;
    const word = ['up to', 'prior to'].includes(pair) ? pair : lower[i]!;
    if (!['since', 'after', 'from', 'before', 'until', 'till', 'up to', 'prior to'].includes(word)) continue;
    // "children looked after", "cared after": a phrase, not a date's start.
    if (word === 'after' && /^(?:look|looked|looking|looks|cared|care|caring|taken|take|taking|asked|asking|named)$/.test(lower[i - 1] ?? '')) continue;
    let k = i + word.split(' ').length;
    if (lower[k] === 'the') k++;
    let end = k;
    while (end < words.length && end < k + 4 && !STOPS.has(lower[end]!)) end++;
    for (let n = end; n > k; n--) {
      const text = span(k, n);
      const relative = relativePeriod(text, now);
      const point = relative?.kind === 'period' ? { from: relative.period.from!, to: relative.period.to! } : pointIn(text, now, 'past');
      if (!point) continue;
      const said = span(i, n);
      // "after the march meeting": what came of that month's meeting, not what came after the month.
      const oneMonth = point.from.endsWith('-01') && point.to === monthEnd(Number(point.from.slice(0, 4)), Number(point.from.slice(5, 7)));
      // "after the march meeting": what came of that month's meeting, not what came after the month.
      const meetingNamed = /\b(?:meeting|mtg|board)s?$/i.test(span(k, n)) ? 0 : /^(?:meeting|mtg|board)s?$/.test(lower[n] ?? '') ? 1 : -1;
      if (word === 'after' && meetingNamed >= 0 && oneMonth) return period(point.from, point.to, span(i, n + meetingNamed));
      // "requests from March 2023", "decisions from last month": the things of that month, not all since.
      if (word === 'from' && oneMonth && !lower.slice(k).some((w) => /^(?:onwards?|forwards?)$/.test(w))) return period(point.from, point.to, said);
      if (word === 'since' || word === 'after' || word === 'from') {
        const from = word === 'after' ? addCalendarDays(point.to, 1) : point.from;
        return period(from, null, said, `${word} ${say(from)}`);
      }
      return period(null, addCalendarDays(point.from, -1), said, `before ${say(point.from)}`);
    }
  }
  const relative = relativePeriod(question, now);
  if (relative) return relative;
  const municipal = municipalYearPeriod(question);
  if (municipal) return municipal;
  const point = pointIn(question, now, direction);
  if (point) {
    const p: Period = { from: point.from, to: point.to, text: point.text, label: point.day && !point.dayMonth ? say(point.day) : range(point.from, point.to) };
    if (point.dayMonth) {
      p.dayMonth = point.dayMonth;
      p.label = `${point.dayMonth.day} ${MONTHS[point.dayMonth.month - 1]!.replace(/^./, (c) => c.toUpperCase())}`;
    } else if (point.day) p.day = point.day;
    return { kind: 'period', period: p };
  }
  return null;
}

/** Whether a London date falls in a period asked about: any date when none was, never an unknown date when one was. */
export function dateIn(period: Period | null | undefined, date: string | null | undefined): boolean {
  if (!period) return true;
  return !!date && (!period.from || date >= period.from) && (!period.to || date <= period.to);
}

/** A period as words after a noun: "in March 2023", "since 1 June 2022", "next week (...)". One home for the wording. */
export function periodWords(period: Period): string {
  if (/^(?:next|this|last|since|before|after|up to|from|at|today|tomorrow|yesterday|tonight)\b/.test(period.label)) return period.label;
  // "1 June 2017 to 30 September 2017": between one day and another.
  const days = /^(\d{1,2} \p{L}+ \d{4}) to (\d{1,2} \p{L}+ \d{4})$/u.exec(period.label);
  return days ? `between ${days[1]} and ${days[2]}` : `in ${period.label}`;
}

const MONTH_ALONE = new RegExp(`^${MONTH_WORD}$`, 'i');

/** Whether a word is a month name (or its abbreviation). */
export function isMonthWord(word: string): boolean {
  return MONTH_ALONE.test(word) && monthIndex(word) >= 0;
}
