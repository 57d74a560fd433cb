// `scrutiny ask` on a fresh store in a temp dir: it ingests the bundled corpus first.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/ask.ts';
import { memoryIo } from '../../src/cli/io.ts';

let dir: string;
let db: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'scrutiny-ask-'));
  db = path.join(dir, 'scrutiny.json');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('scrutiny ask', () => {
  it('answers "next meeting" as of 10 July 2017 on a fresh store', async () => {
    const io = memoryIo({ SCRUTINY_DB: db });
    expect(await run(['--now', '2017-07-10', 'next', 'meeting'], io)).toBe(0);
    const out = io.stdout.join('\n');
    expect(out).toMatch(/^Next meeting: Thursday 13 July 2017, 10\.00 am/);
    expect(out).toContain('Committee Room 3 - Council House');
    expect(existsSync(db)).toBe(true);
    expect(existsSync(path.join(dir, 'scrutiny.index.json'))).toBe(true);
  });

  it('prints the answer model with --json, and takes --db and an ISO date-time', async () => {
    const io = memoryIo();
    expect(await run(['--db', db, '--json', '--now', '2017-07-13T10:30', 'next', 'meeting'], io)).toBe(0);
    const answer = JSON.parse(io.stdout.join('\n'));
    expect(answer.kind).toBe('next-meeting');
    expect(answer.title).toBe('Next meeting (planned): Thursday 14 September 2017');
  });

  it('answers in full from the saved index snapshot: one question waits for the index', async () => {
    expect(existsSync(path.join(dir, 'scrutiny.index.json'))).toBe(true);
    const io = memoryIo();
    expect(await run(['--db', db, '--json', '--now', '2018-02-20', 'next', 'meeting'], io)).toBe(0);
    const answer = JSON.parse(io.stdout.join('\n'));
    expect(answer.title).toBe('Next meeting (planned): Thursday 1 March 2018');
    expect(answer.sections.map((s: { heading: string }) => s.heading)).toContain('Earlier resolutions on these topics');
    expect(JSON.stringify(answer.notes ?? [])).not.toContain('still loading');
  });

  it('refuses a malformed --now with exit code 2 and a clear message', async () => {
    for (const bad of ['2017-13-45', 'yesterday', '10/07/2017']) {
      const io = memoryIo({ SCRUTINY_DB: db });
      expect(await run(['--now', bad, 'next meeting'], io)).toBe(2);
      expect(io.stderr.join('\n')).toContain(`--now "${bad}" is not a date`);
      expect(io.stdout).toEqual([]);
    }
  });

  it('refuses an unknown option with exit code 2', async () => {
    const io = memoryIo({ SCRUTINY_DB: db });
    expect(await run(['--later', 'next meeting'], io)).toBe(2);
    expect(io.stderr.join('\n')).toContain('unknown option --later');
  });

  it('stops with a message naming a corrupt store, and leaves it as it was', async () => {
    const broken = path.join(dir, 'broken.json');
    await writeFile(broken, '{ this is not json');
    const io = memoryIo();
    expect(await run(['--db', broken, 'next meeting'], io)).toBe(1);
    expect(io.stderr.join('\n')).toContain('broken.json');
    expect(await readFile(broken, 'utf8')).toBe('{ this is not json');
  });

  it('gives help for no question at all', async () => {
    const io = memoryIo({ SCRUTINY_DB: db });
    expect(await run([], io)).toBe(0);
    expect(io.stdout.join('\n')).toContain('outstanding requests');
  });
});
