// A store shared by the running bot and other processes (`scrutiny ingest`), a
// disk that refuses writes, and a writer killed in the middle of a write. The
// other processes are real ones: the project's command line, run by Node.
import { spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { BUNDLED_CORPUS, ingestPaths } from '../../src/ingest/ingest-paths.ts';
import { claimStore } from '../../src/store/bot-claim.ts';
import { openStore, storeFiles } from '../../src/store/lowdb-store.ts';
import { StoreBusyError, StoreWriteError, type StoreChange } from '../../src/store/store.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MINUTES = path.join(BUNDLED_CORPUS, '2018-01-11-minutes.txt');

const made: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'scrutiny-two-'));
  made.push(dir);
  return dir;
}
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

/** `scrutiny ingest --db DB PATHS...` in its own process. */
function cliIngest(db: string, paths: string[]): { done: Promise<{ code: number | null; signal: string | null; stderr: string }>; pid: number } {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli.ts'), 'ingest', '--db', db, ...paths], {
    cwd: ROOT,
    env: { ...process.env, SCRUTINY_DB: db },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.resume();
  const done = new Promise<{ code: number | null; signal: string | null; stderr: string }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, stderr })),
  );
  return { done, pid: child.pid! };
}

/** The bundled corpus without the one file the bot's side ingests. */
async function corpusWithout(name: string): Promise<string> {
  const dir = path.join(await tempDir(), 'papers');
  await mkdir(dir);
  const { readdir } = await import('node:fs/promises');
  for (const file of await readdir(BUNDLED_CORPUS)) if (file !== name) await copyFile(path.join(BUNDLED_CORPUS, file), path.join(dir, file));
  return dir;
}

describe('the bot and `scrutiny ingest` on one store', () => {
  it('a CLI ingest beside the running bot, then a paper ingested by the bot: nothing is lost, and the bot sees both', async () => {
    const db = path.join(await tempDir(), 'scrutiny.json');
    const bot = await openStore(db);
    const claim = await claimStore(db);
    const changes: StoreChange[] = [];
    bot.onChange((change) => changes.push(change));
    const papers = await corpusWithout('2018-01-11-minutes.txt');

    const cli = await cliIngest(db, [papers]).done;
    expect(cli.stderr).toBe('');
    expect(cli.code).toBe(0);
    // The bot has not looked yet: the paper it now ingests is merged into what the CLI wrote, not over it.
    const shared = await ingestPaths(bot, [MINUTES]);
    expect(shared.allOk).toBe(true);
    expect(changes.map((c) => c.origin)).toEqual(['reload', 'write']);
    const fromCli = changes[0]!.documents.length;
    expect(fromCli).toBeGreaterThan(0);

    const reopened = await openStore(db);
    expect(reopened.counts().documents).toBe(fromCli + 1);
    expect(reopened.record()).toEqual(bot.record());
    expect(reopened.version()).toBe(bot.version());
    await claim.release();
  });

  it('the running bot reads a CLI ingest on refresh, and tells the change feed', async () => {
    const db = path.join(await tempDir(), 'scrutiny.json');
    const bot = await openStore(db);
    const changes: StoreChange[] = [];
    bot.onChange((change) => changes.push(change));
    expect((await cliIngest(db, [MINUTES]).done).code).toBe(0);
    expect(bot.counts().documents).toBe(0);
    expect(await bot.refresh()).toBe(true);
    expect(bot.counts().documents).toBe(1);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ origin: 'reload', version: bot.version() });
    expect(changes[0]!.meetings.map((b) => b.meeting.date)).toEqual(['2018-01-11']);
    expect(await bot.refresh()).toBe(false);
  });

  it('while another process writes again and again, the bot\'s marks and its own paper are kept, and so is every write of the other', async () => {
    const db = path.join(await tempDir(), 'scrutiny.json');
    const bot = await openStore(db);
    await ingestPaths(bot, [MINUTES]);
    const request = bot.record().requests[0]!;
    const writer = startWriter(db, 25, 'Harbour');
    await writer.committed(2);
    for (let i = 0; i < 6; i++) {
      await bot.setRequestState(request.id, i % 2 === 0 ? 'done' : 'open', `U${i}`, new Date(`2018-02-0${i + 1}T10:00:00Z`));
      if (i === 3) expect((await ingestPaths(bot, [path.join(BUNDLED_CORPUS, '2023-03-16-minutes.md')])).allOk).toBe(true);
    }
    const done = await writer.done;
    expect(done.code).toBe(0);
    const reopened = await openStore(db);
    expect(reopened.requestState(request.id)).toMatchObject({ status: 'open', changedBy: 'U5' });
    for (const id of writer.ids) expect(reopened.hasDocument(id)).toBe(true);
    expect(reopened.counts().documents).toBe(writer.ids.length + 2);
    await bot.refresh();
    expect(bot.record()).toEqual(reopened.record());
  }, 60_000);

  it('a second bot on the same store is refused, saying which process has it; a dead bot\'s claim is taken over', async () => {
    const db = path.join(await tempDir(), 'scrutiny.json');
    const first = await claimStore(db);
    const error = await claimStore(db).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreBusyError);
    expect((error as Error).message).toContain(`Another scrutiny bot (process ${process.pid}`);
    expect((error as Error).message).toContain(`already serves the store ${db}`);
    await first.release();
    const dead = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => dead.on('exit', resolve));
    await writeFile(storeFiles(db).botLock, JSON.stringify({ pid: dead.pid, host: os.hostname(), what: 'bot', since: '2020-01-01T00:00:00Z' }));
    const again = await claimStore(db);
    await again.release();
  });
});

describe('a disk that refuses writes', () => {
  const enospc = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });

  it('an ingest that cannot be written throws a clear error and leaves the record as it was, in memory and on disk', async () => {
    const db = path.join(await tempDir(), 'scrutiny.json');
    let full = false;
    const store = await openStore(db, {
      textFile: (file) => ({
        async write(text: string) {
          if (full) throw enospc();
          await writeFile(file, text);
        },
      }),
    });
    await ingestPaths(store, [path.join(BUNDLED_CORPUS, '2023-03-16-minutes.md')]);
    const before = store.record();
    const version = store.version();
    full = true;
    const error = await store.ingest(...(await parsedMinutes(0))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreWriteError);
    expect((error as Error).message).toMatch(/cannot be written \(the disk is full\); nothing was changed/);
    expect(store.record()).toEqual(before);
    expect(store.version()).toBe(version);
    expect((await openStore(db)).record()).toEqual(before);

    const stateError = await store.updateState((s) => void (s.seenEvents.E1 = '2018-01-01T00:00:00Z')).catch((e: unknown) => e);
    expect(stateError).toBeInstanceOf(StoreWriteError);
    expect(store.state().seenEvents).toEqual({});
  });

  it('Mark done on a full disk throws a clear error and the request stays open, in memory and after a restart', async () => {
    const db = path.join(await tempDir(), 'scrutiny.json');
    const store = await openStore(db);
    await ingestPaths(store, [MINUTES]);
    const request = store.record().requests[0]!;
    await symlink('/dev/full', storeFiles(db).requestLog);
    const error = await store.setRequestState(request.id, 'done', 'U1', new Date('2018-02-01T10:00:00Z')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreWriteError);
    expect((error as Error).message).toMatch(/the disk is full/);
    expect(store.requestState(request.id).status).toBe('open');
    await rm(storeFiles(db).requestLog);
    expect((await openStore(db)).requestState(request.id).status).toBe('open');
  });
});

describe('a writer killed in the middle of a write', () => {
  it('the store opens to a whole record as of a write the disk took, and the dead writer\'s lock is taken over', async () => {
    const db = path.join(await tempDir(), 'scrutiny.json');
    await openStore(db);
    let known = 0;
    for (const [round, after] of [[0, 3], [1, 5], [2, 8]] as const) {
      const writer = startWriter(db, 200, `Round${round}`);
      await writer.committed(after);
      // Somewhere in the next write: parts written, the catalogue not yet, or the catalogue half-way.
      await new Promise((resolve) => setTimeout(resolve, 3 + round * 7));
      process.kill(writer.pid, 'SIGKILL');
      await writer.done;
      const store = await openStore(db);
      // Every part is as its catalogue's hash says: nothing half-written is named.
      expect(store.checked).toBe('sample');
      // Every write the writer reported is there; at most the one it was making when killed is too.
      const documents = store.counts().documents;
      expect(documents).toBeGreaterThanOrEqual(known + writer.ids.length);
      expect(documents).toBeLessThanOrEqual(known + writer.ids.length + 1);
      for (const id of writer.ids) expect(store.hasDocument(id)).toBe(true);
      known = documents;
      // A write after the kill goes in, past the lock the dead process may have left.
      const outcome = await store.ingest(...(await parsedMinutes(round)));
      expect(outcome.changed).toBe(true);
      known++;
      expect((await openStore(db)).counts().documents).toBe(known);
    }
  }, 90_000);
});

/** The writer in test/store/support/writer.ts, in its own process. */
function startWriter(db: string, count: number, tag: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'test/store/support/writer.ts'), db, String(count), tag], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const ids: string[] = [];
  const waiting: Array<[number, () => void]> = [];
  let buffered = '';
  child.stdout.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    const lines = buffered.split('\n');
    buffered = lines.pop()!;
    for (const line of lines) ids.push(line.split(' ')[2]!);
    for (const [n, resolve] of waiting.splice(0)) if (ids.length >= n) resolve();
      else waiting.push([n, resolve]);
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<{ code: number | null; stderr: string }>((resolve) => child.on('exit', (code) => resolve({ code, stderr })));
  return {
    pid: child.pid!,
    ids,
    done,
    committed: (n: number) => new Promise<void>((resolve) => (ids.length >= n ? resolve() : waiting.push([n, resolve]))),
  };
}

const PAPERS = ['2018-01-11-minutes.txt', '2022-10-20-minutes.md', '2023-03-16-minutes.md'];

async function parsedMinutes(which = 0) {
  const { readDocument } = await import('../../src/ingest/read-document.ts');
  const { parseDocument } = await import('../../src/ingest/parse-document.ts');
  const read = await readDocument(path.join(BUNDLED_CORPUS, PAPERS[which]!));
  if (!read.ok) throw new Error(read.reason);
  const parsed = parseDocument(read.text, read.name);
  return [parsed, { name: read.name, sha256: read.sha256, bytes: read.bytes, kind: parsed.kind }] as const;
}
