// The question reader is warmed up after start with questions of the common shapes (see
// src/answers/question/reader-warm-up.ts): they must reach the date and intent readers they are there for.
import { describe, expect, it } from 'vitest';
import { readQuestion } from '../../src/answers/question/read-question.ts';
import { WARM_UP_QUESTIONS, warmUpQuestionReader } from '../../src/answers/question/reader-warm-up.ts';

const NOW = new Date('2024-06-12T10:00:00Z');

describe('the question reader warmed up after start', () => {
  it('reads questions of several kinds, dates of each shape among them', () => {
    const readings = WARM_UP_QUESTIONS.map((q) => readQuestion(q, NOW));
    expect(new Set(readings.map((r) => r.intent)).size).toBeGreaterThanOrEqual(5);
    const periods = readings.filter((r) => r.period !== null);
    expect(periods.length).toBeGreaterThanOrEqual(6);
  });

  it('reads them one per step, in the background look-ups', () => {
    const job = warmUpQuestionReader({ names: new Set(), committees: [] }, NOW);
    let steps = 0;
    while (!job.slice({ budgetMs: 0, now: () => 0, turn: async () => {} })) steps++;
    expect(steps).toBe(WARM_UP_QUESTIONS.length);
  });
});
