// SIGTERM and SIGINT on the real process: it takes no new work, lets a sync under way finish (or
// abandons it after SHUTDOWN_TIMEOUT_SECONDS, the store intact), then exits 0; a second signal exits at once.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { InFlight, createShutdown, exitOnSignals } from '../../src/shutdown.ts';
import { openStore } from '../../src/store/lowdb-store.ts';
import { boardRoutes, startFakeModernGov, type FakeModernGov } from '../sync/fake-moderngov.ts';
import { loadConfig } from '../../src/config.ts';
import { startSlack } from '../../src/slack/start.ts';
import { startFakeSlack } from '../support/fake-slack.ts';
import { createBoard } from '../slack/support/board.ts';
import { sign } from '../slack/support/signed-slack.ts';
import { startBot } from './support/child.ts';

let mg: FakeModernGov;
let dir: string;
beforeEach(async () => {
  mg = await startFakeModernGov(boardRoutes());
  dir = await mkdtemp(join(tmpdir(), 'scrutiny-shutdown-'));
});
afterEach(async () => {
  await mg.close();
  await rm(dir, { recursive: true, force: true });
});

const env = (extra: Record<string, string> = {}) => ({
  SCRUTINY_DB: join(dir, 'scrutiny.json'),
  MODERNGOV_URL: mg.url,
  MODERNGOV_COMMITTEES: '569',
  SCRUTINY_NOW: '2026-01-20T09:00',
  ...extra,
});

/** The bot has asked for a meeting, which the fake service is holding back. */
async function syncUnderWay(): Promise<void> {
  const until = Date.now() + 60_000;
  while (mg.calls('GetMeeting').length === 0) {
    if (Date.now() > until) throw new Error('the sync never started');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The dates of the synced meetings, from the store as a fresh process would open it. */
async function syncedDates(): Promise<string[]> {
  const store = await openStore(join(dir, 'scrutiny.json'));
  return store
    .record()
    .meetings.flatMap((m) => (m.date && m.date >= '2025-01-01' ? [m.date] : []))
    .sort();
}

describe('stopping the bot', () => {
  it('on SIGTERM lets the sync under way finish, then exits 0', async () => {
    // The meeting is answered only once the bot has taken the signal; its time to finish the sync is
    // longer than a busy machine needs (the default of 8 s is config's to test).
    let answer!: () => void;
    mg.failNext('GetMeeting', { heldUntil: new Promise<void>((resolve) => (answer = resolve)) });
    const bot = startBot(env({ SHUTDOWN_TIMEOUT_SECONDS: '300' }));
    await syncUnderWay();
    bot.process.kill('SIGTERM');
    await bot.waitFor(/SIGTERM: taking no new work/, 60_000);
    answer();
    const { code } = await bot.exit;
    expect(code).toBe(0);
    expect(bot.stderr()).toMatch(/SIGTERM: taking no new work; finishing what is in flight \(at most 300 s\)/);
    expect(bot.stderr()).toMatch(/ModernGov sync \(.*4 fetched, 4 changed\./);
    expect(bot.stderr()).toContain('Stopped: all work in flight finished');
    expect(await syncedDates()).toEqual(['2025-09-18', '2026-01-27', '2026-01-29', '2026-03-19']);
  }, 90_000);

  it('abandons a sync that does not finish within SHUTDOWN_TIMEOUT_SECONDS, exits 0, and leaves a readable store', async () => {
    // The meeting is never answered: a bot that waited for the sync would never exit.
    mg.failNext('GetMeeting', { heldUntil: new Promise(() => {}) });
    const bot = startBot(env({ SHUTDOWN_TIMEOUT_SECONDS: '1' }));
    await syncUnderWay();
    bot.process.kill('SIGINT');
    const { code } = await bot.exit;
    expect(code).toBe(0);
    expect(bot.stderr()).toMatch(/Stopped after 1 s with work still in flight \(the ModernGov sync\); it was abandoned/);
    expect(await syncedDates()).toEqual([]);
  }, 90_000);

  it('exits at once on a second signal', async () => {
    mg.failNext('GetMeeting', { heldUntil: new Promise(() => {}) });
    const bot = startBot(env({ SHUTDOWN_TIMEOUT_SECONDS: '300' }));
    await syncUnderWay();
    bot.process.kill('SIGTERM');
    await bot.waitFor(/SIGTERM: taking no new work/);
    bot.process.kill('SIGTERM');
    const { code } = await bot.exit;
    expect(code).toBe(143);
    expect(bot.stderr()).toContain('SIGTERM again: exiting now, abandoning the work in flight');
  }, 90_000);
});

describe('createShutdown', () => {
  it('stops every part, waits for their work and is the same promise when called again', async () => {
    const logger = createLogger({ capture: true });
    const inFlight = new InFlight();
    let release!: () => void;
    const post = inFlight.track(() => new Promise<void>((resolve) => (release = resolve)));
    const stopped: string[] = [];
    let stopping = false;
    const shutdown = createShutdown({
      logger,
      timeoutMs: 5_000,
      onStopping: () => (stopping = true),
      parts: () => [
        { name: 'Slack events', stop: async () => void stopped.push('Slack events') },
        { name: 'reminder posts', stop: async () => { stopped.push('reminder posts'); await inFlight.idle(); } },
      ],
    });
    const first = shutdown('SIGTERM');
    expect(shutdown('SIGINT')).toBe(first);
    expect(stopping).toBe(true);
    let settled = false;
    void first.then(() => (settled = true));
    await new Promise((r) => setTimeout(r, 50));
    expect(settled).toBe(false);
    release();
    await post;
    expect(await first).toBe(true);
    expect(stopped).toEqual(['Slack events', 'reminder posts']);
  });

  it('exits 0 after the first signal and 128 + n on the second', async () => {
    const handlers = new Map<string, () => void>();
    const exits: number[] = [];
    let finish!: () => void;
    const shutdown = () => new Promise<boolean>((resolve) => (finish = () => resolve(true)));
    exitOnSignals(shutdown, { logger: createLogger({ capture: true }), exit: (code) => exits.push(code), on: (signal, listener) => handlers.set(signal, listener) });
    handlers.get('SIGINT')!();
    handlers.get('SIGINT')!();
    expect(exits).toEqual([130]);
    finish();
    await new Promise((r) => setTimeout(r, 0));
    expect(exits).toEqual([130, 0]);
  });
});

describe("stopping Slack", () => {
  it("waits for a listener's work in flight: the answer to a /scrutiny already acknowledged", async () => {
    const board = await createBoard();
    const slack = await startFakeSlack();
    const secret = 'stop-test-signing-secret';
    const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-stop-test', SLACK_SIGNING_SECRET: secret, SLACK_API_URL: slack.apiUrl, PORT: '0' });
    const logger = createLogger({ capture: true });
    const running = await startSlack({ config, store: board.store, engine: board.engine, clock: board.clock, logger });
    const port = running.port;
    try {
      // Slack is slow to take the answer, then refuses it: the listener logs that once its work ends.
      slack.failNext('response_url', { delayMs: 1000, then: { status: 500 } });
      const body = new URLSearchParams({ command: '/scrutiny', text: 'next meeting', user_id: 'U1', channel_id: 'C1', team_id: 'T0FAKE', response_url: slack.responseUrl('stop'), trigger_id: 't' }).toString();
      const ts = Math.floor(Date.now() / 1000);
      const ack = await fetch(`http://127.0.0.1:${port}/slack/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': sign(body, ts, secret) },
        body,
      });
      expect(ack.status).toBe(200);
      await slack.waitFor('response_url');
      expect(logger.lines.some((line) => line.includes('/scrutiny failed'))).toBe(false);
      await running.stop();
      expect(logger.lines.some((line) => line.includes('/scrutiny failed'))).toBe(true);
    } finally {
      await slack.close();
      await board.close();
    }
  });
});
