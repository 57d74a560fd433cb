// The work programme as of a moment: planned meetings from today on, then items
// with no date yet and pending items, of the current municipal year (or the
// latest one known up to now). Items added by resolution count once resolved.
import type { Meeting, WorkProgrammeItem } from '../../model.ts';
import type { AnswerContext } from '../context.ts';
import { normaliseText } from '../../record-keys.ts';
import { lookupKey, type RecordView } from '../record-view.ts';

export interface WorkProgrammeView {
  /**
   * Planned meetings from now on, soonest first, with their entries (a placeholder row, "-", is no
   * entry): those that begin within the `listed` entries asked for; the later ones are only counted.
   */
  dated: { date: string; meeting: Meeting | null; entries: WorkProgrammeItem[] }[];
  /** Entries of the planned meetings after those in `dated`. */
  datedNotListed: number;
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

/**
 * What a question needs of each programme row, worked out once per record version: by position in
 * `dated` and in `undated`, from which London date a row is known ('' always, null never: see
 * entryKnown) and the key dedupeEntries compares, as a number (rows with the same key share it, below
 * `keyCount`). A council's programme has thousands of rows, and a question about it from years back
 * reads most of them: read from these, it gathers only what its answer lists.
 */
interface ProgrammeRows {
  /** Dated rows by date, each date's in record order. */
  dated: WorkProgrammeItem[];
  undated: WorkProgrammeItem[];
  /** The first meeting on a date that is not cancelled, in calendar order. */
  meetingOn: Map<string, Meeting>;
  datedKnownFrom: (string | null)[];
  datedKeys: Uint32Array;
  /** Placeholder rows ("-"): no entry, though their date is a planned meeting. */
  datedPlaceholder: Uint8Array;
  undatedKnownFrom: (string | null)[];
  undatedKeys: Uint32Array;
  /** The municipal year of each undated row (see entryYear). */
  undatedYears: (string | null)[];
  keyCount: number;
}

const PROGRAMME_ROWS = lookupKey<ProgrammeRows>('work programme rows');

function programmeRows(view: RecordView): ProgrammeRows {
  return view.derived.get(PROGRAMME_ROWS, () => {
    const dated: WorkProgrammeItem[] = [];
    const undated: WorkProgrammeItem[] = [];
    for (const entry of view.record.workProgramme) (entry.date ? dated : undated).push(entry);
    dated.sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0));
    const keyNumbers = new Map<string, number>();
    const keysOf = (entries: WorkProgrammeItem[]) =>
      Uint32Array.from(entries, (entry) => {
        const key = dedupeKey(entry);
        let n = keyNumbers.get(key);
        if (n === undefined) keyNumbers.set(key, (n = keyNumbers.size));
        return n;
      });
    const knownFrom = (entry: WorkProgrammeItem): string | null => {
      if (entry.origin !== 'resolution') return '';
      if (entry.addedByItemId && view.store.item(entry.addedByItemId)?.private) return null;
      return addedAt(view, entry)?.date ?? '';
    };
    const meetingOn = new Map<string, Meeting>();
    for (const meeting of view.calendar) if (meeting.date && meeting.status !== 'cancelled' && !meetingOn.has(meeting.date)) meetingOn.set(meeting.date, meeting);
    return {
      dated,
      undated,
      meetingOn,
      datedKnownFrom: dated.map(knownFrom),
      datedKeys: keysOf(dated),
      datedPlaceholder: Uint8Array.from(dated, (entry) => (entry.title.trim() === '-' ? 1 : 0)),
      undatedKnownFrom: undated.map(knownFrom),
      undatedKeys: keysOf(undated),
      undatedYears: undated.map((entry) => entryYear(view, entry)),
      keyCount: keyNumbers.size,
    };
  });
}

/**
 * The programme as known today: from today on (planned dates, then the undated items of the latest
 * year and any later one), or of one municipal year ("2017/18") when `year` is given, past or not.
 * A council's plans hold thousands of dated rows: the meetings that begin after `listed` entries are
 * only counted, their entries never gathered.
 */
export function workProgrammeFrom(ctx: AnswerContext, year: string | null = null, listed = Number.POSITIVE_INFINITY): WorkProgrammeView {
  const today = ctx.today;
  const from = year ? `${yearStart(year)}-05-01` : today;
  const to = year ? `${yearStart(year) + 1}-04-30` : null;
  const current = municipalYear(today);
  const rows = programmeRows(ctx.view);
  const known = (knownFrom: string | null, entry: WorkProgrammeItem) => knownFrom !== null && knownFrom <= today && ofBoard(ctx, entry);

  const dated: WorkProgrammeView['dated'] = [];
  let counted = 0;
  let datedNotListed = 0;
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
    // Gathered only for the meetings listed.
    const entries: WorkProgrammeItem[] | null = counted < listed ? [] : null;
    let count = 0;
    let any = false;
    for (; i < rows.dated.length && rows.dated[i]!.date === date; i++) {
      const entry = rows.dated[i]!;
      if (!known(rows.datedKnownFrom[i]!, entry)) continue;
      any = true;
      const key = rows.datedKeys[i]!;
      if (seenOn[key] === group) continue;
      seenOn[key] = group;
      if (rows.datedPlaceholder[i] !== 0) continue;
      count++;
      entries?.push(entry);
    }
    if (!any) continue;
    counted += count;
    if (entries) dated.push({ date, meeting: rows.meetingOn.get(date) ?? null, entries });
    else datedNotListed += count;
  }

  // Undated rows of the year asked for, or of the current municipal year (or the latest one known up to now) and of later ones.
  const found = new Set<string>();
  for (let i = 0; i < rows.undated.length; i++) {
    const rowYear = rows.undatedYears[i]!;
    if (rowYear !== null && known(rows.undatedKnownFrom[i]!, rows.undated[i]!)) found.add(rowYear);
  }
  const years = [...found];
  const upToNow = years.filter((y) => yearStart(y) <= yearStart(current));
  const latest = upToNow.sort((a, b) => yearStart(a) - yearStart(b)).at(-1) ?? null;
  const shown = new Set(year ? [year] : years.filter((y) => yearStart(y) > yearStart(current)));
  if (latest && !year) shown.add(latest);
  const toBeDetermined: WorkProgrammeItem[] = [];
  const pending: WorkProgrammeItem[] = [];
  // One entry per key (dedupeEntries): a pending row's key is never a row's to be determined.
  const seen = new Uint8Array(rows.keyCount);
  for (let i = 0; i < rows.undated.length; i++) {
    const entry = rows.undated[i]!;
    const rowYear = rows.undatedYears[i]!;
    if (!known(rows.undatedKnownFrom[i]!, entry) || (rowYear === null ? year : !shown.has(rowYear))) continue;
    const key = rows.undatedKeys[i]!;
    if (seen[key]) continue;
    seen[key] = 1;
    (entry.slot === 'pending' ? pending : toBeDetermined).push(entry);
  }
  return { dated, datedNotListed, toBeDetermined, pending, years: [...shown].filter((y) => found.has(y)).sort() };
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
