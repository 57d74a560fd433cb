// The part of a member's Home tab read from the council's record: the latest resolutions of the
// board's meetings, what the member follows as the record names it, and the requests they raised.
// One function of the store, run where the record is held (the answer thread in Slack, see
// serving/record-queries.ts), so the bot's own thread builds the Home without a copy of the record.
import type { AnswerEntry } from '../answers/answer.ts';
import { citeLabel } from '../answers/answer-parts.ts';
import { boardCalendar, meetingStart } from '../answers/record-view.ts';
import { boardMeetings } from '../boards/committee-index.ts';
import { followingLines } from '../follows/follows.ts';
import { londonDate } from '../london.ts';
import { requestsRaisedBy } from '../members/raised-requests.ts';
import type { Follow, Meeting } from '../model.ts';
import type { Store } from '../store/store.ts';

/** The Home tab lists a few of each; the rest are a question away. */
export const HOME_LIST_LIMIT = 5;

export interface LatestResolutions {
  meeting: Meeting | null;
  entries: AnswerEntry[];
  more: number;
}

/** What the Home asks of the record: the board's committee (null: the record's only one), the member's follows and linked name. */
export interface HomeRecordAsk {
  committee: string | null;
  /** ISO instant. */
  now: string;
  follows: Follow[];
  member: string | null;
}

export interface HomeRecord {
  latestResolutions: LatestResolutions;
  following: string[];
  raised: { count: number; entries: AnswerEntry[] };
}

/** The resolutions of the most recent meeting (as of `now`) that made any; exempt items by title only. */
export function latestResolutions(store: Store, now: Date, limit: number, calendar: readonly Meeting[]): LatestResolutions {
  const past = calendar.filter((m) => m.status !== 'cancelled' && (meetingStart(m)?.getTime() ?? Infinity) <= now.getTime());
  for (const meeting of [...past].reverse()) {
    const entries: AnswerEntry[] = [];
    for (const item of store.itemsOf(meeting.id)) {
      const resolutions = store.resolutionsOf(item.id);
      // An exempt item's resolutions are not stored (Schedule 12A): it is listed by title, as exempt.
      if (resolutions.length === 0 && !item.private) continue;
      const label = item.number ? `Minute ${item.number} · ${item.title}` : item.title;
      const cite = { meetingId: meeting.id, date: meeting.date, minute: item.number };
      if (item.private) {
        entries.push({ label: item.number ? `Minute ${item.number}` : 'Item', text: item.title, exempt: true, cite });
        continue;
      }
      for (const resolution of resolutions) entries.push({ label, text: resolution.text, quote: true, cite });
    }
    if (entries.length > 0) return { meeting, entries: entries.slice(0, limit), more: Math.max(0, entries.length - limit) };
  }
  return { meeting: null, entries: [], more: 0 };
}

/** The requests a member raised: how many, and the latest few, newest first, with their status. */
function raisedBy(store: Store, name: string, now: Date): HomeRecord['raised'] {
  const raised = requestsRaisedBy(store, name);
  const today = londonDate(now);
  const entries = raised.slice(-HOME_LIST_LIMIT).reverse().map((request): AnswerEntry => {
    const meeting = store.meeting(request.meetingId) ?? null;
    const item = store.item(request.itemId) ?? null;
    const state = store.requestState(request.id);
    const overdue = state.status === 'open' && !!request.due?.date && request.due.date < today;
    return { text: request.text, quote: true, label: citeLabel(meeting, item), request: { id: request.id, state, overdue } };
  });
  return { count: raised.length, entries };
}

export function homeRecord(store: Store, ask: HomeRecordAsk): HomeRecord {
  const now = new Date(ask.now);
  return {
    latestResolutions: latestResolutions(store, now, HOME_LIST_LIMIT, boardMeetings(boardCalendar(store.record()), ask.committee)),
    following: followingLines(store, ask.follows),
    raised: ask.member ? raisedBy(store, ask.member, now) : { count: 0, entries: [] },
  };
}
