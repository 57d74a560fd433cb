// /healthz as an orchestrator probes it: 200 with a JSON report when the bot can serve members, 503 when
// Slack is not connected, the store cannot be written or the ModernGov sync has been failing too long.
import { rm } from 'node:fs/promises';
import { EventEmitter } from 'node:events';
import { createServer } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.ts';
import { loadConfig } from '../../src/config.ts';
import { createHealth, serveHealth, syncHealth, type HealthReport } from '../../src/health.ts';
import { createLogger } from '../../src/logger.ts';
import { SlackStartError, startSlack } from '../../src/slack/start.ts';
import { startFakeSlack, type FakeSlack } from '../support/fake-slack.ts';
import { createBoard, type Board } from '../slack/support/board.ts';
import { startFakeSocketMode, type FakeSocketMode } from './support/fake-socket-mode.ts';

let board: Board;
beforeEach(async () => {
  board = await createBoard();
});
afterEach(async () => {
  await board.close();
});

async function probe(url: string): Promise<{ status: number; body: HealthReport }> {
  const res = await fetch(url);
  expect(res.headers.get('content-type')).toBe('application/json');
  return { status: res.status, body: (await res.json()) as HealthReport };
}

async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('/healthz over HTTP (on the Slack receiver)', () => {
  let slack: FakeSlack;
  beforeEach(async () => {
    slack = await startFakeSlack();
  });
  afterEach(async () => {
    await slack.close();
  });

  it('is 200 with the connection, store and sync while all is well, and 503 once the store cannot be written', async () => {
    const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-health-token', SLACK_SIGNING_SECRET: 'health-secret-0123456789', SLACK_API_URL: slack.apiUrl, PORT: '0' });
    const health = createHealth({ store: board.store, clock: board.clock });
    const syncing = { startedAt: board.clock.now(), running: false, lastSuccessAt: board.clock.now(), lastErrorAt: null, lastError: null };
    health.watchSync(() => syncing, 60);
    const running = await startSlack({ config, store: board.store, engine: board.engine, clock: board.clock, logger: createLogger({ capture: true }), health });
    try {
      const url = `http://127.0.0.1:${running.port}/healthz`;
      const well = await probe(url);
      expect(well.status).toBe(200);
      expect(well.body.status).toBe('ok');
      expect(well.body.slack).toMatchObject({ ok: true, mode: 'http', state: 'listening' });
      expect(well.body.store).toMatchObject({ ok: true, opened: true, writable: true });
      expect(well.body.sync).toMatchObject({ ok: true, lastSuccessAt: board.clock.now().toISOString(), lastError: null });

      // The volume holding the store goes away.
      await rm(board.dir, { recursive: true, force: true });
      const ill = await probe(url);
      expect(ill.status).toBe(503);
      expect(ill.body.status).toBe('unhealthy');
      expect(ill.body.store).toMatchObject({ ok: false, writable: false });
      expect(ill.body.store.problem).toMatch(/cannot be written/);
      expect(JSON.stringify(ill.body)).not.toContain(board.dir);
    } finally {
      await running.stop();
    }
  });

  it('is 503 while stopping', async () => {
    const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-health-token', SLACK_SIGNING_SECRET: 'health-secret-0123456789', SLACK_API_URL: slack.apiUrl, PORT: '0' });
    const health = createHealth({ store: board.store, clock: board.clock });
    const running = await startSlack({ config, store: board.store, engine: board.engine, clock: board.clock, logger: createLogger({ capture: true }), health });
    try {
      health.markStopping();
      const stopping = await probe(`http://127.0.0.1:${running.port}/healthz`);
      expect(stopping.status).toBe(503);
      expect(stopping.body.status).toBe('stopping');
    } finally {
      await running.stop();
    }
  });
});

describe('/healthz in Socket Mode (a listener of its own)', () => {
  let socket: FakeSocketMode;
  beforeEach(async () => {
    socket = await startFakeSocketMode();
  });
  afterEach(async () => {
    await socket.close();
  });

  it('is 200 once connected, on HEALTH_PORT, and 503 when the connection is lost beyond the grace period', async () => {
    const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-socket-token', SLACK_APP_TOKEN: 'xapp-socket-token', SLACK_API_URL: socket.apiUrl, HEALTH_PORT: '0' });
    const health = createHealth({ store: board.store, clock: board.clock, reconnectGraceMs: 0 });
    const logger = createLogger({ capture: true });
    const running = await startSlack({ config, store: board.store, engine: board.engine, clock: board.clock, logger, health });
    const healthPort = running.port;
    const url = `http://127.0.0.1:${healthPort}/healthz`;
    try {
      expect(socket.connections()).toBe(1);
      const well = await probe(url);
      expect(well.status).toBe(200);
      expect(well.body.slack).toMatchObject({ ok: true, mode: 'socket', state: 'connected' });
      expect(well.body.sync).toBeNull();
      expect((await fetch(`http://127.0.0.1:${healthPort}/slack/events`)).status).toBe(404);

      socket.drop();
      await until(async () => (await probe(url)).status === 503, 'the lost connection to show');
      const ill = await probe(url);
      expect(ill.body.status).toBe('unhealthy');
      expect(ill.body.slack).toMatchObject({ ok: false, mode: 'socket' });
      expect(ill.body.slack?.state).not.toBe('connected');
      expect(logger.lines.join('\n')).not.toContain('xapp-socket-token');
    } finally {
      await running.stop();
    }
    await expect(fetch(url)).rejects.toThrow();
  });

  it('stops start-up with a clear line when the health port is taken', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, resolve));
    const port = (taken.address() as { port: number }).port;
    try {
      const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-socket-token', SLACK_APP_TOKEN: 'xapp-socket-token', SLACK_API_URL: socket.apiUrl, PORT: String(port) });
      const attempt = startSlack({ config, store: board.store, engine: board.engine, clock: board.clock, logger: createLogger({ capture: true }) });
      await expect(attempt).rejects.toThrow(SlackStartError);
      await expect(attempt).rejects.toThrow(`Port ${port} is already in use, so /healthz cannot be served there: set HEALTH_PORT (or PORT) to a free port.`);
      expect(socket.connections()).toBe(0);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });

  it('follows the client: a reconnect within the grace period is still healthy, a disconnection is not', async () => {
    const clock = new ManualClock('2026-03-02T10:00:00Z');
    const health = createHealth({ store: null, clock });
    const client = new EventEmitter();
    health.watchSocket(client);
    const server = await serveHealth(health, 0, '127.0.0.1');
    const url = `http://127.0.0.1:${server.port}/healthz`;
    try {
      expect((await probe(url)).status).toBe(200); // connecting, just started
      client.emit('connected');
      expect((await probe(url)).body.slack).toMatchObject({ ok: true, state: 'connected' });
      client.emit('reconnecting');
      clock.advance(30_000);
      expect((await probe(url)).status).toBe(200);
      clock.advance(31_000);
      expect((await probe(url)).status).toBe(503);
      client.emit('connected');
      expect((await probe(url)).status).toBe(200);
      client.emit('close'); // the socket closed; the client tries again a few seconds later
      expect((await probe(url)).body.slack).toMatchObject({ ok: true, state: 'reconnecting' });
      clock.advance(61_000);
      expect((await probe(url)).status).toBe(503);
      client.emit('disconnected');
      expect((await probe(url)).status).toBe(503);
    } finally {
      await server.close();
    }
  });
});

describe('the sync part of /healthz', () => {
  const start = new Date('2026-03-02T10:00:00Z');
  const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);

  it('is well before the first run, after a success, and after one failure soon after a success', () => {
    expect(syncHealth({ startedAt: start, running: true, lastSuccessAt: null, lastErrorAt: null, lastError: null }, 60, at(5)).ok).toBe(true);
    expect(syncHealth({ startedAt: start, running: false, lastSuccessAt: at(1), lastErrorAt: null, lastError: null }, 60, at(500)).ok).toBe(true);
    const blip = syncHealth({ startedAt: start, running: false, lastSuccessAt: at(60), lastErrorAt: at(120), lastError: 'no answer within 30 s' }, 60, at(121));
    expect(blip).toMatchObject({ ok: true, lastError: 'no answer within 30 s', lastErrorAt: at(120).toISOString() });
  });

  it('is ill once runs have failed for three intervals, and well again after a success', () => {
    const failing = { startedAt: start, running: false, lastSuccessAt: at(60), lastErrorAt: at(240), lastError: 'the service answered 500' };
    expect(syncHealth(failing, 60, at(241)).ok).toBe(false);
    expect(syncHealth({ ...failing, lastSuccessAt: null }, 60, at(181)).ok).toBe(false);
    expect(syncHealth({ ...failing, lastSuccessAt: at(300) }, 60, at(301)).ok).toBe(true);
  });
});
