// A store opened with recordLater (the running bot's own thread, whose answer threads hold the record
// they answer from) reads its record's parts after opening: one per turn of the event loop once asked
// (ready), or what is left at once by a call that reads the record sooner. Whenever it is read, it is
// the record a store opened at once holds, as of the latest commit.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ParsedDocument } from '../../src/model.ts';
import { openStore, storeFiles } from '../../src/store/lowdb-store.ts';
import { StoreError, type Store, type StoreChange } from '../../src/store/store.ts';
import { turnsDuring } from './support/turns.ts';

const made: string[] = [];
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

/** Minutes of the Coastal Paths Panel, meeting `i` (one a month from January 2019). */
function minutesOf(i: number): ParsedDocument {
  return ParsedDocument.parse({
    kind: 'minutes',
    meetings: [
      {
        committee: 'Coastal Paths Panel',
        date: `${2019 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-14`,
        kind: 'minutes',
        items: Array.from({ length: 4 }, (_, n) => ({
          number: String(n + 1),
          title: `Cliff path section ${n + 1}`,
          body: `The panel heard how section ${n + 1} of the cliff path fared in meeting ${i}'s month.`,
          ...(n === 0 ? { requests: [{ text: `Officers to report the repair costs of section ${i}.`, kind: 'information' }] } : {}),
        })),
      },
    ],
  });
}

function source(i: number) {
  return { name: `minutes-${i}.txt`, sha256: String(i + 1).padStart(64, '0'), bytes: 1000, kind: 'minutes' as const };
}

/** A store on disk holding `meetings` months of minutes: several parts. */
async function storeWith(meetings: number): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'scrutiny-later-'));
  made.push(dir);
  const db = path.join(dir, 'scrutiny.json');
  const store = await openStore(db);
  await store.batch(async () => {
    for (let i = 0; i < meetings; i++) await store.ingest(minutesOf(i), source(i));
  });
  return db;
}

async function partFiles(db: string): Promise<string[]> {
  const { parts } = storeFiles(db);
  return (await readdir(parts)).map((file) => path.join(parts, file));
}

/** The record as a store opened at once reads it now. */
async function recordNow(db: string) {
  const store = await openStore(db);
  return { record: structuredClone(store.record()), version: store.version() };
}


describe('a store opened with recordLater', () => {
  it('reads no part as it opens, nor on a refresh with nothing new: a part spoilt after that fails ready() with the file named', async () => {
    const db = await storeWith(6);
    const store = await openStore(db, { recordLater: true });
    expect(await store.refresh()).toBe(false);
    const [spoilt] = (await partFiles(db)).filter((file) => path.basename(file).startsWith('meetings-'));
    await writeFile(spoilt!, '{"schemaVersion": 1, "meetings": [');
    const failure = await store.ready().then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(StoreError);
    expect((failure as Error).message).toContain(path.basename(spoilt!));
  });

  it('reads the parts one per turn of the event loop when asked, into the record a store opened at once holds', async () => {
    const db = await storeWith(8);
    const expected = await recordNow(db);
    const store = await openStore(db, { recordLater: true });
    const parts = (await partFiles(db)).length;
    expect(parts).toBeGreaterThan(4);
    const turns = await turnsDuring(() => store.ready());
    expect(turns).toBeGreaterThanOrEqual(parts - 1);
    expect(store.record()).toEqual(expected.record);
    expect(store.version()).toBe(expected.version);
    expect(store.checked).toBe('sample');
  });

  it('reads what is left at once when the record is read before ready() has finished, and ready() then agrees', async () => {
    const db = await storeWith(8);
    const expected = await recordNow(db);
    const store = await openStore(db, { recordLater: true });
    const reading = store.ready();
    // Synchronous readers, before the read in turns is done: the request, the meeting, the record.
    const request = expected.record.requests[5]!;
    expect(store.request(request.id)).toEqual(request);
    expect(store.record()).toEqual(expected.record);
    await reading;
    expect(store.record()).toEqual(expected.record);
    expect(store.version()).toBe(expected.version);
  });

  it('takes a paper and a Mark done before its record was read, as a store opened at once would', async () => {
    const db = await storeWith(5);
    const store = await openStore(db, { recordLater: true });
    const outcome = await store.ingest(minutesOf(5), source(5));
    expect(outcome.changed).toBe(true);
    const request = store.record().requests.find((r) => r.text.includes('section 5'))!;
    await store.setRequestState(request.id, 'done', 'Clerk', new Date('2019-07-01T09:00:00Z'));
    const after = await openStore(db);
    expect(after.record()).toEqual(store.record());
    expect(after.record().meetings).toHaveLength(6);
    expect(after.requestState(request.id).status).toBe('done');
  });

  it('hears of a commit another process made before its record was read without reading it, and reads that commit when asked', async () => {
    const db = await storeWith(5);
    const store = await openStore(db, { recordLater: true });
    const changes: StoreChange[] = [];
    store.onChange((change) => changes.push(change));
    const other = await openStore(db);
    await other.ingest(minutesOf(5), source(5));
    const before = await partFiles(db);
    expect(await store.refresh()).toBe(true);
    // Still unread: parts spoilt now fail the read that comes later, which proves none was read on the refresh.
    const [spoilt] = before.filter((file) => path.basename(file).startsWith('meetings-'));
    const kept = await readFile(spoilt!);
    await writeFile(spoilt!, '{"schemaVersion": 1, "meetings": [');
    await expect(store.ready()).rejects.toBeInstanceOf(StoreError);
    await writeFile(spoilt!, kept);
    expect(store.record()).toEqual(other.record());
    expect(store.version()).toBe(other.version());
    // No one held anything made from it: nothing to tell the change feed, and nothing more to read.
    expect(changes).toEqual([]);
    expect(await store.refresh()).toBe(false);
  });

  it('checks its parts without keeping them: a spoilt one is named, and the record is still unread after a good check', async () => {
    const db = await storeWith(6);
    const store = await openStore(db, { recordLater: true });
    const turns = await turnsDuring(() => store.checkParts());
    expect(turns).toBeGreaterThanOrEqual((await partFiles(db)).length - 1);
    const [spoilt] = (await partFiles(db)).filter((file) => path.basename(file).startsWith('meetings-'));
    // Valid JSON that is not a part of a record: only a check of its entries finds it.
    await writeFile(spoilt!, JSON.stringify({ schemaVersion: 1, documents: [], meetings: [{ id: 7 }], items: [], resolutions: [], requests: [], workProgramme: [] }));
    const failure = await store.checkParts().then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(StoreError);
    expect((failure as Error).message).toContain(path.basename(spoilt!));
  });

  it('checks each part only once the bot lets it (when no question waits), and every part all the same', async () => {
    const db = await storeWith(6);
    const files = await partFiles(db);
    const store = await openStore(db, { recordLater: true });
    // Each part waits for its turn: one gate per part, opened here one at a time.
    const gates: Array<() => void> = [];
    const before = () => new Promise<void>((resolve) => gates.push(resolve));
    let settled = false;
    const checking = store.checkParts({ before }).finally(() => (settled = true));
    /** Until the check asks for its next turn (or ends): a part is read in the thread pool, in its own time. */
    const asked = (n: number) =>
      new Promise<void>((resolve) => {
        const look = () => (gates.length >= n || settled ? resolve() : setTimeout(look, 1));
        look();
      });
    const turns = async () => {
      for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
    };
    for (let opened = 0; ; opened++) {
      await asked(opened + 1);
      if (settled) break;
      // Waiting for its turn, the check reads nothing more and does not end.
      await turns();
      expect(gates).toHaveLength(opened + 1);
      expect(settled).toBe(false);
      gates[opened]!();
    }
    await checking;
    expect(gates).toHaveLength(files.length);

    // A spoilt part is still found, however long the check waited for its turns.
    const [spoilt] = files.filter((file) => path.basename(file).startsWith('meetings-'));
    await writeFile(spoilt!, JSON.stringify({ schemaVersion: 1, documents: [], meetings: [{ id: 7 }], items: [], resolutions: [], requests: [], workProgramme: [] }));
    const again = await openStore(db, { recordLater: true });
    const failure = await again.checkParts({ before: () => new Promise((r) => setTimeout(r, 1)) }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(StoreError);
    expect((failure as Error).message).toContain(path.basename(spoilt!));
  });

  it('reads the newer catalogue when a commit dropped the parts it was opened with, and tells the change feed', async () => {
    const db = await storeWith(5);
    const store: Store = await openStore(db, { recordLater: true });
    const changes: StoreChange[] = [];
    store.onChange((change) => changes.push(change));
    const before = await partFiles(db);
    const other = await openStore(db);
    // The same month as meeting 0: its part (and the documents' part) is rewritten and the old files dropped.
    await other.ingest(ParsedDocument.parse({ ...minutesOf(0), meetings: [{ ...minutesOf(0).meetings[0]!, date: '2019-01-28' }] }), source(40));
    const after = await partFiles(db);
    expect(before.filter((file) => !after.includes(file)).length).toBeGreaterThan(0);
    await store.ready();
    expect(store.record()).toEqual(other.record());
    expect(store.version()).toBe(other.version());
    expect(changes).toHaveLength(1);
    expect(changes[0]!.origin).toBe('reload');
    expect(changes[0]!.version).toBe(other.version());
    // Read as of that commit: nothing more to read.
    expect(await store.refresh()).toBe(false);
  });
});
