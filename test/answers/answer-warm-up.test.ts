// Before the bot says its answers are ready it answers one question of each kind (see
// src/answers/answer-warm-up.ts), so that no member's first question compiles that kind's code; it
// must reach each kind's builder, over the record's own matches, and keep nothing a member's answer reads.
import { describe, expect, it } from 'vitest';
import { warmUpQuestions } from '../../src/answers/answer-warm-up.ts';
import { createEngine } from '../../src/answers/engine.ts';
import { readQuestion } from '../../src/answers/question/read-question.ts';
import { questionVocabulary } from '../../src/answers/question/vocabulary.ts';
import { topicKey, topicMemo } from '../../src/answers/topics/topic-hits.ts';
import { ManualClock } from '../../src/clock.ts';
import { corpusEngine } from './corpus.ts';

/** An engine over the bundled corpus, with the kinds of the answers it warmed up with. */
async function warmedEngine() {
  const { store } = await corpusEngine();
  const kinds: string[] = [];
  const engine = await createEngine({ store, clock: new ManualClock('2026-11-22T12:00:00Z'), snapshotPath: null, warmedUp: (answer) => kinds.push(answer.kind) });
  return { engine, kinds };
}

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

  it('are answered once the look-ups are built, and given to whoever renders the replies', async () => {
    const { engine, kinds } = await warmedEngine();
    await engine.prepared();
    const ctx = engine.context();
    expect(kinds.length).toBe(warmUpQuestions(ctx.view, ctx.index, ctx.now).length);
    for (const kind of ['next-meeting', 'meeting', 'requests', 'resolutions', 'history', 'work-programme', 'attendance', 'search']) expect(kinds, kind).toContain(kind);
  });

  it('remember no topic: a member asking about the same one has it answered afresh', async () => {
    const { engine, kinds } = await warmedEngine();
    await engine.prepared();
    const ctx = engine.context();
    const topic = warmUpQuestions(ctx.view, ctx.index, ctx.now).find((q) => q.startsWith('history of '))!.slice('history of '.length);
    expect(kinds).toContain('history');
    const key = `history|${topicKey(topic)}`;
    expect(topicMemo(ctx).known(key)).toBeUndefined();
    // Its results are kept once a member asks, as before.
    const answer = engine.ask(`history of ${topic}`);
    expect(answer.kind).toBe('history');
    expect(answer.sections.length).toBeGreaterThan(0);
    expect(topicMemo(engine.context()).known(key)).toBeDefined();
  });
});
