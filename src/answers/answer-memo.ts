// Answers asked again. A member asking the same thing again, or a second member asking
// it, gets the answer built the first time, for as long as nothing it was built from has
// changed: the record (the memo is kept with the record version's view), the request
// statuses and evidence decisions (a new requestStatesVersion starts a new memo), the
// question as read, the page and the board; and the moment asked, to the granularity
// answers read it: the London date, and which meetings had started by then (every instant
// an answer compares the clock with is a meeting's start or a London midnight).
//
// An answer is kept as its JSON text, not as the objects it was built of: one string, which the
// collector neither marks nor traces, in place of a few hundred objects (an entry, its lines, its
// citation ...) that every full collection of the answer thread marked again while the bot served,
// and that were promoted, object by object, from the young generation as the memo filled.
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

/** How much of what is asked the memo keeps. */
export interface AnswerMemoLimits {
  /**
   * Characters of answer text kept per record version, about in proportion to the memory held (each
   * answer is kept as its JSON text, longer than its text by its keys and quotes): the default holds
   * some 600 answers where a long answer runs to 50 entries, far more where answers are short: the
   * questions of a board's busy day many times over. Each thread that answers keeps its own.
   */
  characters: number;
  /** Answers built in less time than this (ms) are not kept: building them again costs less than the memory. */
  cheapMs: number;
}

export const ANSWER_MEMO_LIMITS: AnswerMemoLimits = { characters: 6_000_000, cheapMs: 2 };

/** Longer questions (a pasted paragraph) are not kept: their text would be the key. */
const LONGEST_KEPT = 500;

/** The characters of an answer's text, about in proportion to the memory it holds. */
function charactersOf(answer: Answer): number {
  let characters = answer.title.length + (answer.summary?.length ?? 0);
  for (const section of answer.sections) {
    characters += section.heading.length;
    for (const entry of section.entries) {
      characters += entry.text.length + (entry.label?.length ?? 0);
      for (const line of entry.detail ?? []) characters += line.length;
      for (const ref of entry.request?.evidence?.proposed ?? []) characters += ref.label.length + (ref.quote?.length ?? 0);
    }
  }
  for (const note of answer.notes ?? []) characters += note.length;
  return characters;
}

/** The answer to `question` as read in `ctx`: built by `build` the first time, then the same again. */
export function rememberedAnswer(ctx: AnswerContext, question: string, reading: QuestionReading, build: () => Answer, limits: AnswerMemoLimits = ANSWER_MEMO_LIMITS): Answer {
  // Over an index still loading, a look-back finds nothing: not an answer to keep.
  if (!ctx.indexComplete || question.length > LONGEST_KEPT) return build();
  const statesVersion = ctx.view.store.requestStatesVersion();
  const kept = ctx.view.derived.get(ANSWERS, () => ({ statesVersion, memo: new BoundedMemo(limits.characters) }));
  if (kept.statesVersion !== statesVersion) {
    kept.statesVersion = statesVersion;
    kept.memo = new BoundedMemo(limits.characters);
  }
  const key = `${question}\u0000${JSON.stringify(reading)}\u0000${ctx.committee ?? ''}\u0000${ctx.limit}\u0000${ctx.today}\u0000${firstAfter(ctx.view, ctx.t)}`;
  const asOf = ctx.now.toISOString();
  const known = kept.memo.known<string>(key);
  // Each ask gets an answer of its own, saying when it was asked for.
  if (known !== undefined) return { ...(JSON.parse(known) as Answer), asOf };
  const started = performance.now();
  const found = build();
  if (performance.now() - started >= limits.cheapMs) kept.memo.keep(key, JSON.stringify(found), charactersOf(found));
  return found.asOf === asOf ? found : { ...found, asOf };
}
