// Before a meeting: what is still open and what was resolved earlier on the
// subjects of its agenda (the agenda reminder posts this). Each subject's
// resolutions and requests are found and ordered once per record version: the
// same titles ("Budget Monitoring") come back at every meeting of every committee.
import type { AgendaItem, Meeting } from '../../model.ts';
import type { AnswerEntry, AnswerSection } from '../answer.ts';
import { requestEntry, resolutionEntry, section } from '../answer-parts.ts';
import type { AnswerContext } from '../context.ts';
import { findQuestionDate } from '../question/question-dates.ts';
import { lookupKey, startTime, type RecordView } from '../record-view.ts';
import { isOpen, raisedBy, requestCatalogue, statusOf, type CatalogueEntry, type RequestStatus } from '../requests/request-catalogue.ts';
import { requestIdsOf } from '../requests/request-topics.ts';
import { refsOf, type ResolutionRef } from '../resolutions/resolution-queries.ts';
import { agendaTopicHits, TopicMemo } from '../topics/topic-hits.ts';
import { plannedFor } from './meeting-queries.ts';

/** One dated candidate for an agenda's look-back: an item hit (all its resolutions) or a resolution hit. */
interface DatedResolutions {
  start: number;
  committee: string | null;
  ids: string[];
}

/** What the record holds on one agenda subject. */
export interface AgendaTopic {
  /** Newest first. */
  resolutions: DatedResolutions[];
  resolutionsByCommittee: Map<string, DatedResolutions[]>;
  /** Oldest first, as "outstanding requests" lists them. */
  requests: CatalogueEntry[];
  requestsByCommittee: Map<string, CatalogueEntry[]>;
}

/** Entries kept over all agenda subjects of a record version: a bound on memory. */
const AGENDA_ENTRIES_KEPT = 300_000;
const AGENDA_TOPICS = lookupKey<TopicMemo>('agenda-topics');

function groupBy<T>(list: T[], key: (t: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const t of list) {
    const k = key(t);
    if (k === null) continue;
    const group = groups.get(k);
    if (group) group.push(t);
    else groups.set(k, [t]);
  }
  return groups;
}

/** An agenda subject's resolutions and requests, remembered with the view when the index is its own. */
export function agendaTopic(ctx: AnswerContext, title: string): AgendaTopic {
  const memo = ctx.indexComplete ? ctx.view.derived.get(AGENDA_TOPICS, () => new TopicMemo(AGENDA_ENTRIES_KEPT)) : new TopicMemo(AGENDA_ENTRIES_KEPT);
  return memo.remember(title, () => findAgendaTopic(ctx, title), (t) => t.resolutions.length + t.requests.length);
}

function findAgendaTopic(ctx: AnswerContext, title: string): AgendaTopic {
  const view = ctx.view;
  const hits = agendaTopicHits(ctx.index, title);
  const resolutions: DatedResolutions[] = [];
  const add = (meetingId: string, ids: string[]) => {
    const meeting = view.meetings.get(meetingId);
    const start = meeting ? startTime(view, meeting) : null;
    if (start !== null && ids.length > 0) resolutions.push({ start, committee: meeting!.committee, ids });
  };
  for (const hit of hits) {
    if (hit.kind === 'item') {
      const item = view.store.item(hit.refId);
      if (item) add(item.meetingId, (view.resolutionsByItem.get(item.id) ?? []).map((r) => r.id));
    } else if (hit.kind === 'resolution') {
      const resolution = view.store.resolution(hit.refId);
      if (resolution) add(resolution.meetingId, [resolution.id]);
    }
  }
  resolutions.sort((a, b) => b.start - a.start);
  const catalogue = requestCatalogue(view);
  const requests = [...requestIdsOf(view, hits)]
    .map((id) => catalogue.byId.get(id))
    .filter((e): e is CatalogueEntry => e !== undefined)
    .sort((a, b) => a.order - b.order);
  return {
    resolutions,
    resolutionsByCommittee: groupBy(resolutions, (r) => r.committee),
    requests,
    requestsByCommittee: groupBy(requests, (e) => e.meeting?.committee ?? null),
  };
}

/** The newest few resolutions on an agenda subject from meetings before `before` (ms), the committee's own first. */
export function earlierResolutionsOn(view: RecordView, topic: AgendaTopic, before: number, options: { limit: number; committee?: string | null }): ResolutionRef[] {
  // Room for the exempt ones refsOf drops.
  const room = options.limit * 4;
  const take = (list: DatedResolutions[], skip: (d: DatedResolutions) => boolean): string[] => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.start >= before) lo = mid + 1;
      else hi = mid;
    }
    const ids: string[] = [];
    for (let i = lo; i < list.length && ids.length < room; i++) if (!skip(list[i]!)) ids.push(...list[i]!.ids);
    return ids;
  };
  const committee = options.committee ?? null;
  const own = committee ? take(topic.resolutionsByCommittee.get(committee) ?? [], () => false) : [];
  const others = own.length >= room ? [] : take(topic.resolutions, (d) => committee !== null && d.committee === committee);
  return [...refsOf(view, own), ...refsOf(view, others)].slice(0, options.limit);
}

/** The oldest few requests on an agenda subject still open as of now, the committee's own first; `skip`: already listed. */
export function openRequestsOn(ctx: AnswerContext, topic: AgendaTopic, options: { limit: number; committee?: string | null; skip?: Set<string> }): RequestStatus[] {
  const found: CatalogueEntry[] = [];
  const take = (list: CatalogueEntry[]) => {
    for (const entry of list) {
      if (found.length >= options.limit) return;
      if (!raisedBy(entry, ctx.t) || !isOpen(ctx.view.store, entry.request.id) || options.skip?.has(entry.request.id) || found.includes(entry)) continue;
      found.push(entry);
    }
  };
  if (options.committee) take(topic.requestsByCommittee.get(options.committee) ?? []);
  take(topic.requests);
  return found.map((e) => statusOf(ctx.view.store, e, ctx.today));
}

// Items every meeting has; looking up "earlier resolutions" on them says nothing.
const ROUTINE =
  /^(?:apologies(?: and substitutions)?|declarations? of interests?|minutes(?: of previous meeting)?|any other (?:items of )?(?:public )?business|matters arising|exclusion of (?:the )?press and public|outstanding issues|work programme(?: and outstanding issues)?(?: \d{4}.*)?)$/i;

/** "Improvement Board Report – 10th January 2018" -> "Improvement Board Report": dates are not topics. */
function withoutDates(title: string): string {
  let text = title;
  for (let found = findQuestionDate(text); found; found = findQuestionDate(text)) text = text.replace(found.text, ' ');
  // Dashes and spaces trimmed from both ends by a loop: a pattern anchored at the end rescans from every start.
  return trimDashes(text.replace(/\s+/g, ' '));
}

const DASH_OR_SPACE = new Set([' ', '-', '–', '—']);

function trimDashes(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && DASH_OR_SPACE.has(text[start]!)) start++;
  while (end > start && DASH_OR_SPACE.has(text[end - 1]!)) end--;
  return text.slice(start, end);
}

/** The subjects of a meeting's agenda and planned items worth looking back on. */
export function agendaSubjects(view: RecordView, meeting: Meeting, items: AgendaItem[]): string[] {
  const topics = [...items.filter((i) => !i.private).map((i) => i.title), ...plannedFor(view, meeting).map((e) => e.title)]
    .map(withoutDates)
    .filter((t) => t && !ROUTINE.test(t));
  return [...new Set(topics)];
}

/** Look-back entries per agenda topic and in all: reminders beside the agenda, not the whole record. */
const RELATED_PER_TOPIC = 3;
const RELATED_IN_ALL = 12;

/**
 * For a meeting still to come: the oldest open requests and the latest earlier
 * resolutions on the topics of its items, the committee's own first, a few per topic.
 */
export function lookBackSections(ctx: AnswerContext, meeting: Meeting, items: AgendaItem[]): { sections: AnswerSection[]; capped: boolean } {
  const view = ctx.view;
  const start = startTime(view, meeting)!;
  const requestIds = new Set<string>();
  const requestEntries: AnswerEntry[] = [];
  const resolutionIds = new Set<string>();
  const resolutionEntries: AnswerEntry[] = [];
  let capped = false;
  for (const topic of agendaSubjects(view, meeting, items)) {
    if (requestEntries.length >= RELATED_IN_ALL && resolutionEntries.length >= RELATED_IN_ALL) {
      capped = true;
      break;
    }
    // One look-up per topic serves both lists.
    const subject = agendaTopic(ctx, topic);
    // One more than is shown: whether there are more says whether the list was cut.
    const open = openRequestsOn(ctx, subject, { limit: RELATED_PER_TOPIC + 1, committee: meeting.committee, skip: requestIds });
    if (open.length > RELATED_PER_TOPIC) capped = true;
    for (const status of open.slice(0, RELATED_PER_TOPIC)) {
      if (requestEntries.length === RELATED_IN_ALL) {
        capped = true;
        break;
      }
      requestIds.add(status.request.id);
      requestEntries.push(requestEntry(view, status));
    }
    // Resolutions made before this meeting and by now.
    for (const ref of earlierResolutionsOn(view, subject, Math.min(start, ctx.t + 1), { limit: RELATED_PER_TOPIC, committee: meeting.committee })) {
      if (resolutionIds.has(ref.resolution.id)) continue;
      if (resolutionEntries.length === RELATED_IN_ALL) {
        capped = true;
        break;
      }
      resolutionIds.add(ref.resolution.id);
      resolutionEntries.push({ ...resolutionEntry(view, ref), detail: [`On the agenda topic: ${topic}`] });
    }
  }
  const out: AnswerSection[] = [];
  if (requestEntries.length) out.push(section('Open requests on these topics', requestEntries));
  if (resolutionEntries.length) out.push(section('Earlier resolutions on these topics', resolutionEntries));
  return { sections: out, capped };
}
