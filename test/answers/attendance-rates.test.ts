// Attendance rates over the meetings of the committees a person sat on, on the bundled corpus
// plus invented later minutes of the same board: present, apologies, and absent when the minutes
// of a year they sat do not name them.
import { beforeAll, describe, expect, it } from 'vitest';
import { attendanceRateOf, attendanceTable } from '../../src/answers/attendance/attendance-rates.ts';
import type { AnswerEngine } from '../../src/answers/engine.ts';
import { renderText } from '../../src/answers/render-text.ts';
import type { Store } from '../../src/store/store.ts';
import { at, entries } from './corpus.ts';
import { contextOf } from './context.ts';
import { laterPapersEngine } from './promises-corpus.ts';

let store: Store;
let engine: AnswerEngine;
beforeAll(async () => {
  ({ store, engine } = await laterPapersEngine());
});

describe('a member\'s rate', () => {
  it('counts the meetings of the year they sat: attended, apologies, absent', () => {
    const ctx = contextOf(store, at('2018-05-01').now);
    const rate = attendanceRateOf(ctx, 'Councillor Lepoidevin')!;
    expect(rate.meetings.map((m) => [m.meeting.date, m.presence])).toEqual([
      ['2017-06-29', 'attended'],
      ['2018-01-11', 'attended'],
      ['2018-03-01', 'attended'],
      ['2018-04-26', 'apologies'],
    ]);
    expect(rate.rate).toBe(0.75);
    // Named once with apologies, then not at all: absent without apologies at the other meetings of that year.
    const miks = attendanceRateOf(ctx, 'Cllr Miks')!;
    expect([miks.attended, miks.apologies, miks.absent]).toEqual([1, 1, 2]);
  });

  it('knows only the meetings held by then', () => {
    const rate = attendanceRateOf(contextOf(store, at('2018-02-01').now), 'Councillor Lepoidevin')!;
    expect(rate.meetings).toHaveLength(2);
  });

  it('rates nobody who only attended without a seat (officers)', () => {
    const names = attendanceTable(contextOf(store, at('2023-04-01').now)).map((r) => r.name);
    expect(names).toContain('Councillor A Masih');
    expect(names.some((n) => /Gregg|Holmes|Whitrick/.test(n))).toBe(false);
  });
});

describe('the answers', () => {
  it('gives one member\'s rate in the title and the meetings missed', () => {
    const answer = engine.ask('attendance of Councillor Miks', at('2018-05-01'));
    expect(answer.title).toBe('Councillor Miks: attended 1, apologies 1, absent 2 of 4 meetings (25%)');
    expect(entries(answer, 'Absent without apologies').map((e) => e.text)).toEqual(['Thursday 1 March 2018, 10.00 am', 'Thursday 26 April 2018, 2.00 pm']);
  });

  it('gives the board table for "attendance", "attendance table" and "board attendance"', () => {
    for (const q of ['attendance', 'attendance table', 'board attendance', 'attendance rates']) {
      const answer = engine.ask(q, at('2018-05-01'));
      expect(answer.title, q).toMatch(/^Attendance at Education and Children's Services Scrutiny Board \(2\): \d+ members$/);
    }
    const text = renderText(engine.ask('attendance table', at('2018-05-01')));
    expect(text).toContain('75% · attended 3 of 4 · apologies 1 · absent 0');
  });

  it('puts the lowest rates first for "who has the worst attendance", the highest for "who attends the most"', () => {
    const rates = (q: string) => entries(engine.ask(q, at('2018-05-01')), 'Members').map((e) => Number(/^(\d+)%/.exec(e.text)?.[1] ?? NaN));
    const bySurname = rates('attendance table');
    const lowest = rates('who has the worst attendance?');
    const highest = rates('which councillors attend the most');
    expect(lowest).toEqual([...bySurname].sort((a, b) => a - b));
    expect(highest).toEqual([...bySurname].sort((a, b) => b - a));
    expect(lowest).not.toEqual(bySurname);
    expect(rates('who misses the most meetings')).toEqual(lowest);
  });
});
