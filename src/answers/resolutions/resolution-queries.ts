// Resolutions: of one meeting, and on a topic across meetings, newest first.
// Exempt items' resolutions never appear; those of meetings still to come are not known yet.
import type { AgendaItem, Meeting, Resolution } from '../../model.ts';
import type { AnswerContext } from '../context.ts';
import { compareNumbers, heldBy, ofCommittee, type RecordView } from '../record-view.ts';
import { topicHits, topicKey, topicMemo, type TopicHit } from '../topics/topic-hits.ts';

export interface ResolutionRef {
  resolution: Resolution;
  item: AgendaItem | null;
  meeting: Meeting | null;
}

export function newestFirst(a: { meeting: Meeting | null; item: AgendaItem | null }, b: { meeting: Meeting | null; item: AgendaItem | null }): number {
  const da = a.meeting?.date ?? '';
  const db = b.meeting?.date ?? '';
  if (da !== db) return da < db ? 1 : -1;
  return compareNumbers(a.item?.number ?? null, b.item?.number ?? null);
}

/** Resolutions by id, with their item and meeting, newest first; exempt items' left out. */
export function refsOf(view: RecordView, ids: Iterable<string>): ResolutionRef[] {
  const refs: ResolutionRef[] = [];
  for (const id of new Set(ids)) {
    const resolution = view.store.resolution(id);
    if (!resolution) continue;
    const item = view.store.item(resolution.itemId) ?? null;
    if (item?.private) continue;
    refs.push({ resolution, item, meeting: view.meetings.get(resolution.meetingId) ?? null });
  }
  return refs.sort((a, b) => newestFirst(a, b) || a.resolution.clause - b.resolution.clause);
}

/** All resolutions of one meeting, in minute order. */
export function resolutionsAt(view: RecordView, meetingId: string): ResolutionRef[] {
  const ids = (view.itemsByMeeting.get(meetingId) ?? []).flatMap((i) => (view.resolutionsByItem.get(i.id) ?? []).map((r) => r.id));
  return refsOf(view, ids);
}

/**
 * Resolutions on a topic made by now, newest first: those whose words or item title
 * match, and those of items whose discussion was on the topic.
 */
export function resolutionsAbout(ctx: AnswerContext, topic: string, options: { direct?: boolean } = {}): ResolutionRef[] {
  const all = topicMemo(ctx).remember(`resolutions|${options.direct ? 'direct' : 'all'}|${topicKey(topic)}`, () =>
    resolutionsFromHits(ctx.view, topicHits(ctx, topic, ['resolution', 'item']), options),
  );
  return all.filter((r) => heldBy(ctx.view, r.meeting, ctx.t) && ofCommittee(ctx, r.meeting));
}

/**
 * Resolutions among topic hits. `direct`: only where the topic is in the resolution
 * or its item's title, not merely in the discussion.
 *
 * An item whose title names the topic brings all its resolutions. An item that
 * only discussed it brings its resolutions only when none of them names the
 * topic itself; when some do, those are the ones (a work-programme item adding
 * "Private Fostering report back" beside "Audit report back" brings the first).
 */
export function resolutionsFromHits(view: RecordView, hits: TopicHit[], options: { direct?: boolean } = {}): ResolutionRef[] {
  return refsOf(view, resolutionIdsOf(view, hits, options));
}

function resolutionIdsOf(view: RecordView, hits: TopicHit[], options: { direct?: boolean }): string[] {
  const ids = new Set<string>();
  const itemsWithDirectHits = new Set<string>();
  for (const hit of hits) {
    if (hit.kind !== 'resolution' || !hit.titleMatch) continue;
    ids.add(hit.refId);
    const itemId = view.store.resolution(hit.refId)?.itemId;
    if (itemId) itemsWithDirectHits.add(itemId);
  }
  for (const hit of hits) {
    if (hit.kind !== 'item') continue;
    if (hit.relevance === 'mentioned' || (options.direct && !hit.titleMatch)) continue;
    if (!hit.titleMatch && itemsWithDirectHits.has(hit.refId)) continue;
    for (const r of view.resolutionsByItem.get(hit.refId) ?? []) ids.add(r.id);
  }
  return [...ids];
}
