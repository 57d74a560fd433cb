// Requests on a topic: those whose words match, and those of items whose title does.
import type { AnswerContext } from '../context.ts';
import type { RecordView } from '../record-view.ts';
import { ofCommittee } from '../record-view.ts';
import { topicHitsOnce, topicKey, topicMemo, type TopicHit } from '../topics/topic-hits.ts';
import { catalogueEntriesOf, raisedBy, statusOf, type CatalogueEntry, type RequestStatus } from './request-catalogue.ts';

/** Ids of the requests among topic hits: those whose words match, and those of items whose title does. */
export function requestIdsOf(view: RecordView, hits: TopicHit[]): Set<string> {
  const ids = new Set<string>();
  for (const hit of hits) {
    if (hit.kind === 'request') ids.add(hit.refId);
    // A request about an item's subject need not repeat its words ("a report back following implementation").
    else if (hit.kind === 'item' && hit.titleMatch) for (const r of view.requestsByItem.get(hit.refId) ?? []) ids.add(r.id);
  }
  return ids;
}

/** Requests on a topic whenever raised and of every committee, in catalogue order (oldest first). */
export function requestsEverAbout(ctx: AnswerContext, topic: string): readonly CatalogueEntry[] {
  // What the topic finds, in catalogue order, is the same whenever asked: remembered; the date and state are not.
  return topicMemo(ctx).remember(`requests|${topicKey(topic)}`, () => catalogueEntriesOf(ctx.view, requestIdsOf(ctx.view, topicHitsOnce(ctx, topic, ['request', 'item']))));
}

/** Requests on a topic raised by now (open and done), oldest first. */
export function requestsAbout(ctx: AnswerContext, topic: string): RequestStatus[] {
  return requestsEverAbout(ctx, topic)
    .filter((e) => raisedBy(e, ctx.t) && ofCommittee(ctx, e.meeting))
    .map((e) => statusOf(ctx.view.store, e, ctx.today));
}
