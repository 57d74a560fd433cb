// The open requests due at a meeting: those due "at the next meeting" after the
// one that raised them, and those whose due date falls on or after this meeting
// and before the committee's next one (the last chance to have them on time).
import type { Meeting } from '../../model.ts';
import { addCalendarDays } from '../../london.ts';
import type { AnswerContext } from '../context.ts';
import { firstAfter, isPlanOnly, startTime } from '../record-view.ts';
import { isOpen, raisedBy, requestCatalogue, statusOf, type RequestStatus } from './request-catalogue.ts';

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

/** Open requests (as of now) due at a meeting, oldest first. */
export function requestsDueAt(ctx: AnswerContext, meeting: Meeting): RequestStatus[] {
  if (!meeting.date || meeting.status === 'cancelled') return [];
  const start = startTime(ctx.view, meeting)!;
  const next = followingMeeting(ctx, meeting);
  const lastDay = next?.date ? addCalendarDays(next.date, -1) : addCalendarDays(meeting.date, DUE_WINDOW_DAYS);
  const due: RequestStatus[] = [];
  for (const entry of requestCatalogue(ctx.view).entries) {
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
