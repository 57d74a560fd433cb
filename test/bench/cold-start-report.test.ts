// A cold start's answer is reported as the member got it: when it said the agenda's look-back was
// still loading, the row says how many of the answers were not yet whole.
import { describe, expect, it } from 'vitest';
import { saysLookBackLoading, type ColdStartRun } from '../../bench/measure/cold-start.ts';
import { coldStartRow } from '../../bench/measure/report.ts';
import { STILL_LOADING_NOTE } from '../../src/answers/meetings/agenda-look-back.ts';

const run = (answerMs: number, lookBackLoading: boolean): ColdStartRun => ({
  question: 'whens the next mtg',
  portMs: answerMs - 600,
  answerMs,
  answered: 'Next meeting: Tuesday 5 December 2023, 10.00 am',
  lookBackLoading,
  error: null,
});

describe('a cold start to a structured answer', () => {
  it('tells an answer whose look-back was still loading from a whole one', () => {
    const blocks = (notes: string[]) => ({
      text: 'Next meeting: Tuesday 5 December 2023, 10.00 am',
      blocks: [
        { type: 'section', text: { type: 'mrkdwn', text: '*Agenda*' } },
        { type: 'context', elements: [...notes, 'Source: 2023-12-05-agenda-pack.pdf'].map((text) => ({ type: 'mrkdwn', text })) },
      ],
    });
    expect(saysLookBackLoading(blocks([STILL_LOADING_NOTE]))).toBe(true);
    expect(saysLookBackLoading(blocks([]))).toBe(false);
  });

  it('says in its row how many answers were not yet whole', () => {
    const [, partly] = coldStartRow('cold start', [run(2100, true), run(2300, true), run(2500, false)], 2000, '≤ 2 s');
    expect(partly).toContain("2 of 3 without the agenda's look-back, still loading");
    const [, whole] = coldStartRow('cold start', [run(2100, false), run(2300, false)], 2000, '≤ 2 s');
    expect(whole).not.toContain('look-back');
  });
});
