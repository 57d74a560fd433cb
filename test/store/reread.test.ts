// A document read again by a newer parser replaces what its older reading put in the record: the
// record comes out as a fresh store's, ids of what it says again stay, a request's status stays, and
// the store writes once.
import { readdir, readFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.ts';
import { BUNDLED_CORPUS } from '../../src/ingest/ingest-paths.ts';
import { openMemoryStore, openStore, storeFiles } from '../../src/store/lowdb-store.ts';
import type { Store } from '../../src/store/store.ts';
import { content, olderReading, paper } from './support/older-reading.ts';
import { outdatedDocuments } from '../../src/ingest/reread-documents.ts';
import { largeRecord } from '../answers/large-record.ts';

/** An invented paragraph of discussion, in words no other paper here uses. */
const EXTRA_DISCUSSION = [
  'Members explored quarterly sufficiency dashboards, foster recruitment campaigns, kinship allowances, respite breaks,',
  'therapeutic placements, sibling reunification, regional adoption agencies, unaccompanied asylum seekers, leaving care',
  'grants, staying put arrangements, apprenticeship ringfencing, council tax exemptions, mentoring schemes, housing',
  'protocols, emotional wellbeing pathways, speech therapy waiting lists, virtual school attainment, exclusion appeals,',
  'youth offending diversion, missing episodes, return interviews, contextual safeguarding hubs and exploitation panels.',
].join(' ');

const made: string[] = [];
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

const LAYOUTS = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'fixtures', 'layouts');

async function tempStore(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'scrutiny-reread-'));
  made.push(dir);
  return path.join(dir, 'scrutiny.json');
}

async function generation(file: string): Promise<number> {
  return (JSON.parse(await readFile(storeFiles(file).catalogue, 'utf-8')) as { generation: number }).generation;
}

describe('reread', () => {
  it('makes of a store an older parser filled the record a fresh store has, keeps statuses and writes once', async () => {
    const files = (await readdir(BUNDLED_CORPUS)).sort().map((name) => path.join(BUNDLED_CORPUS, name));
    const papers = await Promise.all(files.map((file) => paper(file)));

    const fresh = openMemoryStore({ clock: new ManualClock('2024-01-01T09:00:00Z') });
    await fresh.batch(async () => {
      for (const { parsed, source } of papers) await fresh.ingest(parsed, source);
    });

    const file = await tempStore();
    const store = await openStore(file, { clock: new ManualClock('2024-01-01T09:00:00Z') });
    await store.batch(async () => {
      for (const { parsed, source } of papers) await store.ingest(olderReading(parsed), { ...source, parser: 'older' });
    });
    expect(content(store.record())).not.toEqual(content(fresh.record()));
    // A request both readings give, marked done.
    const kept = store.record().requests.find((r) => fresh.request(r.id))!;
    await store.setRequestState(kept.id, 'done', 'Jo Bloggs', new Date('2024-01-02T10:00:00Z'));
    const versionBefore = store.version();
    const before = await generation(file);

    await store.batch(async () => {
      for (const { parsed, source } of papers) await store.reread(parsed, source);
    });

    expect(content(store.record())).toEqual(content(fresh.record()));
    expect(store.record().documents.map((d) => [d.id, d.parser, d.ingestedAt])).toEqual(papers.map((p) => [p.source.sha256, 'newer', '2024-01-01T09:00:00.000Z']));
    expect(store.requestState(kept.id)).toMatchObject({ status: 'done', changedBy: 'Jo Bloggs' });
    expect(await generation(file)).toBe(before + 1);
    expect(store.version()).not.toBe(versionBefore);

    // As written: opened again, the same record and version.
    const reopened = await openStore(file);
    expect(content(reopened.record())).toEqual(content(fresh.record()));
    expect(reopened.version()).toBe(store.version());
    expect(reopened.requestState(kept.id).status).toBe('done');
  });

  it('keeps the id (and status) of a request the older parser read in other words, by its place in the item', async () => {
    const { parsed, source } = await paper(path.join(BUNDLED_CORPUS, '2018-01-11-minutes.txt'));
    const older = structuredClone(parsed);
    const item = older.meetings[0]!.items.find((i) => i.requests.length > 0)!;
    const newText = item.requests[0]!.text;
    item.requests[0]!.text = `${newText} Page 6`;
    const store = openMemoryStore();
    await store.ingest(older, { ...source, parser: 'older' });
    const id = store.record().requests.find((r) => r.text === `${newText} Page 6`)!.id;
    await store.setRequestState(id, 'done', 'Jo Bloggs', new Date('2024-01-02T10:00:00Z'));

    await store.reread(parsed, source);
    expect(store.request(id)?.text).toBe(newText);
    expect(store.requestState(id).status).toBe('done');
  });

  it('keeps the id of an item the older parser titled otherwise, as minutes read again keep it (what members follow stays)', async () => {
    const { parsed, source } = await paper(path.join(BUNDLED_CORPUS, '2018-01-11-minutes.txt'));
    const older = structuredClone(parsed);
    const item = older.meetings[0]!.items.find((i) => i.requests.length > 0)!;
    const title = item.title;
    item.title = `${title} Page 5`;
    const store = openMemoryStore();
    await store.ingest(older, { ...source, parser: 'older' });
    const id = store.record().items.find((i) => i.title === `${title} Page 5`)!.id;

    await store.reread(parsed, source);
    expect(store.item(id)?.title).toBe(title);
  });

  it('keeps what an agenda-item page gave an item its minutes, read again, still give nothing', async () => {
    const minutes = await paper(path.join(BUNDLED_CORPUS, '2022-10-20-minutes.md'));
    const page = await paper(path.join(BUNDLED_CORPUS, '2022-10-20-item-4-agenda-item-page.txt'));
    // Minutes that record nothing decided on item 4: its page gives the resolutions and requests.
    const item = minutes.parsed.meetings[0]!.items.find((i) => i.number === '4')!;
    item.resolutions = [];
    item.requests = [];
    const fresh = openMemoryStore();
    await fresh.ingest(minutes.parsed, minutes.source);
    await fresh.ingest(page.parsed, page.source);
    expect(fresh.record().requests.length).toBeGreaterThan(0);

    const store = openMemoryStore();
    await store.ingest(olderReading(minutes.parsed), { ...minutes.source, parser: 'older' });
    await store.ingest(page.parsed, page.source);
    await store.reread(minutes.parsed, minutes.source);
    expect(content(store.record())).toEqual(content(fresh.record()));
  });

  it('finds the documents another parser read that the record still names, a few meetings a turn of the event loop', async () => {
    // 1,000 meetings named by one document, and a document read before parsers were fingerprinted that nothing names any more.
    const record = largeRecord({ committees: 10, meetings: 100 });
    record.documents.push({ id: 'd2', name: 'replaced-minutes.txt', kind: 'minutes', bytes: 100, ingestedAt: '2024-01-01T00:00:00.000Z' });
    const store = openMemoryStore({ record, prepareSliceMs: 0 });
    let turns = 0;
    const turning = () => {
      turns++;
      if (turns < 1000) setImmediate(turning);
    };
    setImmediate(turning);
    const outdated = await outdatedDocuments(store, 'newer');
    expect(outdated.map((d) => d.id)).toEqual(['d1']);
    expect(turns).toBeGreaterThan(5);
  });

  it('keeps an agenda-item page with the item it enriched, though a later meeting came to have an item of its title', async () => {
    const minutes = await paper(path.join(BUNDLED_CORPUS, '2022-10-20-minutes.md'));
    const page = await paper(path.join(BUNDLED_CORPUS, '2022-10-20-item-4-agenda-item-page.txt'));
    // The minutes record the item at more length than its page; the next meeting's minutes, which came
    // after the page, take the same item up again in the page's own words.
    const item = minutes.parsed.meetings[0]!.items.find((i) => i.number === '4')!;
    item.body = `${page.parsed.meetings[0]!.items[0]!.body}\n\n${EXTRA_DISCUSSION}`;
    const later = structuredClone(minutes);
    later.parsed.meetings[0]!.date = '2023-01-19';
    later.parsed.meetings[0]!.items.find((i) => i.number === '4')!.body = page.parsed.meetings[0]!.items[0]!.body;
    later.source = { ...later.source, sha256: 'later-minutes', name: 'later-minutes.md' };
    const fresh = openMemoryStore();
    for (const { parsed, source } of [minutes, page, later]) await fresh.ingest(parsed, source);
    const enriched = fresh.record().items.filter((i) => i.sources.includes(page.source.sha256));
    expect(enriched.map((i) => fresh.meeting(i.meetingId)?.date)).toEqual(['2022-10-20']);

    const store = openMemoryStore();
    await store.ingest(minutes.parsed, minutes.source);
    await store.ingest(page.parsed, { ...page.source, parser: 'older' });
    await store.ingest(later.parsed, later.source);
    await store.reread(page.parsed, page.source);
    expect(content(store.record())).toEqual(content(fresh.record()));
  });

  it('keeps the id of an undated agenda\'s item whose text the new reading gives otherwise, as a fresh store gives it', async () => {
    // A saved page cut after its first item: no date, one item, and its text read otherwise than before.
    const read = await paper(path.join(LAYOUTS, 'cmis-page', 'saved-markup-indent-public-items.txt'));
    const meeting = read.parsed.meetings[0]!;
    Object.assign(meeting, { date: null, time: null, committee: null });
    meeting.items[0]!.body = '';
    const fresh = openMemoryStore();
    await fresh.ingest(read.parsed, read.source);
    const store = openMemoryStore();
    const older = olderReading(read.parsed);
    older.meetings[0]!.items[0]!.body = 'Report of the Service Director, Revenues and Benefits. Page 2 of 7';
    await store.ingest(older, { ...read.source, parser: 'older' });
    const id = store.record().items.find((i) => i.title === meeting.items[0]!.title)!.id;

    await store.reread(read.parsed, read.source);
    expect(store.item(id)?.body).toBe('');
    expect(content(store.record())).toEqual(content(fresh.record()));
  });

  it('changes nothing for a document the record does not hold', async () => {
    const { parsed, source } = await paper(path.join(BUNDLED_CORPUS, '2018-01-11-minutes.txt'));
    const store = openMemoryStore();
    const outcome = await store.reread(parsed, source);
    expect(outcome.changed).toBe(false);
    expect(store.record().documents).toEqual([]);
  });

  it('gives a fresh store\'s record for documents in other councils\' layouts, read again after an older reading', async () => {
    const files: string[] = [];
    for (const family of await readdir(LAYOUTS, { withFileTypes: true })) {
      if (!family.isDirectory()) continue;
      for (const name of (await readdir(path.join(LAYOUTS, family.name))).sort()) if (name.endsWith('.txt') || name.endsWith('.html')) files.push(path.join(LAYOUTS, family.name, name));
    }
    expect(files.length).toBeGreaterThan(40);
    let compared = 0;
    for (const file of files) {
      let read;
      try {
        read = await paper(file);
      } catch {
        continue;
      }
      if (read.parsed.meetings.length === 0 && read.parsed.workProgramme.length === 0) continue;
      const fresh = openMemoryStore();
      await fresh.ingest(read.parsed, read.source);
      const store: Store = openMemoryStore();
      await store.ingest(olderReading(read.parsed), { ...read.source, parser: 'older' });
      await store.reread(read.parsed, read.source);
      expect(content(store.record()), path.relative(LAYOUTS, file)).toEqual(content(fresh.record()));
      compared++;
    }
    expect(compared).toBeGreaterThan(40);
  });
});
