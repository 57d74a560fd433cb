// /scrutiny's answer as the member who asked sees it, as the JSON text posted to its response_url:
// ephemeral, with "Share in channel" where the answer makes sense for everyone, Mark done and Reopen
// for co-ordinators, Follow. One rendering wherever it is made: in the answer thread beside the
// answer (the running bot's usual path, so only the text crosses to the main thread) or in the main
// thread, for answers built there.
import type { Answer } from '../../answers/answer.ts';
import type { ReplyRequest } from '../../answers/engine.ts';
import { answerBlocks } from './answer-blocks.ts';

/** Answers to these do not make sense for the whole channel. */
export function isShareable(answer: Answer): boolean {
  return answer.kind !== 'help' && answer.kind !== 'reminders' && answer.kind !== 'following' && answer.kind !== 'notice' && answer.kind !== 'cannot';
}

/** The response_url body for `answer`, as JSON text. */
export function commandReply(answer: Answer, reply: Pick<ReplyRequest, 'coordinator'>): string {
  return JSON.stringify({ response_type: 'ephemeral', ...answerBlocks(answer, { share: isShareable(answer), requestButtons: reply.coordinator, followButtons: true }) });
}
