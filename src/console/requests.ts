// Requests for a co-ordinator at a terminal (the local console and `scrutiny requests` / `request`):
// the ids that Slack keeps behind its buttons are shown, and a request is changed by its id.
import type { Answer } from '../answers/answer.ts';
import { evidenceLineCount } from '../answers/evidence/evidence-entry.ts';
import { requestStatusText } from '../answers/requests/request-wording.ts';
import type { RequestState } from '../model.ts';
import type { Store } from '../store/store.ts';

/** The answer with each request's id under it, so it can be named in `request done ID`. */
export function withRequestIds(answer: Answer): Answer {
  return {
    ...answer,
    sections: answer.sections.map((section) => ({
      ...section,
      entries: section.entries.map((entry) => {
        // A line of its own, so the id is never split by wrapping; under the status lines, before any evidence.
        if (!entry.request) return entry;
        const detail = entry.detail ?? [];
        const at = detail.length - evidenceLineCount(entry.request.evidence);
        return { ...entry, detail: [...detail.slice(0, at), `id ${entry.request.id}`, ...detail.slice(at)] };
      }),
    })),
  };
}

export interface RequestChange {
  /** changed; unchanged (it already had that status); unknown (no such id); failed (not written). */
  outcome: 'changed' | 'unchanged' | 'unknown' | 'failed';
  message: string;
}

function quoted(text: string): string {
  return `“${text.length > 100 ? `${text.slice(0, 99).trimEnd()}…` : text}”`;
}

/** Mark a request done or open it again, through the store; says truthfully what happened. */
export async function changeRequest(store: Store, id: string, status: RequestState['status'], by: string, at: Date): Promise<RequestChange> {
  const request = store.request(id);
  if (!request) {
    return { outcome: 'unknown', message: `No request has the id ${id}; "requests" lists them with their ids.` };
  }
  const before = store.requestState(id);
  if (before.status === status) {
    const already = status === 'done' ? `already marked done (${requestStatusText(before, false)})` : 'already open';
    return { outcome: 'unchanged', message: `${id} is ${already}; nothing was changed. ${quoted(request.text)}` };
  }
  try {
    await store.setRequestState(id, status, by, at);
  } catch (error) {
    return {
      outcome: 'failed',
      message:
        `${id} could not be ${status === 'done' ? 'marked done' : 'reopened'}: the store was not written ` +
        `(${error instanceof Error ? error.message : String(error)}), so it is still ${before.status === 'done' ? 'marked done' : 'open'}.`,
    };
  }
  return { outcome: 'changed', message: `${status === 'done' ? 'Marked done' : 'Reopened'}: ${id} ${quoted(request.text)}` };
}
