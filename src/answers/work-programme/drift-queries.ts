// What became of each dated work-programme item once its date came: taken that
// day, taken at a later meeting, moved to a later date by a newer plan, or
// slipped (its meeting passed without it on the agenda or in the minutes).
//
// The trail of each dated plan row (the meetings whose papers name the same
// subject on or after its date, and other plan rows of the same subject) is
// worked out once per record version, when a question first needs it (the
// rest in the background after start); a question only decides, as of its
// moment, which of those had happened.
import type { AgendaItem, Meeting, WorkProgrammeItem } from '../../model.ts';
import { addCalendarDays } from '../../london.ts';
import type { AnswerContext } from '../context.ts';
import { isPlanOnly, lookupKey, startTime, type RecordView } from '../record-view.ts';
import { subjectComparer, subjectStems } from '../subjects/subject-words.ts';
import { searchTerms } from '../../search/search-options.ts';
import { SlicedJob, type SliceBudget, type Steps } from '../../search/slices.ts';

export interface TakenAt {
  meeting: Meeting;
  item: AgendaItem;
  /** Start of the meeting (ms). */
  start: number;
}

export interface PlanTrail {
  entry: WorkProgrammeItem;
  /** Items of the committee's meetings on or after the planned date with the same subject, oldest first. */
  taken: readonly TakenAt[];
  /** Rows of the same subject at a later date that no one plan lists beside this one (it was moved), oldest first. */
  movedTo: readonly WorkProgrammeItem[];
  /** Rows of the same subject at an earlier date, moved to this one, oldest first. */
  movedFrom: readonly WorkProgrammeItem[];
  /** The committee's meeting on the planned date, if the calendar has one. */
  meeting: Meeting | null;
}

/** Why an item counts as slipped: its meeting had papers without it, was cancelled, or left no papers in the record. */
export type SlipReason = 'not-on-papers' | 'cancelled' | 'no-papers';

export type PlanFate =
  | { state: 'ahead' }
  | { state: 'taken'; at: TakenAt }
  /** On the papers of a later meeting than planned (held, or with its agenda published). */
  | { state: 'taken-later'; at: TakenAt }
  | { state: 'moved'; to: WorkProgrammeItem }
  | { state: 'slipped'; why: SlipReason };

export interface PlanRowFate {
  trail: PlanTrail;
  fate: PlanFate;
}

/** How long after its planned date a matching item still counts as that plan item taken late. */
const TAKEN_WITHIN_DAYS = 400;

type DatedRow = WorkProgrammeItem & { date: string };

function sameCommittee(a: string | null | undefined, b: string | null | undefined): boolean {
  return !a || !b || a === b;
}

/** An informal briefing or session is not taken at a formal meeting, so it never shows on its papers. */
function isInformal(entry: WorkProgrammeItem): boolean {
  return /\binformal\b/i.test(entry.title) || /^\s*informal\b/i.test(entry.meetingNote ?? '');
}

function isDatedPlanRow(entry: WorkProgrammeItem): entry is DatedRow {
  return entry.origin === 'plan' && entry.slot === 'dated' && entry.date !== null && /[\p{L}\p{N}]/u.test(entry.title) && !isInformal(entry);
}

/** Words a title is looked up by: its subject, or all its words when it has none ("Work Programme"). */
function lookupWords(title: string): string[] {
  const subject = subjectStems(title);
  return subject.size > 0 ? [...subject] : searchTerms(title);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** First index of a date-ordered list whose date is on or after `date`. */
function firstOnOrAfter<T>(list: readonly T[], date: string, dateOf: (value: T) => string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dateOf(list[mid]!) < date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** One committee's papers and plan rows by the words of their titles ('' holds those naming no committee). */
interface SubjectLists {
  /** Items on the papers of the committee's meetings, in calendar order. */
  items: Map<string, TakenAt[]>;
  /** The committee's dated plan rows, in date order. */
  rows: Map<string, DatedRow[]>;
}

/** The key of the lists a row naming no committee looks at: every committee's. */
const EVERY_COMMITTEE = '\n';

/** Meetings between pauses while a committee's lists are built. */
const MEETINGS_PER_STEP = 25;

/**
 * The trails of one record version's dated plan rows. A trail is worked out when first
 * asked for and kept: a question about one meeting needs the rows of a year of one
 * committee, not the council's ten years of fifty committees. The lists a trail is
 * found in are built per committee, on the first trail of that committee.
 */
export class PlanTrails {
  readonly #view: RecordView;
  readonly #sameSubject = subjectComparer();
  readonly #titleWords = new Map<string, string[]>();
  /** Dated plan rows, by date (the record's order within a date). */
  readonly #rows: DatedRow[];
  readonly #rowById: Map<string, DatedRow>;
  readonly #rowOrder: Map<string, number>;
  readonly #rowsByCommittee = new Map<string, DatedRow[]>();
  /** Meetings with papers (not plan-only, planned or cancelled), in calendar order, and by committee. */
  readonly #papers: Meeting[] = [];
  readonly #papersByCommittee = new Map<string, Meeting[]>();
  readonly #meetingsByDate = new Map<string, Meeting[]>();
  readonly #lists = new Map<string, SlicedJob<SubjectLists>>();
  readonly #trails = new Map<string, PlanTrail>();

  constructor(view: RecordView) {
    this.#view = view;
    this.#rows = view.record.workProgramme.filter(isDatedPlanRow).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    this.#rowById = new Map(this.#rows.map((row) => [row.id, row]));
    this.#rowOrder = new Map(this.#rows.map((row, i) => [row.id, i]));
    for (const row of this.#rows) push(this.#rowsByCommittee, row.committee || '', row);
    for (const meeting of view.calendar) {
      if (meeting.date) push(this.#meetingsByDate, meeting.date, meeting);
      if (isPlanOnly(meeting) || meeting.status === 'planned' || meeting.status === 'cancelled' || startTime(view, meeting) === null) continue;
      this.#papers.push(meeting);
      push(this.#papersByCommittee, meeting.committee || '', meeting);
    }
  }

  /** The dated plan rows a committee's programme holds (with those naming none), by date; every row for null. */
  rows(committee: string | null): readonly DatedRow[] {
    if (!committee) return this.#rows;
    const own = this.#rowsByCommittee.get(committee) ?? [];
    const unnamed = this.#rowsByCommittee.get('') ?? [];
    return unnamed.length === 0 ? own : [...own, ...unnamed].sort((a, b) => this.#rowOrder.get(a.id)! - this.#rowOrder.get(b.id)!);
  }

  /** Whether the trail of a row is worked out already. */
  worked(id: string): boolean {
    return this.#trails.has(id);
  }

  /** Whether the trail of every row planned from `from` (null: the first) to before `before` is worked out already. */
  workedIn(from: string | null, before: string): boolean {
    const first = from ? firstOnOrAfter(this.#rows, from, (row) => row.date) : 0;
    for (let i = firstOnOrAfter(this.#rows, before, (row) => row.date) - 1; i >= first; i--) if (!this.#trails.has(this.#rows[i]!.id)) return false;
    return true;
  }

  /** The trail of a dated plan row; undefined for any other work-programme entry. */
  of(id: string): PlanTrail | undefined {
    const row = this.#rowById.get(id);
    return row ? this.trail(row) : undefined;
  }

  trail(row: DatedRow): PlanTrail {
    let trail = this.#trails.get(row.id);
    if (!trail) this.#trails.set(row.id, (trail = this.#trailOf(row)));
    return trail;
  }

  /** Every trail not yet worked out, newest planned date first (the ones questions ask about), in steps. */
  *allSteps(): Steps<PlanTrails> {
    for (let i = this.#rows.length - 1; i >= 0; i--) {
      const row = this.#rows[i]!;
      if (this.#trails.has(row.id)) continue;
      for (const key of this.#keys(row.committee)) {
        const job = this.#listsJob(key);
        // One meeting's items at a time.
        while (!job.slice(ONE_STEP)) yield;
      }
      this.trail(row);
      yield;
    }
    return this;
  }

  /**
   * The trails of the rows planned from `from` (null: the first) to before `before`, of every
   * committee, newest first, in steps, after the lists they are found in. A question about the whole
   * programme reads hundreds of them; worked out in its own turn, they held up every question behind it.
   */
  *trailSteps(from: string | null, before: string): Steps<PlanTrails> {
    yield* this.#everyListSteps();
    const first = from ? firstOnOrAfter(this.#rows, from, (row) => row.date) : 0;
    for (let i = firstOnOrAfter(this.#rows, before, (row) => row.date) - 1; i >= first; i--) {
      if (this.#trails.has(this.#rows[i]!.id)) continue;
      this.trail(this.#rows[i]!);
      yield;
    }
    return this;
  }

  /** The lists every row's trail is found in (every committee's), in steps. */
  *#everyListSteps(): Steps<void> {
    const keys = new Set<string>();
    for (let i = this.#rows.length - 1; i >= 0; i--) for (const key of this.#keys(this.#rows[i]!.committee)) keys.add(key);
    for (const key of keys) {
      const job = this.#listsJob(key);
      while (!job.slice(ONE_STEP)) yield;
    }
  }

  #words(title: string): string[] {
    let words = this.#titleWords.get(title);
    if (!words) this.#titleWords.set(title, (words = [...new Set(lookupWords(title))]));
    return words;
  }

  /** The lists a row of `committee` looks at: its committee's and those naming none, or every committee's. */
  #keys(committee: string | null | undefined): string[] {
    return committee ? [committee, ''] : [EVERY_COMMITTEE];
  }

  #listsFor(committee: string | null | undefined): SubjectLists[] {
    return this.#keys(committee).map((key) => this.#listsJob(key).finishNow());
  }

  #listsJob(key: string): SlicedJob<SubjectLists> {
    let job = this.#lists.get(key);
    if (!job) this.#lists.set(key, (job = new SlicedJob(this.#listSteps(key))));
    return job;
  }

  *#listSteps(key: string): Steps<SubjectLists> {
    const every = key === EVERY_COMMITTEE;
    const lists: SubjectLists = { items: new Map(), rows: new Map() };
    const meetings = every ? this.#papers : (this.#papersByCommittee.get(key) ?? []);
    let units = 0;
    for (const meeting of meetings) {
      if (++units % MEETINGS_PER_STEP === 0) yield;
      const start = startTime(this.#view, meeting)!;
      for (const item of this.#view.itemsByMeeting.get(meeting.id) ?? []) {
        // One object per item, listed under each of its title's words: the lists are kept with the record.
        const at: TakenAt = { meeting, item, start };
        for (const word of this.#words(item.title)) push(lists.items, word, at);
      }
    }
    for (const row of every ? this.#rows : (this.#rowsByCommittee.get(key) ?? [])) for (const word of this.#words(row.title)) push(lists.rows, word, row);
    return lists;
  }

  #trailOf(row: DatedRow): PlanTrail {
    const lists = this.#listsFor(row.committee);
    const words = this.#words(row.title);
    const until = addCalendarDays(row.date, TAKEN_WITHIN_DAYS);
    const seenItems = new Set<string>();
    const taken: TakenAt[] = [];
    for (const word of words) {
      for (const { items } of lists) {
        const list = items.get(word) ?? [];
        for (let i = firstOnOrAfter(list, row.date, (at) => at.meeting.date!); i < list.length; i++) {
          const at = list[i]!;
          if (at.meeting.date! > until) break;
          if (seenItems.has(at.item.id)) continue;
          seenItems.add(at.item.id);
          if (this.#sameSubject(row.title, at.item.title)) taken.push(at);
        }
      }
    }
    taken.sort((a, b) => a.start - b.start);
    // Moves: the same subject at another date, never listed beside it by one plan.
    const movedTo: DatedRow[] = [];
    const movedFrom: DatedRow[] = [];
    const seenRows = new Set<string>([row.id]);
    for (const word of words) {
      for (const { rows } of lists) {
        for (const other of rows.get(word) ?? []) {
          if (other.date === row.date || seenRows.has(other.id)) continue;
          seenRows.add(other.id);
          if (other.sources.some((s) => row.sources.includes(s))) continue;
          if (!this.#sameSubject(row.title, other.title)) continue;
          (other.date > row.date ? movedTo : movedFrom).push(other);
        }
      }
    }
    const byDate = (a: DatedRow, b: DatedRow) => (a.date < b.date ? -1 : a.date > b.date ? 1 : this.#rowOrder.get(a.id)! - this.#rowOrder.get(b.id)!);
    const sameDay = (this.#meetingsByDate.get(row.date) ?? []).filter((m) => sameCommittee(row.committee, m.committee));
    const meeting = sameDay.find((m) => !isPlanOnly(m)) ?? sameDay[0] ?? null;
    return { entry: row, taken: orNone(taken), movedTo: orNone(movedTo.sort(byDate)), movedFrom: orNone(movedFrom.sort(byDate)), meeting };
  }
}

/**
 * Most rows' trails have nothing taken and no moves: one empty list stands for all of them. A trail
 * is kept for every plan row as long as the record version, and three lists of its own were three
 * objects more for each full collection of the answer thread to mark (14,000 at council scale).
 */
const NONE: readonly never[] = Object.freeze([]);

function orNone<T>(list: readonly T[]): readonly T[] {
  return list.length === 0 ? NONE : list;
}

/** One step of work per slice: for driving a job a step at a time from inside other steps. */
const ONE_STEP: SliceBudget = { budgetMs: 0, now: () => 0, turn: () => Promise.resolve() };

const PLAN_TRAILS = lookupKey<PlanTrails>('plan-trails');

/** The trails of the view's record version, each worked out when first asked for. */
export function planTrails(view: RecordView): PlanTrails {
  return view.derived.get(PLAN_TRAILS, () => new PlanTrails(view));
}

/** Every trail, newest first, in slices: for the background after start or a change. */
export function startPlanTrails(view: RecordView): SlicedJob<PlanTrails> {
  return new SlicedJob(planTrails(view).allSteps());
}

/**
 * The trails of the rows planned from `from` to before `before`, in slices: for a question that reads them to
 * wait for, letting others go on. Null when they are worked out already: the question then waits for nothing.
 */
export function startPlanTrailsIn(view: RecordView, from: string | null, before: string): SlicedJob<PlanTrails> | null {
  const trails = planTrails(view);
  return trails.workedIn(from, before) ? null : new SlicedJob(trails.trailSteps(from, before));
}

/** Whether an item on a meeting's papers counts as known by now: the meeting was held, or its agenda is out. */
function knownBy(at: TakenAt, t: number): boolean {
  return at.start <= t || at.meeting.status === 'agenda' || at.meeting.status === 'minutes';
}

/** What had become of a plan row as of the context's moment. */
export function fateOf(ctx: AnswerContext, trail: PlanTrail): PlanFate {
  const planned = trail.entry.date!;
  if (planned >= ctx.today) return { state: 'ahead' };
  // Taken on the day if it was then, else at the first meeting since whose papers were out.
  let first: TakenAt | null = null;
  for (const at of trail.taken) {
    if (!knownBy(at, ctx.t) || at.meeting.status === 'cancelled') continue;
    if (at.meeting.date === planned) return { state: 'taken', at };
    first ??= at;
  }
  if (first) return { state: 'taken-later', at: first };
  const to = trail.movedTo[0];
  if (to) return { state: 'moved', to };
  if (trail.meeting?.status === 'cancelled') return { state: 'slipped', why: 'cancelled' };
  const hadPapers = trail.meeting && !isPlanOnly(trail.meeting) && trail.meeting.status !== 'planned' && (ctx.view.itemsByMeeting.get(trail.meeting.id)?.length ?? 0) > 0;
  return { state: 'slipped', why: hadPapers ? 'not-on-papers' : 'no-papers' };
}

export interface DriftFilter {
  /** Only rows planned on or after this London date. */
  from?: string;
  /** Only rows planned before this London date. */
  before?: string;
  /** Only rows of this committee (default: the board's). */
  committee?: string | null;
}

/** Fates of the board's dated plan rows whose date has passed (or of those in `state` only), newest planned date first. */
export function passedPlanRows(ctx: AnswerContext, filter: DriftFilter = {}, state?: PlanFate['state']): PlanRowFate[] {
  // A committee asked for, else the board's; with neither, every committee's rows.
  const committee = (filter.committee === undefined ? ctx.committee : filter.committee) || ctx.committee;
  const trails = planTrails(ctx.view);
  const rows = trails.rows(committee);
  const out: PlanRowFate[] = [];
  const last = firstOnOrAfter(rows, filter.before && filter.before < ctx.today ? filter.before : ctx.today, (row) => row.date);
  for (let i = filter.from ? firstOnOrAfter(rows, filter.from, (row) => row.date) : 0; i < last; i++) {
    const trail = trails.trail(rows[i]!);
    const fate = fateOf(ctx, trail);
    if (!state || fate.state === state) out.push({ trail, fate });
  }
  return out.sort((a, b) => (a.trail.entry.date! > b.trail.entry.date! ? -1 : a.trail.entry.date! < b.trail.entry.date! ? 1 : a.trail.entry.title.localeCompare(b.trail.entry.title)));
}

/** The board's plan rows slipped as of now (not taken since, not moved), newest planned date first. */
export function slippedRows(ctx: AnswerContext, filter: DriftFilter = {}): PlanRowFate[] {
  return passedPlanRows(ctx, filter, 'slipped');
}

/** The earlier planned dates a row was moved from (each shown beside its new date). */
export function movedFromDates(ctx: AnswerContext, entry: WorkProgrammeItem): string[] {
  const trail = planTrails(ctx.view).of(entry.id);
  return trail ? trail.movedFrom.map((r) => r.date!) : [];
}
