// What the board is waiting for: open requests grouped by the meeting that raised
// them (oldest first, with age and due date, overdue marked), all requests, and
// requests on a topic ("did the board ask for census figures?"). A council's
// record holds tens of thousands: the totals count them all, the entries are
// built for the pages asked for.
import { formatDate } from '../../london.ts';
import type { Answer, AnswerSection } from '../answer.ts';
import { answerFor, count, meetingWhen, requestEntry, section } from '../answer-parts.ts';
import type { AnswerContext } from '../context.ts';
import { requestCounts, type RequestCounts, type RequestStatus } from './request-catalogue.ts';
import { requestsAbout } from './request-topics.ts';

function byMeeting(ctx: AnswerContext, statuses: RequestStatus[], groups: RequestCounts['byMeeting']): AnswerSection[] {
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
        const entry = requestEntry(ctx.view, s);
        // The heading already names the meeting; keep the minute and item.
        return { ...entry, label: [s.item?.number ? `Minute ${s.item.number}` : null, s.item?.title ?? null].filter(Boolean).join(' · ') };
      }),
    );
  });
}

function notListed(total: number, built: number): { notListed?: number } {
  return total > built ? { notListed: total - built } : {};
}

/** Open requests as of now, grouped by raising meeting, oldest first (also the requests digest). */
export function buildOutstandingRequests(ctx: AnswerContext, question = 'outstanding requests'): Answer {
  const counts = requestCounts(ctx, { openOnly: true });
  const { open, overdue } = counts;
  return answerFor(ctx, 'requests', question, {
    title: open === 0 ? 'All clear: no requests are open.' : `${count(open)} open request${open === 1 ? '' : 's'}${overdue ? `, ${count(overdue)} overdue` : ''}`,
    summary: `As of ${formatDate(ctx.today)}, oldest first.`,
    sections: open ? byMeeting(ctx, counts.first, counts.byMeeting) : [section('Open requests', [], 'Nothing the board asked for is still open.')],
    notes: ['A co-ordinator marks a request done once the board has had what it asked for.'],
    ...notListed(open, counts.first.length),
  });
}

export function buildAllRequests(ctx: AnswerContext, question = 'all requests'): Answer {
  const counts = requestCounts(ctx, { openOnly: false });
  return answerFor(ctx, 'requests', question, {
    title: `${count(counts.all)} request${counts.all === 1 ? '' : 's'} in the record, ${count(counts.open)} open`,
    sections: counts.all ? byMeeting(ctx, counts.first, counts.byMeeting) : [section('Requests', [], 'No requests are in the record yet.')],
    ...notListed(counts.all, counts.first.length),
  });
}

export function buildRequestsAbout(ctx: AnswerContext, topic: string, question: string): Answer {
  const found = requestsAbout(ctx, topic);
  const open = found.filter((s) => s.state.status === 'open').length;
  if (found.length === 0) {
    return answerFor(ctx, 'requests', question, {
      title: `No request on "${topic}" is in the record.`,
      sections: [],
      notes: [`Try other words, "outstanding requests" for everything open, or "history of ${topic}".`],
    });
  }
  const shown = found.slice(0, ctx.limit);
  return answerFor(ctx, 'requests', question, {
    title: `Yes: ${count(found.length)} request${found.length === 1 ? '' : 's'} on "${topic}" (${count(open)} open)`,
    sections: [section(`Requests on ${topic}`, shown.map((s) => requestEntry(ctx.view, s)))],
    ...notListed(found.length, shown.length),
  });
}
