// What `npm start` runs: the bundle in dist/ (built by `npm install`, rebuilt by
// `npm start` when the sources changed), the demo papers only where nothing is
// configured, and Bolt only in Slack mode.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { BUNDLED_CORPUS } from '../../src/ingest/ingest-paths.ts';
import { parserFingerprint } from '../../src/ingest/parser-fingerprint.ts';
import { runCli } from '../../src/cli/commands.ts';
import { memoryIo } from '../../src/cli/io.ts';
import { openStore } from '../../src/store/lowdb-store.ts';
import { olderReading, paper } from '../store/support/older-reading.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The main thread's young generation capped as the answer threads' is (see "Benchmark" in README.md). */
const MAIN_NODE_OPTIONS = ['--max-semi-space-size=4'];

const made: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'scrutiny-start-'));
  made.push(dir);
  return dir;
}
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

/** The environment without any of the bot's own settings. */
function bareEnvironment(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(process.env).filter(([key, value]) => value !== undefined && !/^(SLACK_|MODERNGOV_|SCRUTINY_|PORT$|HEALTH_PORT$|LOG_)/.test(key)),
  ) as Record<string, string>;
}

/** What `npm start` runs (scripts/start.mjs: a build when stale, then dist/main.js), in a folder of its own, asked one question at the console. */
function start(env: Record<string, string>, question: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const script = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf-8')) as { scripts: { start: string } }).scripts.start;
  expect(script).toBe(`node ${MAIN_NODE_OPTIONS.join(' ')} scripts/start.mjs`);
  const built = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], { encoding: 'utf-8' });
  expect(built.status).toBe(0);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...MAIN_NODE_OPTIONS, path.join(ROOT, 'scripts/start.mjs')], { cwd: path.dirname(env.SCRUTINY_DB!), env: { ...bareEnvironment(), ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(`${question}\n`);
  });
}

/** Questions whose answers an older reading of the demo papers changes; asked as of 3 April 2023. */
const QUESTIONS = ['outstanding requests', 'any meetings in February 1999', 'what was resolved on private fostering', 'who sent apologies in March 2023', 'next meeting'];

async function ask(db: string, question: string): Promise<string> {
  const io = memoryIo({});
  expect(await runCli(['ask', '--db', db, '--now', '2023-04-03', ...question.split(' ')], io)).toBe(0);
  return io.stdout.join('\n');
}

describe('npm start', () => {
  it('with nothing configured, a new store gets the demo papers and the console answers from them', async () => {
    const db = path.join(await tempDir(), 'scrutiny.json');
    const run = await start({ SCRUTINY_DB: db, SCRUTINY_NOW: '2023-03-09' }, 'next meeting');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Thursday 16 March 2023');
    expect((await openStore(db)).counts().documents).toBe(5);
  }, 60_000);

  it('with SCRUTINY_CORPUS=none the demo papers stay out', async () => {
    const db = path.join(await tempDir(), 'scrutiny.json');
    const run = await start({ SCRUTINY_DB: db, SCRUTINY_CORPUS: 'none', SCRUTINY_NOW: '2023-03-01' }, 'next meeting');
    expect(run.code).toBe(0);
    expect((await openStore(db)).counts().documents).toBe(0);
  }, 60_000);

  it('on a store an older parser filled, reads the demo papers again once the console answers: statuses kept, one write, a fresh store\'s answers', async () => {
    const db = path.join(await tempDir(), 'scrutiny.json');
    const papers = await Promise.all((await readdir(BUNDLED_CORPUS)).sort().map((name) => paper(path.join(BUNDLED_CORPUS, name), 'older')));
    const older = await openStore(db);
    await older.batch(async () => {
      for (const { parsed, source } of papers) await older.ingest(olderReading(parsed), source);
    });
    // The older reading made up a request (and a meeting in 1999); a request both readings give is marked done.
    expect(older.record().requests.map((r) => r.text)).toContain('Officers to circulate page 4.');
    const done = older.record().requests.find((r) => r.text !== 'Officers to circulate page 4.')!;
    await older.setRequestState(done.id, 'done', 'Jo Bloggs', new Date('2023-03-20T10:00:00Z'));
    const generation = async () => (JSON.parse(await readFile(db, 'utf-8')) as { generation: number }).generation;
    const before = await generation();
    const stale = await Promise.all(QUESTIONS.map((question) => ask(db, question)));

    const run = await start({ SCRUTINY_DB: db, SCRUTINY_NOW: '2023-04-03' }, 'outstanding requests');
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("an older parser read: 5 read again with this version's, 0 kept as they were, 0 failed.");
    expect(await generation()).toBe(before + 1);
    const reread = await openStore(db);
    const fingerprint = await parserFingerprint();
    expect(reread.record().documents.map((d) => d.parser)).toEqual(papers.map(() => fingerprint));
    expect(reread.record().requests.map((r) => r.text)).not.toContain('Officers to circulate page 4.');
    expect(reread.requestState(done.id)).toMatchObject({ status: 'done', changedBy: 'Jo Bloggs' });
    expect(await Promise.all(QUESTIONS.map((question) => ask(db, question)))).not.toEqual(stale);

    // Started again it has nothing to read again; the record answers as one the demo papers went into fresh.
    const again = await start({ SCRUTINY_DB: db, SCRUTINY_NOW: '2023-04-03' }, 'next meeting');
    expect(again.code).toBe(0);
    expect(again.stderr).not.toContain('an older parser read');
    expect(await generation()).toBe(before + 1);
    const fresh = path.join(await tempDir(), 'scrutiny.json');
    expect(await runCli(['ingest', '--db', fresh], memoryIo({}))).toBe(0);
    await (await openStore(fresh)).setRequestState(done.id, 'done', 'Jo Bloggs', new Date('2023-03-20T10:00:00Z'));
    for (const question of QUESTIONS) expect(await ask(db, question), question).toBe(await ask(fresh, question));
  }, 120_000);

  it('the container runs what npm start runs, with the same node options', () => {
    const cmd = /^CMD (\[.*\])$/m.exec(readFileSync(path.join(ROOT, 'Dockerfile'), 'utf-8'));
    expect(JSON.parse(cmd![1]!)).toEqual(['node', ...MAIN_NODE_OPTIONS, 'scripts/start.mjs']);
  });

  it('the built bot loads no part of Bolt until Slack mode imports its start-up', async () => {
    const out = await tempDir();
    const built = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs'), '--out', out], { encoding: 'utf-8' });
    expect(built.status).toBe(0);
    // Everything main.js loads before it answers: its static imports, followed through the modules,
    // and the modules it imports itself once its answer threads have started (all but Slack's start-up).
    const loaded = new Set<string>();
    const packages = new Set<string>();
    const visit = async (file: string) => {
      if (loaded.has(file)) return;
      loaded.add(file);
      const text = await readFile(file, 'utf-8');
      const later = file === path.join(out, 'main.js') ? [...text.matchAll(/\bimport\("(\.[^"]+)"\)/g)].map((m) => m[1]!).filter((t) => t !== './slack/start.js') : [];
      for (const target of [...[...text.matchAll(/^import\s+(?:[\s\S]*?\s+from\s+)?"([^"]+)";/gm)].map((m) => m[1]!), ...later]) {
        if (target.startsWith('.')) await visit(path.resolve(path.dirname(file), target));
        else packages.add(target);
      }
    };
    await visit(path.join(out, 'main.js'));
    expect(loaded.has(path.join(out, 'boards', 'workspace.js'))).toBe(true);
    expect([...packages].filter((p) => p.startsWith('@slack/'))).toEqual(['@slack/web-api']);
    expect(loaded.has(path.join(out, 'slack', 'start.js'))).toBe(false);
    expect(await readFile(path.join(out, 'main.js'), 'utf-8')).toContain('import("./slack/start.js")');
    expect(await readFile(path.join(out, 'slack', 'app.js'), 'utf-8')).toContain('"@slack/bolt"');
    // The worker that reads papers sits where the module that starts it looks for it.
    expect(existsSync(path.join(out, 'worker', 'worker-main.js'))).toBe(true);
    // The parser's fingerprint is worked out by the build, not at every start.
    expect((await readFile(path.join(out, 'parser-fingerprint.txt'), 'utf-8')).trim()).toBe(await parserFingerprint());
    await writeFile(path.join(out, 'parser-fingerprint.txt'), '0123456789abcdef\n');
    const fromBuild = (await import(pathToFileURL(path.join(out, 'ingest', 'parser-fingerprint.js')).href)) as typeof import('../../src/ingest/parser-fingerprint.ts');
    expect(await fromBuild.loadedParserFingerprint()).toBe('0123456789abcdef');
  }, 60_000);

  it("the answer thread loads chrono-node's English parsers, not every language's", async () => {
    const out = await tempDir();
    const built = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs'), '--out', out], { encoding: 'utf-8' });
    expect(built.status).toBe(0);
    // Every module the thread loads, static and dynamic imports alike, and the packages they name.
    const loaded = new Set<string>();
    const packages = new Set<string>();
    const visit = async (file: string) => {
      if (loaded.has(file)) return;
      loaded.add(file);
      const text = await readFile(file, 'utf-8');
      const targets = [...text.matchAll(/^import\s+(?:[\s\S]*?\s+from\s+)?"([^"]+)";|\bimport\("([^"]+)"\)/gm)].map((m) => (m[1] ?? m[2])!);
      for (const target of targets) {
        if (target.startsWith('.')) await visit(path.resolve(path.dirname(file), target));
        else packages.add(target);
      }
    };
    await visit(path.join(out, 'serving', 'answer-worker-thread.js'));
    expect(loaded.has(path.join(out, 'answers', 'question', 'question-periods.js'))).toBe(true);
    expect([...packages].filter((p) => p.startsWith('chrono-node'))).toEqual(['chrono-node/en']);
  }, 60_000);
});
