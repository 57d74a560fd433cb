// Answers on a council-sized record: the totals count everything, the entries
// are built for the pages shown, and paging ("Show more") still reaches every one.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.ts';
import { createEngine, type AnswerEngine } from '../../src/answers/engine.ts';
import type { Answer } from '../../src/answers/answer.ts';
import { entryLimit } from '../../src/answers/pages.ts';
import { BUNDLED_CORPUS, ingestPaths } from '../../src/ingest/ingest-paths.ts';
import { openRequests } from '../../src/answers/requests/request-catalogue.ts';
import { contextOf } from './context.ts';
import { renderText } from '../../src/answers/render-text.ts';
import { decodeAnswerRef, decodeRequestRef } from '../../src/slack/blocks/action-values.ts';
import { answerBlocks } from '../../src/slack/blocks/answer-blocks.ts';
import { ActionIds } from '../../src/slack/ids.ts';
import { openMemoryStore } from '../../src/store/lowdb-store.ts';
import type { Store } from '../../src/store/store.ts';
import { largeRecord } from './large-record.ts';
import { workProgrammeFrom, type WorkProgrammeView } from '../../src/answers/work-programme/work-programme-queries.ts';

const NOW = new Date('2023-06-01T12:00:00Z');

async function engineFor(committees: number, meetings: number, extra?: (record: ReturnType<typeof largeRecord>) => void) {
  const record = largeRecord({ committees, meetings });
  extra?.(record);
  const store = openMemoryStore({ record });
  const engine = await createEngine({ store, clock: new ManualClock(NOW), snapshotPath: null });
  // A record this size is indexed in the background after start; these answers are about it in full.
  await engine.loaded();
  return { store, engine };
}

const built = (answer: Answer) => answer.sections.reduce((n, s) => n + s.entries.length, 0);

interface Buttons {
  requestIds: string[];
  more: { value: string; text: string } | null;
}

function buttonsOf(answer: Answer, page: number): Buttons {
  const out: Buttons = { requestIds: [], more: null };
  for (const block of answerBlocks(answer, { page, requestButtons: true }).blocks) {
    if (block.type === 'section' && block.accessory?.type === 'button') out.requestIds.push(decodeRequestRef(block.accessory.value)!.r);
    if (block.type === 'actions') {
      for (const el of block.elements) if (el.type === 'button' && el.action_id === ActionIds.showMore) out.more = { value: el.value!, text: el.text.text };
    }
  }
  return out;
}

describe('outstanding requests on 5,040 open requests', () => {
  let store: Store;
  let engine: AnswerEngine;
  beforeAll(async () => {
    ({ store, engine } = await engineFor(20, 84));
  });

  it('counts them all in the title and builds a first few pages, oldest first', () => {
    const answer = engine.ask('outstanding requests', { now: NOW });
    expect(answer.title).toBe('5,040 open requests');
    const open = openRequests(contextOf(store, NOW));
    expect(open).toHaveLength(5040);
    expect(built(answer)).toBe(entryLimit(0));
    expect(answer.notListed).toBe(5040 - entryLimit(0));
    const ids = answer.sections.flatMap((s) => s.entries.map((e) => e.request!.id));
    expect(ids).toEqual(open.slice(0, entryLimit(0)).map((s) => s.request.id));
    expect(renderText(answer)).toContain(`… and ${(5040 - entryLimit(0)).toLocaleString('en-GB')} more not listed here`);
  });

  it('builds a far page when asked for it, and Slack shows the right requests there', () => {
    const open = openRequests(contextOf(store, NOW)).map((s) => s.request.id);
    const page = 300;
    const answer = engine.ask('outstanding requests', { now: NOW, page });
    expect(built(answer)).toBe(entryLimit(page));
    const shown = buttonsOf(answer, page);
    expect(shown.requestIds).toEqual(open.slice(page * 10, page * 10 + 10));
    // "Show more" counts what is left in the whole answer, built or not.
    expect(shown.more?.text).toBe(`Show more (${5040 - (page + 1) * 10} more)`);
  });

  it('lists resolutions on a common subject newest first, counted in full', () => {
    const answer = engine.ask('what was resolved on budget monitoring?', { now: NOW });
    expect(answer.title).toBe('1,680 resolutions on "budget monitoring" from 1,680 meetings, newest first');
    expect(built(answer)).toBe(entryLimit(0));
    expect(answer.notListed).toBe(1680 - entryLimit(0));
    expect(answer.sections[0]!.entries[0]!.cite!.date).toBe('2021-12-12');
  });

  it('keeps the history of a common subject to the pages shown', () => {
    // 84 dates: 1,680 items (each committee its own discussion), 1,680 resolutions and 1,680 requests.
    const answer = engine.ask('history of school admissions', { now: NOW });
    expect(answer.title).toMatch(/^History of "school admissions": 5,040 entries across 84 dates$/);
    expect(built(answer)).toBe(entryLimit(0));
  });
});

describe('"Show more" followed page by page', () => {
  it('reaches every open request once, in order, and then stops', async () => {
    const { store, engine } = await engineFor(3, 30);
    const open = openRequests(contextOf(store, NOW)).map((s) => s.request.id);
    expect(open).toHaveLength(270);
    const seen: string[] = [];
    let ref = { q: 'outstanding requests', t: NOW.toISOString(), p: 0 };
    for (let guard = 0; guard < 100; guard++) {
      const answer = engine.ask(ref.q, { now: new Date(ref.t), page: ref.p });
      const { requestIds, more } = buttonsOf(answer, ref.p);
      seen.push(...requestIds);
      if (!more) break;
      ref = decodeAnswerRef(more.value)!;
    }
    expect(seen).toEqual(open);
  });
});

describe('the next meeting on a council-sized record', () => {
  it('shows a few related requests and resolutions per topic, its own committee first', async () => {
    const { engine } = await engineFor(20, 84, (record) => {
      record.meetings.push({ ...record.meetings[5]!, id: 'next', committee: 'Committee 7', date: '2023-07-20', status: 'agenda' });
      record.items.push({ ...record.items[0]!, id: 'next-i1', meetingId: 'next', number: '4', title: 'Budget Monitoring' });
    });
    const answer = engine.ask('next meeting', { now: NOW });
    expect(answer.title).toBe('Next meeting: Thursday 20 July 2023, 10.00 am');
    const open = answer.sections.find((s) => s.heading === 'Open requests on these topics')!.entries;
    const earlier = answer.sections.find((s) => s.heading === 'Earlier resolutions on these topics')!.entries;
    expect(open.length).toBe(3);
    expect(earlier.length).toBe(3);
    for (const entry of [...open, ...earlier]) expect(entry.text).toMatch(/Budget Monitoring .*Committee 7,/);
    // The oldest open requests, and the latest resolutions before the meeting.
    expect(open.map((e) => e.cite!.date)).toEqual(['2015-01-10', '2015-02-11', '2015-03-12']);
    expect(earlier.map((e) => e.cite!.date)).toEqual(['2021-12-12', '2021-11-11', '2021-10-10']);
    expect(answer.notes).toContain('Only a few open requests and earlier resolutions are shown per agenda topic; ask "history of <topic>" for the rest.');
  });
});

describe('the work programme of a council', () => {
  it('counts every planned item and builds the first pages', async () => {
    const { engine } = await engineFor(2, 12, (record) => {
      for (let i = 0; i < 120; i++) {
        const date = `2023-${String(7 + (i % 6)).padStart(2, '0')}-${String(1 + Math.floor(i / 6)).padStart(2, '0')}`;
        record.workProgramme.push({ id: `w${i}`, year: '2023/24', date, slot: 'dated', title: `Planned review ${i}`, detail: null, leads: [], meetingNote: null, origin: 'plan', addedByItemId: null, sources: ['d1'] });
      }
    });
    const answer = engine.ask('work programme', { now: NOW });
    expect(answer.title).toBe('Work programme from Thursday 1 June 2023: 120 items');
    expect(built(answer)).toBe(entryLimit(0));
    expect(answer.notListed).toBe(120 - entryLimit(0));
    expect(built(engine.ask('work programme', { now: NOW, page: 7 }))).toBe(120);
  });

  it('gathers the entries of the meetings it lists and counts the rest, as the whole programme read at once', async () => {
    const row = (id: string, date: string | null, slot: 'dated' | 'to-be-determined' | 'pending', title: string, committee?: string) => ({
      id,
      year: '2023/24',
      date,
      slot,
      title,
      detail: null,
      leads: [],
      meetingNote: null,
      origin: 'plan' as const,
      addedByItemId: null,
      sources: ['d1'],
      ...(committee ? { committee } : {}),
    });
    const { store } = await engineFor(2, 12, (record) => {
      for (let i = 0; i < 90; i++) {
        const date = `2023-${String(7 + (i % 6)).padStart(2, '0')}-${String(1 + Math.floor(i / 6)).padStart(2, '0')}`;
        record.workProgramme.push(row(`w${i}`, date, 'dated', `Planned review ${i % 40}`));
        // The same item in a second committee's programme, and a placeholder, on the same date.
        if (i % 4 === 0) record.workProgramme.push(row(`x${i}`, date, 'dated', `Planned review ${i % 40}`, 'Committee 2'));
        if (i % 5 === 0) record.workProgramme.push(row(`p${i}`, date, 'dated', '-'));
      }
      for (let i = 0; i < 30; i++) record.workProgramme.push(row(`u${i}`, null, i % 3 === 0 ? 'pending' : 'to-be-determined', `Undated review ${i % 20}`));
    });
    const ctx = contextOf(store, NOW);
    const whole = workProgrammeFrom(ctx);
    const listed = workProgrammeFrom(ctx, null, ctx.limit);
    const entries = (plan: WorkProgrammeView) => plan.dated.reduce((n, d) => n + d.entries.length, 0);
    expect(whole.datedNotListed).toBe(0);
    // Meetings are listed until the entries asked for are reached; the later ones are counted.
    expect(listed.dated.length).toBeLessThan(whole.dated.length);
    expect(listed.dated).toEqual(whole.dated.slice(0, listed.dated.length));
    expect(entries(listed) - listed.dated.at(-1)!.entries.length).toBeLessThan(ctx.limit);
    expect(entries(listed)).toBeGreaterThanOrEqual(ctx.limit);
    expect(entries(listed) + listed.datedNotListed).toBe(entries(whole));
    expect(listed.toBeDetermined).toEqual(whole.toBeDetermined);
    expect(listed.pending).toEqual(whole.pending);
    // Each undated item once.
    expect(whole.toBeDetermined.map((e) => e.title)).toEqual([...new Set(whole.toBeDetermined.map((e) => e.title))]);
    const undated = Array.from({ length: 30 }, (_, i) => `${i % 3 === 0 ? 'pending' : 'to be determined'}|${i % 20}`);
    expect(whole.toBeDetermined.length + whole.pending.length).toBe(new Set(undated).size);
  });
});

describe('topics remembered between questions', () => {
  it('are forgotten once the record changes', async () => {
    const store = openMemoryStore();
    await ingestPaths(store, [path.join(BUNDLED_CORPUS, '2018-01-11-minutes.txt')]);
    const engine = await createEngine({ store, clock: new ManualClock(NOW), snapshotPath: null });
    expect(engine.ask('what was resolved on early years?', { now: NOW }).title).toBe('No decision on "early years" is recorded.');
    await ingestPaths(store, [path.join(BUNDLED_CORPUS, '2023-03-16-minutes.md')]);
    // The index takes the new minutes in the background.
    await engine.loaded();
    const after = engine.ask('what was resolved on early years?', { now: NOW });
    expect(after.sections[0]!.entries.map((e) => e.text)).toContain(
      'Note the progress of the Early Years Strategy, within the context of Covid-19 and be aware of new opportunities to address identified concerns related to school readiness.',
    );
  });
});
