// What became of each dated work-programme item once its date came: taken that
// day, taken at a later meeting, moved to a later date by a newer plan, or
// slipped (its meeting passed without it on the agenda or in the minutes).
//
// The trail of each dated plan row (the meetings whose papers name the same
// subject on or after its date, and other plan rows of the same subject) is
// built once per record version; a question only decides, as of its moment,
// which of those had happened.
import type { AgendaItem, Meeting, WorkProgrammeItem } from '../../model.ts';
import { addCalendarDays } from '../../london.ts';
import type { AnswerContext } from '../context.ts';
import { SlicedBuild, isPlanOnly, lookupKey, sliceClock, startTime, type RecordView } from '../record-view.ts';
import { TitleSubjects, sameTitleSubject, type TitleSubject } from '../subjects/subject-words.ts';

export interface TakenAt {
  meeting: Meeting;
  item: AgendaItem;
  /** Start of the meeting (ms). */
  start: number;
}

export interface PlanTrail {
  entry: WorkProgrammeItem;
  /** Items of the committee's meetings on or after the planned date with the same subject, oldest first. */
  taken: TakenAt[];
  /** When it was not taken on its day: rows of the same subject at the next later date a plan gives it, never listed beside it by one plan (it was moved). */
  movedTo: WorkProgrammeItem[];
  /** Rows of the same subject at an earlier date moved to this one, oldest first. */
  movedFrom: WorkProgrammeItem[];
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

export const PLAN_TRAILS = lookupKey<SlicedBuild<Map<string, PlanTrail>>>('plan-trails');

function sameCommittee(a: string | null | undefined, b: string | null | undefined): boolean {
  return !a || !b || a === b;
}

/** An informal briefing or session is not taken at a formal meeting, so it never shows on its papers. */
function isInformal(entry: WorkProgrammeItem): boolean {
  return /\binformal\b/i.test(entry.title) || /^\s*informal\b/i.test(entry.meetingNote ?? '');
}

function isDatedPlanRow(entry: WorkProgrammeItem): entry is WorkProgrammeItem & { date: string } {
  return entry.origin === 'plan' && entry.slot === 'dated' && entry.date !== null && /[\p{L}\p{N}]/u.test(entry.title) && !isInformal(entry);
}

/** Words a title is looked up by: its subject, or all its words when it has none ("Work Programme"). */
function lookupWords(subject: TitleSubject): ReadonlySet<string> {
  return subject.stems.size > 0 ? subject.stems : subject.terms;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Lists by committee and by word, each in date order. */
class WordLists<T> {
  /** By committee ('' for none), then by word. */
  readonly #byCommittee = new Map<string, Map<string, T[]>>();
  /** Of all committees that have one, by word: rows naming no committee look across all of them. */
  readonly #named = new Map<string, T[]>();

  add(committee: string | null | undefined, words: Iterable<string>, value: T): void {
    let lists = this.#byCommittee.get(committee ?? '');
    if (!lists) this.#byCommittee.set(committee ?? '', (lists = new Map()));
    for (const word of words) {
      push(lists, word, value);
      if (committee) push(this.#named, word, value);
    }
  }

  /** The lists a row of `committee` looks in for `word`: its committee's and those naming none, or all for a row naming none. */
  for(committee: string | null | undefined, word: string): T[][] {
    const none = this.#byCommittee.get('')?.get(word) ?? [];
    if (!committee) return [none, this.#named.get(word) ?? []];
    return [this.#byCommittee.get(committee)?.get(word) ?? [], none];
  }
}

/** Position of the first entry of a list in date order dated on or after `date`. */
function firstOnOrAfter<T>(list: T[], date: string, dateOf: (value: T) => string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dateOf(list[mid]!) < date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The committee's meeting on a date: one with papers first, else one known from a plan. */
function meetingOn(byDate: Map<string, Meeting[]>, date: string, committee: string | null | undefined): Meeting | null {
  const meetings = (byDate.get(date) ?? []).filter((m) => sameCommittee(committee, m.committee));
  return meetings.find((m) => !isPlanOnly(m)) ?? meetings[0] ?? null;
}

/**
 * Every dated plan row's trail, built once per record version. Items and rows are
 * looked up by committee and subject word, within the row's dates, and each title is
 * read once: a council's ten years of papers are a few thousand look-ups, not every
 * item for every row.
 */
export function planTrails(view: RecordView): Map<string, PlanTrail> {
  return planTrailsBuild(view).value();
}

/** The build of the trails, for `prepare` to run a slice a turn. */
export function planTrailsBuild(view: RecordView): SlicedBuild<Map<string, PlanTrail>> {
  return view.derived.get(PLAN_TRAILS, () => new SlicedBuild(() => buildTrails(view)));
}

function* buildTrails(view: RecordView): Generator<void, Map<string, PlanTrail>, void> {
  const slice = sliceClock();
  const subjects = new TitleSubjects();
  const rows = view.record.workProgramme.filter(isDatedPlanRow).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  // Only the items a row can be taken as: those of committees with dated plans (all, if a row names none).
  const planned = new Set(rows.map((row) => row.committee ?? ''));
  const looked = (committee: string | null | undefined) => !committee || planned.has('') || planned.has(committee);
  // Items of meetings with papers, oldest first (the calendar is in start order).
  const items = new WordLists<TakenAt>();
  const meetingsByDate = new Map<string, Meeting[]>();
  for (const meeting of view.calendar) {
    if (slice.over()) yield;
    push(meetingsByDate, meeting.date!, meeting);
    if (isPlanOnly(meeting) || meeting.status === 'planned' || meeting.status === 'cancelled' || !looked(meeting.committee)) continue;
    const start = startTime(view, meeting);
    if (start === null) continue;
    for (const item of view.itemsByMeeting.get(meeting.id) ?? []) {
      items.add(meeting.committee, lookupWords(subjects.of(item.title)), { meeting, item, start });
    }
  }
  const rowLists = new WordLists<WorkProgrammeItem & { date: string }>();
  for (const row of rows) {
    if (slice.over()) yield;
    rowLists.add(row.committee, lookupWords(subjects.of(row.title)), row);
  }

  const trails = new Map<string, PlanTrail>();
  for (const row of rows) {
    if (slice.over()) yield;
    const subject = subjects.of(row.title);
    const until = addCalendarDays(row.date, TAKEN_WITHIN_DAYS);
    const seen = new Set<string>();
    const taken: TakenAt[] = [];
    for (const word of lookupWords(subject)) {
      for (const list of items.for(row.committee, word)) {
        for (let i = firstOnOrAfter(list, row.date, (at) => at.meeting.date!); i < list.length; i++) {
          const at = list[i]!;
          if (at.meeting.date! > until) break;
          if (seen.has(at.item.id)) continue;
          seen.add(at.item.id);
          if (sameTitleSubject(subject, subjects.of(at.item.title))) taken.push(at);
        }
      }
    }
    taken.sort((a, b) => a.start - b.start);
    trails.set(row.id, { entry: row, taken, movedTo: [], movedFrom: [], meeting: meetingOn(meetingsByDate, row.date, row.committee) });
  }
  // Moves: a row not taken on its day, and the same subject at the next later date a plan gives it (never
  // listed beside it by one plan). A subject taken at every meeting (budget monitoring) moves nowhere.
  for (const row of rows) {
    if (slice.over()) yield;
    const trail = trails.get(row.id)!;
    if (trail.taken.some((at) => at.meeting.date === row.date)) continue;
    const subject = subjects.of(row.title);
    const seen = new Set<string>([row.id]);
    const after = addCalendarDays(row.date, 1);
    const until = addCalendarDays(row.date, TAKEN_WITHIN_DAYS);
    let next: string | null = null;
    const to: WorkProgrammeItem[] = [];
    for (const word of lookupWords(subject)) {
      for (const list of rowLists.for(row.committee, word)) {
        for (let i = firstOnOrAfter(list, after, (other) => other.date); i < list.length; i++) {
          const other = list[i]!;
          if (other.date > until || (next !== null && other.date > next)) break;
          if (seen.has(other.id)) continue;
          seen.add(other.id);
          if (other.sources.some((s) => row.sources.includes(s))) continue;
          if (!sameTitleSubject(subject, subjects.of(other.title))) continue;
          if (next === null || other.date < next) {
            next = other.date;
            to.length = 0;
          }
          to.push(other);
        }
      }
    }
    for (const other of to.filter((o) => o.date === next)) {
      trail.movedTo.push(other);
      trails.get(other.id)!.movedFrom.push(row);
    }
  }
  for (const trail of trails.values()) {
    trail.movedTo.sort((a, b) => (a.date! < b.date! ? -1 : 1));
    trail.movedFrom.sort((a, b) => (a.date! < b.date! ? -1 : 1));
  }
  return trails;
}

/** Whether an item on a meeting's papers counts as known by now: the meeting was held, or its agenda is out. */
function knownBy(at: TakenAt, t: number): boolean {
  return at.start <= t || at.meeting.status === 'agenda' || at.meeting.status === 'minutes';
}

/** What had become of a plan row as of the context's moment. */
export function fateOf(ctx: AnswerContext, trail: PlanTrail): PlanFate {
  const planned = trail.entry.date!;
  if (planned >= ctx.today) return { state: 'ahead' };
  const known = trail.taken.filter((at) => knownBy(at, ctx.t) && at.meeting.status !== 'cancelled');
  const onTheDay = known.find((at) => at.meeting.date === planned);
  if (onTheDay) return { state: 'taken', at: onTheDay };
  if (known[0]) return { state: 'taken-later', at: known[0] };
  const to = trail.movedTo[0];
  if (to) return { state: 'moved', to };
  if (trail.meeting?.status === 'cancelled') return { state: 'slipped', why: 'cancelled' };
  const hadPapers = trail.meeting && !isPlanOnly(trail.meeting) && trail.meeting.status !== 'planned' && (ctx.view.itemsByMeeting.get(trail.meeting.id)?.length ?? 0) > 0;
  return { state: 'slipped', why: hadPapers ? 'not-on-papers' : 'no-papers' };
}

/** Whether a plan row is in the board's programme (rows or meetings naming no committee count). */
function ofBoard(ctx: AnswerContext, entry: WorkProgrammeItem): boolean {
  return sameCommittee(ctx.committee, entry.committee);
}

export interface DriftFilter {
  /** Only rows planned on or after this London date. */
  from?: string;
  /** Only rows planned before this London date. */
  before?: string;
  /** Only rows of this committee (default: the board's). */
  committee?: string | null;
}

/** Fates of the board's dated plan rows whose date has passed, newest planned date first. */
export function passedPlanRows(ctx: AnswerContext, filter: DriftFilter = {}): PlanRowFate[] {
  const committee = filter.committee === undefined ? ctx.committee : filter.committee;
  const out: PlanRowFate[] = [];
  for (const trail of planTrails(ctx.view).values()) {
    const date = trail.entry.date!;
    if (date >= ctx.today) continue;
    if (filter.from && date < filter.from) continue;
    if (filter.before && date >= filter.before) continue;
    if (committee && !sameCommittee(committee, trail.entry.committee)) continue;
    if (!committee && !ofBoard(ctx, trail.entry)) continue;
    out.push({ trail, fate: fateOf(ctx, trail) });
  }
  return out.sort((a, b) => (a.trail.entry.date! > b.trail.entry.date! ? -1 : a.trail.entry.date! < b.trail.entry.date! ? 1 : a.trail.entry.title.localeCompare(b.trail.entry.title)));
}

/** The board's plan rows slipped as of now (not taken since, not moved), newest planned date first. */
export function slippedRows(ctx: AnswerContext, filter: DriftFilter = {}): PlanRowFate[] {
  return passedPlanRows(ctx, filter).filter((r) => r.fate.state === 'slipped');
}

/** The earlier planned dates a row was moved from, each move of a chain (each shown beside its new date), oldest first. */
export function movedFromDates(ctx: AnswerContext, entry: WorkProgrammeItem): string[] {
  const trails = planTrails(ctx.view);
  const dates = new Set<string>();
  const seen = new Set<string>([entry.id]);
  let from = trails.get(entry.id)?.movedFrom ?? [];
  while (from.length) {
    const earlier: WorkProgrammeItem[] = [];
    for (const row of from) {
      if (seen.has(row.id)) continue;
      seen.add(row.id);
      dates.add(row.date!);
      earlier.push(...(trails.get(row.id)?.movedFrom ?? []));
    }
    from = earlier;
  }
  return [...dates].sort();
}
