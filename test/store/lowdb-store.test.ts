import { mkdtemp, readFile, readdir, stat, writeFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ParsedDocument } from '../../src/model.ts';
import { openMemoryStore, openStore, statePathFor } from '../../src/store/lowdb-store.ts';
import { StoreError, type SourceInfo } from '../../src/store/store.ts';

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

describe('openStore', () => {
  it('creates a missing store and its folder, with the state file beside the record', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'nested', 'folder', 'scrutiny.json');
    const store = await openStore(file);
    expect(store.path).toBe(file);
    expect(statePathFor(file)).toBe(path.join(dir, 'nested', 'folder', 'scrutiny.state.json'));
    const record = JSON.parse(await readFile(file, 'utf-8'));
    expect(record).toMatchObject({ schemaVersion: 1, documents: [], meetings: [] });
    const state = JSON.parse(await readFile(statePathFor(file), 'utf-8'));
    expect(state).toMatchObject({ schemaVersion: 1, requests: {} });
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

  it('refuses a file that does not match the record schema, saying where, and leaves it', async () => {
    const file = path.join(await tempDir(), 'scrutiny.json');
    const bytes = Buffer.from(JSON.stringify({ schemaVersion: 1, documents: 'none', meetings: [], items: [], resolutions: [], requests: [], workProgramme: [] }));
    await writeFile(file, bytes);
    const error = await openStore(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as Error).message).toMatch(/documents/);
    expect(await readFile(file)).toEqual(bytes);
  });

  it('refuses an empty record file and a schema-invalid state file', async () => {
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

  it('refuses a record whose parts point at a meeting it does not hold', async () => {
    const file = path.join(await tempDir(), 'scrutiny.json');
    const good = await openStore(file);
    await good.ingest(minutes, source);
    const record = JSON.parse(await readFile(file, 'utf-8'));
    record.meetings = [];
    const bytes = Buffer.from(JSON.stringify(record));
    await writeFile(file, bytes);
    await expect(openStore(file)).rejects.toThrow(/not a consistent scrutiny record/);
    expect(await readFile(file)).toEqual(bytes);
  });

  describe('checking the record on opening', () => {
    // More items than the sample takes, so that an entry outside the sample can be spoilt.
    const many = ParsedDocument.parse({
      kind: 'minutes',
      meetings: [
        {
          committee: COMMITTEE,
          date: '2018-03-15',
          kind: 'minutes',
          items: Array.from({ length: 300 }, (_, i) => ({ number: String(i + 1), title: `Item about subject ${i + 1}`, body: `Body of item ${i + 1}.` })),
        },
      ],
    });
    const manySource: SourceInfo = { name: 'many.txt', sha256: 'b'.repeat(64), bytes: 9000, kind: 'minutes' };

    async function written(): Promise<{ file: string; text: string }> {
      const file = path.join(await tempDir(), 'scrutiny.json');
      const store = await openStore(file);
      await store.ingest(minutes, source);
      await store.ingest(many, manySource);
      return { file, text: await readFile(file, 'utf-8') };
    }

    it('a record file as the store last wrote it is checked by sample, and reads back the same', async () => {
      const { file } = await written();
      const first = await openStore(file);
      expect(first.checked).toBe('sample');
      const full = await openStore(path.join(await tempDir(), 'fresh.json'));
      expect(full.checked).toBe('full');
      expect(first.record().items).toHaveLength(302);
      expect(first.record()).toEqual(JSON.parse(await readFile(file, 'utf-8')));
    });

    it('a record file changed since it was written is checked in full: a bad entry outside any sample is refused', async () => {
      const { file, text } = await written();
      const record = JSON.parse(text);
      // The second item of 302: the sample takes every fifth or so, from the first.
      record.items[1].number = 2;
      const bytes = Buffer.from(JSON.stringify(record));
      await writeFile(file, bytes);
      const error = await openStore(file).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoreError);
      expect((error as StoreError).file).toBe(file);
      expect((error as Error).message).toMatch(/items\.1\.number/);
      expect(await readFile(file)).toEqual(bytes);
    });

    it('without what the state file remembers, every entry is checked', async () => {
      const { file, text } = await written();
      const record = JSON.parse(text);
      record.items[1].number = 2;
      await writeFile(file, JSON.stringify(record));
      await rm(statePathFor(file));
      await expect(openStore(file)).rejects.toThrow(/items\.1\.number/);
    });

    it('a sampled entry that does not come out of the schema as it went in means a full check, even at the same size and time', async () => {
      const { file, text } = await written();
      const spoilt = text.replace('"number":"32"', '"number":32  ');
      expect(spoilt).not.toBe(text);
      await writeFile(file, spoilt);
      // The state file remembers the spoilt file's size and time, as if the store had written it: only the content tells.
      const after = await stat(file);
      const state = JSON.parse(await readFile(statePathFor(file), 'utf-8'));
      expect(state.recordFile.bytes).toBe(after.size);
      state.recordFile.mtimeMs = after.mtimeMs;
      await writeFile(statePathFor(file), JSON.stringify(state));
      await expect(openStore(file)).rejects.toThrow(/items\.0\.number/);
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

  it('writes atomically: the record file is replaced by a rename, no temporary file is left', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'scrutiny.json');
    const store = await openStore(file);
    const before = await stat(file);
    await store.ingest(minutes, source);
    const after = await stat(file);
    // A rename puts a new inode in place; writing in place would keep the old one.
    expect(after.ino).not.toBe(before.ino);
    expect((await readdir(dir)).sort()).toEqual(['scrutiny.json', 'scrutiny.state.json']);
  });

  it('a status change rewrites only the small state file and survives a restart', async () => {
    const file = path.join(await tempDir(), 'scrutiny.json');
    const store = await openStore(file);
    await store.ingest(minutes, source);
    const recordBefore = await readFile(file);
    const inoBefore = (await stat(file)).ino;
    const request = store.record().requests[0]!;
    const at = new Date('2018-02-01T10:00:00Z');
    const state = await store.setRequestState(request.id, 'done', 'U123', at);
    expect(state).toEqual({ status: 'done', changedBy: 'U123', changedAt: '2018-02-01T10:00:00.000Z' });
    expect(await readFile(file)).toEqual(recordBefore);
    expect((await stat(file)).ino).toBe(inoBefore);
    const reopened = await openStore(file);
    expect(reopened.requestState(request.id)).toEqual(state);
    await expect(reopened.setRequestState('q-unknown', 'done', 'U1', at)).rejects.toThrow(/No request/);
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
    expect(JSON.parse(await readFile(file, 'utf-8')).meetings).toHaveLength(1);
  });
});
