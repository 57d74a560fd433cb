// Answers asked again. A member asking the same thing again, or a second member asking
// it, gets the answer built the first time, for as long as nothing it was built from has
// changed: the record (the memo is kept with the record version's view), the request
// statuses and evidence decisions (a new requestStatesVersion starts a new memo), the
// question as read, the page and the board; and the moment asked, to the granularity
// answers read it: the London date, and which meetings had started by then (every instant
// an answer compares the clock with is a meeting's start or a London midnight).
import type { Answer } from './answer.ts';
import { BoundedMemo } from './bounded-memo.ts';
import type { AnswerContext } from './context.ts';
import type { QuestionReading } from './question/question-reading.ts';
import { firstAfter, lookupKey } from './record-view.ts';

interface KeptAnswers {
  statesVersion: number;
  memo: BoundedMemo;
}

const ANSWERS = lookupKey<KeptAnswers>('answers asked');

/**
 * Answers kept per record version, counted in their lines (an answer counts one more):
 * a bound on memory (a few tens of MB at council scale) that holds a busy day's distinct questions.
 */
export const ANSWER_LINES_KEPT = 200_000;

/** Longer questions (a pasted paragraph) are not kept: their text would be the key. */
const LONGEST_KEPT = 500;

function linesOf(answer: Answer): number {
  let lines = 1;
  for (const section of answer.sections) lines += section.entries.length;
  return lines;
}

/** The answer to `question` as read in `ctx`: built by `build` the first time, then the same again. */
export function rememberedAnswer(ctx: AnswerContext, question: string, reading: QuestionReading, build: () => Answer): Answer {
  // Over an index still loading, a look-back finds nothing: not an answer to keep.
  if (!ctx.indexComplete || question.length > LONGEST_KEPT) return build();
  const statesVersion = ctx.view.store.requestStatesVersion();
  const kept = ctx.view.derived.get(ANSWERS, () => ({ statesVersion, memo: new BoundedMemo(ANSWER_LINES_KEPT) }));
  if (kept.statesVersion !== statesVersion) {
    kept.statesVersion = statesVersion;
    kept.memo = new BoundedMemo(ANSWER_LINES_KEPT);
  }
  const key = `${question}\u0000${JSON.stringify(reading)}\u0000${ctx.committee ?? ''}\u0000${ctx.limit}\u0000${ctx.today}\u0000${firstAfter(ctx.view, ctx.t)}`;
  const found = kept.memo.remember(key, build, linesOf);
  const asOf = ctx.now.toISOString();
  // A copy: the kept answer is shared, and says when it was asked for.
  return found.asOf === asOf ? found : { ...found, asOf };
}
