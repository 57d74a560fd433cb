// The reminder posts as Answers, built by the answer engine's builders: the agenda before a meeting
// (buildMeetingAnswer), the digest of open requests (buildOutstandingRequests), and the short
// "new minutes / agenda published" notice. Slack shows them through the Block Kit renderer, the
// console through the text renderer.
import { createHash } from 'node:crypto';
import type { Answer, AnswerEntry, AnswerSection } from '../answers/answer.ts';
import type { Store } from '../store/store.ts';
import { searchIndexFor } from '../search/search-index.ts';
import { storeContext, type AnswerContext } from '../answers/context.ts';
import { buildMeetingAnswer } from '../answers/meetings/build-meeting.ts';
import { buildOutstandingRequests } from '../answers/requests/build-requests.ts';
import { meetingWhen, requestEntry, section } from '../answers/answer-parts.ts';
import { itemsOf, meetingById } from '../answers/meetings/meeting-queries.ts';
import { requestStatus, type RequestStatus } from '../answers/requests/request-catalogue.ts';
import { meetingStart } from '../answers/record-view.ts';
import { answerBlocks } from '../slack/blocks/answer-blocks.ts';
import { isPlannedOnly, type Occurrence } from './plan.ts';
import type { Post } from './post-target.ts';
import { renderText } from '../answers/render-text.ts';
import { formatInstant } from './subscriptions.ts';

/** What an ingest or a sync added, for the "new minutes" / "agenda published" posts. */
export interface RecordNews {
  newResolutionIds: string[];
  newRequestIds: string[];
  newAgendaMeetingIds: string[];
  newMinutesMeetingIds: string[];
}

/** Whether an ingest or a sync added anything the news posts tell. */
export function hasNews(news: RecordNews): boolean {
  return Object.values(news).some((ids) => ids.length > 0);
}

const MAX_NEWS_REQUESTS = 10;

function lateNote(what: string, dueAt: Date): string {
  return `This ${what} was due ${formatInstant(dueAt)}; it is posted late because the bot was not running then.`;
}

/**
 * Whose record a post is built from: a council's store and the committee of the channel's board
 * (null: the record's own committee, as when only one board is served).
 */
export interface PostSource {
  store: Store;
  committee?: string | null;
}

/** A board's record and its committee (null: the record's only one, which is left to the record). */
export function postSourceOf(store: Store, committee: string | null): PostSource {
  return committee === null ? { store } : { store, committee };
}

function sourceOf(source: Store | PostSource): PostSource {
  return 'record' in source ? { store: source } : source;
}

/** What a post is built with: the record as it is now, with the index the store shares, for the board's committee. */
function postContext(source: PostSource, now: Date): AnswerContext {
  return storeContext(source.store, searchIndexFor(source.store), now, source.committee !== undefined ? { committee: source.committee } : {});
}

/** The agenda reminder for one meeting: the meeting's answer, titled as a reminder. */
export function agendaReminderAnswer(ctx: AnswerContext, meetingId: string, late: boolean, dueAt: Date): Answer {
  const meeting = meetingById(ctx.view, meetingId);
  const when = meeting ? meetingWhen(meeting) : 'a meeting no longer in the record';
  const planned = meeting ? isPlannedOnly(meeting) : false;
  // Paging and request buttons re-ask the question, so it is one the engine answers for this meeting.
  const question = meeting?.date ? `meeting on ${meeting.date.split('-').reverse().join('/')}` : 'next meeting';
  const base = buildMeetingAnswer(ctx, meetingId, {
    question,
    title: `${late ? 'Late reminder' : 'Reminder'}: ${planned ? 'planned meeting' : 'meeting'} on ${when}${meeting?.committee ? ` · ${meeting.committee}` : ''}`,
  });
  return late ? { ...base, notes: [lateNote('reminder', dueAt), ...(base.notes ?? [])] } : base;
}

/** The digest of open requests, grouped by the meeting that raised them, oldest first. */
export function requestsDigestAnswer(from: Store | PostSource, now: Date, late: boolean, dueAt: Date): Answer {
  const base = buildOutstandingRequests(postContext(sourceOf(from), now));
  if (!late) return base;
  return { ...base, title: `Late reminder: ${base.title}`, notes: [lateNote('digest', dueAt), ...(base.notes ?? [])] };
}

/**
 * What a requests digest says, without its wording of dates ("4 months ago"): the requests
 * listed, their states, due dates and evidence, and how many more. Two digests with the same
 * fingerprint tell the channel nothing new.
 */
export function digestFingerprint(from: Store | PostSource, now: Date): string {
  const answer = buildOutstandingRequests(postContext(sourceOf(from), now));
  const facts = answer.sections.flatMap((s) =>
    s.entries.map((e) => [
      e.request?.id ?? e.text,
      e.request?.state.status ?? '',
      e.request?.overdue ?? false,
      (e.request?.evidence?.proposed ?? []).map((p) => p.itemId),
      e.request?.evidence?.confirmed?.itemId ?? null,
    ]),
  );
  return createHash('sha256').update(JSON.stringify([facts, answer.notListed ?? 0])).digest('hex').slice(0, 32);
}

/** The short post about what new documents added; null when they added nothing worth a post. */
export function newsAnswer(from: Store | PostSource, news: RecordNews, now: Date): Answer | null {
  const source = sourceOf(from);
  const ctx = postContext(source, now);
  const view = ctx.view;
  // Only the news of the channel's board: another committee's minutes are not this channel's news.
  const ofBoard = (meetingId: string | undefined) => {
    if (!source.committee || !meetingId) return true;
    const committee = meetingById(view, meetingId)?.committee ?? null;
    return committee === null || committee === source.committee;
  };
  news = {
    newMinutesMeetingIds: news.newMinutesMeetingIds.filter(ofBoard),
    newAgendaMeetingIds: news.newAgendaMeetingIds.filter(ofBoard),
    newResolutionIds: news.newResolutionIds.filter((id) => ofBoard(view.store.resolution(id)?.meetingId)),
    newRequestIds: news.newRequestIds.filter((id) => ofBoard(view.store.request(id)?.meetingId)),
  };
  const lines: AnswerEntry[] = [];
  const plural = (n: number, word: string) => `${n} new ${word}${n === 1 ? '' : 's'}`;
  // Schedule 12A: a private item's resolutions and requests are not counted (nor stored: see src/exempt.ts).
  const shown = (itemId: string) => view.store.item(itemId)?.private === false;
  for (const id of news.newMinutesMeetingIds) {
    const meeting = meetingById(view, id);
    if (!meeting) continue;
    const resolutions = news.newResolutionIds.filter((r) => {
      const resolution = view.store.resolution(r);
      return resolution?.meetingId === id && shown(resolution.itemId);
    }).length;
    const requests = news.newRequestIds.filter((r) => {
      const request = view.store.request(r);
      return request?.meetingId === id && shown(request.itemId);
    }).length;
    lines.push({ text: `Minutes of ${meetingWhen(meeting)}: ${plural(resolutions, 'resolution')}, ${plural(requests, 'request')}` });
  }
  for (const id of news.newAgendaMeetingIds) {
    const meeting = meetingById(view, id);
    const start = meeting ? meetingStart(meeting) : null;
    // An agenda for a meeting already held is history, not news.
    if (!meeting || (start && start.getTime() < now.getTime())) continue;
    const items = itemsOf(view, id).length;
    lines.push({ text: `Agenda published for the meeting on ${meetingWhen(meeting)}: ${items} item${items === 1 ? '' : 's'}` });
  }
  const requests = news.newRequestIds
    .map((id) => view.store.request(id))
    .filter((r) => r !== undefined && shown(r.itemId))
    .map((r) => requestStatus(ctx, r!))
    .filter((s): s is RequestStatus => s !== null && s.state.status === 'open');
  if (lines.length === 0 && requests.length === 0) return null;
  const sections: AnswerSection[] = [section('New in the record', lines)];
  if (requests.length > 0) {
    // No buttons here: marking a request done belongs to the digest and to answers that list it.
    const entries = requests.slice(0, MAX_NEWS_REQUESTS).map((s) => {
      const { request: _button, ...entry } = requestEntry(view, s);
      return entry;
    });
    sections.push(section('New requests', entries));
  }
  return {
    kind: 'notice',
    question: 'outstanding requests',
    title: lines[0]?.text ?? plural(requests.length, 'request'),
    sections,
    notes: requests.length > MAX_NEWS_REQUESTS ? [`And ${requests.length - MAX_NEWS_REQUESTS} more: ask \`/scrutiny outstanding requests\`.`] : [],
    asOf: now.toISOString(),
  };
}

/** One key per channel and piece of news, so the same news is never posted twice to a channel. */
export function newsKey(channel: string, news: RecordNews): string | null {
  const ids = [
    ...news.newMinutesMeetingIds.map((i) => `m:${i}`),
    ...news.newAgendaMeetingIds.map((i) => `a:${i}`),
    ...news.newResolutionIds.map((i) => `r:${i}`),
    ...news.newRequestIds.map((i) => `q:${i}`),
  ].sort();
  if (ids.length === 0) return null;
  return `${channel}|news|${createHash('sha256').update(ids.join('\n')).digest('hex').slice(0, 16)}`;
}

export function renderPost(answer: Answer, target: 'slack' | 'console'): Post {
  if (target === 'console') return { text: renderText(answer) };
  const message = answerBlocks(answer);
  return { text: message.text, blocks: message.blocks };
}

/** The post for a planned occurrence. */
export function composeOccurrence(from: Store | PostSource, occ: Occurrence, now: Date, late: boolean, target: 'slack' | 'console'): Post {
  const source = sourceOf(from);
  if (occ.kind === 'requests') return renderPost(requestsDigestAnswer(source, now, late, occ.dueAt), target);
  const ctx = postContext(source, now);
  if (!meetingById(ctx.view, occ.occurrence)) throw new Error(`meeting ${occ.occurrence} is no longer in the record`);
  return renderPost(agendaReminderAnswer(ctx, occ.occurrence, late, occ.dueAt), target);
}

export function composeNews(from: Store | PostSource, news: RecordNews, now: Date, target: 'slack' | 'console'): Post | null {
  const answer = newsAnswer(from, news, now);
  return answer ? renderPost(answer, target) : null;
}
