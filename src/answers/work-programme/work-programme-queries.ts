// The work programme as of a moment: planned meetings from today on, then items
// with no date yet and pending items, of the current municipal year (or the
// latest one known up to now). Items added by resolution count once resolved.
import type { Meeting, WorkProgrammeItem } from '../../model.ts';
import type { AnswerContext } from '../context.ts';
import { normaliseText } from '../../record-keys.ts';
import { lookupKey, type RecordView } from '../record-view.ts';

export interface WorkProgrammeView {
  /** Planned meetings from now on, soonest first, with their entries (a placeholder row, "-", is no entry). */
  dated: { date: string; meeting: Meeting | null; entries: WorkProgrammeItem[] }[];
  toBeDetermined: WorkProgrammeItem[];
  pending: WorkProgrammeItem[];
  /** The municipal years the undated entries come from. */
  years: string[];
}

/** The municipal year ("2017/18") of a London date: May to April. */
export function municipalYear(date: string): string {
  const y = Number(date.slice(0, 4));
  const start = Number(date.slice(5, 7)) >= 5 ? y : y - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

function yearStart(year: string): number {
  return Number(year.slice(0, 4));
}

/** The meeting whose resolution added an entry, if it was added by resolution. */
export function addedAt(view: RecordView, entry: WorkProgrammeItem): Meeting | null {
  const item = entry.addedByItemId ? view.store.item(entry.addedByItemId) : undefined;
  return item ? (view.meetings.get(item.meetingId) ?? null) : null;
}

/** The municipal year an entry belongs to: its own, its date's, or that of the meeting that added it. */
export function entryYear(view: RecordView, entry: WorkProgrammeItem): string | null {
  if (entry.year) return entry.year;
  if (entry.date) return municipalYear(entry.date);
  const meeting = addedAt(view, entry);
  return meeting?.date ? municipalYear(meeting.date) : null;
}

/**
 * Whether an entry is known as of now: plan rows always; rows added by resolution once resolved,
 * and never one resolved inside an exempt item (Schedule 12A; such rows are no longer stored, but
 * a record written before that rule may hold one).
 */
export function entryKnown(ctx: AnswerContext, entry: WorkProgrammeItem): boolean {
  if (entry.origin !== 'resolution') return true;
  if (entry.addedByItemId && ctx.view.store.item(entry.addedByItemId)?.private) return false;
  const meeting = addedAt(ctx.view, entry);
  return !meeting?.date || meeting.date <= ctx.today;
}

/** Whether an entry is in the board's programme (rows naming no committee count). */
function ofBoard(ctx: AnswerContext, entry: WorkProgrammeItem): boolean {
  return !ctx.committee || !entry.committee || entry.committee === ctx.committee;
}

/** What a question needs of each programme row, worked out once per record version. */
interface ProgrammeRows {
  /** Dated rows by date, each date's in record order. */
  dated: WorkProgrammeItem[];
  undated: WorkProgrammeItem[];
  /** From which London date a row is known ('' always, null never): see entryKnown. */
  knownFrom: Map<WorkProgrammeItem, string | null>;
  years: Map<WorkProgrammeItem, string | null>;
  /** The key dedupeEntries compares. */
  keys: Map<WorkProgrammeItem, string>;
  /** The first meeting on a date that is not cancelled, in calendar order. */
  meetingOn: Map<string, Meeting>;
  /**
   * The dated rows' knownFrom and key, by position in `dated`, the key as a number (rows with the same
   * key share it, below `keyCount`); and which are placeholders ("-"): a council's programme has
   * thousands of dated rows, and a question about it from years back reads most of them.
   */
  datedKnownFrom: (string | null)[];
  datedKeys: Uint32Array;
  datedPlaceholder: Uint8Array;
  keyCount: number;
}

const PROGRAMME_ROWS = lookupKey<ProgrammeRows>('work programme rows');

function programmeRows(view: RecordView): ProgrammeRows {
  return view.derived.get(PROGRAMME_ROWS, () => {
    const rows: ProgrammeRows = {
      dated: [],
      undated: [],
      knownFrom: new Map(),
      years: new Map(),
      keys: new Map(),
      meetingOn: new Map(),
      datedKnownFrom: [],
      datedKeys: new Uint32Array(0),
      datedPlaceholder: new Uint8Array(0),
      keyCount: 0,
    };
    for (const entry of view.record.workProgramme) {
      (entry.date ? rows.dated : rows.undated).push(entry);
      rows.years.set(entry, entryYear(view, entry));
      rows.keys.set(entry, dedupeKey(entry));
      let knownFrom: string | null = '';
      if (entry.origin === 'resolution') {
        if (entry.addedByItemId && view.store.item(entry.addedByItemId)?.private) knownFrom = null;
        else knownFrom = addedAt(view, entry)?.date ?? '';
      }
      rows.knownFrom.set(entry, knownFrom);
    }
    rows.dated.sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0));
    const keyNumbers = new Map<string, number>();
    rows.datedKeys = new Uint32Array(rows.dated.length);
    rows.datedPlaceholder = new Uint8Array(rows.dated.length);
    rows.dated.forEach((entry, i) => {
      const key = rows.keys.get(entry)!;
      let n = keyNumbers.get(key);
      if (n === undefined) keyNumbers.set(key, (n = keyNumbers.size));
      rows.datedKeys[i] = n;
      rows.datedKnownFrom[i] = rows.knownFrom.get(entry)!;
      if (entry.title.trim() === '-') rows.datedPlaceholder[i] = 1;
    });
    rows.keyCount = keyNumbers.size;
    for (const meeting of view.calendar) if (meeting.date && meeting.status !== 'cancelled' && !rows.meetingOn.has(meeting.date)) rows.meetingOn.set(meeting.date, meeting);
    return rows;
  });
}

/**
 * The programme as known today: from today on (planned dates, then the undated items of the latest
 * year and any later one), or of one municipal year ("2017/18") when `year` is given, past or not.
 */
export function workProgrammeFrom(ctx: AnswerContext, year: string | null = null): WorkProgrammeView {
  const view = ctx.view;
  const today = ctx.today;
  const from = year ? `${yearStart(year)}-05-01` : today;
  const to = year ? `${yearStart(year) + 1}-04-30` : null;
  const current = municipalYear(today);
  const rows = programmeRows(view);
  const known = (entry: WorkProgrammeItem) => {
    const from = rows.knownFrom.get(entry);
    return from !== null && from !== undefined && from <= today && ofBoard(ctx, entry);
  };
  const keyOf = (entry: WorkProgrammeItem) => rows.keys.get(entry) ?? dedupeKey(entry);

  const dated: WorkProgrammeView['dated'] = [];
  let lo = 0;
  let hi = rows.dated.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows.dated[mid]!.date! < from) lo = mid + 1;
    else hi = mid;
  }
  // Each date's known rows, each key once (as dedupeEntries keeps them), then without placeholders.
  const seenOn = new Uint32Array(rows.keyCount);
  for (let i = lo, group = 1; i < rows.dated.length; group++) {
    const date = rows.dated[i]!.date!;
    if (to !== null && date > to) break;
    const entries: WorkProgrammeItem[] = [];
    let any = false;
    for (; i < rows.dated.length && rows.dated[i]!.date === date; i++) {
      const from = rows.datedKnownFrom[i]!;
      const entry = rows.dated[i]!;
      if (from === null || from > today || !ofBoard(ctx, entry)) continue;
      any = true;
      const key = rows.datedKeys[i]!;
      if (seenOn[key] === group) continue;
      seenOn[key] = group;
      if (rows.datedPlaceholder[i] === 0) entries.push(entry);
    }
    if (any) dated.push({ date, meeting: rows.meetingOn.get(date) ?? null, entries });
  }

  const undated = rows.undated.filter(known);
  const yearOf = (entry: WorkProgrammeItem) => rows.years.get(entry) ?? null;
  const years = [...new Set(undated.map(yearOf).filter((y): y is string => y !== null))];
  const upToNow = years.filter((y) => yearStart(y) <= yearStart(current));
  const latest = upToNow.sort((a, b) => yearStart(a) - yearStart(b)).at(-1) ?? null;
  const shown = new Set(year ? [year] : years.filter((y) => yearStart(y) > yearStart(current)));
  if (latest && !year) shown.add(latest);
  const inScope = undated.filter((e) => {
    const y = yearOf(e);
    return y === null ? !year : shown.has(y);
  });
  return {
    dated,
    toBeDetermined: dedupeEntries(inScope.filter((e) => e.slot !== 'pending'), keyOf),
    pending: dedupeEntries(inScope.filter((e) => e.slot === 'pending'), keyOf),
    years: [...shown].filter((y) => years.includes(y)).sort(),
  };
}

function dedupeKey(entry: WorkProgrammeItem): string {
  return `${entry.date ?? entry.slot}|${normaliseText(entry.title)}`;
}

/** One entry per title and slot: two committees' programmes, or two years', can list the same item. */
export function dedupeEntries(entries: WorkProgrammeItem[], keyOf: (entry: WorkProgrammeItem) => string = dedupeKey): WorkProgrammeItem[] {
  const seen = new Set<string>();
  return entries.filter((e) => {
    const key = keyOf(e);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
