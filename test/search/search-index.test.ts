// The index kept in step with the store: opened from the snapshot while the store
// is unchanged, updated document by document when it changes (never rebuilt),
// the snapshot saved once after a burst of changes, and long work done in slices.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import MiniSearch from 'minisearch';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.ts';
import { createEngine } from '../../src/answers/engine.ts';
import { BUNDLED_CORPUS, ingestPaths } from '../../src/ingest/ingest-paths.ts';
import { buildSearchIndex, defaultSnapshotPath, loadSearchSnapshot, readSnapshotHead, SearchIndexKeeper, type SaveTimers, type SearchIndex } from '../../src/search/search-index.ts';
import { decodeNumbers, decodePostings } from '../../src/search/packed-numbers.ts';
import { SEARCH_OPTIONS, type SearchDoc } from '../../src/search/search-options.ts';
import type { SliceBudget } from '../../src/search/slices.ts';
import { openMemoryStore, openStore } from '../../src/store/lowdb-store.ts';
import type { Store } from '../../src/store/store.ts';
import { smallRecord } from '../answers/small-record.ts';

const clock = new ManualClock('2026-11-22T12:00:00Z');
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function tempDb(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'scrutiny-index-'));
  dirs.push(dir);
  return path.join(dir, 'scrutiny.json');
}

const corpus = (name: string) => path.join(BUNDLED_CORPUS, name);
const FIRST = '2018-01-11-minutes.txt';
const MORE = ['2017-07-13-agenda-pack.txt', '2023-03-16-minutes.md', '2022-10-20-item-4-agenda-item-page.txt'];

/** Every query's hits, as a fresh build of the same record gives them: the updated index must agree. */
function sameAnswers(index: SearchIndex, store: Store): void {
  const fresh = buildSearchIndex(store.record(), store.version());
  expect(index.size).toBe(fresh.size);
  for (const query of ['private fostering', 'fostring', 'Ofsted', 'social workers', 'Maundy', 'young carers', 'educ', 'census']) {
    const ids = (i: SearchIndex) => i.search(query).map((h) => `${h.kind}:${h.refId}`).sort();
    expect(ids(index), query).toEqual(ids(fresh));
    const matched = (i: SearchIndex) => i.matches(query).map((m) => `${m.kind}:${m.refId}:${m.matched}`).sort();
    expect(matched(index), query).toEqual(matched(fresh));
  }
}

/** How many postings each term has, whatever short ids the documents got. */
function postings(index: SearchIndex): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [term, fields] of index.toJSON().index) out[term] = Object.values(fields).reduce((n, docs) => n + Object.keys(docs).length, 0);
  return out;
}

/** A snapshot as the first layout wrote it: document ids, field lengths and postings as JSON ({"12":3,...} for postings). */
function earlierLayout(text: string): string {
  const fieldCount = Object.keys((JSON.parse(text.slice(0, text.indexOf('\n'))) as { fieldIds: object }).fieldIds).length;
  const lines = text.split('\n').map((line, i) => {
    if (!line) return line;
    const json = JSON.parse(line) as { d?: [string, unknown[]]; l?: string; t?: [string, Record<string, string>][] };
    if (i === 0) return JSON.stringify({ ...json, layout: 'lines-1' });
    if (json.d) {
      const shorts = decodeNumbers(json.d[0])!;
      return JSON.stringify({ d: json.d[1].map((id, k) => [shorts[k], id]) });
    }
    if (json.l) {
      const numbers = [...decodeNumbers(json.l)!];
      const rows: [number, Array<number | null>][] = [];
      for (let at = 0; at < numbers.length; at += fieldCount + 1) rows.push([numbers[at]!, numbers.slice(at + 1, at + 1 + fieldCount).map((code) => (code === 1 ? null : code - 2))]);
      return JSON.stringify({ l: rows });
    }
    if (!json.t) return line;
    const asObject = (packed: string) => {
      const { docs, counts } = decodePostings(packed)!;
      return Object.fromEntries([...docs].map((doc, k) => [doc, counts[k]]));
    };
    return JSON.stringify({ t: json.t.map(([term, fields]) => [term, Object.fromEntries(Object.entries(fields).map(([field, packed]) => [field, asObject(packed)]))]) });
  });
  return lines.join('\n');
}

/** MiniSearch's serialisation with its terms in one order: the term tree's order depends on the order terms went in. */
const canonical = (json: ReturnType<SearchIndex['toJSON']>) => ({ ...json, index: [...json.index].sort((a, b) => (a[0] < b[0] ? -1 : 1)) });

/** Timers that fire only when told to. */
function manualTimers(): SaveTimers & { fire(): void; pending(): number } {
  const waiting = new Map<number, () => void>();
  let next = 0;
  return {
    set(run) {
      waiting.set(++next, run);
      return next;
    },
    clear(handle) {
      waiting.delete(handle as number);
    },
    fire() {
      const runs = [...waiting.values()];
      waiting.clear();
      for (const run of runs) run();
    },
    pending: () => waiting.size,
  };
}

/**
 * A budget whose clock moves one tick per look, so a slice is counted in units of
 * work (a document added, a term read), never in real time. It records the
 * longest run of work between two turns of the event loop.
 */
function countingBudget(budgetTicks: number): SliceBudget & { longest: number; turns: number } {
  let ticks = 0;
  let since = 0;
  const budget = {
    budgetMs: budgetTicks,
    longest: 0,
    turns: 0,
    now: () => {
      ticks++;
      budget.longest = Math.max(budget.longest, ticks - since);
      return ticks;
    },
    turn: async () => {
      budget.turns++;
      await new Promise((resolve) => setImmediate(resolve));
      since = ticks;
    },
  };
  return budget;
}

describe('search index snapshot', () => {
  it('sits beside the store', () => {
    expect(defaultSnapshotPath('data/scrutiny.json')).toBe('data/scrutiny.index.json');
    expect(defaultSnapshotPath(':memory:')).toBeNull();
  });

  it('is reused while the store is unchanged; a change updates the index and the snapshot follows', async () => {
    const db = await tempDb();
    const store = await openStore(db);
    await ingestPaths(store, [corpus(FIRST)]);

    const first = await createEngine({ store, clock });
    expect(first.index().origin).toBe('built');
    await first.saved();
    const snapshot = defaultSnapshotPath(db)!;
    expect(readSnapshotHead(snapshot)?.storeVersion).toBe(store.version());

    const reopened = await openStore(db);
    const second = await createEngine({ store: reopened, clock });
    expect(second.index().origin).toBe('snapshot');
    expect(second.ask('what was resolved on private fostering?').sections[0]!.entries.map((e) => e.text)).toContain('Notes the briefing note.');

    // A new document: the index takes its meeting's documents and the version moves on, without a rebuild.
    await ingestPaths(reopened, [corpus('2023-03-16-minutes.md')]);
    await second.loaded();
    expect(second.index().origin).toBe('snapshot');
    expect(second.index().storeVersion).toBe(reopened.version());
    await second.saved();
    const third = await createEngine({ store: await openStore(db), clock });
    expect(third.index().origin).toBe('snapshot');
    expect(third.ask('attendance of Councillor Masih').sections[0]!.entries).toHaveLength(1);
  });

  it('refuses a snapshot of another version, a damaged or incomplete one, or one of other options', async () => {
    const store = openMemoryStore();
    await ingestPaths(store, [corpus(FIRST)]);
    const text = buildSearchIndex(store.record(), store.version()).toSnapshot();
    expect(loadSearchSnapshot(text, store.version())?.origin).toBe('snapshot');
    expect(loadSearchSnapshot(text, 'another-version')).toBeNull();
    expect(loadSearchSnapshot(text.slice(0, text.length - 40), store.version())).toBeNull();
    const lines = text.split('\n');
    expect(loadSearchSnapshot([lines[0], ...lines.slice(2)].join('\n'), store.version())).toBeNull();
    expect(loadSearchSnapshot([JSON.stringify({ ...JSON.parse(lines[0]!), format: -1 }), ...lines.slice(1)].join('\n'), store.version())).toBeNull();
  });

  it("holds MiniSearch's own index: what it reads back is what toJSON gives", async () => {
    const store = openMemoryStore();
    await ingestPaths(store, [BUNDLED_CORPUS]);
    const built = buildSearchIndex(store.record(), store.version());
    const loaded = loadSearchSnapshot(built.toSnapshot(), store.version())!;
    expect(canonical(loaded.toJSON())).toEqual(canonical(built.toJSON()));
    expect(canonical(MiniSearch.loadJS<SearchDoc>(built.toJSON(), SEARCH_OPTIONS).toJSON())).toEqual(canonical(loaded.toJSON()));
  });

  it('reads a snapshot of the layout before (postings as objects) and writes it again in this one', async () => {
    const db = await tempDb();
    const store = await openStore(db);
    await ingestPaths(store, [corpus(FIRST)]);
    const snapshot = defaultSnapshotPath(db)!;
    const built = buildSearchIndex(store.record(), store.version());
    await writeFile(snapshot, earlierLayout(built.toSnapshot()));
    expect(readSnapshotHead(snapshot)).toMatchObject({ storeVersion: store.version(), current: false });
    const engine = await createEngine({ store: await openStore(db), clock });
    await engine.loaded();
    expect(engine.index().origin).toBe('snapshot');
    expect(canonical(engine.index().toJSON())).toEqual(canonical(built.toJSON()));
    await engine.saved();
    expect(readSnapshotHead(snapshot)).toMatchObject({ storeVersion: store.version(), current: true });
    expect(canonical(loadSearchSnapshot(await readFile(snapshot, 'utf8'), store.version())!.toJSON())).toEqual(canonical(built.toJSON()));
  });

  it('refuses packed numbers that are damaged', async () => {
    const store = openMemoryStore();
    await ingestPaths(store, [corpus(FIRST)]);
    const text = buildSearchIndex(store.record(), store.version()).toSnapshot();
    // One term's postings in one field, cut short by a byte.
    const damaged = text.replace(/\{"0":"([A-Za-z0-9+/]{8})/, (_, packed: string) => `{"0":"${Buffer.from(packed, 'base64').subarray(0, 5).toString('base64')}`);
    expect(damaged).not.toBe(text);
    expect(loadSearchSnapshot(damaged, store.version())).toBeNull();
    expect(loadSearchSnapshot(text.replace(/\{"0":"[A-Za-z0-9+/=]*"/, '{"0":7'), store.version())).toBeNull();
    // Field lengths cut short, and document ids without their short ids.
    expect(loadSearchSnapshot(text.replace(/\{"l":"[A-Za-z0-9+/=]{4}/, '{"l":"'), store.version())).toBeNull();
    expect(loadSearchSnapshot(text.replace(/\{"d":\["[A-Za-z0-9+/=]*"/, '{"d":[""'), store.version())).toBeNull();
  });

  it('rebuilds over a damaged snapshot file instead of failing', async () => {
    const db = await tempDb();
    const store = await openStore(db);
    await ingestPaths(store, [corpus(FIRST)]);
    await writeFile(defaultSnapshotPath(db)!, '{ not json');
    const engine = await createEngine({ store, clock });
    expect(engine.index().origin).toBe('built');
    await engine.saved();
    expect(loadSearchSnapshot(await readFile(defaultSnapshotPath(db)!, 'utf8'), store.version())).not.toBeNull();
  });

  it('indexes an exempt item by its title only, and none of its resolutions', () => {
    const index = buildSearchIndex(smallRecord(), 'v1');
    expect(index.search('Acme Coaches')).toEqual([]);
    expect(index.search('transport contract award', { combineWith: 'AND' }).map((h) => `${h.kind}:${h.refId}`)).toEqual(['item:i2']);
  });

  it('builds over a record that holds one resolution id twice (written before ids were unique in a meeting), indexing the first', () => {
    const record = smallRecord();
    const first = record.resolutions[0]!;
    record.resolutions.push({ ...first, clause: 2, text: 'Asks for a second opinion on minibus routes.' });
    const index = buildSearchIndex(record, 'v1');
    expect(index.search('school transport report', { kinds: ['resolution'] }).map((h) => h.refId)).toContain(first.id);
  });

  it('matches word forms and typos', () => {
    const index = buildSearchIndex(smallRecord(), 'v1');
    for (const query of ['transported', 'transprt', 'schools', 'scho']) {
      expect(index.search(query, { kinds: ['item'] }).map((h) => h.refId)).toContain('i1');
    }
  });
});

describe('the index follows the store document by document', () => {
  /** A store of these files whose index snapshot was saved, opened again with a keeper that reads the snapshot. */
  async function reopenedWithSnapshot(files: string[]) {
    const db = await tempDb();
    const store = await openStore(db);
    await ingestPaths(store, files.map(corpus));
    const first = new SearchIndexKeeper({ store, snapshotPath: defaultSnapshotPath(db) });
    await first.open();
    await first.saved();
    first.close();
    const reopened = await openStore(db);
    const keeper = new SearchIndexKeeper({ store: reopened, snapshotPath: defaultSnapshotPath(db) });
    return { reopened, keeper, index: await keeper.open() };
  }

  it('an ingest adds its own documents without a rebuild, and finds what a fresh build finds', async () => {
    const store = openMemoryStore();
    await ingestPaths(store, [corpus(FIRST)]);
    const keeper = new SearchIndexKeeper({ store, snapshotPath: null });
    const index = await keeper.open();
    await keeper.loaded();
    expect(keeper.counts.builds).toBe(1);
    const before = index.size;
    // Searched once before the change, so the postings table in use must follow the change too.
    expect(index.search('fostering').length).toBeGreaterThan(0);

    const report = await ingestPaths(store, [corpus('2023-03-16-minutes.md')]);
    await keeper.loaded();
    expect(keeper.current()).toBe(index);
    expect(keeper.counts.builds).toBe(1);
    expect(keeper.counts.changes).toBe(1);
    // Only the new meeting's documents were added: far fewer than the index holds.
    expect(keeper.counts.added).toBe(index.size - before);
    expect(keeper.counts.added).toBeGreaterThan(0);
    expect(report.files[0]!.ok).toBe(true);
    expect(index.storeVersion).toBe(store.version());
    sameAnswers(index, store);
  });

  it('a document that replaces a meeting (minutes after an agenda-item page) drops what is gone', async () => {
    const store = openMemoryStore();
    await ingestPaths(store, [corpus('2022-10-20-item-4-agenda-item-page.txt'), corpus('2017-07-13-agenda-pack.txt')]);
    const keeper = new SearchIndexKeeper({ store, snapshotPath: null });
    const index = await keeper.open();
    await keeper.loaded();
    expect(index.matches('school').length).toBeGreaterThan(0);
    await ingestPaths(store, [corpus('2022-10-20-minutes.md'), corpus(FIRST)]);
    await keeper.loaded();
    expect(keeper.counts.builds).toBe(1);
    expect(keeper.counts.removed).toBeGreaterThan(0);
    sameAnswers(index, store);
    // Tidied (here at once; a few seconds after the last change when serving): nothing of the removed documents is left.
    await keeper.saved();
    expect(postings(index)).toEqual(postings(buildSearchIndex(store.record(), store.version())));
  });

  it('an index read from the snapshot drops what a replaced meeting no longer has, as a built one does', async () => {
    const { reopened, keeper, index } = await reopenedWithSnapshot(['2022-10-20-item-4-agenda-item-page.txt', '2017-07-13-agenda-pack.txt']);
    await keeper.loaded();
    expect(keeper.counts).toMatchObject({ loads: 1, builds: 0 });
    await ingestPaths(reopened, [corpus('2022-10-20-minutes.md'), corpus(FIRST)]);
    await keeper.loaded();
    expect(keeper.counts.builds).toBe(0);
    expect(keeper.counts.removed).toBeGreaterThan(0);
    sameAnswers(index, reopened);
    await keeper.saved();
    expect(postings(index)).toEqual(postings(buildSearchIndex(reopened.record(), reopened.version())));
    keeper.close();
  });

  it('changes that arrive while the index is still loading are applied after it', async () => {
    const { reopened, keeper, index } = await reopenedWithSnapshot([FIRST]);
    expect(index.ready).toBe(false);
    await ingestPaths(reopened, MORE.map(corpus));
    await keeper.loaded();
    expect(keeper.counts).toMatchObject({ loads: 1, builds: 0 });
    expect(index.storeVersion).toBe(reopened.version());
    sameAnswers(index, reopened);
    keeper.close();
  });

  it('writes the snapshot once after a burst of changes, and once more at shutdown if another came', async () => {
    const db = await tempDb();
    const store = await openStore(db);
    await ingestPaths(store, [corpus(FIRST)]);
    const timers = manualTimers();
    const keeper = new SearchIndexKeeper({ store, snapshotPath: defaultSnapshotPath(db), timers });
    await keeper.open();
    await keeper.loaded();
    timers.fire();
    await keeper.saved();
    expect(keeper.counts.saves).toBe(1);

    // A burst: each document is its own write to the store, and each change re-arms the timer.
    for (const name of MORE) await ingestPaths(store, [corpus(name)]);
    await keeper.loaded();
    expect(keeper.counts.changes).toBe(MORE.length);
    expect(keeper.counts.saves).toBe(1);
    expect(timers.pending()).toBe(1);
    timers.fire();
    await keeper.saved();
    expect(keeper.counts.saves).toBe(2);
    expect(readSnapshotHead(defaultSnapshotPath(db)!)?.storeVersion).toBe(store.version());

    // Shutdown (saved) writes what is due without waiting for the timer.
    await ingestPaths(store, [corpus('2022-10-20-minutes.md')]);
    await keeper.saved();
    expect(keeper.counts.saves).toBe(3);
    expect(loadSearchSnapshot(await readFile(defaultSnapshotPath(db)!, 'utf8'), store.version())).not.toBeNull();
    keeper.close();
  });
});

describe('long work gives the event loop back', () => {
  const BUDGET = 25;

  it('a first build of a large record runs in slices no longer than the budget', async () => {
    const store = openMemoryStore();
    await ingestPaths(store, [BUNDLED_CORPUS]);
    const budget = countingBudget(BUDGET);
    const keeper = new SearchIndexKeeper({ store, snapshotPath: null, budget });
    const index = await keeper.open();
    await keeper.loaded();
    // Hundreds of documents, yet no stretch of work between turns longer than the budget (plus the look that ends it).
    expect(index.size).toBeGreaterThan(4 * BUDGET);
    expect(budget.turns).toBeGreaterThan(index.size / BUDGET / 2);
    expect(budget.longest).toBeLessThanOrEqual(BUDGET + 1);
    sameAnswers(index, store);
  });

  it('saving and loading the snapshot, and a big change, run in slices too', async () => {
    const db = await tempDb();
    const store = await openStore(db);
    await ingestPaths(store, [corpus(FIRST)]);
    const writing = countingBudget(BUDGET);
    const writer = new SearchIndexKeeper({ store, snapshotPath: defaultSnapshotPath(db), budget: writing, timers: manualTimers() });
    await writer.open();
    await writer.loaded();
    // A big change: the rest of the corpus in one batch (one write, one change).
    await store.batch(() => ingestPaths(store, MORE.map(corpus)));
    await writer.saved();
    expect(writer.counts).toMatchObject({ builds: 1, changes: 1, saves: 1 });
    expect(writing.longest).toBeLessThanOrEqual(BUDGET + 1);
    writer.close();

    const reading = countingBudget(BUDGET);
    const reopened = await openStore(db);
    const keeper = new SearchIndexKeeper({ store: reopened, snapshotPath: defaultSnapshotPath(db), budget: reading });
    const index = await keeper.open();
    await keeper.loaded();
    expect(keeper.counts).toMatchObject({ loads: 1, builds: 0 });
    expect(reading.turns).toBeGreaterThan(index.size / BUDGET);
    expect(reading.longest).toBeLessThanOrEqual(BUDGET + 1);
    sameAnswers(index, reopened);
    keeper.close();
  });
});
