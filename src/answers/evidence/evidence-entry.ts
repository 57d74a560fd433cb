// A request's evidence as the answer model carries it: the later items proposed
// as its answer (or the one confirmed), and the lines every rendering shows:
// "Possibly answered by ...", the reasons and the sentence that says so.
import { formatShortDate } from '../../london.ts';
import type { EvidenceRef, RequestEvidenceView } from '../answer.ts';
import { citeLabel } from '../answer-parts.ts';
import type { RecordView } from '../record-view.ts';
import type { RequestStatus } from '../requests/request-catalogue.ts';
import { requestEvidence } from './evidence-queries.ts';

function refOf(view: RecordView, itemId: string, meetingId: string, reasons: string[], quote: string | null): EvidenceRef | null {
  const item = view.store.item(itemId);
  const meeting = view.meetings.get(meetingId) ?? null;
  if (!item) return null;
  return {
    itemId,
    meetingId,
    label: citeLabel(meeting, item),
    date: meeting?.date ?? null,
    reasons,
    ...(quote && !item.private ? { quote } : {}),
    ...(item.private ? { exempt: true } : {}),
  };
}

/** The evidence of a request as of its status's date, and the detail lines that say it; none when there is none. */
export function evidenceOf(view: RecordView, status: RequestStatus): { evidence: RequestEvidenceView; lines: string[] } | null {
  // Proposals are shown for open requests only: finding them for the done ones of a past meeting was most of its answer's time.
  const found = requestEvidence(view, status.request.id, status.asOf, { proposals: status.state.status === 'open' });
  if (found.confirmed) {
    const ref = refOf(view, found.confirmed.itemId, found.confirmed.meetingId, ['confirmed by a co-ordinator'], null);
    if (!ref) return null;
    const line = `Answered by ${ref.label}${ref.exempt ? ' (exempt)' : ''} · confirmed by ${found.confirmed.by} on ${formatShortDate(found.confirmed.at.slice(0, 10))}`;
    return { evidence: { proposed: [], confirmed: { ...ref, by: found.confirmed.by, at: found.confirmed.at } }, lines: [line] };
  }
  if (status.state.status !== 'open' || found.proposals.length === 0) return null;
  const proposed = found.proposals
    .map((p) => refOf(view, p.itemId, p.meetingId, p.reasons, p.quote))
    .filter((r): r is EvidenceRef => r !== null);
  if (proposed.length === 0) return null;
  const lines: string[] = [];
  for (const ref of proposed) {
    lines.push(`Possibly answered by ${ref.label}${ref.exempt ? ' (exempt)' : ''}: ${ref.reasons.join('; ')}`);
    if (ref.quote) lines.push(`“${ref.quote}”`);
  }
  return { evidence: { proposed }, lines };
}

/** How many of an entry's detail lines (the last ones) say its evidence. */
export function evidenceLineCount(evidence: RequestEvidenceView | undefined): number {
  if (!evidence) return 0;
  if (evidence.confirmed) return 1;
  return evidence.proposed.reduce((n, ref) => n + (ref.quote ? 2 : 1), 0);
}
