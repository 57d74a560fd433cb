// The store's look-ups (by id and by meeting, which answers read; the titles a merge matches on) are
// built in slices between other work: an answer engine builds those by id as it opens, the running bot
// a write's once its first answers are ready, and a write that comes sooner waits for them rather than
// building them all in its own turn of the event loop.
import { describe, expect, it, vi } from 'vitest';
import { createEngine } from '../../src/answers/engine.ts';
import { ParsedDocument, type BoardRecord } from '../../src/model.ts';
import { openMemoryStore } from '../../src/store/lowdb-store.ts';
import { RecordIndex } from '../../src/store/record-index.ts';
import type { Store } from '../../src/store/store.ts';
import { turnsDuring } from './support/turns.ts';

const MEETINGS = 240;

function minutesOf(i: number): ParsedDocument {
  return ParsedDocument.parse({
    kind: 'minutes',
    meetings: [
      {
        committee: 'Harbour Works Scrutiny Panel',
        date: `${2010 + Math.floor(i / 24)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 24) + 3).padStart(2, '0')}`,
        kind: 'minutes',
        items: Array.from({ length: 25 }, (_, n) => ({
          number: String(n + 1),
          title: `Quayside lighting phase ${n + 1}`,
          body: `The panel heard about phase ${n + 1} of the quayside lighting.`,
          ...(n === 0 ? { requests: [{ text: `Officers to circulate the costs of phase ${i}.`, kind: 'information' }] } : {}),
        })),
      },
    ],
  });
}

async function councilRecord(): Promise<BoardRecord> {
  const store = openMemoryStore();
  await store.batch(async () => {
    for (let i = 0; i < MEETINGS; i++) await store.ingest(minutesOf(i), { name: `minutes-${i}.txt`, sha256: String(i).padStart(64, '0'), bytes: 1000, kind: 'minutes' });
  });
  return structuredClone(store.record());
}

/** How many times the look-ups' build pauses for the event loop, for a record opened as it is. */
function pausesIn(record: BoardRecord, which: 'prepareSteps' | 'lookupSteps' = 'prepareSteps'): number {
  let pauses = 0;
  const steps = RecordIndex.fromRecord(structuredClone(record))[which]();
  while (!steps.next().done) pauses++;
  return pauses;
}


describe('the look-ups a write needs', () => {
  it('by id, all a click reads, are built in slices by a first Mark done, with turns of the event loop between them', async () => {
    const record = await councilRecord();
    const pauses = pausesIn(record, 'lookupSteps');
    expect(pauses).toBeGreaterThan(1);
    const request = record.requests[0]!;
    const store: Store = openMemoryStore({ record, prepareSliceMs: 0 });
    // A store in memory writes nothing to disk: every turn other work gets is one the build gave back.
    const turns = await turnsDuring(() => store.setRequestState(request.id, 'done', 'U1', new Date('2020-01-01T00:00:00Z')));
    expect(turns).toBeGreaterThanOrEqual(pauses);
    expect(store.requestState(request.id).status).toBe('done');
  }, 60_000);

  it('are built in slices by a first ingest, which then merges as into a store prepared before', async () => {
    const record = await councilRecord();
    const pauses = pausesIn(record);
    const clock = { now: () => new Date('2020-01-01T00:00:00Z') };
    const late = openMemoryStore({ record: structuredClone(record), clock, prepareSliceMs: 0 });
    const early = openMemoryStore({ record: structuredClone(record), clock });
    await early.prepareForWrites();
    // The same meeting again, corrected, and a new one.
    const papers: Array<[ParsedDocument, string]> = [
      [minutesOf(7), 'b'.repeat(64)],
      [minutesOf(MEETINGS + 1), 'c'.repeat(64)],
    ];
    const turns = await turnsDuring(async () => {
      for (const [paper, sha256] of papers) await late.ingest(paper, { name: `${sha256.slice(0, 4)}.txt`, sha256, bytes: 1000, kind: 'minutes' });
    });
    for (const [paper, sha256] of papers) await early.ingest(paper, { name: `${sha256.slice(0, 4)}.txt`, sha256, bytes: 1000, kind: 'minutes' });
    expect(turns).toBeGreaterThanOrEqual(pauses);
    expect(late.record()).toEqual(early.record());
    expect(late.counts()).toEqual(early.counts());
  }, 60_000);

  it('are built once: a write during a build waits for that build', async () => {
    const store = openMemoryStore({ record: await councilRecord(), prepareSliceMs: 0 });
    const building = store.prepareForWrites();
    expect(store.prepareForWrites()).toBe(building);
    const request = store.record().requests[1]!;
    await store.setRequestState(request.id, 'done', 'U1', new Date('2020-01-01T00:00:00Z'));
    expect(store.prepareForWrites()).toBe(building);
  }, 60_000);
});

describe('the look-ups by id that answers read', () => {
  it('are built as an answer engine opens, and its answers are those of a store that had them', async () => {
    const record = await councilRecord();
    const clock = { now: () => new Date('2012-06-01T09:00:00Z') };
    const store = openMemoryStore({ record: structuredClone(record), clock, prepareSliceMs: 0 });
    const asked = vi.spyOn(store, 'prepareLookups');
    const engine = await createEngine({ store, clock, snapshotPath: null });
    await engine.prepared();
    expect(asked).toHaveBeenCalledTimes(1);

    const built = openMemoryStore({ record: structuredClone(record), clock });
    await built.prepareLookups();
    const engines = await Promise.all([store, built].map((s) => createEngine({ store: s, clock, snapshotPath: null })));
    await Promise.all(engines.map((e) => e.prepared()));
    for (const question of ['next meeting', 'outstanding requests', 'what was resolved on quayside lighting', 'meeting on 3 January 2010']) {
      expect(engines[0]!.ask(question), question).toEqual(engines[1]!.ask(question));
    }
  }, 60_000);

  it('are built in slices by prepareLookups, and by it only once', async () => {
    const record = await councilRecord();
    const store = openMemoryStore({ record: structuredClone(record), prepareSliceMs: 0 });
    let building: Promise<void> | null = null;
    const pauses = pausesIn(record, 'lookupSteps');
    expect(pauses).toBeGreaterThan(1);
    const turns = await turnsDuring(() => (building = store.prepareLookups()));
    expect(turns).toBeGreaterThanOrEqual(pauses);
    expect(store.prepareLookups()).toBe(building);
    expect(store.item(record.items[0]!.id)).toEqual(record.items[0]);
  }, 60_000);
});
