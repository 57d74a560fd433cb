// A channel message's request entry, changed in place after Mark done / Reopen: the button swaps and
// the status line says who changed it and when. The rest of the message is left exactly as posted.
import type { RequestState } from '../../model.ts';
import { ActionIds } from '../ids.ts';
import { decodeRequestRef } from './action-values.ts';
import { requestButton, requestStatusLine, type Block } from './answer-blocks.ts';

const STATUS_LINE = /^(Open|:warning: Open · \*OVERDUE\*|:white_check_mark: Done.*)$/;

/** The blocks with every entry of `requestId` showing `state`; null when none is in them. */
export function patchRequestBlocks(blocks: readonly Block[], requestId: string, state: RequestState): Block[] | null {
  let found = false;
  const patched = blocks.map((block) => {
    if (block.type !== 'section' || block.accessory?.type !== 'button') return block;
    const button = block.accessory;
    if (button.action_id !== ActionIds.markRequestDone && button.action_id !== ActionIds.reopenRequest) return block;
    const ref = decodeRequestRef(button.value);
    if (ref?.r !== requestId) return block;
    found = true;
    const lines = (block.text?.text ?? '').split('\n');
    const last = lines[lines.length - 1] ?? '';
    const overdue = last.includes('*OVERDUE*');
    if (STATUS_LINE.test(last)) lines[lines.length - 1] = requestStatusLine(state, overdue);
    else lines.push(requestStatusLine(state, overdue));
    return {
      ...block,
      text: { type: 'mrkdwn' as const, text: lines.join('\n') },
      // The label keeps naming the request the button was for.
      accessory: requestButton(requestId, state, ref.a, button.accessibility_label?.replace(/^(?:Mark done|Reopen): /, '')),
    };
  });
  return found ? patched : null;
}
