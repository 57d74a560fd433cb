// Requests on a topic: those whose words match, and those of items whose title does.
import type { AnswerContext } from '../context.ts';
import { lookupKey, ofCommittee, type RecordView } from '../record-view.ts';
import { PackedLists } from '../packed-lists.ts';
import { byDocument, documentLookupKey, UNKNOWN } from '../topics/document-lookups.ts';
import { topicHitsOnce, topicKey, topicMemo, type TopicHit } from '../topics/topic-hits.ts';
import { raisedBy, requestCatalogue, statusOf, type CatalogueEntry, type RequestStatus } from './request-catalogue.ts';

/**
 * Places in the request catalogue (`order`) by the index's document number, worked out as topics
 * reach them: a request's own (-1: none, an exempt item's), the number of an item's list in
 * `ItemRequests.lists` (-1: none). Numbers only: what topics reach adds no object to keep.
 */
interface RequestPlaces {
  ofRequest: Int32Array;
  ofItem: Int32Array;
}

const PLACES = documentLookupKey<RequestPlaces>('request places, by document');
const NO_LIST = -1;

function requestPlaces(slots: number): RequestPlaces {
  return { ofRequest: new Int32Array(slots).fill(UNKNOWN), ofItem: new Int32Array(slots).fill(UNKNOWN) };
}

/** Each item's requests as catalogue positions, in the record's order: one list per item that has any. */
interface ItemRequests {
  byItem: Map<string, number>;
  lists: PackedLists;
}

export const ITEM_REQUESTS = lookupKey<ItemRequests>('catalogue positions of each item\'s requests');

/** Each item's requests in the catalogue, built once per record version (in the background after start, with the catalogue). */
export function itemRequests(view: RecordView): ItemRequests {
  return view.derived.get(ITEM_REQUESTS, () => {
    const catalogue = requestCatalogue(view);
    const byItem = new Map<string, number>();
    const lists: number[][] = [];
    for (const [itemId, requests] of view.requestsByItem) {
      const list = requests.flatMap((r) => catalogue.byId.get(r.id)?.order ?? []);
      if (list.length === 0) continue;
      byItem.set(itemId, lists.length);
      lists.push(list);
    }
    return { byItem, lists: PackedLists.from(lists) };
  });
}

/** The catalogue's entries among topic hits, oldest first: requests whose words match, and those of items whose title does. */
export function requestsOfHits(ctx: AnswerContext, hits: readonly TopicHit[]): CatalogueEntry[] {
  const catalogue = requestCatalogue(ctx.view);
  const places = byDocument(ctx, PLACES, requestPlaces);
  const ofItems = itemRequests(ctx.view);
  const found: number[] = [];
  for (const hit of hits) {
    if (hit.kind === 'request') {
      let at = places.ofRequest[hit.doc]!;
      if (at === UNKNOWN) at = places.ofRequest[hit.doc] = catalogue.byId.get(hit.refId)?.order ?? -1;
      if (at >= 0) found.push(at);
    } else if (hit.kind === 'item' && hit.titleMatch) {
      // A request about an item's subject need not repeat its words ("a report back following implementation").
      let list = places.ofItem[hit.doc]!;
      if (list === UNKNOWN) list = places.ofItem[hit.doc] = ofItems.byItem.get(hit.refId) ?? NO_LIST;
      if (list === NO_LIST) continue;
      const lists = ofItems.lists;
      for (let k = lists.startOf(list), end = lists.endOf(list); k < end; k++) found.push(lists.value(k));
    }
  }
  const sorted = Uint32Array.from(found).sort();
  const entries: CatalogueEntry[] = [];
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) entries.push(catalogue.entries[sorted[i]!]!);
  return entries;
}

/** Requests on a topic whenever raised and of every committee, in catalogue order (oldest first). */
export function requestsEverAbout(ctx: AnswerContext, topic: string): readonly CatalogueEntry[] {
  // What the topic finds, in catalogue order, is the same whenever asked: remembered; the date and state are not.
  return topicMemo(ctx).remember(`requests|${topicKey(topic)}`, () => requestsOfHits(ctx, topicHitsOnce(ctx, topic, ['request', 'item'])));
}

/** Requests on a topic raised by now (open and done), oldest first. */
export function requestsAbout(ctx: AnswerContext, topic: string): RequestStatus[] {
  return requestsEverAbout(ctx, topic)
    .filter((e) => raisedBy(e, ctx.t) && ofCommittee(ctx, e.meeting))
    .map((e) => statusOf(ctx.view.store, e, ctx.today));
}
