// How a request's status is said, in one place: the answer's detail line, the
// terminal and Slack's status line all use these words.
import type { RequestState } from '../../model.ts';
import { formatShortDate, londonDate } from '../../london.ts';
import type { RequestStatus } from './request-catalogue.ts';

export type RequestStatusWord = 'open' | 'overdue' | 'done';

/** "open", "overdue" or "done". */
export function requestStatusWord(state: RequestState, overdue: boolean): RequestStatusWord {
  if (state.status === 'done') return 'done';
  return overdue ? 'overdue' : 'open';
}

/** The status as a line of text: "Open", "Open · OVERDUE", "Done by U0COORD on 20 Nov 2026". `who` shows the person. */
export function requestStatusText(state: RequestState, overdue: boolean, who: (person: string) => string = (p) => p): string {
  switch (requestStatusWord(state, overdue)) {
    case 'done': {
      const by = state.changedBy ? ` by ${who(state.changedBy)}` : '';
      const on = state.changedAt ? ` on ${formatShortDate(londonDate(new Date(state.changedAt)))}` : '';
      return `Done${by}${on}`;
    }
    case 'overdue':
      return 'Open · OVERDUE';
    case 'open':
      return 'Open';
  }
}

/** "3 days", "5 weeks", "4 months", "2 years" */
export function ageText(days: number): string {
  if (days < 14) return days === 1 ? '1 day' : `${days} days`;
  if (days < 63) return `${Math.floor(days / 7)} weeks`;
  const months = Math.floor(days / 30.44);
  if (months < 24) return `${months} months`;
  return `${Math.floor(days / 365.25)} years`;
}

/** "raised 13 Jul 2017 (3 months ago) · due 31 Mar 2018 · OVERDUE" */
export function requestTiming(status: RequestStatus): string {
  const parts: string[] = [];
  if (status.meeting?.date) {
    parts.push(`raised ${formatShortDate(status.meeting.date)}${status.ageDays !== null ? ` (${ageText(status.ageDays)} ago)` : ''}`);
  }
  if (status.dueDate) {
    const by = status.dueMeeting ? `next meeting, ${formatShortDate(status.dueDate)}` : formatShortDate(status.dueDate);
    parts.push(`due ${by}`);
  } else if (status.dueText) parts.push(`due ${status.dueText}${status.request.due?.nextMeeting ? ' (date not yet known)' : ''}`);
  else parts.push('no due date given');
  const word = requestStatusWord(status.state, status.overdue);
  parts.push(word === 'overdue' ? 'OVERDUE' : word);
  return parts.join(' · ');
}

/** "marked done 20 Nov 2026 by U0COORD", for a request marked done. */
export function markedDoneText(state: RequestState): string | null {
  if (state.status !== 'done' || !state.changedAt) return null;
  return `marked done ${formatShortDate(state.changedAt.slice(0, 10))}${state.changedBy ? ` by ${state.changedBy}` : ''}`;
}
