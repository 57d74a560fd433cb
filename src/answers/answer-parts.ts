// Pieces every builder uses to say things the same way: how a meeting is named,
// how a resolution or request is cited, how an exempt item is shown.
import type { AgendaItem, Meeting, WorkProgrammeItem } from '../model.ts';
import { formatDate, formatDateTime } from '../london.ts';
import type { Answer, AnswerEntry, AnswerKind, AnswerSection, Citation } from './answer.ts';
import type { AnswerContext } from './context.ts';
import { isPlanOnly, type RecordView } from './record-view.ts';
import type { RequestStatus } from './requests/request-catalogue.ts';
import { evidenceOf } from './evidence/evidence-entry.ts';
import { markedDoneText, requestTiming } from './requests/request-wording.ts';
import type { ResolutionRef } from './resolutions/resolution-queries.ts';

/** "1,204": counts in titles as a member reads them. */
export function count(n: number): string {
  return n.toLocaleString('en-GB');
}

/** Longest question echoed back in an answer. */
const QUESTION_ECHO = 300;

export function answer(kind: AnswerKind, question: string, now: Date, parts: Omit<Answer, 'kind' | 'question' | 'asOf'>): Answer {
  const q = question.trim();
  return {
    kind,
    question: q.length > QUESTION_ECHO ? `${q.slice(0, QUESTION_ECHO)}…` : q,
    asOf: now.toISOString(),
    ...parts,
  };
}

/** An answer to the question of a context, as of its moment. */
export function answerFor(ctx: AnswerContext, kind: AnswerKind, question: string, parts: Omit<Answer, 'kind' | 'question' | 'asOf'>): Answer {
  return answer(kind, question, ctx.now, parts);
}

export function section(heading: string, entries: AnswerEntry[], empty?: string): AnswerSection {
  return empty === undefined ? { heading, entries } : { heading, entries, empty };
}

/** "Thursday 13 July 2017, 10.00 am" or, when the date is unknown, "a meeting of unknown date". */
export function meetingWhen(meeting: Meeting | null): string {
  if (!meeting?.date) return 'a meeting of unknown date';
  return formatDateTime(meeting.date, meeting.time);
}

/** What the record holds for a meeting, said as a member would. */
export function meetingStatusLabel(meeting: Meeting): string {
  if (isPlanOnly(meeting)) return 'planned (work programme only)';
  switch (meeting.status) {
    case 'planned':
      return 'planned';
    case 'agenda':
      return 'agenda published';
    case 'minutes':
      return 'minutes';
    case 'cancelled':
      return 'cancelled';
  }
}

export function documentNames(view: RecordView, sourceIds: readonly string[]): string[] {
  // Every entry of a long answer cites its papers: one array, not four, for each.
  const names: string[] = [];
  for (const id of sourceIds) {
    const name = view.documents.get(id)?.name;
    if (name && !names.includes(name)) names.push(name);
  }
  return names;
}

/** "Minute 34" in minutes, "Item 4" on an agenda. */
export function numberLabel(meeting: Meeting | null, item: AgendaItem | null): string | null {
  if (!item?.number) return null;
  return meeting?.status === 'minutes' ? `Minute ${item.number}` : `Item ${item.number}`;
}

export function cite(view: RecordView, meeting: Meeting | null, item: AgendaItem | null): Citation {
  return {
    // Where the record holds several committees, every meeting, resolution and request says whose it is.
    ...(view.committees.length > 1 && meeting?.committee ? { committee: meeting.committee } : {}),
    meetingId: meeting?.id ?? null,
    date: meeting?.date ?? null,
    minute: item?.number ?? null,
    itemTitle: item?.title ?? null,
    documents: documentNames(view, item?.sources.length ? item.sources : (meeting?.sources ?? [])),
  };
}

/** "Thursday 11 January 2018 · Minute 34 · Private Fostering" */
export function citeLabel(meeting: Meeting | null, item: AgendaItem | null): string {
  return [meeting?.date ? formatDate(meeting.date) : null, numberLabel(meeting, item), item?.title ?? null]
    .filter(Boolean)
    .join(' · ');
}

export function resolutionEntry(view: RecordView, ref: ResolutionRef): AnswerEntry {
  return {
    text: ref.resolution.text,
    quote: true,
    label: citeLabel(ref.meeting, ref.item),
    ...(ref.resolution.unanimous ? { detail: ['Resolved unanimously'] } : {}),
    cite: cite(view, ref.meeting, ref.item),
  };
}

export function requestEntry(view: RecordView, status: RequestStatus, options: { label?: boolean } = {}): AnswerEntry {
  const detail = [requestTiming(status)];
  const done = markedDoneText(status.state);
  if (done) detail.push(done);
  // Later papers that look like its answer, or the one a co-ordinator confirmed.
  const evidence = evidenceOf(view, status);
  if (evidence) detail.push(...evidence.lines);
  return {
    text: status.request.text,
    quote: true,
    ...(options.label === false ? {} : { label: citeLabel(status.meeting, status.item) }),
    detail,
    cite: cite(view, status.meeting, status.item),
    request: { id: status.request.id, state: status.state, overdue: status.overdue, ...(evidence ? { evidence: evidence.evidence } : {}) },
  };
}

/** An agenda item as listed: title, report author, pages, sub-items and papers; exempt items by title only. */
export function itemEntry(view: RecordView, meeting: Meeting | null, item: AgendaItem): AnswerEntry {
  const label = numberLabel(meeting, item) ?? undefined;
  const ref = { id: item.id, minuted: meeting?.status === 'minutes' || meeting?.status === 'cancelled' };
  if (item.private) {
    return { text: item.title, ...(label ? { label } : {}), detail: ['Exempt'], exempt: true, cite: cite(view, meeting, item), item: ref };
  }
  const detail: string[] = [];
  if (item.reportAuthor) detail.push(item.reportAuthor);
  if (item.pages) detail.push(item.pages);
  for (const sub of item.subItems) detail.push(sub);
  const papers = item.papers.filter((p) => !p.restricted);
  const links = papers.filter((p) => p.url).map((p) => ({ title: p.title, url: p.url! }));
  for (const paper of papers.filter((p) => !p.url)) detail.push(`Paper: ${paper.title}`);
  for (const paper of item.papers.filter((p) => p.restricted)) detail.push(`Paper: ${paper.title} (exempt)`);
  return {
    text: item.title,
    ...(label ? { label } : {}),
    ...(detail.length ? { detail } : {}),
    ...(links.length ? { links } : {}),
    cite: cite(view, meeting, item),
    item: ref,
  };
}

/** A work-programme entry: title, detail, leads. */
export function planEntry(view: RecordView, entry: WorkProgrammeItem, extra: string[] = []): AnswerEntry {
  const detail: string[] = [];
  if (entry.detail) detail.push(entry.detail);
  if (entry.leads.length) detail.push(`Lead: ${entry.leads.join(', ')}`);
  detail.push(...extra);
  return {
    text: entry.title,
    ...(detail.length ? { detail } : {}),
    cite: { date: entry.date, documents: documentNames(view, entry.sources) },
  };
}

/** Shorten text to about `max` characters at a word boundary. */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20))}…`;
}
