// Everything on a topic, oldest first: items discussed, resolutions, requests
// and plan entries; undated plan entries last. Only what was known by now.
import type { AgendaItem, Meeting, Resolution, WorkProgrammeItem } from '../../model.ts';
import type { AnswerContext } from '../context.ts';
import { heldBy, ofCommittee } from '../record-view.ts';
import type { RequestStatus } from '../requests/request-catalogue.ts';
import { requestsAbout } from '../requests/request-topics.ts';
import { resolutionsAbout } from '../resolutions/resolution-queries.ts';
import { topicHitsOnce, topicKey, topicMemo } from '../topics/topic-hits.ts';
import { dedupeEntries, entryKnown } from '../work-programme/work-programme-queries.ts';

type ItemEvent = { kind: 'item'; date: string | null; meeting: Meeting | null; item: AgendaItem };

export type HistoryEvent =
  | ItemEvent
  | { kind: 'resolution'; date: string | null; meeting: Meeting | null; item: AgendaItem | null; resolution: Resolution }
  | { kind: 'request'; date: string | null; status: RequestStatus }
  | { kind: 'work-programme'; date: string | null; entry: WorkProgrammeItem };

const KIND_ORDER = { item: 0, resolution: 1, request: 2, 'work-programme': 3 } as const;

/** Timeline order: oldest first, undated last; on one date, items, then resolutions, requests and plan entries. */
export function historyOrder(a: HistoryEvent, b: HistoryEvent): number {
  const da = a.date ?? '9999-99-99';
  const db = b.date ?? '9999-99-99';
  if (da !== db) return da < db ? -1 : 1;
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
}

/**
 * Everything on a topic known by now, not yet in timeline order (see historyOrder): a
 * common topic has tens of thousands of entries, of which an answer lists a page or two.
 */
export function topicHistory(ctx: AnswerContext, topic: string): HistoryEvent[] {
  const view = ctx.view;
  const events: HistoryEvent[] = [];
  // The items and plan entries the topic finds are the same whenever asked: remembered, the items
  // with their meetings; what is known by the date asked is not.
  const { discussed, wpIds } = topicMemo(ctx).remember(
    `history|${topicKey(topic)}`,
    () => {
      const itemIds = new Set<string>();
      const planned = new Set<string>();
      for (const hit of topicHitsOnce(ctx, topic, ['item', 'work-programme'])) {
        if (hit.kind === 'item') itemIds.add(hit.refId);
        else planned.add(hit.refId);
      }
      const items: ItemEvent[] = [];
      for (const id of itemIds) {
        const item = view.store.item(id);
        if (!item) continue;
        const meeting = view.meetings.get(item.meetingId) ?? null;
        items.push({ kind: 'item', date: meeting?.date ?? null, meeting, item });
      }
      return { discussed: items, wpIds: planned };
    },
    (found) => found.discussed.length + found.wpIds.size,
  );
  for (const event of discussed) {
    // A meeting still to come was not discussed yet.
    if (heldBy(view, event.meeting, ctx.t) && ofCommittee(ctx, event.meeting)) events.push(event);
  }
  for (const ref of resolutionsAbout(ctx, topic)) {
    events.push({ kind: 'resolution', date: ref.meeting?.date ?? null, meeting: ref.meeting, item: ref.item, resolution: ref.resolution });
  }
  for (const status of requestsAbout(ctx, topic)) {
    events.push({ kind: 'request', date: status.meeting?.date ?? null, status });
  }
  const entries = [...wpIds].map((id) => view.workProgramme.get(id)).filter((e): e is WorkProgrammeItem => !!e && entryKnown(ctx, e));
  for (const entry of dedupeEntries(entries)) {
    events.push({ kind: 'work-programme', date: entry.date, entry });
  }
  return events;
}

/**
 * The first `limit` of `list` in the order `compare` gives, as a stable sort would give
 * them (equal ones in the order listed), without sorting the rest.
 */
export function firstInOrder<T>(list: readonly T[], limit: number, compare: (a: T, b: T) => number): T[] {
  const best: T[] = [];
  if (limit <= 0) return best;
  for (const value of list) {
    if (best.length === limit && compare(value, best[limit - 1]!) >= 0) continue;
    // After every one it does not come before: equal ones keep the order listed.
    let at = best.length;
    while (at > 0 && compare(value, best[at - 1]!) < 0) at--;
    best.splice(at, 0, value);
    if (best.length > limit) best.pop();
  }
  return best;
}
