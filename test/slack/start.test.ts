// startSlack: checks the bot token before serving and turns start-up problems into one clear line.
import { createServer, type Server } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { SlackStartError, startSlack } from '../../src/slack/start.ts';
import { startFakeSlack, type FakeSlack } from '../support/fake-slack.ts';
import { createBoard, type Board } from './support/board.ts';

let board: Board;
let slack: FakeSlack;

beforeEach(async () => {
  board = await createBoard();
  slack = await startFakeSlack();
});
afterEach(async () => {
  await slack.close();
  await board.close();
});

async function busyPort(): Promise<{ port: number; server: Server }> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, resolve));
  return { port: (server.address() as { port: number }).port, server };
}

function config(port: number) {
  return loadConfig({ SLACK_BOT_TOKEN: 'xoxb-start-test-token', SLACK_SIGNING_SECRET: 's', SLACK_API_URL: slack.apiUrl, PORT: String(port) });
}

describe('startSlack', () => {
  it('serves over HTTP, logs the mode without the token, and stops', async () => {
    const { port, server } = await busyPort();
    await new Promise((resolve) => server.close(resolve));
    const logger = createLogger({ capture: true });
    const running = await startSlack({ config: config(port), store: board.store, engine: board.engine, clock: board.clock, logger });
    try {
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
      expect(logger.lines.join('\n')).toMatch(/over HTTP on port/);
      expect(logger.lines.join('\n')).not.toContain('xoxb-start-test-token');
      const posted = await running.client.chat.postMessage({ channel: 'C1', text: 'reminder' });
      expect(posted.ok).toBe(true);
    } finally {
      await running.stop();
    }
  });

  it('stops with a clear line when Slack refuses the bot token', async () => {
    slack.failNext('auth.test', { error: 'invalid_auth' }, 5);
    const logger = createLogger({ capture: true });
    const attempt = startSlack({ config: config(65000), store: board.store, engine: board.engine, clock: board.clock, logger });
    await expect(attempt).rejects.toThrow(SlackStartError);
    await expect(attempt).rejects.toThrow(/SLACK_BOT_TOKEN \(invalid_auth\)/);
  });

  it('stops with a clear line when the port is taken', async () => {
    const { port, server } = await busyPort();
    try {
      const logger = createLogger({ capture: true });
      await expect(startSlack({ config: config(port), store: board.store, engine: board.engine, clock: board.clock, logger })).rejects.toThrow(/Port \d+ is already in use/);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
