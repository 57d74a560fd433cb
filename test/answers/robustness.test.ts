// Whatever a member types, the engine answers: help, search or a clear notice, never a throw.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answers/engine.ts';
import { renderJson } from '../../src/answers/render-json.ts';
import { renderText } from '../../src/answers/render-text.ts';
import { at, corpusEngine, texts } from './corpus.ts';

let engine: AnswerEngine;
beforeAll(async () => {
  ({ engine } = await corpusEngine());
});

describe('any question gets an answer', () => {
  it('gives help for an empty or blank question', () => {
    for (const q of ['', '   ', '\n\t', '?', '<@U123ABC>', '<!channel>']) {
      expect(engine.ask(q).kind).toBe('help');
    }
  });

  it('gives help, saying nothing matched, for nonsense', () => {
    const answer = engine.ask('xqzzv plonkt wibblefrot');
    expect(answer.kind).toBe('help');
    expect(answer.title).toContain('Nothing in the record matches');
  });

  it('answers a 3,000-character question', () => {
    const long = 'private fostering '.repeat(170).slice(0, 3000);
    const answer = engine.ask(long, at('2026-11-22'));
    expect(['search', 'help']).toContain(answer.kind);
    expect(answer.question.length).toBeLessThan(400);
  });

  it('treats unicode and mrkdwn-like input as plain text', () => {
    expect(engine.ask('*next* _meeting_ <@U123> <!channel>', at('2017-07-10')).title).toBe('Next meeting: Thursday 13 July 2017, 10.00 am');
    for (const q of ['何时开会？', '🙂🙂🙂', 'Zoë’s café — naïve résumé', '`code` ~strike~ > quote', '<https://x.example|link>', '\u0000\u202e']) {
      const answer = engine.ask(q);
      expect(['help', 'search']).toContain(answer.kind);
      expect(renderText(answer)).not.toMatch(/something went wrong/);
    }
  });

  it('answers arbitrary text and question-like word salad without falling back to an apology', () => {
    const word = fc.oneof(
      fc.constantFrom('next', 'meeting', 'resolved', 'on', 'requests', 'history', 'of', 'attendance', 'Cllr', 'work', 'programme', '31/02/2018', '11th', 'Jan', '2018', 'all', 'did', 'ask', 'for', '*', '<@U1>', '?'),
      fc.string({ unit: 'grapheme', maxLength: 12 }),
    );
    const question = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.array(word, { maxLength: 12 }).map((w) => w.join(' ')));
    fc.assert(
      fc.property(question, (q) => {
        const answer = engine.ask(q, at('2020-01-01'));
        // The engine catches everything; an apology here means a builder threw.
        expect(answer.title).not.toMatch(/^Sorry, something went wrong/);
        JSON.parse(renderJson(answer));
        renderText(answer);
      }),
      { numRuns: 400 },
    );
  });

  it('ranks free search with snippets, and shows a duplicated item once', () => {
    const answer = engine.ask('Ofsted re-inspection', at('2026-11-22'));
    expect(answer.kind).toBe('search');
    const titles = texts(answer);
    expect(titles.filter((t) => t === "Children's Services Ofsted Outcome")).toHaveLength(1);
    expect(answer.sections[0]!.entries.some((e) => e.detail?.some((d) => /inspect/i.test(d)))).toBe(true);
  });
});
