// Before a meeting: what is still open and what was resolved earlier on the
// subjects of its agenda (the agenda reminder posts this). Each subject's
// resolutions and requests are found and ordered once per record version: the
// same titles ("Budget Monitoring") come back at every meeting of every committee.
import type { AgendaItem, Meeting } from '../../model.ts';
import type { AnswerEntry, AnswerSection } from '../answer.ts';
import { requestEntry, resolutionEntry, section } from '../answer-parts.ts';
import type { AnswerContext } from '../context.ts';
import { findQuestionDate } from '../question/question-dates.ts';
import { startTime, type RecordView } from '../record-view.ts';
import { isOpen, statusOf, type CatalogueEntry, type RequestStatus } from '../requests/request-catalogue.ts';
import { refsOf, type ResolutionRef } from '../resolutions/resolution-queries.ts';
import { addDatedResolutionIds, agendaTopic, agendaTopicIndex, agendaTopicsReady, type AgendaTopic } from './agenda-topics.ts';
import { plannedFor } from './meeting-queries.ts';

export { agendaTopic } from './agenda-topics.ts';

/** Said instead of the look-back while the bot starts or takes in a change and its tables are not built yet. */
export const STILL_LOADING_NOTE = 'Open requests and earlier resolutions on these topics are still loading: ask again in a moment to see them.';

/** The newest few resolutions on an agenda subject from meetings before `before` (ms), the committee's own first. */
export function earlierResolutionsOn(view: RecordView, topic: AgendaTopic, before: number, options: { limit: number; committee?: string | null }): ResolutionRef[] {
  const index = agendaTopicIndex(view);
  // Room for the exempt ones refsOf drops.
  const room = options.limit * 4;
  const list = topic.dated;
  // Positions ascend as starts descend: the first one before `before`.
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index.starts[list[mid]!]! >= before) lo = mid + 1;
    else hi = mid;
  }
  const take = (skip: (at: number) => boolean): string[] => {
    const ids: string[] = [];
    for (let i = lo; i < list.length && ids.length < room; i++) {
      if (!skip(list[i]!)) addDatedResolutionIds(index, list[i]!, ids);
    }
    return ids;
  };
  // -2: a committee no entry names.
  const committee = options.committee ? (index.committees.get(options.committee) ?? -2) : null;
  const own = committee !== null ? take((at) => index.datedCommittee[at] !== committee) : [];
  const others = own.length >= room ? [] : take((at) => committee !== null && index.datedCommittee[at] === committee);
  return [...refsOf(view, own), ...refsOf(view, others)].slice(0, options.limit);
}

/** The oldest few requests on an agenda subject still open as of now, the committee's own first; `skip`: already listed. */
export function openRequestsOn(ctx: AnswerContext, topic: AgendaTopic, options: { limit: number; committee?: string | null; skip?: Set<string> }): RequestStatus[] {
  const index = agendaTopicIndex(ctx.view);
  const found: CatalogueEntry[] = [];
  // -2: a committee no request names.
  const own = options.committee ? (index.committees.get(options.committee) ?? -2) : null;
  // The committee's own first, then the others (its own were all looked at, unless the list filled).
  const take = (ownOnly: boolean) => {
    for (const order of topic.requests) {
      if (found.length >= options.limit) return;
      const committee = index.requestCommittee[order]!;
      if (ownOnly ? committee !== own : own !== null && committee === own) continue;
      // Raised by now: its meeting had started, or it has no date.
      if (index.requestStart[order]! > ctx.t) continue;
      const entry = index.catalogue[order]!;
      if (options.skip?.has(entry.request.id) || !isOpen(ctx.view.store, entry.request.id)) continue;
      found.push(entry);
    }
  };
  if (own !== null) take(true);
  take(false);
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
export function lookBackSections(ctx: AnswerContext, meeting: Meeting, items: AgendaItem[]): { sections: AnswerSection[]; capped: boolean; loading: boolean } {
  const view = ctx.view;
  const subjects = agendaSubjects(view, meeting, items);
  // While the index loads at start, or catches up with a change, the tables are built in the
  // background, not on a member's answer, which says they are coming.
  if (subjects.length > 0 && !ctx.indexComplete && !agendaTopicsReady(view)) return { sections: [], capped: false, loading: true };
  const start = startTime(view, meeting)!;
  const requestIds = new Set<string>();
  const requestEntries: AnswerEntry[] = [];
  const resolutionIds = new Set<string>();
  const resolutionEntries: AnswerEntry[] = [];
  let capped = false;
  for (const topic of subjects) {
    if (requestEntries.length >= RELATED_IN_ALL && resolutionEntries.length >= RELATED_IN_ALL) {
      capped = true;
      break;
    }
    // One look-up per topic serves both lists.
    const subject = agendaTopic(view, topic);
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
  return { sections: out, capped, loading: false };
}
