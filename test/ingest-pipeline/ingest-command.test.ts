import { copyFile, mkdtemp, readFile, writeFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/ingest.ts';
import { memoryIo } from '../../src/cli/io.ts';
import { BUNDLED_CORPUS } from '../../src/ingest/ingest-paths.ts';
import { openStore } from '../../src/store/lowdb-store.ts';

const made: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'scrutiny-cli-'));
  made.push(dir);
  return dir;
}
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

function row(stdout: string[], label: string): [number, string] {
  const line = stdout.find((l) => l.startsWith(label));
  expect(line, `a "${label}" line`).toBeDefined();
  const [, total, change] = /(\d+)\s+([+-]\d+)\s*$/.exec(line!)!;
  return [Number(total), change!];
}

describe('scrutiny ingest', () => {
  it('ingests the bundled corpus by default, prints totals and what the run added, exit 0', async () => {
    const db = path.join(await tempDir(), 'scrutiny.json');
    const io = memoryIo({ SCRUTINY_DB: db });
    expect(await run([], io)).toBe(0);
    expect(io.stderr).toEqual([]);
    expect(io.stdout[0]).toBe(`Store: ${db}`);
    expect(io.stdout[1]).toBe('Files: 5 read, 5 went in, 0 with problems');
    expect(row(io.stdout, 'documents')).toEqual([5, '+5']);
    const [meetings, added] = row(io.stdout, 'meetings');
    expect(added).toBe(`+${meetings}`);
    for (const label of ['agenda items', 'resolutions', 'requests', 'work-programme items']) expect(row(io.stdout, label)[0]).toBeGreaterThan(0);

    const again = memoryIo({ SCRUTINY_DB: db });
    expect(await run([BUNDLED_CORPUS], again)).toBe(0);
    expect(row(again.stdout, 'documents')).toEqual([5, '+0']);
    expect(row(again.stdout, 'meetings')).toEqual([meetings, '+0']);
  });

  it('--db wins over SCRUTINY_DB; a file with problems gets one line and exit 1, the others go in', async () => {
    const dir = await tempDir();
    const db = path.join(dir, 'chosen.json');
    const bad = path.join(dir, 'notes.txt');
    await writeFile(bad, 'Nothing here about any council meeting at all.\n');
    const good = path.join(dir, 'minutes.txt');
    await copyFile(path.join(BUNDLED_CORPUS, '2018-01-11-minutes.txt'), good);
    const io = memoryIo({ SCRUTINY_DB: path.join(dir, 'ignored.json') });
    expect(await run(['--db', db, bad, good], io)).toBe(1);
    expect(io.stdout[0]).toBe(`Store: ${db}`);
    expect(io.stdout[1]).toBe('Files: 2 read, 1 went in, 1 with problems');
    expect(io.stderr).toEqual([`${bad}: not a council document (no meeting, agenda or work programme found)`]);
    expect((await openStore(db)).counts().documents).toBe(1);
    await expect(readFile(path.join(dir, 'ignored.json'))).rejects.toThrow();
  });

  it('a corrupt store stops the command with exit 1, naming the file, and leaves it untouched', async () => {
    const db = path.join(await tempDir(), 'scrutiny.json');
    const bytes = Buffer.from('{"schemaVersion":1,"documents":[');
    await writeFile(db, bytes);
    const io = memoryIo();
    expect(await run(['--db', db], io)).toBe(1);
    expect(io.stderr.join('\n')).toContain(db);
    expect(io.stderr.join('\n')).toMatch(/not valid JSON/);
    expect(await readFile(db)).toEqual(bytes);
  });

  it('an unknown option is a usage error (exit 2) and stores nothing', async () => {
    const dir = await tempDir();
    const io = memoryIo({ SCRUTINY_DB: path.join(dir, 'scrutiny.json') });
    expect(await run(['--dbx', 'x'], io)).toBe(2);
    expect(io.stderr[0]).toMatch(/unknown option --dbx/);
    await expect(readFile(path.join(dir, 'scrutiny.json'))).rejects.toThrow();
  });

  it('a path that does not exist is exit 1 with its reason', async () => {
    const dir = await tempDir();
    const io = memoryIo();
    const missing = path.join(dir, 'missing');
    expect(await run(['--db', path.join(dir, 'db.json'), missing], io)).toBe(1);
    expect(io.stderr).toEqual([`${missing}: cannot be read (no such file or folder)`]);
  });
});
