// Dates and times as UK council documents print them:
// "Thursday, 11 January 2018", "13th July, 2017", "11/01/2018", "30/6/17",
// Welsh "11eg Ebrill 2019", "20fed Medi, 2005", "27ain o Ionawr 2021", "Tachwedd 17, 2020",
// "2.00 pm", "10am", "4:30pm", "12 noon", "14:00".
import { isRealDate } from '../london.ts';

export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

/** An English month name or abbreviation, as one capturing group. */
export const MONTH_WORD =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const WEEKDAY = '(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?';

/** Month number (1-12) of an English month name or abbreviation. */
export function monthNumber(word: string): number | null {
  const w = word.toLowerCase().slice(0, 3);
  const i = MONTHS.findIndex((m) => m.startsWith(w));
  return i < 0 ? null : i + 1;
}

/**
 * Welsh month names, January to December, each with the soft-mutated form it takes after "o"
 * ("y 9fed o Ragfyr"): bilingual and Welsh minutes of community, town and county councils in
 * Wales date their meetings this way, often in a Welsh heading above the English one.
 */
const WELSH_MONTHS = [
  ['ionawr'],
  ['chwefror'],
  ['mawrth', 'fawrth'],
  ['ebrill'],
  ['mai', 'fai'],
  ['mehefin', 'fehefin'],
  ['gorffennaf', 'orffennaf'],
  ['awst'],
  ['medi', 'fedi'],
  ['hydref'],
  ['tachwedd', 'dachwedd'],
  ['rhagfyr', 'ragfyr'],
] as const;
const WELSH_MONTH_WORD = `(${WELSH_MONTHS.flat().join('|')})`;
/** Welsh ordinal endings: 1af, 2il, 3ydd, 5ed, 7fed, 11eg, 21ain (PDF text may put a space before them). */
const WELSH_ORDINAL = '(?:\\s?(?:af|il|ydd|ed|fed|eg|ain))?';

function welshMonthNumber(word: string): number {
  const w = word.toLowerCase();
  return WELSH_MONTHS.findIndex((forms) => (forms as readonly string[]).includes(w)) + 1;
}

function iso(y: number, m: number, d: number): string | null {
  const date = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isRealDate(date) ? date : null;
}

function fullYear(y: string): number {
  const n = Number(y);
  return y.length <= 2 ? 2000 + n : n;
}

export interface FoundDate {
  date: string;
  index: number;
  text: string;
}

// "4.00pm1 July 2021": a heading's time and date cells run together, the day straight after "pm".
// "6 October 2021at 7.00 pm": a text that lost the space between the year and the time's "at".
// "Wednesday 5th, July, 2017": a comma after the day's ordinal as after the month.
const YEAR_END = '(?:\\b|(?=at\\b))';
// "WEDNESDAY THE 23rd . MAY 2018", "the 25th. April 2018": a stop after the ordinal, as some clerks print it.
// "Wednesday 19th March2014": a PDF's text that lost the space between the month and its year.
const DAY_MONTH_YEAR = new RegExp(
  `(?:\\b|(?<=\\d[ap]m))${WEEKDAY}(\\d{1,2})(?:(?:st|nd|rd|th) ?\\.?,?)?(?:\\s+of)?\\s+${MONTH_WORD}\\.?,?(?:\\s+|(?=(?:19|20)\\d\\d))(\\d{4})${YEAR_END}`,
  'gi',
);
// "Tuesday night February the 6th 2018": the day after the month, "the" between them.
const MONTH_DAY_YEAR = new RegExp(`\\b${WEEKDAY}${MONTH_WORD}\\.?\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${YEAR_END}`, 'gi');
/**
 * "held on the 13th of November 25 at 7pm": a day with its ordinal, the month's name and a two-digit year; not a number
 * that follows a date without a year ("the 3rd March 10 am", "the 5th May 25 members").
 */
const ORDINAL_DAY_MONTH_SHORT_YEAR = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)(?:\\s+of)?\\s+${MONTH_WORD}\\.?,?\\s+(\\d{2})\\b(?![.:]\\d|\\s*(?:[ap]\\.?\\s?m\\b|%|(?!(?:at|in|on)\\b)[a-z]))`,
  'gi',
);
const NUMERIC = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b/g;
const WELSH_DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})${WELSH_ORDINAL}(?:\\s+o)?\\s+${WELSH_MONTH_WORD},?\\s+(\\d{4})\\b`, 'gi');
const WELSH_MONTH_DAY_YEAR = new RegExp(`\\b${WELSH_MONTH_WORD}\\s+(\\d{1,2})${WELSH_ORDINAL},?\\s+(\\d{4})\\b`, 'gi');
/** "26th-Mar-2024": how ModernGov names a meeting's papers ("Printed minutes 26th-Mar-2024 14.00 Cabinet"). */
const DAY_MONTH_YEAR_HYPHENED = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?-${MONTH_WORD}-(\\d{4})\\b`, 'gi');

/** Every date in a text, in order of appearance. Numeric dates are day/month (UK). */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const m of text.matchAll(DAY_MONTH_YEAR)) {
    const date = iso(Number(m[3]), monthNumber(m[2]!)!, Number(m[1]));
    if (date) found.push({ date, index: m.index, text: m[0] });
  }
  for (const m of text.matchAll(MONTH_DAY_YEAR)) {
    if (found.some((f) => m.index >= f.index && m.index < f.index + f.text.length)) continue;
    const date = iso(Number(m[3]), monthNumber(m[1]!)!, Number(m[2]));
    if (date) found.push({ date, index: m.index, text: m[0] });
  }
  for (const m of text.matchAll(ORDINAL_DAY_MONTH_SHORT_YEAR)) {
    if (found.some((f) => m.index >= f.index && m.index < f.index + f.text.length)) continue;
    const date = iso(fullYear(m[3]!), monthNumber(m[2]!)!, Number(m[1]));
    if (date) found.push({ date, index: m.index, text: m[0] });
  }
  for (const m of text.matchAll(WELSH_DAY_MONTH_YEAR)) {
    const date = iso(Number(m[3]), welshMonthNumber(m[2]!), Number(m[1]));
    if (date) found.push({ date, index: m.index, text: m[0] });
  }
  for (const m of text.matchAll(WELSH_MONTH_DAY_YEAR)) {
    if (found.some((f) => m.index >= f.index && m.index < f.index + f.text.length)) continue;
    const date = iso(Number(m[3]), welshMonthNumber(m[1]!), Number(m[2]));
    if (date) found.push({ date, index: m.index, text: m[0] });
  }
  for (const m of text.matchAll(DAY_MONTH_YEAR_HYPHENED)) {
    const date = iso(Number(m[3]), monthNumber(m[2]!)!, Number(m[1]));
    if (date) found.push({ date, index: m.index, text: m[0] });
  }
  for (const m of text.matchAll(NUMERIC)) {
    // "6.1" style clause numbers are not dates; a numeric date needs three parts.
    const date = iso(fullYear(m[3]!), Number(m[2]), Number(m[1]));
    if (date) found.push({ date, index: m.index, text: m[0] });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** "Monday 1st March", "Tuesday, 9th May": a meeting's weekday, day and month printed without the year. */
const WEEKDAY_DAY_MONTH = new RegExp(`\\b(mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+${MONTH_WORD}\\b(?!\\.?,?\\s*\\d{4})`, 'gi');
/** "MONDAY NOVEMBER 8TH": the weekday, then the month before its day, and no year. */
const WEEKDAY_MONTH_DAY = new RegExp(`\\b(mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+${MONTH_WORD}\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s*\\d{4}|[.:]\\d)`, 'gi');
/** Weekday names' stems as Date.getUTCDay counts them, Sunday first. */
const WEEKDAY_STEMS = ['sun', 'mon', 'tues', 'wednes', 'thurs', 'fri', 'satur'];
const YEAR = /\b(?:19|20)\d{2}\b/g;

/** The years a text names ("March 2021 agenda", "Minutes 2021-22"). */
export function yearsIn(text: string): number[] {
  return [...new Set([...text.matchAll(YEAR)].map((m) => Number(m[0])))];
}

/**
 * "held on Monday 1st March at 7.30pm" under a page titled "March 2021 agenda": the date a weekday, day and month
 * printed without their year give, in the one year among `years` where that day falls on that weekday; null when
 * none or more than one fits.
 */
export function yearlessDate(text: string, years: readonly number[]): string | null {
  const printed = [
    ...[...text.matchAll(WEEKDAY_DAY_MONTH)].map((m) => ({ index: m.index, weekday: m[1]!, day: m[2]!, month: m[3]! })),
    ...[...text.matchAll(WEEKDAY_MONTH_DAY)].map((m) => ({ index: m.index, weekday: m[1]!, day: m[3]!, month: m[2]! })),
  ].sort((a, b) => a.index - b.index);
  for (const p of printed) {
    const weekday = WEEKDAY_STEMS.indexOf(p.weekday.toLowerCase());
    const month = monthNumber(p.month)!;
    const fits = years.map((y) => iso(y, month, Number(p.day))).filter((d): d is string => d !== null && new Date(`${d}T12:00:00Z`).getUTCDay() === weekday);
    if (fits.length === 1) return fits[0]!;
  }
  return null;
}

/** The first date in a text as YYYY-MM-DD, or null. */
export function parseDocumentDate(text: string): string | null {
  return findDates(text)[0]?.date ?? null;
}

export interface FoundTime {
  time: string;
  index: number;
  text: string;
}

const TIME_PATTERNS: RegExp[] = [
  /\b(12)\s*(?:noon|midday)\b/gi,
  /\b(noon|midday)\b/gi,
  // ("on Monday 1st March at7.30pm": a text that lost the space after "at".)
  /(?:\b|(?<=\bat))(\d{1,2})(?:[.:](\d{2}))?\s*([ap])\.?\s?m(?:\b|(?=\d))\.?/gi,
  // Welsh "7.30 yh" (yr hwyr, evening) and "10.00 yb" (y bore, morning).
  /\b(\d{1,2})(?:[.:](\d{2}))?\s*y\.?\s?([hb])\b\.?/gi,
  // "HELD ON MONDAY ... AT 7.30", "the meeting closed at 7.45": a council meets by day or in the evening, so an hour
  // from 1 to 8 with no am or pm is in the afternoon or evening; a later hour ("at 9.30", "at 10.15") is left unread.
  /\bat ([1-8])[.:]([0-5]\d)\b(?!\s*[ap]\.?\s?m)(?![.:]?\d|\s*(?:%|per\b|of\b|above\b|below\b|hrs?\b|hours\b))/gi,
  /\b([01]?\d|2[0-3]):([0-5]\d)\b(?!\s*[ap]\.?m)/gi,
  // The 24-hour clock with a stop or none: "19.15 hrs", "AT 1000 HRS", "1930 hours" (the word says it is a time), and
  // "at 19.30", whose hour no morning or afternoon reading shares.
  /\b(?:(?:([01]?\d|2[0-3])[.:]|([01]\d|2[0-3]))([0-5]\d) ?(?:hrs?|hours)\b|(?<=\bat )(1[3-9]|2[0-3])\.([0-5]\d)\b(?![.:]?\d|\s*(?:%|per\b|of\b|above\b|below\b)))/gi,
];

/** Every clock time in a text, as HH:MM, in order of appearance. */
/** "7.00 - 9.35 PM": a span whose first time takes the second's am or pm. */
const TIME_SPAN = /\b(\d{1,2})[.:](\d{2}) ?[-–] ?(\d{1,2})[.:](\d{2}) ?([ap])\.? ?m\b\.?/gi;

function clock(h: number, min: number, meridiem: string): string | null {
  if (h < 1 || h > 12 || min > 59) return null;
  let hour = h;
  if (meridiem === 'p' && hour !== 12) hour += 12;
  if (meridiem === 'a' && hour === 12) hour = 0;
  return `${String(hour).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

export function findTimes(text: string): FoundTime[] {
  const found: FoundTime[] = [];
  // Characters already read as part of a time: a later pattern does not read them again.
  const covered = new Uint8Array(text.length);
  const cover = (from: number, length: number) => covered.fill(1, from, from + length);
  for (const m of text.matchAll(TIME_SPAN)) {
    const end = m[5]!.toLowerCase();
    const [h1, m1, h2, m2] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])];
    // "11.30 - 1.15 pm" starts in the morning; "7.00 - 9.35 pm" in the evening.
    const startMeridiem = end === 'p' && h1 > h2 && h1 !== 12 ? 'a' : end;
    const start = clock(h1, m1, startMeridiem);
    const finish = clock(h2, m2, end);
    if (!start || !finish) continue;
    found.push({ time: start, index: m.index, text: m[0] }, { time: finish, index: m.index + 1, text: m[0].slice(1) });
    cover(m.index, m[0].length);
  }
  const taken = (i: number) => covered[i] === 1;
  for (const [n, re] of TIME_PATTERNS.entries()) {
    for (const m of text.matchAll(re)) {
      if (taken(m.index)) continue;
      let time: string | null = null;
      if (n <= 1) time = '12:00';
      else if (n === 2 || n === 3) {
        const letter = m[3]!.toLowerCase();
        time = clock(Number(m[1]), m[2] ? Number(m[2]) : 0, letter === 'h' ? 'p' : letter === 'b' ? 'a' : letter);
        if (!time) continue;
      } else if (n === 4) {
        time = clock(Number(m[1]), Number(m[2]), 'p');
        if (!time) continue;
      } else if (n === 5) {
        time = `${m[1]!.padStart(2, '0')}:${m[2]}`;
      } else {
        // (The hour is in the first group the match filled, its minutes after it.)
        const [hour, minutes] = m[1] === undefined && m[2] === undefined ? [m[4]!, m[5]!] : [m[1] ?? m[2]!, m[3]!];
        time = `${hour.padStart(2, '0')}:${minutes}`;
      }
      found.push({ time, index: m.index, text: m[0] });
      cover(m.index, m[0].length);
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The first clock time in a text as HH:MM ("2.00 pm" -> "14:00"), or null. */
export function parseDocumentTime(text: string): string | null {
  return findTimes(text)[0]?.time ?? null;
}

/** "10.30 – 19.55", "7.00": an hour and minutes opening a "Time:" field's value, with or without am or pm. */
const LABELLED_CLOCK = /^(\d{1,2})[.:]([0-5]\d)\b/;
/** The last hour that, printed without am or pm, is in the afternoon or evening (as "at 7.30" is). */
const LAST_AFTERNOON_HOUR = 8;

/**
 * The time a "Time:" field gives ("Time: 10.30 – 19.55" -> "10:30", "Time: 7.00" -> "19:00"): in that field an hour
 * and minutes with no am or pm are still a time; an hour up to 8 is the afternoon's or evening's, as councils meet.
 */
export function labelledTime(value: string): string | null {
  const text = value.trim();
  const printed = findTimes(text)[0];
  if (printed?.index === 0) return printed.time;
  const m = LABELLED_CLOCK.exec(text);
  if (!m) return null;
  const hour = Number(m[1]);
  if (hour > 23) return null;
  const h = hour >= 1 && hour <= LAST_AFTERNOON_HOUR ? hour + 12 : hour;
  return `${String(h).padStart(2, '0')}:${m[2]}`;
}

/** Characters between a date and the time printed with it ("23rd September 2009 10.00 am", "5 May 2021 commencing at 19:00"). */
const TIME_AFTER_DATE_REACH = 40;

/**
 * The time printed straight after a printing of `date` in a text, or null: the meeting's own time where a heading also
 * prints another meeting's ("Cabinet 21st October 2009 12.30 pm ... MINUTES OF THE MEETING HELD ON 23RD SEPTEMBER 2009
 * 10.00 am").
 */
export function timeAfterDate(text: string, date: string): string | null {
  const times = findTimes(text);
  for (const d of findDates(text)) {
    if (d.date !== date) continue;
    const end = d.index + d.text.length;
    const t = times.find((x) => x.index >= end && x.index - end <= TIME_AFTER_DATE_REACH);
    if (t) return t.time;
  }
  return null;
}

/** Last day of a month as YYYY-MM-DD. */
export function endOfMonth(year: number, month: number): string {
  const d = new Date(Date.UTC(year, month, 0));
  return d.toISOString().slice(0, 10);
}

/** "2017/18", "2017-18", "2022-2023" -> "2017/18"; null when the years do not follow on. */
export function municipalYear(text: string): string | null {
  const m = /\b(20\d{2}|19\d{2})\s*[/\-–]\s*(\d{4}|\d{2})\b/.exec(text);
  if (!m) return null;
  const start = Number(m[1]);
  let end = m[2]!.length === 4 ? Number(m[2]) : Math.floor(start / 100) * 100 + Number(m[2]);
  if (end < start && m[2]!.length === 2) end += 100;
  if (end !== start + 1) return null;
  return `${start}/${String(start + 1).slice(2)}`;
}
