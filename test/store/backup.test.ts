// `scrutiny backup` and `scrutiny restore`: the record and its state copied together,
// consistently, while another process writes to the store.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { run as backup } from '../../src/cli/backup.ts';
import { memoryIo } from '../../src/cli/io.ts';
import { run as restore } from '../../src/cli/restore.ts';
import { BUNDLED_CORPUS, ingestPaths } from '../../src/ingest/ingest-paths.ts';
import { backupStore, restoreStore } from '../../src/store/backup.ts';
import { openStore } from '../../src/store/lowdb-store.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MINUTES = path.join(BUNDLED_CORPUS, '2018-01-11-minutes.txt');

const made: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'scrutiny-backup-'));
  made.push(dir);
  return dir;
}
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

async function storeWithStatus() {
  const db = path.join(await tempDir(), 'scrutiny.json');
  const store = await openStore(db);
  await ingestPaths(store, [MINUTES]);
  const request = store.record().requests[0]!;
  await store.setRequestState(request.id, 'done', 'U1', new Date('2018-02-01T10:00:00Z'));
  await store.updateState((s) => void (s.sync['moderngov:1:1'] = 'fingerprint'));
  return { db, store, request };
}

describe('backup and restore', () => {
  it('a backup restores the record, the request statuses and the state as they were, and the running bot reads it', async () => {
    const { db, store, request } = await storeWithStatus();
    const record = structuredClone(store.record());
    const dest = path.join(await tempDir(), 'backup');
    const summary = await backupStore(db, dest);
    expect(summary.counts.documents).toBe(1);
    expect(summary.requestStatuses).toBe(1);

    // Afterwards: another paper, the status reopened, the state changed.
    await ingestPaths(store, [path.join(BUNDLED_CORPUS, '2023-03-16-minutes.md')]);
    await store.setRequestState(request.id, 'open', 'U2', new Date('2018-03-01T10:00:00Z'));
    await store.updateState((s) => void (s.sync['moderngov:1:1'] = 'changed'));

    await restoreStore(db, dest);
    const reopened = await openStore(db);
    expect(reopened.record()).toEqual(record);
    expect(reopened.requestState(request.id)).toMatchObject({ status: 'done', changedBy: 'U1' });
    expect(reopened.state().sync).toEqual({ 'moderngov:1:1': 'fingerprint' });
    // The running store reads the restore on its next look.
    expect(await store.refresh()).toBe(true);
    expect(store.record()).toEqual(record);
    expect(store.requestState(request.id).status).toBe('done');
    expect(store.state().sync['moderngov:1:1']).toBe('fingerprint');
    // And writes on from there without losing it.
    await ingestPaths(store, [path.join(BUNDLED_CORPUS, '2022-10-20-minutes.md')]);
    expect((await openStore(db)).counts().documents).toBe(2);
  });

  it('a backup taken while another process writes is a whole record as of one of its writes, and restores to it', async () => {
    const db = path.join(await tempDir(), 'scrutiny.json');
    await openStore(db);
    const writer = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'test/store/support/writer.ts'), db, '40', 'Backup'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const written: string[] = [];
    let buffered = '';
    writer.stdout.on('data', (chunk: Buffer) => {
      const lines = (buffered + chunk.toString()).split('\n');
      buffered = lines.pop()!;
      written.push(...lines.map((line) => line.split(' ')[2]!));
    });
    const finished = new Promise((resolve) => writer.on('exit', resolve));
    while (written.length < 3) await new Promise((resolve) => setTimeout(resolve, 20));
    const backups: Array<{ dest: string; documents: number }> = [];
    for (let i = 0; i < 3; i++) {
      const dest = path.join(await tempDir(), `backup-${i}`);
      const before = written.length;
      const summary = await backupStore(db, dest);
      // Every write reported before the backup began is in it; at most the writes made during it are too.
      expect(summary.counts.documents).toBeGreaterThanOrEqual(before);
      backups.push({ dest, documents: summary.counts.documents });
    }
    await finished;
    for (const { dest, documents } of backups) {
      const fresh = path.join(await tempDir(), 'restored.json');
      await restoreStore(fresh, dest);
      const store = await openStore(fresh);
      expect(store.checked).toBe('sample');
      expect(store.counts().documents).toBe(documents);
      // Whole meetings: each of the writer's meetings has all of its forty items.
      expect(store.counts().items).toBe(documents * 40);
      expect(store.record().documents.map((d) => d.id)).toEqual(written.slice(0, documents));
    }
  }, 60_000);

  it('the commands: --help exits 0; a backup into a folder in use, or a restore of something that is not a backup, is refused and changes nothing', async () => {
    for (const command of [backup, restore]) {
      const io = memoryIo({});
      expect(await command(['--help'], io)).toBe(0);
      expect(io.stdout.join('\n')).toMatch(/^Usage: npm run scrutiny -- (backup|restore)/);
      const bare = memoryIo({});
      expect(await command([], bare)).toBe(2);
    }
    const { db } = await storeWithStatus();
    const used = await tempDir();
    await writeFile(path.join(used, 'notes.txt'), 'mine');
    const io = memoryIo({ SCRUTINY_DB: db });
    expect(await backup([used], io)).toBe(1);
    expect(io.stderr.join('\n')).toMatch(/is not empty/);

    const empty = path.join(await tempDir(), 'nothing');
    await mkdir(empty);
    const refused = memoryIo({ SCRUTINY_DB: db });
    expect(await restore([empty], refused)).toBe(1);
    expect(refused.stderr.join('\n')).toMatch(/holds no store catalogue: it is not a backup\. Nothing was restored\./);
    expect((await openStore(db)).counts().documents).toBe(1);

    const dest = path.join(await tempDir(), 'ok');
    const done = memoryIo({ SCRUTINY_DB: db });
    expect(await backup([dest], done)).toBe(0);
    expect(done.stdout.join('\n')).toMatch(/^Backed up .* 1 documents, 1 meetings, .* 1 request statuses/);
    const back = memoryIo({});
    expect(await restore(['--db', db, dest], back)).toBe(0);
    expect(back.stdout.join('\n')).toMatch(/^Restored /);
  });
});
