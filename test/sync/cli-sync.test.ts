import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/sync.ts';
import { memoryIo } from '../../src/cli/io.ts';
import { openStore } from '../../src/store/lowdb-store.ts';
import { boardRoutes, startFakeModernGov, type FakeModernGov } from './fake-moderngov.ts';

let mg: FakeModernGov;
let dir: string;
beforeEach(async () => {
  mg = await startFakeModernGov(boardRoutes());
  dir = await mkdtemp(join(tmpdir(), 'scrutiny-cli-sync-'));
});
afterEach(async () => {
  await mg.close();
  await rm(dir, { recursive: true, force: true });
});

const env = () => ({ MODERNGOV_URL: mg.url, MODERNGOV_COMMITTEES: '569', SCRUTINY_NOW: '2026-01-20T09:00' });

describe('scrutiny sync', () => {
  it('says which variables to set when ModernGov is not configured', async () => {
    const io = memoryIo({});
    expect(await run([], io)).toBe(2);
    expect(io.stderr.join('\n')).toMatch(/ModernGov is not configured\. Set MODERNGOV_URL .* and MODERNGOV_COMMITTEES/);
    expect(mg.calls()).toEqual([]);
  });

  it('runs one sync into the store given by --db, on the bot clock', async () => {
    const db = join(dir, 'scrutiny.json');
    const io = memoryIo(env());
    expect(await run(['--db', db], io)).toBe(0);
    expect(io.stdout[0]).toMatch(/^ModernGov sync \(Education and Children's Services Scrutiny Board \(2\)\): 4 meetings listed between Sunday 19 January 2025 and Thursday 21 January 2027, 4 fetched, 4 changed\.$/);
    // Four resolutions: three decisions and the last meeting's minutes agreed as a true record.
    expect(io.stdout).toContain("  Education and Children's Services Scrutiny Board (2), Thursday 18 September 2025: new, minutes: 6 items, 4 resolutions, 3 requests");
    const store = await openStore(db);
    expect(store.record().meetings.map((m) => m.date)).toEqual(['2025-09-18', '2026-01-27', '2026-01-29', '2026-03-19']);
  });

  it('exits 1 naming the call when the site refuses, leaving the store as it was', async () => {
    const db = join(dir, 'scrutiny.json');
    expect(await run(['--db', db], memoryIo(env()))).toBe(0);
    const before = await readFile(db);
    mg.failNext('GetCommittees', { status: 403 });
    const io = memoryIo(env());
    expect(await run(['--db', db], io)).toBe(1);
    expect(io.stderr.join('\n')).toMatch(/^sync: ModernGov GetCommittees failed \(http:\/\/127\.0\.0\.1:\d+\/mgWebService\.asmx\/GetCommittees\): 403 Forbidden/);
    expect(await readFile(db)).toEqual(before);
  });

  it('refuses unknown options', async () => {
    const io = memoryIo(env());
    expect(await run(['--everything'], io)).toBe(2);
    expect(io.stderr[0]).toContain('unknown option --everything');
  });
});
