// What the board is waiting for: open requests grouped by the meeting that raised
// them (oldest first, with age and due date, overdue marked), all requests, and
// requests on a topic ("did the board ask for census figures?").
import { formatDate, londonDate } from '../london.ts';
import type { Store } from '../store/store.ts';
import type { SearchIndex } from '../search/search-index.ts';
import type { Answer, AnswerSection } from './answer.ts';
import { answer, meetingWhen, requestEntry, section } from './answer-parts.ts';
import { allRequests, openRequests, requestsAbout, type RequestStatus } from './queries.ts';
import { viewOf } from './record-view.ts';

function byMeeting(store: Store, statuses: RequestStatus[]): AnswerSection[] {
  const view = viewOf(store);
  const groups = new Map<string, RequestStatus[]>();
  for (const status of statuses) {
    const key = status.meeting?.id ?? '';
    groups.set(key, [...(groups.get(key) ?? []), status]);
  }
  return [...groups.values()].map((group) => {
    const meeting = group[0]!.meeting;
    const overdue = group.filter((s) => s.overdue).length;
    return section(
      `Raised at the meeting of ${meetingWhen(meeting)}${overdue ? ` (${overdue} overdue)` : ''}`,
      group.map((s) => {
        const entry = requestEntry(view, s);
        // The heading already names the meeting; keep the minute and item.
        return { ...entry, label: [s.item?.number ? `Minute ${s.item.number}` : null, s.item?.title ?? null].filter(Boolean).join(' · ') };
      }),
    );
  });
}

/** Open requests as of `now`, grouped by raising meeting, oldest first (also the requests digest). */
export function buildOutstandingRequests(store: Store, now: Date, question = 'outstanding requests'): Answer {
  const open = openRequests(store, now);
  const overdue = open.filter((s) => s.overdue).length;
  return answer('requests', question, now, {
    title:
      open.length === 0
        ? 'All clear: no requests are open.'
        : `${open.length} open request${open.length === 1 ? '' : 's'}${overdue ? `, ${overdue} overdue` : ''}`,
    summary: `As of ${formatDate(londonDate(now))}, oldest first.`,
    sections: open.length ? byMeeting(store, open) : [section('Open requests', [], 'Nothing the board asked for is still open.')],
    notes: ['A co-ordinator marks a request done once the board has had what it asked for.'],
  });
}

export function buildAllRequests(store: Store, now: Date, question = 'all requests'): Answer {
  const all = allRequests(store, now);
  const open = all.filter((s) => s.state.status === 'open').length;
  return answer('requests', question, now, {
    title: `${all.length} request${all.length === 1 ? '' : 's'} in the record, ${open} open`,
    sections: all.length ? byMeeting(store, all) : [section('Requests', [], 'No requests are in the record yet.')],
  });
}

export function buildRequestsAbout(store: Store, topic: string, question: string, now: Date, index?: SearchIndex): Answer {
  const view = viewOf(store);
  const found = requestsAbout(store, topic, now, index);
  const open = found.filter((s) => s.state.status === 'open').length;
  if (found.length === 0) {
    return answer('requests', question, now, {
      title: `No request on "${topic}" is in the record.`,
      sections: [],
      notes: [`Try other words, "outstanding requests" for everything open, or "history of ${topic}".`],
    });
  }
  return answer('requests', question, now, {
    title: `Yes: ${found.length} request${found.length === 1 ? '' : 's'} on "${topic}" (${open} open)`,
    sections: [section(`Requests on ${topic}`, found.map((s) => requestEntry(view, s)))],
  });
}
