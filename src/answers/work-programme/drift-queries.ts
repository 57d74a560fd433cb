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
import { isPlanOnly, lookupKey, startTime, type RecordView } from '../record-view.ts';
import { subjectComparer, subjectStems } from '../subjects/subject-words.ts';
import { searchTerms } from '../../search/search-options.ts';
import type { SlicedJob, Steps } from '../../search/slices.ts';

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
  /** Rows of the same subject at a later date that no one plan lists beside this one (it was moved), oldest first. */
  movedTo: WorkProgrammeItem[];
  /** Rows of the same subject at an earlier date, moved to this one, oldest first. */
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

export const PLAN_TRAILS = lookupKey<Map<string, PlanTrail>>('plan-trails');

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
function lookupWords(title: string): string[] {
  const subject = subjectStems(title);
  return subject.size > 0 ? [...subject] : searchTerms(title);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Lists kept by word, and by committee and word, in the order added: a row of a
 * committee meets only its own committee's entries and those naming none, so it
 * never walks the other committees' (at council scale, fifty of them).
 */
class ByCommitteeWord<T> {
  readonly #all = new Map<string, T[]>();
  readonly #own = new Map<string, T[]>();

  add(committee: string | null | undefined, word: string, value: T): void {
    push(this.#all, word, value);
    push(this.#own, `${committee ?? ''}\n${word}`, value);
  }

  /** The lists a row of `committee` looks at for `word`. */
  lists(committee: string | null | undefined, word: string): T[][] {
    if (!committee) return [this.#all.get(word) ?? []];
    return [this.#own.get(`${committee}\n${word}`) ?? [], this.#own.get(`\n${word}`) ?? []];
  }
}

/** First index of a date-ordered list whose date is on or after `date`. */
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

/** Every dated plan row's trail, built once per record version (in slices in the background after start: see lookups.ts). */
export function planTrails(view: RecordView): Map<string, PlanTrail> {
  return view.derived.getBySteps(PLAN_TRAILS, () => planTrailSteps(view));
}

/** planTrails in slices, for the background after start or a change. */
export function startPlanTrails(view: RecordView): SlicedJob<Map<string, PlanTrail>> | null {
  return view.derived.start(PLAN_TRAILS, () => planTrailSteps(view));
}

/** Units of work between pauses: meetings, then plan rows. */
const MEETINGS_PER_STEP = 50;
const ROWS_PER_STEP = 20;

function* planTrailSteps(view: RecordView): Steps<Map<string, PlanTrail>> {
  const sameSubject = subjectComparer();
  // Titles repeat across meetings: each is read once.
  const titleWords = new Map<string, string[]>();
  const wordsOfTitle = (title: string) => {
    let words = titleWords.get(title);
    if (!words) titleWords.set(title, (words = [...new Set(lookupWords(title))]));
    return words;
  };
  // Items of meetings with papers, by the words of their titles, in calendar order.
  const itemsByWord = new ByCommitteeWord<TakenAt>();
  const meetingsByDate = new Map<string, Meeting[]>();
  let units = 0;
  for (const meeting of view.calendar) {
    if (++units % MEETINGS_PER_STEP === 0) yield;
    if (meeting.date) push(meetingsByDate, meeting.date, meeting);
    if (isPlanOnly(meeting) || meeting.status === 'planned' || meeting.status === 'cancelled') continue;
    const start = startTime(view, meeting);
    if (start === null) continue;
    for (const item of view.itemsByMeeting.get(meeting.id) ?? []) {
      for (const word of wordsOfTitle(item.title)) itemsByWord.add(meeting.committee, word, { meeting, item, start });
    }
  }
  const rows = view.record.workProgramme.filter(isDatedPlanRow);
  const wordsOf = new Map(rows.map((row) => [row.id, wordsOfTitle(row.title)]));
  // Rows by word in date order, so a row looks only at later ones.
  const rowsByWord = new ByCommitteeWord<WorkProgrammeItem & { date: string }>();
  for (const row of [...rows].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) for (const word of wordsOf.get(row.id)!) rowsByWord.add(row.committee, word, row);

  const trails = new Map<string, PlanTrail>();
  for (const row of rows) {
    if (++units % ROWS_PER_STEP === 0) yield;
    const until = addCalendarDays(row.date, TAKEN_WITHIN_DAYS);
    const seen = new Set<string>();
    const taken: TakenAt[] = [];
    for (const word of wordsOf.get(row.id)!) {
      for (const list of itemsByWord.lists(row.committee, word)) {
        for (let i = firstOnOrAfter(list, row.date, (at) => at.meeting.date!); i < list.length; i++) {
          const at = list[i]!;
          if (at.meeting.date! > until) break;
          if (seen.has(at.item.id)) continue;
          seen.add(at.item.id);
          if (sameSubject(row.title, at.item.title)) taken.push(at);
        }
      }
    }
    taken.sort((a, b) => a.start - b.start);
    const sameDay = (meetingsByDate.get(row.date) ?? []).filter((m) => sameCommittee(row.committee, m.committee));
    const meeting = sameDay.find((m) => !isPlanOnly(m)) ?? sameDay[0] ?? null;
    trails.set(row.id, { entry: row, taken, movedTo: [], movedFrom: [], meeting });
  }
  // Moves: the same subject at a later date, never listed beside it by one plan.
  for (const row of rows) {
    if (++units % ROWS_PER_STEP === 0) yield;
    const trail = trails.get(row.id)!;
    const seen = new Set<string>([row.id]);
    for (const word of wordsOf.get(row.id)!) {
      for (const list of rowsByWord.lists(row.committee, word)) {
        for (let i = firstOnOrAfter(list, addCalendarDays(row.date, 1), (other) => other.date); i < list.length; i++) {
          const other = list[i]!;
          if (seen.has(other.id)) continue;
          seen.add(other.id);
          if (other.sources.some((s) => row.sources.includes(s))) continue;
          if (!sameSubject(row.title, other.title)) continue;
          trail.movedTo.push(other);
          trails.get(other.id)!.movedFrom.push(row);
        }
      }
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

/** The earlier planned dates a row was moved from (each shown beside its new date). */
export function movedFromDates(ctx: AnswerContext, entry: WorkProgrammeItem): string[] {
  const trail = planTrails(ctx.view).get(entry.id);
  return trail ? trail.movedFrom.map((r) => r.date!) : [];
}
