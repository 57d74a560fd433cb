// The Slack requests the bot handled, by replay key, in a journal of their own: a burst appends its
// keys and loses none, a restart reads them back, keys older than a day are dropped, a damaged or
// half-written line loses nothing else, and the store's readers (the answer thread) have nothing to
// read again when keys are written.
import fs from 'node:fs';
import { appendFile, mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { TextFile } from 'lowdb/node';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { openStore, storeFiles } from '../../src/store/lowdb-store.ts';
import { ReplayJournal } from '../../src/store/replay-journal.ts';

const made: string[] = [];
afterEach(() => vi.restoreAllMocks());
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'scrutiny-replay-'));
  made.push(dir);
  return dir;
}

const writeText = (file: string, text: string) => new TextFile(file).write(text);
const at = (iso: string) => new Date(iso);

async function journalAt(file: string, slackLines?: number): Promise<ReplayJournal> {
  const journal = new ReplayJournal(file, writeText, slackLines);
  await journal.load();
  return journal;
}

async function linesOf(file: string): Promise<string[]> {
  return (await readFile(file, 'utf-8')).split('\n').filter((l) => l !== '');
}

describe('ReplayJournal', () => {
  it('appends a burst of keys, says which were new, and a restart reads every one back', async () => {
    const file = path.join(await tempDir(), 'replay-keys.log');
    const journal = await journalAt(file);
    const burst = Array.from({ length: 20 }, (_, i) => `command:t${i}`);
    const writes = await Promise.all([journal.record(burst.slice(0, 7), at('2018-02-01T09:00:00Z')), journal.record(burst.slice(7), at('2018-02-01T09:00:00Z'))]);
    expect(writes.flat().every(Boolean)).toBe(true);
    expect(await journal.record(['command:t3', 'action:a1', 'action:a1'], at('2018-02-01T09:00:01Z'))).toEqual([false, true, false]);
    expect(await linesOf(file)).toHaveLength(21);

    const again = await journalAt(file);
    expect(again.keys()).toEqual([...burst, 'action:a1']);
    expect(again.has('command:t19')).toBe(true);
    expect(again.has('command:elsewhere')).toBe(false);
  });

  it('drops keys older than a day, from memory as keys are added and from the file when it is rewritten', async () => {
    const file = path.join(await tempDir(), 'replay-keys.log');
    const journal = await journalAt(file, 0);
    await journal.record(['Ev-old-1', 'Ev-old-2', 'Ev-old-3'], at('2018-01-30T09:00:00Z'));
    await journal.record(['Ev-recent'], at('2018-02-01T08:00:00Z'));
    await journal.record(['Ev-new'], at('2018-02-01T09:00:00Z'));
    expect(journal.keys()).toEqual(['Ev-recent', 'Ev-new']);
    expect(journal.has('Ev-old-1')).toBe(false);
    // Five lines for two keys, more than twice as many: the file was written anew.
    expect((await linesOf(file)).map((l) => JSON.parse(l).key)).toEqual(['Ev-recent', 'Ev-new']);
    expect((await journalAt(file)).keys()).toEqual(['Ev-recent', 'Ev-new']);
  });

  it('a damaged line loses that key alone, and a half-written last line is written over by the next key', async () => {
    const file = path.join(await tempDir(), 'replay-keys.log');
    const first = await journalAt(file);
    await first.record(['Ev1', 'Ev2'], at('2018-02-01T09:00:00Z'));
    await appendFile(file, '{"key":"Ev3","at":"2018-02-01T09:00:0\u0000\u0000}\nnot json at all\n{"key":"Ev4","at":"2018-02-01T09:00:00.000Z"}\n{"key":"Ev5","at":"2018-02-');
    const journal = await journalAt(file);
    expect(journal.keys()).toEqual(['Ev1', 'Ev2', 'Ev4']);
    await journal.record(['Ev6'], at('2018-02-01T09:01:00Z'));
    const lines = await linesOf(file);
    expect(lines.at(-1)).toBe('{"key":"Ev6","at":"2018-02-01T09:01:00.000Z"}');
    expect((await journalAt(file)).keys()).toEqual(['Ev1', 'Ev2', 'Ev4', 'Ev6']);
  });

  it('many calls at once: each learns which of its keys were new, every key is one line, and calls that came together share a write', async () => {
    const file = path.join(await tempDir(), 'replay-keys.log');
    const journal = await journalAt(file);
    await journal.record(['Ev-before'], at('2018-02-01T08:59:00Z'));
    const writes = vi.spyOn(fs, 'write');
    // Thirty calls of three keys each, overlapping their neighbours and the key noted before.
    const calls = Array.from({ length: 30 }, (_, i) => [`Ev${i}`, `Ev${i + 1}`, i % 10 === 0 ? 'Ev-before' : `Ev${i}`]);
    const results = await Promise.all(calls.map((keys) => journal.record(keys, at('2018-02-01T09:00:00Z'))));
    // Keys are new to the first call that names them, in the order the calls were made.
    const named = new Set(['Ev-before']);
    const expected = calls.map((keys) => keys.map((key) => (named.has(key) ? false : (named.add(key), true))));
    expect(results).toEqual(expected);
    expect(writes.mock.calls.length).toBeGreaterThanOrEqual(1);
    expect(writes.mock.calls.length).toBeLessThanOrEqual(3);
    const keys = (await linesOf(file)).map((l) => JSON.parse(l).key);
    expect(keys).toHaveLength(32);
    expect(new Set(keys).size).toBe(32);
    expect((await journalAt(file)).keys().sort()).toEqual([...named].sort());
  });

  it('a disk that fills part-way through a write fails every call written in it, notes none of their keys, and leaves no half line', async () => {
    const file = path.join(await tempDir(), 'replay-keys.log');
    const journal = await journalAt(file);
    await journal.record(['Ev-A'], at('2018-02-01T09:00:00Z'));
    expect(await journal.record(['Ev-B'], at('2018-02-01T09:00:01Z'))).toEqual([true]);
    const realWrite = fs.write;
    let writeCalls = 0;
    // The next write takes half its bytes and the disk is then full.
    vi.spyOn(fs, 'write').mockImplementation(((fd: number, buffer: Buffer, offset: number, length: number, position: number, done: (e: NodeJS.ErrnoException | null, n: number) => void) => {
      writeCalls++;
      if (writeCalls === 1) return realWrite(fd, buffer, offset, Math.ceil(length / 2), position, done);
      if (writeCalls === 2) return process.nextTick(() => done(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }), 0));
      return realWrite(fd, buffer, offset, length, position, done);
    }) as never);
    const group = [journal.record(['Ev-C', 'Ev-D'], at('2018-02-01T09:00:01Z')), journal.record(['Ev-E', 'Ev-B'], at('2018-02-01T09:00:01Z'))];
    for (const call of group) await expect(call).rejects.toThrow('ENOSPC');
    expect(writeCalls).toBe(2);
    for (const key of ['Ev-C', 'Ev-D', 'Ev-E']) expect(journal.has(key)).toBe(false);
    expect(await readFile(file, 'utf-8')).toBe('{"key":"Ev-A","at":"2018-02-01T09:00:00.000Z"}\n{"key":"Ev-B","at":"2018-02-01T09:00:01.000Z"}\n');

    vi.restoreAllMocks();
    expect(await journal.record(['Ev-C', 'Ev-F'], at('2018-02-01T09:00:02Z'))).toEqual([true, true]);
    expect((await journalAt(file)).keys()).toEqual(['Ev-A', 'Ev-B', 'Ev-C', 'Ev-F']);
  });

  it('writes on after the file was rewritten with the day\'s keys alone, into the new file', async () => {
    const file = path.join(await tempDir(), 'replay-keys.log');
    const journal = await journalAt(file, 0);
    await journal.record(['Ev-old-1', 'Ev-old-2', 'Ev-old-3'], at('2018-01-29T09:00:00Z'));
    const before = (await stat(file)).ino;
    // Four lines for one key: written anew, to a new file in the old one's place.
    await journal.record(['Ev1'], at('2018-02-01T09:00:00Z'));
    expect((await stat(file)).ino).not.toBe(before);
    await journal.record(['Ev2'], at('2018-02-01T09:00:01Z'));
    await journal.record(['Ev3'], at('2018-02-01T09:00:02Z'));
    expect((await journalAt(file)).keys()).toEqual(['Ev1', 'Ev2', 'Ev3']);
  });

  it('notes nothing when the disk refuses, and the next write still goes', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'gone', 'replay-keys.log');
    const journal = await journalAt(file);
    await expect(journal.record(['Ev1'], at('2018-02-01T09:00:00Z'))).rejects.toThrow();
    expect(journal.has('Ev1')).toBe(false);
    const ok = await journalAt(path.join(dir, 'replay-keys.log'));
    expect(await ok.record(['Ev1'], at('2018-02-01T09:00:00Z'))).toEqual([true]);
  });
});

describe("the store's replay keys", () => {
  it('are written without the state file, so a reader of the store has nothing to read again', async () => {
    const db = path.join(await tempDir(), 'scrutiny.json');
    const owner = await openStore(db);
    const reader = await openStore(db, { asReader: true });
    const files = storeFiles(db);
    const stateBefore = await stat(files.state);
    expect(await owner.recordReplayKeys(['command:t1', 'command:t2'], at('2018-02-01T09:00:00Z'))).toEqual([true, true]);
    expect((await stat(files.state)).mtimeMs).toBe(stateBefore.mtimeMs);
    expect(await reader.refresh()).toBe(false);
    expect(await owner.replayKeySeen('command:t1')).toBe(true);
    expect(await (await openStore(db)).replayKeySeen('command:t2')).toBe(true);
  });

  it('kept in the state file by an older bot are still seen after a restart, and move into their journal', async () => {
    const db = path.join(await tempDir(), 'scrutiny.json');
    const first = await openStore(db);
    await first.updateState((state) => {
      state.seenEvents['command:before'] = '2018-02-01T08:59:00.000Z';
    });
    const files = storeFiles(db);

    const restarted = await openStore(db);
    expect(await restarted.replayKeySeen('command:before')).toBe(true);
    expect(restarted.state().seenEvents).toEqual({});
    expect(JSON.parse(await readFile(files.state, 'utf-8')).seenEvents).toEqual({});
    expect((await linesOf(files.replayKeys)).map((l) => JSON.parse(l).key)).toEqual(['command:before']);
    expect(await (await openStore(db)).replayKeySeen('command:before')).toBe(true);
  });

  it('a journal that cannot be read is said to be so, naming the file', async () => {
    const db = path.join(await tempDir(), 'scrutiny.json');
    const store = await openStore(db);
    const files = storeFiles(db);
    await mkdir(files.replayKeys);
    await expect(store.replayKeySeen('Ev1')).rejects.toThrow(files.replayKeys);
  });
});
