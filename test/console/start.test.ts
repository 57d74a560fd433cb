// `npm start` as a new user runs it: the composition root in a child process, with a temp store.
// Without Slack tokens it is the local console on the bundled corpus; with a bot token and a signing
// secret it serves Slack over HTTP (here against the fake Slack); a half-set configuration stops it.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeSlack } from '../support/fake-slack.ts';
import { sign } from '../slack/support/signed-slack.ts';
import { boundPort } from '../ops/support/child.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scrutiny-start-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface Run {
  code: Promise<number | null>;
  stdout: () => string;
  stderr: () => string;
  kill: () => void;
}

function start(env: Record<string, string>, input?: string): Run {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    // Only what is given: no Slack tokens leak in from the environment running the tests.
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? dir, SCRUTINY_DB: join(dir, 'scrutiny.json'), SCRUTINY_ENV_FILE: '/dev/null', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  if (input !== undefined) child.stdin.end(input);
  const code = new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
  return { code, stdout: () => stdout, stderr: () => stderr, kill: () => child.kill('SIGTERM') };
}

describe('npm start', () => {
  it('runs the local console on the bundled corpus when no Slack tokens are set, and ends with its input', async () => {
    const run = start({ SCRUTINY_NOW: '2017-07-10T09:00' }, '/scrutiny next meeting\n');
    expect(await run.code).toBe(0);
    expect(run.stdout()).toMatch(/local console/);
    expect(run.stdout()).toContain('Thursday 13 July 2017');
  }, 60_000);

  it('ends when the reader of its output goes away (`npm start 2>&1 | head`), instead of failing to log that failure for ever', async () => {
    // The shell waits for every command of the pipeline: it ends only when the bot has ended.
    const questions = Array.from({ length: 20 }, () => '/scrutiny next meeting').join('\\n');
    const command = `printf '${questions}\\n' | "${process.execPath}" --import tsx src/main.ts 2>&1 | head -c 40 > /dev/null`;
    const child = spawn('sh', ['-c', command], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? dir, SCRUTINY_DB: join(dir, 'scrutiny.json'), SCRUTINY_ENV_FILE: '/dev/null', SCRUTINY_NOW: '2017-07-10T09:00' },
      stdio: 'ignore',
      detached: true,
    });
    // A bot that never ends is stopped with its whole pipeline, so the failure leaves nothing running.
    const stuck = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 100_000);
    const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
    clearTimeout(stuck);
    expect(code).toBe(0);
  }, 120_000);

  it('stops on a corrupt store, naming the file and leaving it byte for byte as it was', async () => {
    const db = join(dir, 'scrutiny.json');
    const corrupt = '{"schemaVersion":1,"documents":[';
    await writeFile(db, corrupt);
    const run = start({ SCRUTINY_DB: db }, '/scrutiny next meeting\n');
    expect(await run.code).toBe(1);
    expect(run.stderr()).toContain(`Cannot open the store: ${db}: is not valid JSON`);
    expect(run.stdout()).not.toContain('Next meeting');
    expect(await readFile(db, 'utf8')).toBe(corrupt);
  });

  it('stops on a half-set or malformed configuration, naming the variable and not echoing secrets', async () => {
    const half = start({ SLACK_BOT_TOKEN: 'xoxb-secret-value-123' }, '');
    expect(await half.code).toBe(2);
    expect(half.stderr()).toContain('SLACK_APP_TOKEN');
    const malformed = start({ SLACK_BOT_TOKEN: 'not-a-token-456', SLACK_SIGNING_SECRET: 'shh' }, '');
    expect(await malformed.code).toBe(2);
    expect(malformed.stderr()).toContain('SLACK_BOT_TOKEN');
    for (const out of [half.stderr(), half.stdout(), malformed.stderr(), malformed.stdout()]) {
      expect(out).not.toContain('secret-value-123');
      expect(out).not.toContain('not-a-token-456');
    }
  }, 60_000);

  it('serves Slack over HTTP with a bot token and signing secret, answering a signed /scrutiny', async () => {
    const slack = await startFakeSlack();
    const token = 'xoxb-http-mode-token-789';
    // A configured deployment gets the demo papers only when it asks for them.
    const run = start({ SLACK_BOT_TOKEN: token, SLACK_SIGNING_SECRET: 'e2e-secret', SLACK_API_URL: slack.apiUrl, PORT: '0', SCRUTINY_NOW: '2017-07-10T09:00', SCRUTINY_CORPUS: 'bundled' });
    try {
      let exited = false;
      void run.code.then(() => (exited = true));
      // Polled for up to 90 s: it reads the demo papers before it serves, which a busy machine can take a while over.
      // It binds any free port (PORT=0) and names it once it serves.
      let port = boundPort(run.stderr());
      for (let i = 0; port === null; i++, port = boundPort(run.stderr())) {
        if (i > 900 || exited) throw new Error(`did not start:\n${run.stderr()}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      const base = `http://127.0.0.1:${port}`;
      expect((await fetch(`${base}/healthz`)).ok).toBe(true);
      const body = new URLSearchParams({ command: '/scrutiny', text: 'next meeting', user_id: 'U1', channel_id: 'C1', team_id: 'T0FAKE', response_url: slack.responseUrl('e2e'), trigger_id: 't' }).toString();
      const ts = Math.floor(Date.now() / 1000);
      const reply = await fetch(`${base}/slack/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': sign(body, ts, 'e2e-secret') },
        body,
      });
      expect(reply.status).toBe(200);
      const answer = await slack.waitFor('response_url');
      expect(answer.body.text).toContain('Thursday 13 July 2017');
      expect(run.stderr()).toMatch(/HTTP/);
      expect(run.stderr()).not.toContain(token);
    } finally {
      run.kill();
      await run.code;
      await slack.close();
    }
  }, 120_000);
});
