// Work-programme drift: items whose meeting passed without them are "slipped", items a newer
// plan moves show both dates, and the agenda reminder of the next meeting recalls both, with
// the requests due at it. The bundled corpus plus invented later papers of the same board.
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answers/engine.ts';
import { sameSubject } from '../../src/answers/subjects/subject-words.ts';
import { passedPlanRows } from '../../src/answers/work-programme/drift-queries.ts';
import { renderText } from '../../src/answers/render-text.ts';
import { renderJson } from '../../src/answers/render-json.ts';
import { answerBlocks } from '../../src/slack/blocks/answer-blocks.ts';
import type { Store } from '../../src/store/store.ts';
import { at, entries } from './corpus.ts';
import { contextOf } from './context.ts';
import { laterPaper, laterPapersEngine } from './promises-corpus.ts';

let store: Store;
let engine: AnswerEngine;

beforeAll(async () => {
  ({ store, engine } = await laterPapersEngine([laterPaper('2018-03-01-minutes.txt'), laterPaper('2018-03-work-programme.txt')]));
});

function fates(now: Date): Map<string, string> {
  return new Map(passedPlanRows(contextOf(store, now)).map((r) => [`${r.trail.entry.date} ${r.trail.entry.title}`, r.fate.state]));
}

describe('what became of each planned item', () => {
  it('marks the item planned for 1 March 2018 that the minutes of that day do not have as slipped', () => {
    const ctx = contextOf(store, at('2018-03-05').now);
    const row = passedPlanRows(ctx).find((r) => r.trail.entry.date === '2018-03-01')!;
    expect(row.trail.entry.title).toMatch(/Improvement Board Report/);
    expect(row.fate).toEqual({ state: 'slipped', why: 'not-on-papers' });
  });

  it('knows an item taken at a later meeting than planned, and items taken on the day', () => {
    const map = fates(at('2018-03-05').now);
    expect(map.get('2017-11-23 Improvement Board Report – 18th October 2017')).toBe('taken-later');
    expect(map.get('2017-07-13 Young Carers')).toBe('taken');
    expect(map.get('2017-07-13 Work programme briefing note')).toBe('taken');
  });

  it('reads a later plan that lists an item at a new date as a move, not a slip', () => {
    const map = fates(at('2018-03-05').now);
    expect(map.get('2017-09-14 LSCB Interim Annual Report')).toBe('moved');
    expect(map.get('2017-10-12 Quality of Social Workers')).toBe('moved');
  });

  it('does not know what it cannot: before its date an item is ahead, not slipped', () => {
    const map = fates(at('2018-02-28').now);
    expect(map.has('2018-03-01 Improvement Board Report – 10th January 2018')).toBe(false);
  });

  it('tells a dated report from another of the same series', () => {
    expect(sameSubject('Improvement Board Report – 10th January 2018', 'Improvement Board Report from 18th October, 2017')).toBe(false);
    expect(sameSubject('Improvement Board Report – 18th October 2017', 'Improvement Board Report from 18th October, 2017')).toBe(true);
    expect(sameSubject('Private Fostering', 'Private Fostering - Report Back')).toBe(true);
    expect(sameSubject('Young Carers', 'Private Fostering')).toBe(false);
  });
});

describe('"what has slipped?"', () => {
  it('lists slipped items with the meeting they missed, and moved items with both dates', () => {
    const answer = engine.ask('what has slipped?', at('2018-03-05'));
    expect(answer.title).toMatch(/slipped/);
    const slipped = entries(answer, /^Slipped/);
    const missed = slipped.find((e) => e.text.startsWith('Improvement Board Report – 10th January 2018'))!;
    expect(missed.detail![0]).toBe("Planned for Thursday 1 March 2018; not on that meeting's agenda or in its minutes. Not on any later agenda yet.");
    const moved = entries(answer, 'Moved to a later date').find((e) => e.text === 'LSCB Interim Annual Report')!;
    expect(moved.detail![0]).toBe('Planned for Thursday 14 September 2017; moved to Thursday 26 April 2018.');
    const late = entries(answer, 'Taken later than planned')[0]!;
    expect(late.detail![0]).toBe('Planned for Thursday 23 November 2017; taken on Thursday 11 January 2018 (Minute 36).');
    // Three renderings of one model.
    expect(renderText(answer)).toContain('moved to Thursday 26 April 2018');
    expect(JSON.parse(renderJson(answer)).sections[0].entries[0].text).toBe(answer.sections[0]!.entries[0]!.text);
    expect(JSON.stringify(answerBlocks(answer).blocks)).toContain('moved to Thursday 26 April 2018');
  });

  it('is routed from the ways members ask it', () => {
    for (const q of ['what has slipped', 'slipped items', 'what slipped from the work programme?', 'any slippage?']) {
      expect(engine.ask(q, at('2018-03-05')).sections.some((s) => s.heading.startsWith('Slipped'))).toBe(true);
    }
  });
});

describe('the work programme answer', () => {
  it('shows the slipped items of the past year, and a moved item with the date it was moved from', () => {
    const answer = engine.ask('work programme', at('2018-03-05'));
    expect(entries(answer, /^Slipped/).map((e) => e.text)).toContain('Improvement Board Report – 10th January 2018');
    const lscb = entries(answer, /26 April 2018/).find((e) => e.text === 'LSCB Interim Annual Report')!;
    expect(lscb.detail).toContain('Moved from Thursday 14 September 2017');
  });
});

describe('the next meeting and its agenda reminder', () => {
  it('lists the requests due at the meeting and what slipped from earlier meetings', () => {
    const before = engine.ask('next meeting', at('2018-02-01'));
    const due = entries(before, 'Requests due at this meeting').map((e) => e.text);
    expect(due.some((t) => t.includes('Exclusions and Pupil Referral Unit (PRU) be added to the next agenda'))).toBe(true);
    // Due "in March 2018": the revised plan has a meeting on 29 March, the last chance in time.
    expect(due).not.toContain('Requests an update on areas requiring improvement to the Board in March 2018.');
    // Listed once: not again among the topics' open requests.
    const ids = before.sections.flatMap((s) => s.entries).map((e) => e.request?.id).filter(Boolean);
    expect(new Set(ids).size).toBe(ids.length);

    const after = engine.ask('next meeting', at('2018-03-05'));
    expect(after.summary).toContain('Thursday 29 March 2018');
    expect(entries(after, 'Requests due at this meeting').map((e) => e.text)).toContain('Requests an update on areas requiring improvement to the Board in March 2018.');
    expect(entries(after, 'Slipped from earlier meetings').map((e) => e.text)).toContain('Improvement Board Report – 10th January 2018');
  });
});
