// Before the bot says its answers are ready it answers one question of each kind (see
// src/answers/answer-warm-up.ts), so that no member's first question compiles that kind's code; it
// must reach each kind's builder, over the record's own matches, and keep nothing a member's answer reads.
import { describe, expect, it, vi } from 'vitest';
import { warmUpQuestions } from '../../src/answers/answer-warm-up.ts';
import type { AnswerContext } from '../../src/answers/context.ts';
import { readQuestion } from '../../src/answers/question/read-question.ts';
import { questionVocabulary } from '../../src/answers/question/vocabulary.ts';
import { topicKey, topicMemo } from '../../src/answers/topics/topic-hits.ts';
import { corpusEngine } from './corpus.ts';

const histories = vi.hoisted(() => [] as AnswerContext[]);
vi.mock('../../src/answers/history/build-history.ts', async (original) => {
  const real = await original<typeof import('../../src/answers/history/build-history.ts')>();
  return {
    ...real,
    buildHistory: (ctx: AnswerContext, ...rest: unknown[]) => {
      histories.push(ctx);
      return (real.buildHistory as (...args: unknown[]) => unknown)(ctx, ...rest);
    },
  };
});

describe('the answers warmed up before the bot says they are ready', () => {
  it('ask a question of every common kind, topics about a subject the record has', async () => {
    const { engine } = await corpusEngine();
    await engine.loaded();
    const ctx = engine.context();
    const questions = warmUpQuestions(ctx.view, ctx.index, ctx.now);
    const intents = new Set(questions.map((q) => readQuestion(q, ctx.now, questionVocabulary(ctx.view)).intent));
    for (const kind of ['next-meeting', 'latest-meeting', 'meeting', 'meeting-attendance', 'requests', 'resolutions', 'history', 'work-programme', 'slipped', 'coming', 'attendance', 'search']) {
      expect(intents, kind).toContain(kind);
    }
    expect(questions.some((q) => q.startsWith('history of '))).toBe(true);
  });

  it('are answered once the look-ups are built, remembering no topic', async () => {
    const { engine } = await corpusEngine();
    await engine.prepared();
    const ctx = engine.context();
    const topic = warmUpQuestions(ctx.view, ctx.index, ctx.now).find((q) => q.startsWith('history of '))!.slice('history of '.length);
    // Asked, over the record's own index, in a context that keeps nothing.
    const warmedUp = histories.filter((h) => h.view === ctx.view);
    expect(warmedUp.length).toBeGreaterThan(0);
    expect(warmedUp.every((h) => !h.indexComplete && h.index === ctx.index)).toBe(true);
    const key = `history|${topicKey(topic)}`;
    expect(topicMemo(ctx).known(key)).toBeUndefined();
    // A member's question on it is answered afresh, and its results kept as before.
    const answer = engine.ask(`history of ${topic}`);
    expect(answer.kind).toBe('history');
    expect(answer.sections.length).toBeGreaterThan(0);
    expect(histories.filter((h) => h.view === ctx.view).length).toBe(warmedUp.length + 1);
    expect(topicMemo(engine.context()).known(key)).toBeDefined();
  });
});
