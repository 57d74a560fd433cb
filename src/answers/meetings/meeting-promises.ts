// Before a meeting, what the board is owed at it: the open requests due at this
// meeting, and work-programme items planned for earlier meetings that slipped
// and are not on this agenda either. The agenda reminder posts these with the
// meeting's answer.
import type { Meeting } from '../../model.ts';
import { addCalendarDays } from '../../london.ts';
import type { AnswerSection } from '../answer.ts';
import { requestEntry, section } from '../answer-parts.ts';
import type { AnswerContext } from '../context.ts';
import { requestsDueAt } from '../requests/requests-due.ts';
import { driftEntry } from '../work-programme/build-slipped.ts';
import { slippedRows } from '../work-programme/drift-queries.ts';

/** Slipped items are recalled at the meetings of the year after their planned date. */
const SLIPPED_RECALLED_DAYS = 365;
/** At most this many of each list in one meeting's answer; the rest are a question away. */
const LISTED = 10;

export interface MeetingPromises {
  sections: AnswerSection[];
  /** Requests listed here, so other lists of the answer need not repeat them. */
  requestIds: Set<string>;
  notes: string[];
}

export function meetingPromises(ctx: AnswerContext, meeting: Meeting): MeetingPromises {
  const sections: AnswerSection[] = [];
  const notes: string[] = [];
  const due = requestsDueAt(ctx, meeting);
  if (due.length) {
    sections.push(section('Requests due at this meeting', due.slice(0, LISTED).map((s) => requestEntry(ctx.view, s))));
    if (due.length > LISTED) notes.push(`${due.length - LISTED} more requests are due at this meeting: ask "outstanding requests".`);
  }
  if (meeting.date) {
    const slipped = slippedRows(ctx, {
      from: addCalendarDays(meeting.date, -SLIPPED_RECALLED_DAYS),
      before: meeting.date,
      committee: meeting.committee,
    });
    if (slipped.length) {
      sections.push(section('Slipped from earlier meetings', slipped.slice(0, LISTED).map((row) => driftEntry(ctx, row))));
      if (slipped.length > LISTED) notes.push(`${slipped.length - LISTED} more work-programme items have slipped: ask "what has slipped".`);
    }
  }
  return { sections, requestIds: new Set(due.map((s) => s.request.id)), notes };
}
