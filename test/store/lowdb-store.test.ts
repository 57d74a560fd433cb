import { appendFile, mkdtemp, readFile, readdir, stat, utimes, writeFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ParsedDocument, type BoardRecord } from '../../src/model.ts';
import { openMemoryStore, openStore, statePathFor, StoreNotCurrentError, storeFiles } from '../../src/store/lowdb-store.ts';
import { Catalogue, isCatalogue } from '../../src/store/record-parts.ts';
import { StoreError, type SourceInfo, type StoreChange } from '../../src/store/store.ts';

const isCatalogueFile = (text: string) => isCatalogue(JSON.parse(text));

const COMMITTEE = "Education and Children's Services Scrutiny Board (2)";

const minutes = ParsedDocument.parse({
  kind: 'minutes',
  meetings: [
    {
      committee: COMMITTEE,
      date: '2018-01-11',
      time: '14:00',
      kind: 'minutes',
      items: [
        { number: '32', title: 'Declarations of Interests', body: 'There were no Disclosable Pecuniary Interests.' },
        {
          number: '34',
          title: 'Private Fostering',
          body: 'The Board considered private fostering arrangements.',
          resolutions: [{ text: 'Notes the report.' }, { text: 'Requests an update in March 2018.' }],
          requests: [{ text: 'Requests an update in March 2018.', kind: 'update', due: { text: 'in March 2018', date: '2018-03-31' } }],
        },
      ],
    },
  ],
});
const source: SourceInfo = { name: '2018-01-11-minutes.txt', sha256: 'a'.repeat(64), bytes: 8157, kind: 'minutes' };

const made: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'scrutiny-store-'));
  made.push(dir);
  return dir;
}
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

/** The record as its part files hold it on disk, joined (what a restart would read). */
async function partsOnDisk(file: string): Promise<{ catalogue: Catalogue; files: string[] }> {
  const catalogue = Catalogue.parse(JSON.parse(await readFile(file, 'utf-8')));
  return { catalogue, files: (await readdir(storeFiles(file).parts)).sort() };
}

async function partText(file: string, name: string): Promise<string> {
  const { catalogue } = await partsOnDisk(file);
  return readFile(path.join(storeFiles(file).parts, catalogue.parts[name]!.file), 'utf-8');
}

describe('openStore', () => {
  it('creates a missing store and its folder: the catalogue, the state file beside it, the store folder', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'nested', 'folder', 'scrutiny.json');
    const store = await openStore(file);
    expect(store.path).toBe(file);
    expect(statePathFor(file)).toBe(path.join(dir, 'nested', 'folder', 'scrutiny.state.json'));
    const catalogue = JSON.parse(await readFile(file, 'utf-8'));
    expect(catalogue).toEqual({ format: 'scrutiny-store', schemaVersion: 2, generation: 0, parts: {} });
    const state = JSON.parse(await readFile(statePathFor(file), 'utf-8'));
    expect(state).toMatchObject({ schemaVersion: 1, requests: {} });
    expect((await readdir(path.join(dir, 'nested', 'folder'))).sort()).toEqual(['scrutiny.json', 'scrutiny.state.json', 'scrutiny.store']);
  });

  it('reopens what it stored, with the same version and lookups', async () => {
    const file = path.join(await tempDir(), 'scrutiny.json');
    const first = await openStore(file);
    const empty = first.version();
    const outcome = await first.ingest(minutes, source);
    expect(outcome.changed).toBe(true);
    expect(first.version()).not.toBe(empty);
    const again = await openStore(file);
    expect(again.record()).toEqual(first.record());
    expect(again.version()).toBe(first.version());
    const meeting = again.record().meetings[0]!;
    expect(again.meeting(meeting.id)?.date).toBe('2018-01-11');
    const items = again.itemsOf(meeting.id);
    expect(items.map((i) => i.number)).toEqual(['32', '34']);
    expect(again.resolutionsOf(items[1]!.id).map((r) => r.clause)).toEqual([1, 2]);
    const request = again.requestsOf(items[1]!.id)[0]!;
    expect(again.request(request.id)?.text).toBe('Requests an update in March 2018.');
    expect(again.requestState(request.id).status).toBe('open');
    const resolution = again.record().resolutions[1]!;
    expect(again.resolution(resolution.id)?.text).toBe('Requests an update in March 2018.');
    expect(again.resolution('r-unknown')).toBeUndefined();
    expect(again.counts()).toEqual({ documents: 1, meetings: 1, items: 2, resolutions: 2, requests: 1, workProgramme: 0 });
  });

  it('refuses a file that is not JSON, naming it, and leaves it byte for byte', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'scrutiny.json');
    const bytes = Buffer.from('{"schemaVersion": 1, "documents": [ trailing garbage');
    await writeFile(file, bytes);
    const error = await openStore(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).file).toBe(file);
    expect((error as StoreError).message).toContain(file);
    expect((error as StoreError).message).toMatch(/not valid JSON/);
    expect(await readFile(file)).toEqual(bytes);
    expect(await readdir(dir)).toEqual(['scrutiny.json']);
  });

  it('refuses a single-file record that does not match the record schema, saying where, and leaves it', async () => {
    const file = path.join(await tempDir(), 'scrutiny.json');
    const bytes = Buffer.from(JSON.stringify({ schemaVersion: 1, documents: 'none', meetings: [], items: [], resolutions: [], requests: [], workProgramme: [] }));
    await writeFile(file, bytes);
    const error = await openStore(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as Error).message).toMatch(/neither a scrutiny store catalogue nor a scrutiny record/);
    expect(await readFile(file)).toEqual(bytes);

    const wrongList = Buffer.from(JSON.stringify({ schemaVersion: 1, documents: [{ id: 1 }], meetings: [], items: [], resolutions: [], requests: [], workProgramme: [] }));
    await writeFile(file, wrongList);
    await expect(openStore(file)).rejects.toThrow(/documents\.0\.id/);
    expect(await readFile(file)).toEqual(wrongList);
  });

  it('refuses an empty catalogue and a schema-invalid state file', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'scrutiny.json');
    await writeFile(file, '');
    await expect(openStore(file)).rejects.toThrow(/is empty/);
    expect((await stat(file)).size).toBe(0);

    const other = path.join(dir, 'other.json');
    await openStore(other);
    const stateBytes = Buffer.from(JSON.stringify({ schemaVersion: 1, requests: { q1: { status: 'maybe' } } }));
    await writeFile(statePathFor(other), stateBytes);
    const error = await openStore(other).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).file).toBe(statePathFor(other));
    expect((error as Error).message).toMatch(/requests\.q1\.status/);
    expect(await readFile(statePathFor(other))).toEqual(stateBytes);
  });

  it('refuses a record whose parts point at a meeting it does not hold, and a catalogue naming a missing part', async () => {
    const file = path.join(await tempDir(), 'scrutiny.json');
    const good = await openStore(file);
    await good.ingest(minutes, source);
    const { catalogue } = await partsOnDisk(file);
    const meetingFile = path.join(storeFiles(file).parts, catalogue.parts['meetings-2018-01']!.file);
    const part = JSON.parse(await readFile(meetingFile, 'utf-8'));
    part.meetings = [];
    const bytes = Buffer.from(JSON.stringify(part));
    await writeFile(meetingFile, bytes);
    await expect(openStore(file)).rejects.toThrow(/not a consistent scrutiny record/);
    expect(await readFile(meetingFile)).toEqual(bytes);

    await rm(meetingFile);
    const error = await openStore(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).file).toBe(meetingFile);
    expect((error as Error).message).toMatch(/is missing: the catalogue .* names it as part "meetings-2018-01"/);
  });

  describe('checking the record on opening', () => {
    // More items than the sample takes, so that an entry outside the sample can be spoilt.
    const many = ParsedDocument.parse({
      kind: 'minutes',
      meetings: [
        {
          committee: COMMITTEE,
          date: '2018-01-25',
          kind: 'minutes',
          items: Array.from({ length: 300 }, (_, i) => ({ number: String(i + 1), title: `Item about subject ${i + 1}`, body: `Body of item ${i + 1}.` })),
        },
      ],
    });
    const manySource: SourceInfo = { name: 'many.txt', sha256: 'b'.repeat(64), bytes: 9000, kind: 'minutes' };

    async function written(): Promise<{ file: string; partFile: string; text: string }> {
      const file = path.join(await tempDir(), 'scrutiny.json');
      const store = await openStore(file);
      await store.ingest(minutes, source);
      await store.ingest(many, manySource);
      const { catalogue } = await partsOnDisk(file);
      const partFile = path.join(storeFiles(file).parts, catalogue.parts['meetings-2018-01']!.file);
      return { file, partFile, text: await readFile(partFile, 'utf-8') };
    }

    it('parts as the store last wrote them are checked by sample, and read back the same', async () => {
      const { file } = await written();
      const first = await openStore(file);
      expect(first.checked).toBe('sample');
      const full = await openStore(path.join(await tempDir(), 'fresh.json'));
      expect(full.checked).toBe('full');
      expect(first.record().items).toHaveLength(302);
    });

    it('a part changed since it was written is checked in full: a bad entry outside any sample is refused', async () => {
      const { partFile, text, file } = await written();
      const part = JSON.parse(text);
      // The second item of 302: the sample takes every fifth or so, from the first.
      part.items[1].number = 2;
      const bytes = Buffer.from(JSON.stringify(part));
      await writeFile(partFile, bytes);
      const error = await openStore(file).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoreError);
      expect((error as StoreError).file).toBe(partFile);
      expect((error as Error).message).toMatch(/items\.1\.number/);
      expect(await readFile(partFile)).toEqual(bytes);
    });

    it('an edit of the same size, with the modification time put back, is still caught by the content hash', async () => {
      const { partFile, text, file } = await written();
      const before = await stat(partFile);
      // Entry 150 is outside the sample; the edit keeps the length.
      const spoilt = text.replace('"number":"150"', '"number":150  ');
      expect(spoilt).not.toBe(text);
      expect(spoilt.length).toBe(text.length);
      await writeFile(partFile, spoilt);
      await utimes(partFile, before.atime, before.mtime);
      expect(Math.abs((await stat(partFile)).mtimeMs - before.mtimeMs)).toBeLessThan(1);
      await expect(openStore(file)).rejects.toThrow(/items\.\d+\.number/);
    });

    it('a reader beside the owner takes the parts unchecked, and non-ASCII text reads the same; the owner checks them', async () => {
      const { partFile, text, file } = await written();
      // A hand edit with characters outside ASCII (written unescaped) and a bad entry outside any sample.
      const part = JSON.parse(text);
      part.items[150].body = 'Body of item 150, révisé — 2½ pages.';
      part.items[1].number = 2;
      await writeFile(partFile, JSON.stringify(part));
      const reader = await openStore(file, { asReader: true });
      expect(reader.checked).toBe('owner');
      expect(reader.record().items.some((i) => i.body === 'Body of item 150, révisé — 2½ pages.')).toBe(true);
      await expect(openStore(file)).rejects.toThrow(/items\.1\.number/);
    });

    it('a reader beside the owner takes the request statuses by their shape; the owner checks each', async () => {
      const { file } = await written();
      const { requests: statuses, requestLog: log } = storeFiles(file);
      // A hand edit: a status the schema has no word for, in the snapshot and in the journal.
      await writeFile(statuses, JSON.stringify({ schemaVersion: 1, requests: { 'q-hand-edit-1': { status: 'parked', changedBy: 'Jo Bloggs', changedAt: '2024-05-20T09:00:00.000Z' } } }));
      await writeFile(log, `${JSON.stringify({ id: 'q-hand-edit-2', state: { status: 'parked', changedBy: null, changedAt: null } })}\n`);
      const reader = await openStore(file, { asReader: true });
      expect(reader).toBeDefined();
      await expect(openStore(file)).rejects.toThrow(/requests\.json/);
      // Not even its shape: the reader refuses it too.
      await writeFile(statuses, JSON.stringify({ schemaVersion: 1, requests: ['q-hand-edit-1'] }));
      await expect(openStore(file, { asReader: true })).rejects.toThrow(/requests\.json/);
    });

    it('a correct hand edit is read after a full check', async () => {
      const { partFile, text, file } = await written();
      await writeFile(partFile, text.replace('Body of item 150.', 'Body of item 150, corrected.'));
      const store = await openStore(file);
      expect(store.checked).toBe('full');
      expect(store.record().items.some((i) => i.body === 'Body of item 150, corrected.')).toBe(true);
    });
  });

  describe('writing what changed', () => {
    const nextMonth = ParsedDocument.parse({
      kind: 'minutes',
      meetings: [{ committee: COMMITTEE, date: '2018-03-08', time: '14:00', kind: 'minutes', items: [{ number: '40', title: 'Youth Justice', body: 'Considered.' }] }],
    });
    const nextSource: SourceInfo = { name: '2018-03-08-minutes.txt', sha256: 'd'.repeat(64), bytes: 4000, kind: 'minutes' };

    it('a new meeting writes its month, the last documents part and the catalogue; other parts stay as they were', async () => {
      const file = path.join(await tempDir(), 'scrutiny.json');
      const store = await openStore(file);
      await store.ingest(minutes, source);
      const before = await partsOnDisk(file);
      const januaryBytes = await partText(file, 'meetings-2018-01');
      const januaryInode = (await stat(path.join(storeFiles(file).parts, before.catalogue.parts['meetings-2018-01']!.file))).ino;
      await store.ingest(nextMonth, nextSource);
      const after = await partsOnDisk(file);
      expect(after.catalogue.generation).toBe(before.catalogue.generation + 1);
      expect(Object.keys(after.catalogue.parts).sort()).toEqual(['documents-0000', 'meetings-2018-01', 'meetings-2018-03']);
      expect(after.catalogue.parts['meetings-2018-01']).toEqual(before.catalogue.parts['meetings-2018-01']);
      expect(after.catalogue.parts['documents-0000']!.file).not.toBe(before.catalogue.parts['documents-0000']!.file);
      expect(await partText(file, 'meetings-2018-01')).toBe(januaryBytes);
      expect((await stat(path.join(storeFiles(file).parts, after.catalogue.parts['meetings-2018-01']!.file))).ino).toBe(januaryInode);
      // The old documents part is gone: the files are exactly those the catalogue names.
      expect(after.files).toEqual(Object.values(after.catalogue.parts).map((p) => p.file).sort());
    });

    it('tells the change feed what each write changed, once per batch', async () => {
      const file = path.join(await tempDir(), 'scrutiny.json');
      const store = await openStore(file);
      const changes: StoreChange[] = [];
      store.onChange((change) => changes.push(change));
      await store.batch(async () => {
        await store.ingest(minutes, source);
        await store.ingest(nextMonth, nextSource);
        expect(changes).toHaveLength(0);
      });
      expect(changes).toHaveLength(1);
      expect(changes[0]!.origin).toBe('write');
      expect(changes[0]!.version).toBe(store.version());
      expect(changes[0]!.documents.map((d) => d.id)).toEqual([source.sha256, nextSource.sha256]);
      expect(changes[0]!.meetings.map((b) => b.meeting.date).sort()).toEqual(['2018-01-11', '2018-03-08']);
      expect(changes[0]!.removedMeetingIds).toEqual([]);
    });
  });

  describe('a store of one record file (before parts)', () => {
    async function singleFileStore(): Promise<{ file: string; record: BoardRecord; requestId: string }> {
      const memory = openMemoryStore({ clock: { now: () => new Date('2018-01-12T09:00:00Z') } });
      await memory.ingest(minutes, source);
      const record = structuredClone(memory.record()) as BoardRecord;
      const requestId = record.requests[0]!.id;
      const file = path.join(await tempDir(), 'scrutiny.json');
      await writeFile(file, JSON.stringify(record));
      const state = { schemaVersion: 1, requests: { [requestId]: { status: 'done', changedBy: 'U9', changedAt: '2018-02-01T10:00:00.000Z' } }, subscriptions: [], deliveries: {}, seenEvents: {}, sync: { 'moderngov:1:2': 'fp' } };
      await writeFile(statePathFor(file), JSON.stringify(state));
      return { file, record, requestId };
    }

    it('is split into parts on first opening, keeping every entry, every status and the old files', async () => {
      const { file, record, requestId } = await singleFileStore();
      const oldRecord = await readFile(file);
      const oldState = await readFile(statePathFor(file));
      const store = await openStore(file);
      expect(store.record()).toEqual(record);
      expect(store.requestState(requestId)).toEqual({ status: 'done', changedBy: 'U9', changedAt: '2018-02-01T10:00:00.000Z' });
      expect(store.state().sync).toEqual({ 'moderngov:1:2': 'fp' });
      expect(isCatalogueFile(await readFile(file, 'utf-8'))).toBe(true);
      expect(await readFile(storeFiles(file).legacyRecord)).toEqual(oldRecord);
      expect(await readFile(storeFiles(file).legacyState)).toEqual(oldState);
      const again = await openStore(file);
      expect(again.record()).toEqual(record);
      expect(again.version()).toBe(store.version());
      expect(again.requestState(requestId).status).toBe('done');
    });

    it('is not opened by a reader, which leaves its files as they were, until its owner has rewritten it', async () => {
      const { file, record } = await singleFileStore();
      const before = await readFile(file);
      const stateBefore = await readFile(statePathFor(file));
      await expect(openStore(file, { asReader: true })).rejects.toBeInstanceOf(StoreNotCurrentError);
      expect(await readFile(file)).toEqual(before);
      expect(await readFile(statePathFor(file))).toEqual(stateBefore);
      await expect(stat(storeFiles(file).legacyRecord)).rejects.toThrow();
      await openStore(file);
      expect((await openStore(file, { asReader: true })).record()).toEqual(record);
    });
  });

  it('a new store is not created by a reader', async () => {
    const file = path.join(await tempDir(), 'scrutiny.json');
    await expect(openStore(file, { asReader: true })).rejects.toBeInstanceOf(StoreNotCurrentError);
    await expect(stat(file)).rejects.toThrow();
    await expect(stat(statePathFor(file))).rejects.toThrow();
    await openStore(file);
    expect((await openStore(file, { asReader: true })).counts().documents).toBe(0);
  });

  describe('request statuses', () => {
    it('a status change appends one line and leaves the record and state files alone; it survives a restart', async () => {
      const file = path.join(await tempDir(), 'scrutiny.json');
      const store = await openStore(file);
      await store.ingest(minutes, source);
      const catalogueBefore = await readFile(file);
      const stateBefore = await readFile(statePathFor(file));
      const request = store.record().requests[0]!;
      const at = new Date('2018-02-01T10:00:00Z');
      const state = await store.setRequestState(request.id, 'done', 'U123', at);
      expect(state).toEqual({ status: 'done', changedBy: 'U123', changedAt: '2018-02-01T10:00:00.000Z' });
      expect(await readFile(file)).toEqual(catalogueBefore);
      expect(await readFile(statePathFor(file))).toEqual(stateBefore);
      const log = (await readFile(storeFiles(file).requestLog, 'utf-8')).trim().split('\n');
      expect(log.map((line) => JSON.parse(line))).toEqual([{ id: request.id, state }]);
      const reopened = await openStore(file);
      expect(reopened.requestState(request.id)).toEqual(state);
      await expect(reopened.setRequestState('q-unknown', 'done', 'U1', at)).rejects.toThrow(/No request/);
    });

    it('a change cut short by a crash (no newline) is not read, and the next change writes over it', async () => {
      const file = path.join(await tempDir(), 'scrutiny.json');
      const store = await openStore(file);
      await store.ingest(minutes, source);
      const request = store.record().requests[0]!;
      await store.setRequestState(request.id, 'done', 'U1', new Date('2018-02-01T10:00:00Z'));
      await appendFile(storeFiles(file).requestLog, '{"id":"' + request.id + '","state":{"status":"op');
      const reopened = await openStore(file);
      expect(reopened.requestState(request.id).status).toBe('done');
      await reopened.setRequestState(request.id, 'open', 'U2', new Date('2018-02-02T10:00:00Z'));
      const lines = (await readFile(storeFiles(file).requestLog, 'utf-8')).trim().split('\n');
      expect(lines).toHaveLength(2);
      expect((await openStore(file)).requestState(request.id)).toMatchObject({ status: 'open', changedBy: 'U2' });
    });

    it('a long journal is folded into the snapshot, and nothing is lost', async () => {
      const file = path.join(await tempDir(), 'scrutiny.json');
      const store = await openStore(file, { journalCompactBytes: 5_000 });
      await store.ingest(minutes, source);
      const request = store.record().requests[0]!;
      // About 110 bytes a line: enough lines to pass the compaction size a few times.
      for (let i = 0; i < 200; i++) await store.setRequestState(request.id, i % 2 === 0 ? 'done' : 'open', `U${i}`, new Date('2018-02-01T10:00:00Z'));
      expect((await stat(storeFiles(file).requestLog)).size).toBeLessThan(5_000);
      const snapshot = JSON.parse(await readFile(storeFiles(file).requests, 'utf-8'));
      expect(snapshot.requests[request.id]).toBeDefined();
      expect((await openStore(file)).requestState(request.id)).toMatchObject({ status: 'open', changedBy: 'U199' });
    });
  });

  it('writes the record as ASCII JSON that reads back to the same text, curly quotes, accents and emoji included', async () => {
    const file = path.join(await tempDir(), 'scrutiny.json');
    const store = await openStore(file);
    const title = 'Children’s Services: Café “Saplings” 😀';
    const fancy = ParsedDocument.parse({
      kind: 'minutes',
      meetings: [{ committee: COMMITTEE, date: '2018-02-08', kind: 'minutes', items: [{ number: '40', title, body: 'Noted – with thanks.' }] }],
    });
    await store.ingest(fancy, { ...source, sha256: 'c'.repeat(64) });
    const bytes = await readFile(file);
    expect(bytes.every((b) => b < 0x80)).toBe(true);
    const reopened = await openStore(file);
    expect(reopened.record().items.map((i) => [i.title, i.body])).toEqual([[title, 'Noted – with thanks.']]);
  });

  it('writes atomically: the catalogue is replaced by a rename, no temporary file is left', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'scrutiny.json');
    const store = await openStore(file);
    const before = await stat(file);
    await store.ingest(minutes, source);
    const after = await stat(file);
    // A rename puts a new inode in place; writing in place would keep the old one.
    expect(after.ino).not.toBe(before.ino);
    expect((await readdir(dir)).sort()).toEqual(['scrutiny.json', 'scrutiny.state.json', 'scrutiny.store']);
    expect((await readdir(storeFiles(file).folder)).sort()).toEqual(['parts']);
  });

  it('ingesting the same content twice changes nothing: same bytes, same version', async () => {
    const file = path.join(await tempDir(), 'scrutiny.json');
    const store = await openStore(file);
    await store.ingest(minutes, source);
    const bytes = await readFile(file);
    const version = store.version();
    const outcome = await store.ingest(minutes, { ...source, name: 'renamed copy.txt' });
    expect(outcome.changed).toBe(false);
    expect(outcome.added).toEqual({ meetings: 0, items: 0, resolutions: 0, requests: 0, workProgramme: 0 });
    expect(await readFile(file)).toEqual(bytes);
    expect(store.version()).toBe(version);
  });

  it('a state change that throws or breaks the schema leaves the state as it was', async () => {
    const store = openMemoryStore();
    await expect(
      store.updateState((s) => {
        s.seenEvents.E1 = '2018-01-01T00:00:00Z';
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    await expect(
      store.updateState((s) => {
        (s.seenEvents as Record<string, unknown>).E2 = 'not a date';
      }),
    ).rejects.toThrow(/State change rejected/);
    expect(store.state().seenEvents).toEqual({});
    const result = await store.updateState((s) => {
      s.seenEvents.E3 = '2018-01-01T00:00:00Z';
      return 'kept';
    });
    expect(result).toBe('kept');
    expect(store.state().seenEvents).toEqual({ E3: '2018-01-01T00:00:00Z' });
  });
});

describe('openMemoryStore', () => {
  it('behaves as the file store without files, and can be seeded with a record', async () => {
    const store = openMemoryStore({ clock: { now: () => new Date('2018-01-12T09:00:00Z') } });
    expect(store.path).toBe(':memory:');
    await store.ingest(minutes, source);
    expect(store.record().documents[0]?.ingestedAt).toBe('2018-01-12T09:00:00.000Z');
    const seeded = openMemoryStore({ record: structuredClone(store.record()) });
    expect(seeded.record()).toEqual(store.record());
    expect(seeded.version()).toBe(store.version());
    const request = seeded.record().requests[0]!;
    await seeded.setRequestState(request.id, 'done', 'U1', new Date('2018-02-01T00:00:00Z'));
    expect(seeded.requestState(request.id).status).toBe('done');
    expect(store.requestState(request.id).status).toBe('open');
  });

  it('batch writes the record once at the end', async () => {
    const file = path.join(await tempDir(), 'scrutiny.json');
    const store = await openStore(file);
    const inoBefore = (await stat(file)).ino;
    await store.batch(async () => {
      await store.ingest(minutes, source);
      expect((await stat(file)).ino).toBe(inoBefore);
    });
    expect((await stat(file)).ino).not.toBe(inoBefore);
    expect((await partsOnDisk(file)).catalogue.generation).toBe(1);
    expect((await openStore(file)).counts().meetings).toBe(1);
  });

});
