// Reads the words after `/scrutiny remind`: what a co-ordinator asked for, or why it cannot be read.
// Nothing here touches the store, so a malformed request can never change a subscription.

/** `remind ...` (or `reminders ...`): the words after it, or null when the command is something else. */
export function remindCommandWords(words: string): string | null {
  const m = /^remind(?:ers?)?(?:\s+([\s\S]*))?$/i.exec(words.trim());
  return m ? (m[1] ?? '') : null;
}

export type ReminderKind = 'agenda' | 'requests';

export type RemindAction =
  | { action: 'list' }
  | { action: 'help' }
  | { action: 'agenda'; daysBefore: number; at: string }
  | { action: 'requests'; cadence: { every: 'week'; day: number } | { every: 'month' }; at: string }
  | { action: 'off'; what: ReminderKind | 'all' }
  /** The short post when new minutes or an agenda arrive: on by default for a subscribed channel. */
  | { action: 'news'; on: boolean }
  /** Requests digests: skip one that would say what the last said (the default), or post every one. */
  | { action: 'unchanged'; post: boolean };

export type RemindParse = { ok: true; value: RemindAction } | { ok: false; problem: string };

export const DEFAULT_AGENDA_DAYS = 7;
export const DEFAULT_AT = '09:00';
export const DEFAULT_DIGEST_DAY = 1; // Monday
export const MAX_DAYS_BEFORE = 60;

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

export const REMIND_USAGE = [
  '`/scrutiny remind agenda [N days before] [at HH:MM]`: the agenda before each meeting (default 7 days before, at 09:00)',
  '`/scrutiny remind requests [weekly on DAY | monthly] [at HH:MM]`: the open requests (default Mondays at 09:00)',
  '`/scrutiny remind list`: the reminders in this channel',
  '`/scrutiny remind help`: these options',
  '`/scrutiny remind off agenda|requests|all`: stop them',
  '`/scrutiny remind news off|on`: the short post when new minutes or an agenda arrive (on by default)',
  '`/scrutiny remind unchanged skip|post`: a requests digest with nothing new since the last is skipped (the default), or posted anyway',
  'Times are UK time (Europe/London), 24-hour.',
];

/** One line under a list or a change: where the options are, not all of them again. */
export const REMIND_HINT = 'Change them with `/scrutiny remind agenda` or `/scrutiny remind requests` (`/scrutiny remind help` for every option), or from the App Home.';

/** "monday", "Mon", "mondays", "Weds" → 1..; null when it is not a day of the week. */
export function parseWeekday(word: string): number | null {
  // "mondays", "tues", "thurs", "weds": a trailing s never starts a day's name.
  const w = word.toLowerCase().replace(/[.,]$/, '').replace(/s$/, '');
  if (w.length < 3) return null;
  const index = WEEKDAY_NAMES.findIndex((name) => name.toLowerCase().startsWith(w));
  return index >= 0 ? index : null;
}

/** "09:00", "9:30", "9.30", "9", "9am", "2.30pm" → "HH:MM"; null when it is not a time of day. */
export function parseClockTime(word: string): string | null {
  const m = /^(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?$/i.exec(word.trim());
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = m[2] === undefined ? 0 : Number(m[2]);
  const half = m[3]?.toLowerCase();
  if (half) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (half === 'pm' ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return null;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

const fail = (problem: string): RemindParse => ({ ok: false, problem });

/** Take "at HH:MM" out of the words; the rest is returned for the caller to read. */
function takeTime(tokens: string[]): { at: string | null; rest: string[]; problem?: string } {
  const i = tokens.indexOf('at');
  if (i < 0) return { at: null, rest: tokens };
  let raw = tokens[i + 1];
  let used = 2;
  // "at 2.30 pm": the am/pm may come as its own word.
  if (raw !== undefined && /^(am|pm)$/i.test(tokens[i + 2] ?? '')) {
    raw = `${raw}${tokens[i + 2]}`;
    used = 3;
  }
  if (raw === undefined) return { at: null, rest: tokens, problem: 'say the time after "at", e.g. `at 09:00`.' };
  const at = parseClockTime(raw);
  if (!at) return { at: null, rest: tokens, problem: `"${raw}" is not a time of day: use 24-hour HH:MM, e.g. \`at 09:00\` or \`at 14:30\`.` };
  return { at, rest: [...tokens.slice(0, i), ...tokens.slice(i + used)] };
}

function leftover(rest: string[]): RemindParse | null {
  return rest.length ? fail(`I did not understand "${rest.join(' ')}".`) : null;
}

function parseAgenda(tokens: string[]): RemindParse {
  const time = takeTime(tokens);
  if (time.problem) return fail(time.problem);
  let rest = time.rest;
  let daysBefore = DEFAULT_AGENDA_DAYS;
  const dayIndex = rest.findIndex((t) => /^days?$/.test(t));
  if (dayIndex >= 0 || (rest[0] !== undefined && /^[-+]?\d/.test(rest[0]))) {
    const at = dayIndex >= 0 ? dayIndex - 1 : 0;
    const raw = rest[at];
    if (raw === undefined || !/^\d+$/.test(raw) || Number(raw) > MAX_DAYS_BEFORE) {
      return fail(`"${raw ?? ''} days before" must be a whole number of days from 0 to ${MAX_DAYS_BEFORE}, e.g. \`agenda 7 days before\`.`);
    }
    daysBefore = Number(raw);
    const end = dayIndex >= 0 ? dayIndex + 1 : 1;
    rest = [...rest.slice(0, at), ...rest.slice(end + (rest[end] === 'before' ? 1 : 0))];
  }
  return leftover(rest) ?? { ok: true, value: { action: 'agenda', daysBefore, at: time.at ?? DEFAULT_AT } };
}

function parseRequests(tokens: string[]): RemindParse {
  const time = takeTime(tokens);
  if (time.problem) return fail(time.problem);
  let rest = time.rest.filter((t) => t !== 'every');
  let cadence: { every: 'week'; day: number } | { every: 'month' } = { every: 'week', day: DEFAULT_DIGEST_DAY };
  if (rest[0] === 'monthly') {
    cadence = { every: 'month' };
    rest = rest.slice(1);
  } else {
    if (rest[0] === 'weekly') rest = rest.slice(1);
    const onIndex = rest.indexOf('on');
    const dayWord = onIndex >= 0 ? rest[onIndex + 1] : rest[0] !== undefined && parseWeekday(rest[0]) !== null ? rest[0] : undefined;
    if (onIndex >= 0 && dayWord === undefined) return fail('say the day after "on", e.g. `requests weekly on Monday`.');
    if (dayWord !== undefined) {
      const day = parseWeekday(dayWord);
      if (day === null) return fail(`"${dayWord}" is not a day of the week: say e.g. \`requests weekly on Monday\`.`);
      cadence = { every: 'week', day };
      rest = onIndex >= 0 ? [...rest.slice(0, onIndex), ...rest.slice(onIndex + 2)] : rest.slice(1);
    }
  }
  return leftover(rest) ?? { ok: true, value: { action: 'requests', cadence, at: time.at ?? DEFAULT_AT } };
}

/** The words after "remind", e.g. "agenda 3 days before at 08:30". */
export function parseRemindWords(words: string): RemindParse {
  const tokens = words
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean);
  const [head, ...rest] = tokens;
  if (head === undefined || head === 'list' || head === 'show') {
    return rest.length ? fail(`I did not understand "${rest.join(' ')}".`) : { ok: true, value: { action: 'list' } };
  }
  if (head === 'help' || head === '?') return rest.length ? fail(`I did not understand "${rest.join(' ')}".`) : { ok: true, value: { action: 'help' } };
  if (head === 'agenda' || head === 'agendas') return parseAgenda(rest);
  if (head === 'requests' || head === 'request' || head === 'digest') return parseRequests(rest);
  if (head === 'off' || head === 'stop') {
    const what = rest[0];
    if (rest.length !== 1 || !what) return fail('say which reminders to stop: `off agenda`, `off requests` or `off all`.');
    if (what === 'agenda' || what === 'agendas') return { ok: true, value: { action: 'off', what: 'agenda' } };
    if (what === 'requests' || what === 'request' || what === 'digest') return { ok: true, value: { action: 'off', what: 'requests' } };
    if (what === 'all') return { ok: true, value: { action: 'off', what: 'all' } };
    return fail(`"${what}" is not a kind of reminder: say \`off agenda\`, \`off requests\` or \`off all\`.`);
  }
  if (head === 'news') {
    if (rest.length === 1 && (rest[0] === 'on' || rest[0] === 'off')) return { ok: true, value: { action: 'news', on: rest[0] === 'on' } };
    return fail('say `news on` or `news off`.');
  }
  if (head === 'unchanged') {
    if (rest.length === 1 && (rest[0] === 'skip' || rest[0] === 'post')) return { ok: true, value: { action: 'unchanged', post: rest[0] === 'post' } };
    return fail('say `unchanged skip` or `unchanged post`.');
  }
  return fail(`"${head}" is not a reminder I know.`);
}
