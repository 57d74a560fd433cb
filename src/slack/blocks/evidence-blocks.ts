// Under a request that later papers seem to answer: one pair of buttons per proposal,
// "Answered by Minute 42" (closes the request with that evidence) and "Not the answer".
// Only co-ordinators' clicks change anything; the listener tells anyone else so.
import type { AnswerEntry } from '../../answers/answer.ts';
import { ActionIds, BlockIds } from '../ids.ts';
import { encodeEvidenceRef, type AnswerRef } from './action-values.ts';
import type { Block, Button } from './answer-blocks.ts';
import { shorten } from './mrkdwn.ts';

/** Slack's limit on a button's text. */
const BUTTON_TEXT = 75;

/** "Minute 42" from "Thursday 1 March 2018 · Minute 42 · Private Fostering - Report Back", else the date. */
function shortName(label: string): string {
  const parts = label.split(' · ');
  return parts.find((p) => /^(?:Minute|Item) /.test(p)) ?? parts[0] ?? 'this paper';
}

/** The actions block for an open request's proposed answers, or null when it has none. */
export function evidenceActions(entry: AnswerEntry, n: number, answer?: AnswerRef): Block | null {
  const request = entry.request;
  const proposed = request?.state.status === 'open' ? (request.evidence?.proposed ?? []) : [];
  if (!request || proposed.length === 0) return null;
  const elements: Button[] = [];
  for (const ref of proposed) {
    const name = shortName(ref.label);
    const value = encodeEvidenceRef(request.id, ref.itemId, answer);
    elements.push(
      { type: 'button', action_id: ActionIds.confirmEvidence, text: { type: 'plain_text', text: shorten(`Answered by ${name}`, BUTTON_TEXT) }, value, style: 'primary' },
      { type: 'button', action_id: ActionIds.dismissEvidence, text: { type: 'plain_text', text: shorten(`Not ${name}`, BUTTON_TEXT) }, value },
    );
  }
  return { type: 'actions', block_id: `${BlockIds.evidencePrefix}${n}`, elements };
}
