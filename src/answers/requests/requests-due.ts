// The open requests due at a meeting: those due "at the next meeting" after the
// one that raised them, and those whose due date falls on or after this meeting
// and before the committee's next one (the last chance to have them on time).
import type { Meeting } from '../../model.ts';
import { addCalendarDays } from '../../london.ts';
import type { AnswerContext } from '../context.ts';
import { firstAfter, isPlanOnly, lookupKey, startTime, type RecordView } from '../record-view.ts';
import { isOpen, raisedBy, requestCatalogue, statusOf, type CatalogueEntry, type RequestStatus } from './request-catalogue.ts';

/** With no later meeting known, a due date this soon after a meeting counts as due at it. */
const DUE_WINDOW_DAYS = 92;

function sameCommittee(a: string | null, b: string | null): boolean {
  return !a || !b || a === b;
}

/** The committee's next meeting after `meeting` (not cancelled), or null. */
export function followingMeeting(ctx: AnswerContext, meeting: Meeting): Meeting | null {
  const start = startTime(ctx.view, meeting);
  if (start === null) return null;
  for (let i = firstAfter(ctx.view, start); i < ctx.view.calendar.length; i++) {
    const m = ctx.view.calendar[i]!;
    if (m.id !== meeting.id && m.status !== 'cancelled' && sameCommittee(m.committee, meeting.committee)) return m;
  }
  return null;
}

/** The catalogue by what a request is due at, so a meeting's answer reads its own requests, not all of them. */
interface DueIndex {
  /** By the id of the meeting a "next meeting" request is due at. */
  byMeeting: Map<string, CatalogueEntry[]>;
  /** By date, those due at a meeting known only from a plan. */
  byPlanDate: Map<string, CatalogueEntry[]>;
  /** Those with a due date and no due meeting, by due date. */
  byDate: CatalogueEntry[];
}

const DUE_INDEX = lookupKey<DueIndex>('requests by due meeting and date');

function push(map: Map<string, CatalogueEntry[]>, key: string, entry: CatalogueEntry): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

/** The due index of a record version: one pass over the catalogue. */
export function dueIndex(view: RecordView): DueIndex {
  return view.derived.get(DUE_INDEX, () => {
    const index: DueIndex = { byMeeting: new Map(), byPlanDate: new Map(), byDate: [] };
    for (const entry of requestCatalogue(view).entries) {
      if (entry.dueMeeting) {
        push(index.byMeeting, entry.dueMeeting.id, entry);
        if (isPlanOnly(entry.dueMeeting) && entry.dueMeeting.date) push(index.byPlanDate, entry.dueMeeting.date, entry);
      } else if (entry.dueDate !== null) index.byDate.push(entry);
    }
    index.byDate.sort((a, b) => (a.dueDate! < b.dueDate! ? -1 : a.dueDate! > b.dueDate! ? 1 : a.order - b.order));
    return index;
  });
}

/** Catalogue entries that may be due at a meeting (by its id, its plan date, or a due date from its date to `lastDay`), oldest first. */
function dueCandidates(view: RecordView, meetingId: string, date: string, lastDay: string): CatalogueEntry[] {
  const index = dueIndex(view);
  const found = new Set<CatalogueEntry>([...(index.byMeeting.get(meetingId) ?? []), ...(index.byPlanDate.get(date) ?? [])]);
  const byDate = index.byDate;
  let lo = 0;
  let hi = byDate.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (byDate[mid]!.dueDate! < date) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < byDate.length && byDate[i]!.dueDate! <= lastDay; i++) found.add(byDate[i]!);
  return [...found].sort((a, b) => a.order - b.order);
}

/** Open requests (as of now) due at a meeting, oldest first. */
export function requestsDueAt(ctx: AnswerContext, meeting: Meeting): RequestStatus[] {
  if (!meeting.date || meeting.status === 'cancelled') return [];
  const start = startTime(ctx.view, meeting)!;
  const next = followingMeeting(ctx, meeting);
  const lastDay = next?.date ? addCalendarDays(next.date, -1) : addCalendarDays(meeting.date, DUE_WINDOW_DAYS);
  const due: RequestStatus[] = [];
  for (const entry of dueCandidates(ctx.view, meeting.id, meeting.date, lastDay)) {
    if (!raisedBy(entry, ctx.t) || !isOpen(ctx.view.store, entry.request.id)) continue;
    // Raised before this meeting, by the same committee.
    if (entry.start === null || entry.start >= start || !sameCommittee(entry.meeting?.committee ?? null, meeting.committee)) continue;
    const atThisMeeting =
      entry.dueMeeting?.id === meeting.id ||
      (entry.dueMeeting && isPlanOnly(entry.dueMeeting) && entry.dueMeeting.date === meeting.date) ||
      (!entry.dueMeeting && entry.dueDate !== null && entry.dueDate >= meeting.date && entry.dueDate <= lastDay);
    if (atThisMeeting) due.push(statusOf(ctx.view.store, entry, ctx.today));
  }
  return due;
}
