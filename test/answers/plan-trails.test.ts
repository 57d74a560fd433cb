// The trail of each dated plan row (the items that took it, the rows it moved to and from) is
// worked out when first asked for, from lists kept per committee. Checked against the rule
// written out plainly, over every pair, on a record of several committees whose plans repeat
// subjects across years, with rows and meetings that name no committee.
import { describe, expect, it } from 'vitest';
import type { BoardRecord, WorkProgrammeItem } from '../../src/model.ts';
import { addCalendarDays } from '../../src/london.ts';
import { buildView, isPlanOnly, startTime, type RecordView } from '../../src/answers/record-view.ts';
import { sameSubject } from '../../src/answers/subjects/subject-words.ts';
import { lookupStepsFor } from '../../src/answers/lookups.ts';
import { planTrails, startPlanTrails } from '../../src/answers/work-programme/drift-queries.ts';
import { openMemoryStore } from '../../src/store/lowdb-store.ts';
import { largeRecord } from './large-record.ts';

const PLAN_TITLES = ['Budget Monitoring', 'School Admissions update', 'Youth Justice Plan', 'Budget Monitoring – Quarter 2', 'Library Opening Hours', 'Informal session on admissions'];

/** Three committees' minutes, plus plan rows of each committee and of none, from several plans. */
function recordWithPlans(): BoardRecord {
  const record = largeRecord({ committees: 3, meetings: 30 });
  // One meeting naming no committee, whose items every row may meet.
  record.meetings.push({ ...record.meetings[0]!, id: 'anon', committee: null, date: '2016-02-22' });
  record.items.push({ ...record.items[0]!, id: 'anon-i1', meetingId: 'anon', title: 'Youth Justice Plan' });
  const rows: WorkProgrammeItem[] = [];
  let n = 0;
  for (const committee of ['Committee 1', 'Committee 2', null]) {
    for (let plan = 0; plan < 4; plan++) {
      for (let i = 0; i < 8; i++) {
        const title = PLAN_TITLES[(i + plan) % PLAN_TITLES.length]!;
        const date = addCalendarDays('2015-01-05', plan * 120 + i * 37);
        rows.push({ id: `w${n++}`, year: null, date, slot: 'dated', title, detail: null, leads: [], meetingNote: null, committee, origin: 'plan', addedByItemId: null, sources: [`plan-${committee ?? 'none'}-${plan}`] });
      }
    }
  }
  rows.push({ ...rows[0]!, id: 'undated', date: null, slot: 'pending' });
  record.workProgramme = rows;
  return record;
}

const within = (committee: string | null | undefined, other: string | null | undefined) => !committee || !other || committee === other;

/** The rule, pair by pair. */
function expected(view: RecordView, row: WorkProgrammeItem & { date: string }) {
  const until = addCalendarDays(row.date, 400);
  const taken = view.calendar
    .filter((m) => !isPlanOnly(m) && m.status !== 'planned' && m.status !== 'cancelled' && within(row.committee, m.committee) && m.date! >= row.date && m.date! <= until)
    .flatMap((m) => (view.itemsByMeeting.get(m.id) ?? []).filter((item) => sameSubject(row.title, item.title)).map((item) => `${startTime(view, m)} ${item.id}`));
  const others = view.record.workProgramme.filter(
    (o): o is WorkProgrammeItem & { date: string } =>
      o.id !== row.id && o.slot === 'dated' && o.date !== null && o.date !== row.date && !/informal/i.test(o.title) && within(row.committee, o.committee) && !o.sources.some((s) => row.sources.includes(s)) && sameSubject(row.title, o.title),
  );
  return {
    taken: taken.sort(),
    movedTo: others.filter((o) => o.date > row.date).map((o) => o.id).sort(),
    movedFrom: others.filter((o) => o.date < row.date).map((o) => o.id).sort(),
  };
}

describe('plan trails', () => {
  it('finds for each dated row what the rule finds over every pair, whichever row is asked first', () => {
    const view = buildView(openMemoryStore({ record: recordWithPlans() }));
    const trails = planTrails(view);
    // Committee 2's rows first: Committee 1's and the unnamed rows' lists are built after.
    const rows = [...view.record.workProgramme].sort((a, b) => (a.committee === 'Committee 2' ? -1 : 0) - (b.committee === 'Committee 2' ? -1 : 0));
    let moves = 0;
    let takenAtAll = 0;
    for (const row of rows) {
      const trail = trails.of(row.id);
      if (row.slot !== 'dated' || /informal/i.test(row.title)) {
        expect(trail).toBeUndefined();
        continue;
      }
      const want = expected(view, row as WorkProgrammeItem & { date: string });
      expect(trail!.taken.map((at) => `${at.start} ${at.item.id}`).sort()).toEqual(want.taken);
      expect(trail!.taken.map((at) => at.start)).toEqual(trail!.taken.map((at) => at.start).sort((a, b) => a - b));
      expect(trail!.movedTo.map((o) => o.id).sort()).toEqual(want.movedTo);
      expect(trail!.movedFrom.map((o) => o.id).sort()).toEqual(want.movedFrom);
      expect(trail!.movedTo.map((o) => o.date)).toEqual(trail!.movedTo.map((o) => o.date).sort());
      moves += want.movedTo.length;
      takenAtAll += want.taken.length;
    }
    // The record exercises what it should: items taken, moves, and the unnamed meeting's item.
    expect(moves).toBeGreaterThan(20);
    expect(takenAtAll).toBeGreaterThan(20);
    expect(rows.some((row) => trails.of(row.id)?.taken.some((at) => at.item.id === 'anon-i1'))).toBe(true);
  });

  it('gives the same trails when worked out in the background first', () => {
    const record = recordWithPlans();
    const asked = planTrails(buildView(openMemoryStore({ record })));
    const view = buildView(openMemoryStore({ record }));
    startPlanTrails(view).finishNow();
    for (const row of record.workProgramme) {
      const a = asked.of(row.id);
      const b = planTrails(view).of(row.id);
      expect(b?.taken.map((at) => at.item.id)).toEqual(a?.taken.map((at) => at.item.id));
      expect(b?.movedTo.map((o) => o.id)).toEqual(a?.movedTo.map((o) => o.id));
      expect(b?.movedFrom.map((o) => o.id)).toEqual(a?.movedFrom.map((o) => o.id));
      expect(b?.meeting?.id).toEqual(a?.meeting?.id);
    }
  });

  it('are worked out, in slices, before a question about the whole programme is answered: the last year\'s rows for the programme, every passed row for what slipped', () => {
    const now = new Date('2016-03-01T12:00:00Z');
    const today = '2016-03-01';
    for (const [intent, from] of [['work-programme', addCalendarDays(today, -365)], ['slipped', '']] as const) {
      const view = buildView(openMemoryStore({ record: recordWithPlans() }));
      let slices = 0;
      for (const step of lookupStepsFor(intent, now)) {
        const job = step(view);
        if (!job) continue;
        while (!job.slice({ budgetMs: 0, now: () => 0, turn: async () => {} })) slices++;
      }
      expect(slices, intent).toBeGreaterThan(10);
      const trails = planTrails(view);
      const rows = view.record.workProgramme.filter((row) => row.date && row.slot === 'dated' && !/informal/i.test(row.title));
      const inWindow = rows.filter((row) => row.date! >= from && row.date! < today);
      expect(inWindow.length, intent).toBeGreaterThan(5);
      expect(rows.length - inWindow.length, intent).toBeGreaterThan(5);
      for (const row of rows) expect(trails.worked(row.id), `${intent} ${row.id} ${row.date}`).toBe(row.date! >= from && row.date! < today);
      // Worked out, they give the next question asked that day nothing to wait for; a later day's rows still do.
      for (const step of lookupStepsFor(intent, now)) expect(step(view), intent).toBeFalsy();
      expect(lookupStepsFor(intent, new Date('2016-09-01T12:00:00Z')).map((step) => step(view)).some((job) => job && !job.done), intent).toBe(true);
    }
  });
});
