// /scrutiny's reply to a question as the answer thread renders it (see Engine.answerReply): the answer
// retitled for the other board the question named, then rendered. Loaded by the thread with the
// engine, not before it; the main thread renders an answer it had to build itself the same way.
import type { Answer } from '../answers/answer.ts';
import type { ReplyRequest } from '../answers/engine.ts';
import { retitled } from '../boards/board-engine.ts';
import { commandReply } from '../slack/blocks/command-reply.ts';

/** `answer` as the reply asked for, rendered by `render` (default: /scrutiny's ephemeral reply). */
export function renderReply(answer: Answer, reply: ReplyRequest, render: (answer: Answer) => string = (a) => commandReply(a, reply)): string {
  return render(reply.aboutBoard ? retitled(answer, reply.aboutBoard) : answer);
}
