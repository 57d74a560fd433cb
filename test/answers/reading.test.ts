// How a question was read is part of the answer: said in the text, carried in the
// JSON, and shown under the title in Slack, unless it was asked in a plain phrasing.
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answers/engine.ts';
import { renderJson } from '../../src/answers/render-json.ts';
import { renderText } from '../../src/answers/render-text.ts';
import { answerBlocks } from '../../src/slack/blocks/answer-blocks.ts';
import { at, corpusEngine } from './corpus.ts';

let engine: AnswerEngine;
beforeAll(async () => {
  ({ engine } = await corpusEngine());
});

function slackText(answer: ReturnType<AnswerEngine['ask']>): string {
  return JSON.stringify(answerBlocks(answer).blocks);
}

describe('the reading of a question', () => {
  it('is said in all three renderings when the question was not a plain phrasing', () => {
    const answer = engine.ask('decisions about young carers', at('2026-01-01'));
    expect(answer.reading).toMatchObject({ intent: 'resolutions', topic: 'young carers', shown: true, text: 'resolutions on "young carers", any date' });
    expect(renderText(answer)).toContain('Read as: resolutions on "young carers", any date');
    expect(JSON.parse(renderJson(answer)).reading.text).toBe('resolutions on "young carers", any date');
    expect(slackText(answer)).toContain('Read as: resolutions on \\"young carers\\", any date');
  });

  it('gives the dates a relative phrase stood for', () => {
    const answer = engine.ask('what did we ask for in october', at('2022-11-15'));
    expect(answer.reading).toMatchObject({ intent: 'requests', from: '2022-10-01', to: '2022-10-31' });
    expect(renderText(answer)).toContain('Read as: all requests on any topic, October 2022');
  });

  it('names the glossary terms read in the topic', () => {
    const answer = engine.ask('decisions on LAC', at('2026-01-01'));
    expect(answer.reading?.terms).toEqual(['children looked after']);
    expect(renderText(answer)).toContain('(read as children looked after)');
  });

  it('reads shorthand members type in lower case ("sw") as the term the papers write in capitals', () => {
    const answer = engine.ask('sw retention', at('2023-03-20'));
    expect(answer.reading?.terms).toContain('social workers');
    expect(renderText(answer)).toContain('Retention of Social Workers');
  });

  it('is not said for a plain phrasing, though the model still carries it', () => {
    const answer = engine.ask('next meeting', at('2017-07-10'));
    expect(answer.reading).toMatchObject({ intent: 'next-meeting', shown: false });
    expect(renderText(answer)).not.toContain('Read as');
    expect(slackText(answer)).not.toContain('Read as');
  });
});
