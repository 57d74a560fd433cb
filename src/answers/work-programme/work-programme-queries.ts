// The work programme as of a moment: planned meetings from today on, then items
// with no date yet and pending items, of the current municipal year (or the
// latest one known up to now). Items added by resolution count once resolved.
import type { Meeting, WorkProgrammeItem } from '../../model.ts';
import type { AnswerContext } from '../context.ts';
import { normaliseText } from '../../record-keys.ts';
import type { RecordView } from '../record-view.ts';

export interface WorkProgrammeView {
  /** Planned meetings from now on, soonest first, with their entries. */
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

export function workProgrammeFrom(ctx: AnswerContext): WorkProgrammeView {
  const view = ctx.view;
  const today = ctx.today;
  const current = municipalYear(today);
  const known = view.record.workProgramme.filter((entry) => entryKnown(ctx, entry) && ofBoard(ctx, entry));

  const byDate = new Map<string, WorkProgrammeItem[]>();
  for (const entry of known) {
    if (!entry.date || entry.date < today) continue;
    const list = byDate.get(entry.date) ?? [];
    list.push(entry);
    byDate.set(entry.date, list);
  }
  const dated = [...byDate.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([date, entries]) => ({
      date,
      meeting: view.calendar.find((m) => m.date === date && m.status !== 'cancelled') ?? null,
      entries: dedupeEntries(entries),
    }));

  const undated = known.filter((e) => !e.date);
  const years = [...new Set(undated.map((e) => entryYear(view, e)).filter((y): y is string => y !== null))];
  const upToNow = years.filter((y) => yearStart(y) <= yearStart(current));
  const latest = upToNow.sort((a, b) => yearStart(a) - yearStart(b)).at(-1) ?? null;
  const shown = new Set(years.filter((y) => yearStart(y) > yearStart(current)));
  if (latest) shown.add(latest);
  const inScope = undated.filter((e) => {
    const y = entryYear(view, e);
    return y === null || shown.has(y);
  });
  return {
    dated,
    toBeDetermined: dedupeEntries(inScope.filter((e) => e.slot !== 'pending')),
    pending: dedupeEntries(inScope.filter((e) => e.slot === 'pending')),
    years: [...shown].sort(),
  };
}

/** One entry per title and slot: two committees' programmes, or two years', can list the same item. */
export function dedupeEntries(entries: WorkProgrammeItem[]): WorkProgrammeItem[] {
  const seen = new Set<string>();
  return entries.filter((e) => {
    const key = `${e.date ?? e.slot}|${normaliseText(e.title)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
