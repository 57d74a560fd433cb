// What the board is waiting for: open requests grouped by the meeting that raised
// them (oldest first, with age and due date, overdue marked), all requests, and
// requests on a topic ("did the board ask for census figures?"). A council's
// record holds tens of thousands: the totals count them all, the entries are
// built for the pages asked for.
import { formatDate, londonDate } from '../london.ts';
import type { Store } from '../store/store.ts';
import type { SearchIndex } from '../search/search-index.ts';
import type { Answer, AnswerSection } from './answer.ts';
import { answer, count, entryLimit, meetingWhen, requestEntry, section } from './answer-parts.ts';
import { requestCounts, requestsAbout, type RequestCounts, type RequestStatus } from './queries.ts';
import { viewOf } from './record-view.ts';

function byMeeting(store: Store, statuses: RequestStatus[], groups: RequestCounts['byMeeting']): AnswerSection[] {
  const view = viewOf(store);
  const listed = new Map<string, RequestStatus[]>();
  for (const status of statuses) {
    const key = status.meeting?.id ?? '';
    const list = listed.get(key);
    if (list) list.push(status);
    else listed.set(key, [status]);
  }
  return [...listed].map(([key, group]) => {
    const meeting = group[0]!.meeting;
    // Overdue counts the meeting's whole group, also the part on later pages.
    const overdue = groups.get(key)?.overdue ?? group.filter((s) => s.overdue).length;
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

function notListed(total: number, built: number): { notListed?: number } {
  return total > built ? { notListed: total - built } : {};
}

/** Open requests as of `now`, grouped by raising meeting, oldest first (also the requests digest). */
export function buildOutstandingRequests(store: Store, now: Date, question = 'outstanding requests', limit = entryLimit()): Answer {
  const counts = requestCounts(store, now, { openOnly: true, limit });
  const { open, overdue } = counts;
  return answer('requests', question, now, {
    title: open === 0 ? 'All clear: no requests are open.' : `${count(open)} open request${open === 1 ? '' : 's'}${overdue ? `, ${count(overdue)} overdue` : ''}`,
    summary: `As of ${formatDate(londonDate(now))}, oldest first.`,
    sections: open ? byMeeting(store, counts.first, counts.byMeeting) : [section('Open requests', [], 'Nothing the board asked for is still open.')],
    notes: ['A co-ordinator marks a request done once the board has had what it asked for.'],
    ...notListed(open, counts.first.length),
  });
}

export function buildAllRequests(store: Store, now: Date, question = 'all requests', limit = entryLimit()): Answer {
  const counts = requestCounts(store, now, { openOnly: false, limit });
  return answer('requests', question, now, {
    title: `${count(counts.all)} request${counts.all === 1 ? '' : 's'} in the record, ${count(counts.open)} open`,
    sections: counts.all ? byMeeting(store, counts.first, counts.byMeeting) : [section('Requests', [], 'No requests are in the record yet.')],
    ...notListed(counts.all, counts.first.length),
  });
}

export function buildRequestsAbout(store: Store, topic: string, question: string, now: Date, index?: SearchIndex, limit = entryLimit()): Answer {
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
  const shown = found.slice(0, limit);
  return answer('requests', question, now, {
    title: `Yes: ${count(found.length)} request${found.length === 1 ? '' : 's'} on "${topic}" (${count(open)} open)`,
    sections: [section(`Requests on ${topic}`, shown.map((s) => requestEntry(view, s)))],
    ...notListed(found.length, shown.length),
  });
}
