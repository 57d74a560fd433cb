import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Meeting, Subscription } from '../../src/model.ts';
import { addCalendarDays, londonDate, londonInstant, londonTime } from '../../src/london.ts';
import { planOccurrences } from '../../src/reminders/plan.ts';
import { parseRemindWords } from '../../src/reminders/remind-words.ts';

function meeting(id: string, date: string, status: Meeting['status'] = 'agenda'): Meeting {
  return { id, committee: null, date, time: '10:00', place: null, status, chair: null, present: [], apologies: [], closingTime: null, sources: [], externalId: null };
}

function sub(over: Partial<Subscription>): Subscription {
  return {
    id: 'C1:agenda',
    channel: 'C1',
    kind: 'agenda',
    daysBefore: 7,
    at: '09:00',
    cadence: null,
    newMinutes: true,
    paused: null,
    createdBy: 'U1',
    createdAt: '2017-01-01T00:00:00Z',
    ...over,
  };
}

const window = (from: string, to: string) => ({ from: new Date(from), to: new Date(to) });

describe('planning reminder occurrences', () => {
  it('computes agenda reminders in London time on both sides of each clock change', () => {
    const calendar = [meeting('m-oct', '2017-11-02'), meeting('m-mar', '2018-03-29'), meeting('m-apr', '2018-04-05')];
    const due = planOccurrences(calendar, [sub({})], window('2017-10-01T00:00:00Z', '2018-05-01T00:00:00Z'));
    expect(due.map((o) => [o.key, o.dueAt.toISOString()])).toEqual([
      ['C1|agenda|m-oct', '2017-10-26T08:00:00.000Z'], // BST
      ['C1|agenda|m-mar', '2018-03-22T09:00:00.000Z'], // GMT
      ['C1|agenda|m-apr', '2018-03-29T08:00:00.000Z'], // BST again
    ]);
  });

  it('a reminder of 0 days before falls on the meeting day itself, even on a day the clocks change', () => {
    // Sunday 25 March 2018: 09:00 is already BST.
    const due = planOccurrences([meeting('m', '2018-03-25')], [sub({ daysBefore: 0 })], window('2018-03-24T00:00:00Z', '2018-03-26T00:00:00Z'));
    expect(due.map((o) => o.dueAt.toISOString())).toEqual(['2018-03-25T08:00:00.000Z']);
  });

  it('weekly digests come once each Monday at 09:00 London time across the change, monthly on the 1st', () => {
    const weekly = planOccurrences([], [sub({ id: 'C1:requests', kind: 'requests', daysBefore: null, cadence: { every: 'week', day: 1 } })], window('2018-03-18T00:00:00Z', '2018-04-03T00:00:00Z'));
    expect(weekly.map((o) => [o.key, o.dueAt.toISOString()])).toEqual([
      ['C1|requests|2018-03-19', '2018-03-19T09:00:00.000Z'],
      ['C1|requests|2018-03-26', '2018-03-26T08:00:00.000Z'],
      ['C1|requests|2018-04-02', '2018-04-02T08:00:00.000Z'],
    ]);
    const monthly = planOccurrences([], [sub({ id: 'C1:requests', kind: 'requests', daysBefore: null, cadence: { every: 'month' }, at: '07:30' })], window('2017-09-15T00:00:00Z', '2017-12-31T00:00:00Z'));
    expect(monthly.map((o) => o.dueAt.toISOString())).toEqual(['2017-10-01T06:30:00.000Z', '2017-11-01T07:30:00.000Z', '2017-12-01T07:30:00.000Z']);
  });

  it('the window is (from, to]: consecutive windows never give an occurrence twice', () => {
    const calendar = [meeting('m', '2017-11-02')];
    const cut = '2017-10-26T08:00:00Z';
    const a = planOccurrences(calendar, [sub({})], window('2017-10-01T00:00:00Z', cut));
    const b = planOccurrences(calendar, [sub({})], window(cut, '2017-12-01T00:00:00Z'));
    expect(a.length + b.length).toBe(1);
    expect(a).toHaveLength(1);
  });

  it('includes meetings only planned in the work programme, never cancelled ones, and nothing for a paused subscription', () => {
    const calendar = [meeting('plan:2017-11-09', '2017-11-09', 'planned'), meeting('m-x', '2017-11-16', 'cancelled')];
    const due = planOccurrences(calendar, [sub({})], window('2017-10-01T00:00:00Z', '2017-12-01T00:00:00Z'));
    expect(due.map((o) => o.key)).toEqual(['C1|agenda|plan:2017-11-09']);
    expect(planOccurrences(calendar, [sub({ paused: { reason: 'x', at: '2017-10-01T00:00:00Z' } })], window('2017-10-01T00:00:00Z', '2017-12-01T00:00:00Z'))).toEqual([]);
  });

  it('nothing falls due before the subscription was made', () => {
    const due = planOccurrences([meeting('m', '2017-11-02')], [sub({ createdAt: '2017-10-27T00:00:00Z' })], window('2017-10-01T00:00:00Z', '2017-12-01T00:00:00Z'));
    expect(due).toEqual([]);
  });
});

describe('properties', () => {
  const day = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 11, 31) }).map((t) => new Date(t).toISOString().slice(0, 10));
  // 01:00-01:59 London does not exist on the spring change day; reminders at those times are not checked here.
  const time = fc.tuple(fc.integer({ min: 0, max: 23 }).filter((h) => h !== 1), fc.integer({ min: 0, max: 59 })).map(
    ([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`,
  );

  it('an agenda reminder falls N London calendar days before the meeting, at the London time asked, exactly once', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 60 }), time, (date, daysBefore, at) => {
        const due = planOccurrences([meeting('m', date)], [sub({ daysBefore, at, createdAt: '1990-01-01T00:00:00Z' })], {
          from: londonInstant(addCalendarDays(date, -70)),
          to: londonInstant(addCalendarDays(date, 1)),
        });
        expect(due).toHaveLength(1);
        expect(londonDate(due[0]!.dueAt)).toBe(addCalendarDays(date, -daysBefore));
        expect(londonTime(due[0]!.dueAt)).toBe(at);
      }),
      { numRuns: 300 },
    );
  });

  it('reading the remind words never throws, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.constantFrom('', 'agenda ', 'requests ', 'off ', 'requests weekly on ', 'agenda at '), (tail, head) => {
        const parsed = parseRemindWords(head + tail);
        expect(typeof parsed.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });
});
