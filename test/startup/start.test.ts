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
import { startFakeSlack } from '../support/fake-slack.ts';
import { sign } from '../slack/support/signed-slack.ts';
import { boundPort, whenKnown } from '../ops/support/child.ts';
import { startFakeSocketMode } from '../ops/support/fake-socket-mode.ts';

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

/** A build of the bot in a folder of its own (scripts/build.mjs --out). */
async function builtElsewhere(): Promise<string> {
  const out = await tempDir();
  const built = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs'), '--out', out], { encoding: 'utf-8' });
  expect(built.status).toBe(0);
  return out;
}

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

  it('in Slack, the built bot answers from its answer thread', async () => {
    const db = path.join(await tempDir(), 'scrutiny.json');
    expect(await runCli(['ingest', '--db', db], memoryIo({}))).toBe(0);
    expect(spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], { encoding: 'utf-8' }).status).toBe(0);
    const slack = await startFakeSlack();
    const secret = 'start-test-secret';
    const env = { SCRUTINY_DB: db, SCRUTINY_NOW: '2023-03-09', SLACK_BOT_TOKEN: 'xoxb-start-test', SLACK_SIGNING_SECRET: secret, SLACK_API_URL: slack.apiUrl, PORT: '0' };
    const child = spawn(process.execPath, [...MAIN_NODE_OPTIONS, path.join(ROOT, 'scripts/start.mjs')], { cwd: path.dirname(db), env: { ...bareEnvironment(), ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let log = '';
    child.stderr!.on('data', (d: Buffer) => (log += d.toString('utf8')));
    try {
      // It binds any free port (PORT=0) and names it once it serves.
      const port = await whenKnown(() => boundPort(log), 45_000, () => `the bot never named its port:\n${log}`);
      const body = new URLSearchParams({ command: '/scrutiny', text: 'next meeting', user_id: 'U1', channel_id: 'C1', team_id: 'T0FAKE', response_url: slack.responseUrl('first'), trigger_id: 'first' }).toString();
      const answered = slack.waitFor('response_url', { timeoutMs: 45_000 });
      for (let sent = false, until = Date.now() + 45_000; !sent; ) {
        const timestamp = Math.floor(Date.now() / 1000);
        const headers = { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': sign(body, timestamp, secret) };
        sent = await fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST', body, headers }).then(
          (response) => response.ok,
          () => false,
        );
        if (!sent && Date.now() > until) throw new Error('the bot never served Slack');
        if (!sent) await new Promise((r) => setTimeout(r, 50));
      }
      expect(JSON.stringify((await answered).body)).toContain('Thursday 16 March 2023');
    } finally {
      child.kill('SIGKILL');
      await slack.close();
    }
  }, 90_000);

  it('in Socket Mode, the built bot connects and says it is healthy (its WebSocket loads when the socket opens)', async () => {
    const db = path.join(await tempDir(), 'scrutiny.json');
    expect(spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], { encoding: 'utf-8' }).status).toBe(0);
    const socket = await startFakeSocketMode();
    const env = { SCRUTINY_DB: db, SLACK_BOT_TOKEN: 'xoxb-start-test', SLACK_APP_TOKEN: 'xapp-start-test', SLACK_API_URL: socket.apiUrl, HEALTH_PORT: '0' };
    const child = spawn(process.execPath, [...MAIN_NODE_OPTIONS, path.join(ROOT, 'scripts/start.mjs')], { cwd: path.dirname(db), env: { ...bareEnvironment(), ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let log = '';
    child.stderr!.on('data', (d: Buffer) => (log += d.toString('utf8')));
    try {
      // It binds any free port (HEALTH_PORT=0) and names it once connected.
      const healthPort = await whenKnown(() => boundPort(log), 45_000, () => `the bot never named its health port:\n${log}`);
      // Healthy while it connects too (a grace period): wait until it says it is connected.
      const connected = (health: { status: number; body: string } | null) => health?.status === 200 && JSON.parse(health.body).slack?.state === 'connected';
      let health: { status: number; body: string } | null = null;
      for (const until = Date.now() + 45_000; !connected(health) && Date.now() < until; ) {
        health = await fetch(`http://127.0.0.1:${healthPort}/healthz`).then(
          async (response) => ({ status: response.status, body: await response.text() }),
          () => null,
        );
        if (!connected(health)) await new Promise((r) => setTimeout(r, 100));
      }
      expect(health?.status).toBe(200);
      expect(JSON.parse(health!.body).slack).toMatchObject({ ok: true, mode: 'socket', state: 'connected' });
      expect(socket.connections()).toBe(1);
    } finally {
      child.kill('SIGKILL');
      await socket.close();
    }
  }, 90_000);

  it('the container runs what npm start runs, with the same node options', () => {
    const cmd = /^CMD (\[.*\])$/m.exec(readFileSync(path.join(ROOT, 'Dockerfile'), 'utf-8'));
    expect(JSON.parse(cmd![1]!)).toEqual(['node', ...MAIN_NODE_OPTIONS, 'scripts/start.mjs']);
  });

  it('the built bot loads no part of Bolt until Slack mode imports its start-up', async () => {
    const out = await builtElsewhere();
    const bundle = await bundleContents(out);
    const slackStart = bundle.output('src/slack/start.ts');
    // Everything main.js loads before it answers: its static imports, followed through the bundle's files,
    // and the files it imports itself once its answer threads have started (all but Slack's start-up).
    const main = bundle.output('src/main.ts');
    const loaded = bundle.loaded(main, (from, to) => from === main && to !== slackStart);
    expect(loaded.modules).toContain('src/boards/workspace.ts');
    expect(loaded.modules).not.toContain('src/slack/start.ts');
    expect(loaded.packages.filter((p) => ['@slack/bolt', '@slack/socket-mode', '@slack/oauth'].includes(p))).toEqual([]);
    expect(bundle.imports(main)).toContainEqual({ path: slackStart, kind: 'dynamic-import' });
    expect(bundle.loaded(slackStart, () => false).packages).toContain('@slack/bolt');
    // npm start and the bot's threads start the bundle from the paths they always did.
    expect(await readFile(path.join(out, 'main.js'), 'utf-8')).toContain('import "./start/main.js"');
    expect(await readFile(path.join(out, 'serving', 'answer-worker-thread.js'), 'utf-8')).toContain('import "../start/answer-worker-thread.js"');
    // The worker that reads papers sits where the module that starts it looks for it.
    expect(existsSync(path.join(out, 'worker', 'worker-main.js'))).toBe(true);
    // The parser's fingerprint is worked out by the build, not at every start.
    expect((await readFile(path.join(out, 'parser-fingerprint.txt'), 'utf-8')).trim()).toBe(await parserFingerprint());
    await writeFile(path.join(out, 'parser-fingerprint.txt'), '0123456789abcdef\n');
    const fromBuild = (await import(pathToFileURL(path.join(out, 'ingest', 'parser-fingerprint.js')).href)) as typeof import('../../src/ingest/parser-fingerprint.ts');
    expect(await fromBuild.loadedParserFingerprint()).toBe('0123456789abcdef');
  }, 60_000);

  it('before it serves Slack, the built bot loads none of the code that reads papers', async () => {
    const out = await builtElsewhere();
    const bundle = await bundleContents(out);
    // What main.js loads until the port opens: its static imports, the modules it imports itself, Slack's start-up among them.
    const main = bundle.output('src/main.ts');
    const loaded = bundle.loaded(main, (from) => from === main);
    expect(loaded.modules).toContain('src/slack/app.ts');
    const parser = ['src/ingest/read-document.ts', 'src/ingest/parse-document.ts', 'src/ingest/html-to-text.ts', 'src/sync/moderngov-meeting.ts', 'src/sync/sync-once.ts'];
    expect(loaded.modules.filter((m) => parser.includes(m))).toEqual([]);
    expect(loaded.packages.filter((p) => ['htmlparser2', 'entities', 'fast-xml-parser', 'unpdf'].includes(p))).toEqual([]);
  }, 60_000);

  it('in the bundle, each module finds what lies beside it where it lies beside its own compiled file', async () => {
    const out = await builtElsewhere();
    const bundle = await bundleContents(out);
    // The modules that find files by their own place: the answer thread's entry, the paper reader's worker, the fingerprint.
    const found = [
      ['src/serving/answer-thread.ts', '../serving/answer-thread.js'],
      ['src/worker/isolated.ts', '../worker/isolated.js'],
      ['src/ingest/parser-fingerprint.ts', '../ingest/parser-fingerprint.js'],
    ];
    for (const [module, own] of found) {
      const text = await readFile(path.join(out, 'start', path.basename(bundle.holding(module!))), 'utf-8');
      expect(text, module).toContain(`new URL(${JSON.stringify(own)}, import.meta.url).href`);
    }
    // And each is where the bundle's folder puts it.
    for (const [, own] of found) expect(existsSync(path.resolve(out, 'start', own!))).toBe(true);
  }, 60_000);

  it("the answer thread loads chrono-node's English parsers, not every language's", async () => {
    const out = await builtElsewhere();
    // Every file of the bundle the thread loads, static and dynamic imports alike, and what they hold.
    const bundle = await bundleContents(out);
    const loaded = bundle.loaded(bundle.output('src/serving/answer-worker-thread.ts'), () => true);
    expect(loaded.modules).toContain('src/answers/question/question-periods.ts');
    const locales = new Set(loaded.files.flatMap((file) => /chrono-node\/dist\/esm\/locales\/([^/]+)\//.exec(file)?.slice(1) ?? []));
    expect([...locales]).toEqual(['en']);
  }, 60_000);
});

interface BundleOutput {
  entryPoint?: string;
  inputs: Record<string, unknown>;
  imports: { path: string; kind: string; external?: boolean }[];
}

/** esbuild's account of the bundle a build wrote under `out`/start (see scripts/build.mjs). */
async function bundleContents(out: string) {
  const { outputs } = JSON.parse(await readFile(path.join(out, 'start', 'bundle-contents.json'), 'utf-8')) as { outputs: Record<string, BundleOutput> };
  const files = Object.keys(outputs).filter((file) => file.endsWith('.js'));
  const packageOf = (file: string) => {
    const parts = file.split('node_modules/').pop()!.split('/');
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  };
  return {
    /** The file whose entry (or dynamically imported module) is `module`. */
    output(module: string): string {
      const file = files.find((f) => outputs[f]!.entryPoint === module);
      expect(file, module).toBeDefined();
      return file!;
    },
    /** The file that holds `module`'s code. */
    holding(module: string): string {
      const file = files.find((f) => module in outputs[f]!.inputs);
      expect(file, module).toBeDefined();
      return file!;
    },
    imports(file: string) {
      return outputs[file]!.imports.filter((i) => !i.external).map(({ path, kind }) => ({ path, kind }));
    },
    /** What loading `file` loads: its static imports throughout, and the dynamic imports `follow` allows. */
    loaded(file: string, follow: (from: string, to: string) => boolean) {
      const seen = new Set<string>();
      const pending = [file];
      while (pending.length > 0) {
        const next = pending.pop()!;
        if (seen.has(next)) continue;
        seen.add(next);
        for (const i of outputs[next]!.imports) {
          if (!i.external && (i.kind === 'import-statement' || (i.kind === 'dynamic-import' && follow(next, i.path)))) pending.push(i.path);
        }
      }
      const inputs = [...seen].flatMap((f) => Object.keys(outputs[f]!.inputs));
      return {
        files: inputs,
        modules: inputs.filter((f) => f.startsWith('src/')),
        packages: [...new Set(inputs.filter((f) => f.includes('node_modules/')).map(packageOf))].sort(),
      };
    },
  };
}
