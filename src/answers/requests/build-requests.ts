// What the board is waiting for: open requests grouped by the meeting that raised
// them (oldest first, with age and due date, overdue marked), overdue or completed
// ones, those raised in a period, and requests on a topic ("did we ever get the
// census figures?": not "yes" while it is still open). A council's record holds
// tens of thousands: the totals count them all, the entries are built for the
// pages asked for.
import { formatDate } from '../../london.ts';
import type { AgendaItem, Meeting } from '../../model.ts';
import type { Answer, AnswerSection } from '../answer.ts';
import { answerFor, count, meetingWhen, numberLabel, requestEntry, resolutionEntry, section } from '../answer-parts.ts';
import type { AnswerContext } from '../context.ts';
import { dateIn, periodWords, type Period } from '../question/question-periods.ts';
import type { RequestStatusSlot } from '../question/question-reading.ts';
import { appearancesOf } from '../topics/appearances.ts';
import { findPassages, passageEntry, type Passage } from '../passages/passages.ts';
import { resolutionsAbout } from '../resolutions/resolution-queries.ts';
import { requestCounts, type RequestCounts, type RequestStatus } from './request-catalogue.ts';
import { requestsAbout } from './request-topics.ts';
import { markedDoneText } from './request-wording.ts';
import { evidenceOf } from '../evidence/evidence-entry.ts';
import { DECLINED_REASON } from '../evidence/evidence-match.ts';

/** What the minutes say when a later paper records that a request cannot be met: said instead of "still open". */
function declinedWords(ctx: AnswerContext, status: RequestStatus): string | null {
  if (status.state.status !== 'open') return null;
  const ref = evidenceOf(ctx.view, status)?.evidence.proposed.find((r) => r.reasons.includes(DECLINED_REASON) && r.quote);
  if (!ref) return null;
  return `the ${ref.date ? `minutes of ${formatDate(ref.date)}` : 'later minutes'} record: "${ref.quote}" (${ref.label}). It stays open until a co-ordinator closes it.`;
}

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

function during(period: Period | null | undefined): string {
  return period ? ` ${periodWords(period)}` : '';
}

export interface RequestsAsked {
  topic: string | null;
  status: RequestStatusSlot | null;
  period?: Period | null;
  /** The question asks whether something came ("did we ever get ..."). */
  didWeGet?: boolean;
  /** The question asks whether the board asked ("did the board ask for ..."). */
  didWeAsk?: boolean;
}

/** Open requests as of now, grouped by raising meeting, oldest first (also the requests digest). */
export function buildOutstandingRequests(ctx: AnswerContext, question = 'outstanding requests', period: Period | null = null): Answer {
  const counts = requestCounts(ctx, { openOnly: true, from: period?.from ?? null, to: period?.to ?? null });
  const { open, overdue } = counts;
  return answerFor(ctx, 'requests', question, {
    title: open === 0 ? `All clear: no requests${during(period) ? ` raised${during(period)}` : ''} are open.` : `${count(open)} open request${open === 1 ? '' : 's'}${during(period) ? ` raised${during(period)}` : ''}${overdue ? `, ${count(overdue)} overdue` : ''}`,
    summary: `As of ${formatDate(ctx.today)}, oldest first.`,
    sections: open ? byMeeting(ctx, counts.first, counts.byMeeting) : [section('Open requests', [], 'Nothing the board asked for is still open.')],
    notes: ['A co-ordinator marks a request done once the board has had what it asked for.'],
    ...notListed(open, counts.first.length),
  });
}

export function buildAllRequests(ctx: AnswerContext, question = 'all requests', period: Period | null = null): Answer {
  const counts = requestCounts(ctx, { openOnly: false, from: period?.from ?? null, to: period?.to ?? null });
  return answerFor(ctx, 'requests', question, {
    title: counts.all ? `${count(counts.all)} request${counts.all === 1 ? '' : 's'}${during(period) ? ` raised${during(period)}` : ' in the record'}, ${count(counts.open)} open` : `No requests${during(period) ? ` were raised${during(period)}` : ' are in the record yet'}.`,
    sections: counts.all ? byMeeting(ctx, counts.first, counts.byMeeting) : [section('Requests', [], 'No requests are in the record for that.')],
    ...notListed(counts.all, counts.first.length),
  });
}

function buildOverdue(ctx: AnswerContext, question: string, period: Period | null): Answer {
  const counts = requestCounts(ctx, { openOnly: true, overdueOnly: true, from: period?.from ?? null, to: period?.to ?? null });
  return answerFor(ctx, 'requests', question, {
    title: counts.overdue ? `${count(counts.overdue)} overdue request${counts.overdue === 1 ? '' : 's'} (of ${count(counts.open)} open)` : `Nothing is overdue as of ${formatDate(ctx.today)}: ${count(counts.open)} request${counts.open === 1 ? ' is' : 's are'} open, none past a due date.`,
    summary: 'Overdue: still open after the date the minutes gave, or after the next meeting for "next meeting" requests.',
    sections: counts.overdue ? byMeeting(ctx, counts.first, counts.byMeeting) : [],
    ...notListed(counts.overdue, counts.first.length),
  });
}

function buildDone(ctx: AnswerContext, question: string, period: Period | null): Answer {
  const counts = requestCounts(ctx, { openOnly: false, doneOnly: true, from: period?.from ?? null, to: period?.to ?? null });
  const done = counts.all - counts.open;
  return answerFor(ctx, 'requests', question, {
    title: done ? `${count(done)} request${done === 1 ? '' : 's'} marked done (of ${count(counts.all)})` : `No request has been marked done yet; ${count(counts.open)} open.`,
    sections: done ? byMeeting(ctx, counts.first, counts.byMeeting) : [],
    ...notListed(done, counts.first.length),
  });
}

/** "the paper for the meeting of Thursday 13 July 2017 (item 5, Improvement Board) gave it among its answers to the board's requests". */
function answeredIn(p: Passage): string {
  const number = numberLabel(p.meeting, p.item);
  return `the paper for the meeting of ${p.meeting.date ? formatDate(p.meeting.date) : 'unknown date'} (${number ? `${number.toLowerCase()}, ` : ''}${p.item.title}) gave it among its answers to the board's requests`;
}

/** "Thursday 16 March 2023 (minute 30)": where a request was raised, or a resolution made. */
function raisedWhere(at: { meeting: Meeting | null; item: AgendaItem | null }): string {
  const minute = numberLabel(at.meeting, at.item);
  return `${at.meeting?.date ? formatDate(at.meeting.date) : 'a meeting of unknown date'}${minute ? ` (${minute.toLowerCase()})` : ''}`;
}

function buildRequestsAbout(ctx: AnswerContext, asked: RequestsAsked & { topic: string }, question: string): Answer {
  const { topic, period } = asked;
  let found = requestsAbout(ctx, topic).filter((s) => dateIn(period, s.meeting?.date));
  if (asked.status === 'open') found = found.filter((s) => s.state.status === 'open');
  if (asked.status === 'overdue') found = found.filter((s) => s.overdue);
  if (asked.status === 'done') found = found.filter((s) => s.state.status === 'done');
  const open = found.filter((s) => s.state.status === 'open');
  if (found.length === 0) {
    const where = appearancesOf(ctx, topic);
    // "did we send the letter", "did we get the numbers": no request on it, but a decision that named
    // it, or a paper that gave it, is what the member is after.
    const decided = resolutionsAbout(ctx, topic, { direct: true }).filter((r) => dateIn(period, r.meeting?.date));
    const papers = asked.didWeGet || asked.didWeAsk ? findPassages(ctx, topic, { figures: true, question }) : [];
    const firstDecided = decided[0]?.meeting?.date ? decided[0] : null;
    // "did we ever get the retention figures": a paper that gave it in answer to the board's requests says where it came.
    const answered = asked.didWeGet ? papers.find((p) => p.reply) : undefined;
    if (answered) {
      return answerFor(ctx, 'requests', question, {
        title: `Yes, as far as the papers show: ${answeredIn(answered)}.`,
        sections: [section('From the papers', [passageEntry(ctx, answered), ...papers.filter((p) => p !== answered).map((p) => passageEntry(ctx, p))]), ...(decided.length ? [section(`Decided on ${topic}`, decided.slice(0, ctx.limit).map((r) => resolutionEntry(ctx.view, r)))] : [])],
        notes: [`The request itself was made at a meeting whose minutes are not in the record; ask "history of ${topic}" for everything on it.`],
      });
    }
    const sections = [
      ...(decided.length ? [section(`Decided on ${topic}`, decided.slice(0, ctx.limit).map((r) => resolutionEntry(ctx.view, r)))] : []),
      ...(papers.length ? [section('From the papers', papers.map((p) => passageEntry(ctx, p)))] : []),
      ...(where.length ? [section(`Where "${topic}" appears`, where.map((w) => w.entry))] : []),
    ];
    return answerFor(ctx, 'requests', question, {
      title: `No request on "${topic}"${asked.status && asked.status !== 'all' ? ` (${asked.status})` : ''} is in the record${during(period)}${
        firstDecided ? `; the board decided on it on ${raisedWhere(firstDecided)}` : where[0] ? `; "${topic}" was ${where[0].words}` : ''
      }.`,
      sections,
      notes: [`Try other words, "outstanding requests" for everything open, or "history of ${topic}".`],
    });
  }
  const shown = found.slice(0, ctx.limit);
  let title: string;
  if (found.length === 1) {
    const s = found[0]!;
    const done = markedDoneText(s.state);
    const declined = declinedWords(ctx, s);
    title = declined
      ? `Not as asked: the board asked for "${s.request.text}" on ${raisedWhere(s)}, and ${declined}`
      : asked.didWeGet
      ? s.state.status === 'done'
        ? `Yes: "${s.request.text}" (asked for on ${raisedWhere(s)}) was ${done ?? 'marked done'}.`
        : `Not yet, as far as the record shows: the board asked for "${s.request.text}" on ${raisedWhere(s)}, and it is still open${s.overdue ? ' and overdue' : ''}${s.meeting?.date ? ` (open since ${formatDate(s.meeting.date)})` : ''}.`
      : `${asked.didWeAsk ? 'Yes: ' : ''}1 request on "${topic}" (${s.state.status === 'done' ? 'done' : s.overdue ? 'open, overdue' : 'still open'}), raised ${raisedWhere(s)}`;
  } else {
    title = `${asked.didWeGet ? `${open.length ? 'Not all yet' : 'Yes'}: ` : asked.didWeAsk ? 'Yes: ' : ''}${count(found.length)} requests on "${topic}": ${count(open.length)} still open, ${count(found.length - open.length)} done`;
  }
  return answerFor(ctx, 'requests', question, {
    title,
    sections: [section(`Requests on ${topic}`, shown.map((s) => requestEntry(ctx.view, s)))],
    ...(open.length ? { notes: ['A co-ordinator marks a request done once the board has had what it asked for.'] } : {}),
    ...notListed(found.length, shown.length),
  });
}

export function buildRequestsAnswer(ctx: AnswerContext, asked: RequestsAsked, question: string): Answer {
  const period = asked.period ?? null;
  if (asked.topic) return buildRequestsAbout(ctx, { ...asked, topic: asked.topic }, question);
  switch (asked.status) {
    case 'overdue':
      return buildOverdue(ctx, question, period);
    case 'done':
      return buildDone(ctx, question, period);
    case 'all':
      return buildAllRequests(ctx, question, period);
    case 'open':
      return buildOutstandingRequests(ctx, question, period);
    default: {
      // "what did we ask for in October": everything raised then; with no period, what is open.
      if (period) return buildAllRequests(ctx, question, period);
      const open = buildOutstandingRequests(ctx, question);
      // "has the council replied yet": what is still open is what has had no reply.
      return asked.didWeGet && /^\d/.test(open.title) ? { ...open, title: `Not yet, as far as the record shows: ${open.title.replace(/^([\d,]+ open requests?)/, '$1 still without a reply')}.` } : open;
    }
  }
}
