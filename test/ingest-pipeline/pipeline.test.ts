// The whole pipeline (read, parse, merge, store) on the bundled corpus.
import { copyFile, mkdtemp, open, readFile, writeFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUNDLED_CORPUS, NOT_A_COUNCIL_DOCUMENT, REREAD, ingestPaths } from '../../src/ingest/ingest-paths.ts';
import { parserFingerprint } from '../../src/ingest/parser-fingerprint.ts';
import { olderReading, paper } from '../store/support/older-reading.ts';
import { openMemoryStore, openStore, statePathFor } from '../../src/store/lowdb-store.ts';
import type { BoardRecord } from '../../src/model.ts';
import type { Store } from '../../src/store/store.ts';

const corpus = (name: string) => path.join(BUNDLED_CORPUS, name);
const AGENDA_PACK = corpus('2017-07-13-agenda-pack.txt');
const MINUTES_2018 = corpus('2018-01-11-minutes.txt');
const ITEM_PAGE = corpus('2022-10-20-item-4-agenda-item-page.txt');
const MINUTES_2022 = corpus('2022-10-20-minutes.md');

const made: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'scrutiny-ingest-'));
  made.push(dir);
  return dir;
}
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

function meetingOn(store: Store, date: string) {
  const found = store.record().meetings.filter((m) => m.date === date);
  expect(found).toHaveLength(1);
  return found[0]!;
}

/** The record without what only says when and in which order documents came. */
function content(record: Readonly<BoardRecord>) {
  const { documents: _documents, ...rest } = record;
  return rest;
}

describe('ingestPaths on the bundled corpus', () => {
  it('takes in every file, one meeting per date, none undated', async () => {
    const store = openMemoryStore();
    const report = await ingestPaths(store, [BUNDLED_CORPUS]);
    expect(report.files.map((f) => path.basename(f.path))).toEqual([
      '2017-07-13-agenda-pack.txt',
      '2018-01-11-minutes.txt',
      '2022-10-20-item-4-agenda-item-page.txt',
      '2022-10-20-minutes.md',
      '2023-03-16-minutes.md',
    ]);
    expect(report.allOk).toBe(true);
    expect(report.totals.documents).toBe(5);
    const dates = store.record().meetings.map((m) => m.date);
    expect(dates).not.toContain(null);
    expect(new Set(dates).size).toBe(dates.length);
    expect(dates).toEqual(expect.arrayContaining(['2017-06-29', '2017-07-13', '2018-01-11', '2022-10-20', '2023-03-16']));
    expect(report.newMinutesMeetingIds.map((id) => store.meeting(id)?.date).sort()).toEqual(['2017-06-29', '2018-01-11', '2022-10-20', '2023-03-16']);
    expect(report.newAgendaMeetingIds.map((id) => store.meeting(id)?.date)).toEqual(['2017-07-13']);
  });

  it('13 July 2017 (plan and agenda front sheet) and 29 June 2017 (plan and minutes) are one meeting each', async () => {
    const store = openMemoryStore();
    await ingestPaths(store, [AGENDA_PACK]);
    const july = meetingOn(store, '2017-07-13');
    expect(july.status).toBe('agenda');
    expect(july.time).toBe('10:00');
    expect(store.itemsOf(july.id).length).toBeGreaterThan(3);
    const june = meetingOn(store, '2017-06-29');
    expect(june.status).toBe('minutes');
    expect(store.itemsOf(june.id).some((i) => i.title === 'Ofsted Report')).toBe(true);
    const planned = store.record().workProgramme.filter((w) => w.date === '2017-07-13' || w.date === '2017-06-29');
    expect(planned.length).toBeGreaterThan(1);
    // Later dated plan rows are planned meetings of the same board.
    const later = store.record().meetings.filter((m) => m.status === 'planned');
    expect(later.length).toBeGreaterThan(0);
    expect(new Set(later.map((m) => m.committee))).toEqual(new Set([july.committee]));
  });

  it('the agenda-item page enriches item 4 of 20 October 2022 and copies nothing, in both orders', async () => {
    const minutesOnly = openMemoryStore();
    await ingestPaths(minutesOnly, [MINUTES_2022]);
    const meeting = meetingOn(minutesOnly, '2022-10-20');
    const itemsBefore = minutesOnly.itemsOf(meeting.id);
    const item4 = itemsBefore.find((i) => i.number === '4')!;
    expect(item4.title).toBe("Children's Services Ofsted Outcome");
    expect(minutesOnly.resolutionsOf(item4.id)).toHaveLength(3);
    const requestsBefore = minutesOnly.requestsOf(item4.id).map((r) => r.text);

    const minutesFirst = openMemoryStore();
    await ingestPaths(minutesFirst, [MINUTES_2022, ITEM_PAGE]);
    const pageFirst = openMemoryStore();
    const pageAlone = await ingestPaths(pageFirst, [ITEM_PAGE]);
    expect(pageAlone.allOk).toBe(true);
    expect(pageFirst.record().meetings.map((m) => m.date)).toEqual([null]);
    await ingestPaths(pageFirst, [MINUTES_2022]);

    for (const store of [minutesFirst, pageFirst]) {
      expect(store.record().meetings).toHaveLength(1);
      const items = store.itemsOf(meetingOn(store, '2022-10-20').id);
      expect(items.map((i) => i.number)).toEqual(itemsBefore.map((i) => i.number));
      const enriched = items.filter((i) => i.title === "Children's Services Ofsted Outcome");
      expect(enriched).toHaveLength(1);
      expect(enriched[0]!.reportAuthor).toMatch(/Director of Children.s Services/);
      expect(enriched[0]!.sources).toHaveLength(2);
      expect(store.resolutionsOf(enriched[0]!.id)).toHaveLength(3);
      expect(store.requestsOf(enriched[0]!.id).map((r) => r.text)).toEqual(requestsBefore);
      expect(store.record().resolutions).toHaveLength(minutesOnly.record().resolutions.length);
      expect(store.record().requests).toHaveLength(minutesOnly.record().requests.length);
    }
    expect(content(pageFirst.record())).toEqual(content(minutesFirst.record()));
  });

  it('a status set on a request of a waiting agenda-item page follows it into its minutes', async () => {
    const store = openMemoryStore();
    await ingestPaths(store, [ITEM_PAGE]);
    const waiting = store.record().requests[0]!;
    await store.setRequestState(waiting.id, 'done', 'U_COORD', new Date('2022-11-01T10:00:00Z'));
    await ingestPaths(store, [MINUTES_2022]);
    expect(store.request(waiting.id)).toBeUndefined();
    const same = store.record().requests.find((r) => r.text === waiting.text)!;
    expect(same.meetingId).toBe(meetingOn(store, '2022-10-20').id);
    expect(store.requestState(same.id)).toMatchObject({ status: 'done', changedBy: 'U_COORD' });
  });

  it("a person's request status survives re-ingesting a corrected version of the minutes", async () => {
    const dir = await tempDir();
    const original = path.join(dir, 'minutes.txt');
    await copyFile(MINUTES_2018, original);
    const store = await openStore(path.join(dir, 'db', 'scrutiny.json'));
    await ingestPaths(store, [original]);
    const before = store.record();
    const update = before.requests.find((r) => r.text.includes('areas requiring improvement'))!;
    const next = before.requests.find((r) => r.text.includes('added to the next agenda'))!;
    await store.setRequestState(update.id, 'done', 'U_COORD', new Date('2018-03-20T10:00:00Z'));
    await store.setRequestState(next.id, 'done', 'U_COORD', new Date('2018-03-20T10:00:00Z'));

    // The council republishes the minutes with a corrected date and a typo fixed.
    const text = await readFile(original, 'utf-8');
    const correctedText = text.replace('to the Board in March 2018', 'to the Board in April 2018').replace('Quality Assurance Audit Activity', 'Quality Assurance Audit Activities');
    expect(correctedText).not.toBe(text);
    const corrected = path.join(dir, 'minutes-corrected.txt');
    await writeFile(corrected, correctedText);
    const report = await ingestPaths(store, [corrected]);
    expect(report.allOk).toBe(true);

    const after = (await openStore(store.path)).record();
    expect(after.meetings).toHaveLength(1);
    expect(after.items).toHaveLength(before.items.length);
    expect(after.resolutions).toHaveLength(before.resolutions.length);
    expect(after.requests.map((r) => r.id)).toEqual(before.requests.map((r) => r.id));
    expect(after.requests.find((r) => r.id === update.id)!.text).toContain('in April 2018');
    const reopened = await openStore(store.path);
    expect(reopened.requestState(update.id)).toMatchObject({ status: 'done', changedBy: 'U_COORD' });
    expect(reopened.requestState(next.id).status).toBe('done');
    expect(after.meetings[0]!.sources).toHaveLength(1);
  });

  it('ingesting the same content twice changes nothing: same file bytes, same version', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'scrutiny.json');
    const store = await openStore(file);
    await ingestPaths(store, [BUNDLED_CORPUS]);
    const record = await readFile(file);
    const state = await readFile(statePathFor(file));
    const version = store.version();
    const copy = path.join(dir, 'copy-of-minutes.md');
    await copyFile(MINUTES_2022, copy);
    const again = await ingestPaths(await openStore(file), [BUNDLED_CORPUS, copy]);
    expect(again.allOk).toBe(true);
    expect(again.files.every((f) => f.message === 'already in the store (no change)')).toBe(true);
    expect(again.newRequestIds).toEqual([]);
    expect(await readFile(file)).toEqual(record);
    expect(await readFile(statePathFor(file))).toEqual(state);
    expect((await openStore(file)).version()).toBe(version);
  });

  it('a file the record holds as an older parser read it is read again when ingested again (a request marked done stays done)', async () => {
    const older = await paper(MINUTES_2018, 'older');
    const store = openMemoryStore();
    await store.ingest(olderReading(older.parsed), older.source);
    const done = store.record().requests.find((r) => r.text !== 'Officers to circulate page 4.')!;
    await store.setRequestState(done.id, 'done', 'U_COORD', new Date('2018-02-01T10:00:00Z'));
    const fresh = openMemoryStore();
    await ingestPaths(fresh, [MINUTES_2018]);

    const report = await ingestPaths(store, [MINUTES_2018]);
    expect(report.files.map((f) => f.message)).toEqual([REREAD]);
    expect(content(store.record())).toEqual(content(fresh.record()));
    expect(store.record().documents.map((d) => d.parser)).toEqual([await parserFingerprint()]);
    expect(store.requestState(done.id).status).toBe('done');
    expect((await ingestPaths(store, [MINUTES_2018])).files.map((f) => f.message)).toEqual(['already in the store (no change)']);
  });

  it('gives each bad input a one-line reason and takes in the other files', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'a-empty.txt'), '');
    await writeFile(path.join(dir, 'b-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0x00, 0xff, 0x10]));
    await writeFile(path.join(dir, 'c-shopping-list.txt'), 'Milk\nEggs\nBread and butter\nRemember to call the plumber on Tuesday.\n');
    await writeFile(path.join(dir, 'd-minutes.docx'), 'PK\u0003\u0004 pretend word file');
    const huge = await open(path.join(dir, 'e-huge.txt'), 'w');
    await huge.truncate(50 * 1024 * 1024);
    await huge.close();
    await copyFile(MINUTES_2018, path.join(dir, 'f-good-minutes.txt'));
    await writeFile(path.join(dir, '.hidden.txt'), 'never read');
    const missing = path.join(dir, 'no-such-file.txt');

    const store = openMemoryStore();
    const report = await ingestPaths(store, [dir, missing]);
    const byName = Object.fromEntries(report.files.map((f) => [path.basename(f.path), f]));
    expect(Object.keys(byName)).toEqual(['a-empty.txt', 'b-binary.txt', 'c-shopping-list.txt', 'd-minutes.docx', 'e-huge.txt', 'f-good-minutes.txt', 'no-such-file.txt']);
    expect(byName['a-empty.txt']!.message).toMatch(/empty/);
    expect(byName['b-binary.txt']!.message).toMatch(/binary/);
    expect(byName['c-shopping-list.txt']!.message).toBe(NOT_A_COUNCIL_DOCUMENT);
    expect(byName['d-minutes.docx']!.message).toMatch(/unsupported/);
    expect(byName['e-huge.txt']!.message).toMatch(/too large/);
    expect(byName['no-such-file.txt']!.message).toMatch(/no such file/);
    for (const file of report.files) expect(file.message).not.toContain('\n');
    expect(report.files.filter((f) => f.ok).map((f) => path.basename(f.path))).toEqual(['f-good-minutes.txt']);
    expect(report.allOk).toBe(false);
    expect(store.record().documents.map((d) => d.name)).toEqual(['f-good-minutes.txt']);
    expect(meetingOn(store, '2018-01-11').status).toBe('minutes');
  });
});
