// Everything on a topic, oldest first: items discussed, resolutions, requests
// and plan entries; undated plan entries last. Only what was known by now.
import type { AgendaItem, Meeting, Resolution, WorkProgrammeItem } from '../../model.ts';
import type { AnswerContext } from '../context.ts';
import { heldBy, ofCommittee } from '../record-view.ts';
import type { RequestStatus } from '../requests/request-catalogue.ts';
import { requestsAbout } from '../requests/request-topics.ts';
import { resolutionsAbout } from '../resolutions/resolution-queries.ts';
import { topicHits } from '../topics/topic-hits.ts';
import { dedupeEntries, entryKnown } from '../work-programme/work-programme-queries.ts';

export type HistoryEvent =
  | { kind: 'item'; date: string | null; meeting: Meeting | null; item: AgendaItem }
  | { kind: 'resolution'; date: string | null; meeting: Meeting | null; item: AgendaItem | null; resolution: Resolution }
  | { kind: 'request'; date: string | null; status: RequestStatus }
  | { kind: 'work-programme'; date: string | null; entry: WorkProgrammeItem };

export function topicHistory(ctx: AnswerContext, topic: string): HistoryEvent[] {
  const view = ctx.view;
  const events: HistoryEvent[] = [];
  const itemIds = new Set<string>();
  const wpIds = new Set<string>();
  for (const hit of topicHits(ctx, topic, ['item', 'work-programme'])) {
    if (hit.kind === 'item') itemIds.add(hit.refId);
    else wpIds.add(hit.refId);
  }
  for (const id of itemIds) {
    const item = view.store.item(id);
    if (!item) continue;
    const meeting = view.meetings.get(item.meetingId) ?? null;
    // A meeting still to come was not discussed yet.
    if (!heldBy(view, meeting, ctx.t) || !ofCommittee(ctx, meeting)) continue;
    events.push({ kind: 'item', date: meeting?.date ?? null, meeting, item });
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
  const order = { item: 0, resolution: 1, request: 2, 'work-programme': 3 } as const;
  return events.sort((a, b) => {
    const da = a.date ?? '9999-99-99';
    const db = b.date ?? '9999-99-99';
    if (da !== db) return da < db ? -1 : 1;
    return order[a.kind] - order[b.kind];
  });
}
