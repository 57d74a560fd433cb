// The question corpus (test/answers/eval): every question, as members type them,
// must get an answer that states its facts and none of the facts it must not.
// `npm run eval:ask` asks the same questions and prints the pass rate.
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answers/engine.ts';
import { describeFailure, judge } from './eval/ask-eval.ts';
import { BUNDLED_CASES } from './eval/bundled-questions.ts';
import { councilCases, councilEngine } from './eval/council-questions.ts';
import { corpusEngine } from './corpus.ts';

describe('questions on the bundled corpus', () => {
  let engine: AnswerEngine;
  beforeAll(async () => {
    ({ engine } = await corpusEngine());
  });
  it('holds at least 150 questions', () => expect(BUNDLED_CASES.length).toBeGreaterThanOrEqual(150));
  it.each(BUNDLED_CASES.map((c) => [`${c.q} (as of ${c.now})`, c] as const))('%s', (_, c) => {
    const result = judge(engine, c);
    expect(result.passed, describeFailure(result)).toBe(true);
  });
});

describe('questions on a generated council record with two committees', async () => {
  const council = await councilEngine();
  const cases = councilCases(council.council, council.agendas);
  it('asks about each committee', () => expect(cases.length).toBeGreaterThanOrEqual(10));
  it.each(cases.map((c) => [`${c.q} (as of ${c.now})`, c] as const))('%s', (_, c) => {
    const result = judge(council.engine, c);
    expect(result.passed, describeFailure(result)).toBe(true);
  });
});
