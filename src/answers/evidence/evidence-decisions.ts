// A co-ordinator's decision on a proposed answer: confirming closes the request
// with the evidence recorded; dismissing puts that item aside for that request
// (the next best proposal, if any, shows instead). Only a person does either.
import type { AgendaItem, EvidenceDecision, Request, RequestState } from '../../model.ts';
import type { Store } from '../../store/store.ts';

export type DecisionOutcome =
  | { ok: true; request: Request; item: AgendaItem; state: RequestState }
  | { ok: false; reason: string };

export interface EvidenceChoice {
  requestId: string;
  itemId: string;
  decision: EvidenceDecision['decision'];
  by: string;
  at: Date;
}

export async function decideEvidence(store: Store, choice: EvidenceChoice): Promise<DecisionOutcome> {
  const request = store.request(choice.requestId);
  if (!request) return { ok: false, reason: 'That request is no longer in the record.' };
  const item = store.item(choice.itemId);
  if (!item) return { ok: false, reason: 'That paper is no longer in the record.' };
  const decision: EvidenceDecision = {
    itemId: item.id,
    meetingId: item.meetingId,
    decision: choice.decision,
    by: choice.by,
    at: choice.at.toISOString(),
  };
  await store.updateState((state) => {
    const evidence = (state.evidence ??= {});
    evidence[request.id] = [...(evidence[request.id] ?? []), decision];
  });
  const state =
    choice.decision === 'confirmed' ? await store.setRequestState(request.id, 'done', choice.by, choice.at) : store.requestState(request.id);
  return { ok: true, request, item, state };
}
