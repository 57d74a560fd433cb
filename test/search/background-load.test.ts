// Start-up with a snapshot on disk: the engine answers at once and reads the
// index in the background; no answer given meanwhile is wrong or wrongly empty.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.ts';
import { createEngine, type AnswerEngine } from '../../src/answers/engine.ts';
import { BUNDLED_CORPUS, ingestPaths } from '../../src/ingest/ingest-paths.ts';
import { buildSearchIndex, defaultSnapshotPath, loadSearchSnapshot, readSnapshotHead } from '../../src/search/search-index.ts';
import { openStore } from '../../src/store/lowdb-store.ts';
import { at, texts } from '../answers/corpus.ts';

const clock = new ManualClock('2026-11-22T12:00:00Z');
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/** The bundled corpus in a store file with its snapshot beside it, and the answers of an engine that built its index. */
async function storeWithSnapshot(): Promise<{ db: string; built: AnswerEngine }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'scrutiny-load-'));
  dirs.push(dir);
  const db = path.join(dir, 'scrutiny.json');
  const store = await openStore(db);
  const report = await ingestPaths(store, [BUNDLED_CORPUS]);
  if (!report.allOk) throw new Error('bundled corpus did not ingest');
  const built = await createEngine({ store, clock });
  expect(built.index().origin).toBe('built');
  await built.saved();
  return { db, built };
}

// Before 1 March 2018 (planned) the next meeting's look-back finds an earlier resolution on its topic.
const BEFORE_MARCH_2018 = at('2018-02-20');
const FOSTERING = 'what was resolved on private fostering?';

describe('opening with a snapshot on disk', () => {
  it('is in step with the store at once and reads the index in the background', async () => {
    const { db } = await storeWithSnapshot();
    const engine = await createEngine({ store: await openStore(db), clock });
    expect(engine.index().origin).toBe('snapshot');
    expect(engine.index().ready).toBe(false);
    await engine.loaded();
    expect(engine.index().ready).toBe(true);
    expect(engine.index().size).toBeGreaterThan(100);
  });

  it('answers a question that needs the index, asked before it has loaded, in full', async () => {
    const { db, built } = await storeWithSnapshot();
    const expected = built.ask(FOSTERING, at('2026-11-22'));
    expect(texts(expected)).toContain('Notes the briefing note.');
    const engine = await createEngine({ store: await openStore(db), clock });
    expect(engine.index().ready).toBe(false);
    expect(engine.ask(FOSTERING, at('2026-11-22'))).toEqual(expected);
    expect(engine.index().ready).toBe(true);
    await engine.loaded();
    expect(engine.ask('search fostering', at('2026-11-22'))).toEqual(built.ask('search fostering', at('2026-11-22')));
  });

  it('answers next meeting from the record meanwhile, saying the look-back is still loading, then in full', async () => {
    const { db, built } = await storeWithSnapshot();
    const full = built.ask('next meeting', BEFORE_MARCH_2018);
    expect(texts(full, 'Earlier resolutions on these topics')).toHaveLength(1);

    const engine = await createEngine({ store: await openStore(db), clock });
    const early = engine.ask('next meeting', BEFORE_MARCH_2018);
    expect(early.title).toBe(full.title);
    expect(texts(early, 'Planned items (work programme)')).toEqual(texts(full, 'Planned items (work programme)'));
    expect(texts(early, 'Earlier resolutions on these topics')).toEqual([]);
    expect(early.notes?.[0]).toMatch(/still loading: ask again in a moment/);
    // Building it did not load the index: that stays in the background.
    expect(engine.index().ready).toBe(false);

    await engine.loaded();
    // Nothing found while loading is remembered for the store afterwards.
    expect(engine.ask('next meeting', BEFORE_MARCH_2018)).toEqual(full);
  });

  it('lets a question that needs the index wait for it, and a meeting question go ahead', async () => {
    const { db, built } = await storeWithSnapshot();
    const engine = await createEngine({ store: await openStore(db), clock });
    await engine.ready!('next meeting');
    expect(engine.index().ready).toBe(false);
    const waiting = engine.ready!(FOSTERING);
    expect(engine.index().ready).toBe(false);
    await waiting;
    expect(engine.index().ready).toBe(true);
    expect(engine.ask(FOSTERING, at('2026-11-22'))).toEqual(built.ask(FOSTERING, at('2026-11-22')));
  });

  it('answers requests asked for by status or date from the record meanwhile, in full, and lets one on a topic wait', async () => {
    const { db, built } = await storeWithSnapshot();
    const engine = await createEngine({ store: await openStore(db), clock });
    await engine.ready!('outstanding requests');
    for (const question of ['outstanding requests', 'any overdue actions', 'what did we ask for in January 2018']) {
      expect(engine.ask(question, at('2018-02-20')), question).toEqual(built.ask(question, at('2018-02-20')));
    }
    expect(engine.index().ready).toBe(false);
    const waiting = engine.ready!('did we ever get the census figures');
    expect(engine.index().ready).toBe(false);
    await waiting;
    expect(engine.index().ready).toBe(true);
  });

  it('answers the work programme from the record meanwhile, in full, and lets a month of it (its meetings) wait', async () => {
    const { db, built } = await storeWithSnapshot();
    const engine = await createEngine({ store: await openStore(db), clock });
    await engine.ready!('work programme');
    for (const question of ['work programme', 'the pending list', 'work programme 2017/18']) {
      expect(engine.ask(question, at('2017-09-01')), question).toEqual(built.ask(question, at('2017-09-01')));
    }
    expect(engine.index().ready).toBe(false);
    const waiting = engine.ready!("what's planned for march", at('2018-02-20'));
    expect(engine.index().ready).toBe(false);
    await waiting;
    expect(engine.index().ready).toBe(true);
  });

  it('adds no note to a meeting answer that has no look-back', async () => {
    const { db, built } = await storeWithSnapshot();
    const engine = await createEngine({ store: await openStore(db), clock });
    const past = engine.ask('meeting on 11 January 2018', at('2026-11-22'));
    expect(engine.index().ready).toBe(false);
    expect(past).toEqual(built.ask('meeting on 11 January 2018', at('2026-11-22')));
  });

  it('rebuilds when a snapshot that starts well turns out damaged, and saves a good one', async () => {
    const { db, built } = await storeWithSnapshot();
    const snapshot = defaultSnapshotPath(db)!;
    const text = await readFile(snapshot, 'utf8');
    await writeFile(snapshot, text.slice(0, text.length / 2));
    const store = await openStore(db);
    expect(readSnapshotHead(snapshot)?.storeVersion).toBe(store.version());

    const engine = await createEngine({ store, clock });
    expect(engine.ask(FOSTERING, at('2026-11-22'))).toEqual(built.ask(FOSTERING, at('2026-11-22')));
    await engine.loaded();
    await engine.saved();
    expect(loadSearchSnapshot(await readFile(snapshot, 'utf8'), store.version())).not.toBeNull();
  });

  it('reads the format and store version from the start of the file only', async () => {
    const { db } = await storeWithSnapshot();
    const snapshot = defaultSnapshotPath(db)!;
    const store = await openStore(db);
    expect(readSnapshotHead(snapshot)).toEqual({ format: expect.any(Number), storeVersion: store.version(), current: true });
    await writeFile(snapshot, buildSearchIndex(store.record(), 'an "older" version').toSnapshot());
    expect(readSnapshotHead(snapshot)?.storeVersion).toBe('an "older" version');
    // A snapshot of another version is not read at all: the index is built.
    const rebuilt = await createEngine({ store, clock });
    expect(rebuilt.index().origin).toBe('built');
    await rebuilt.saved();
    await writeFile(snapshot, '{ not json');
    expect(readSnapshotHead(snapshot)).toBeNull();
  });
});
