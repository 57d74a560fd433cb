// The index snapshot: reused while the store is unchanged, rebuilt once it changes.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.ts';
import { createEngine } from '../../src/answers/engine.ts';
import { BUNDLED_CORPUS, ingestPaths } from '../../src/ingest/ingest-paths.ts';
import { buildSearchIndex, defaultSnapshotPath, loadSearchSnapshot } from '../../src/search/search-index.ts';
import { openMemoryStore, openStore } from '../../src/store/lowdb-store.ts';
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

describe('search index snapshot', () => {
  it('sits beside the store', () => {
    expect(defaultSnapshotPath('data/scrutiny.json')).toBe('data/scrutiny.index.json');
    expect(defaultSnapshotPath(':memory:')).toBeNull();
  });

  it('is reused while the store is unchanged and rebuilt when it changed', async () => {
    const db = await tempDb();
    const store = await openStore(db);
    await ingestPaths(store, [path.join(BUNDLED_CORPUS, '2018-01-11-minutes.txt')]);

    const first = await createEngine({ store, clock });
    expect(first.index().origin).toBe('built');
    await first.saved();
    const snapshot = defaultSnapshotPath(db)!;
    expect(JSON.parse(await readFile(snapshot, 'utf8')).storeVersion).toBe(store.version());

    const reopened = await openStore(db);
    const second = await createEngine({ store: reopened, clock });
    expect(second.index().origin).toBe('snapshot');
    expect(second.ask('what was resolved on private fostering?').sections[0]!.entries.map((e) => e.text)).toContain('Notes the briefing note.');

    // A new document changes the store's version: the old snapshot no longer counts.
    await ingestPaths(reopened, [path.join(BUNDLED_CORPUS, '2023-03-16-minutes.md')]);
    expect(second.index().origin).toBe('built');
    expect(second.index().storeVersion).toBe(reopened.version());
    await second.saved();
    const third = await createEngine({ store: await openStore(db), clock });
    expect(third.index().origin).toBe('snapshot');
    expect(third.ask('attendance of Councillor Masih').sections[0]!.entries).toHaveLength(1);
  });

  it('refuses a snapshot of another version, a damaged one, or one of other options', async () => {
    const store = openMemoryStore();
    await ingestPaths(store, [path.join(BUNDLED_CORPUS, '2018-01-11-minutes.txt')]);
    const json = buildSearchIndex(store.record(), store.version()).toSnapshot();
    expect(loadSearchSnapshot(json, store.version())?.origin).toBe('snapshot');
    expect(loadSearchSnapshot(json, 'another-version')).toBeNull();
    expect(loadSearchSnapshot(json.slice(0, 100), store.version())).toBeNull();
    expect(loadSearchSnapshot(JSON.stringify({ ...JSON.parse(json), format: -1 }), store.version())).toBeNull();
  });

  it('rebuilds over a damaged snapshot file instead of failing', async () => {
    const db = await tempDb();
    const store = await openStore(db);
    await ingestPaths(store, [path.join(BUNDLED_CORPUS, '2018-01-11-minutes.txt')]);
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

  it('matches word forms and typos', () => {
    const index = buildSearchIndex(smallRecord(), 'v1');
    for (const query of ['transported', 'transprt', 'schools', 'scho']) {
      expect(index.search(query, { kinds: ['item'] }).map((h) => h.refId)).toContain('i1');
    }
  });
});
