// A real Bolt app over its HTTP receiver on 127.0.0.1, fed correctly signed requests (as Slack signs
// them: HMAC-SHA256 of `v0:timestamp:body`), with its Web API pointed at the fake Slack.
import { createHmac } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { App } from '@slack/bolt';
import type { Engine } from '../../../src/answers/engine.ts';
import { loadConfig, type Config } from '../../../src/config.ts';
import { createLogger, type AppLogger } from '../../../src/logger.ts';
import { createSlackApp } from '../../../src/slack/app.ts';
import type { SlackAppDeps } from '../../../src/slack/deps.ts';
import { startFakeSlack, FAKE_BOT_ID, FAKE_BOT_USER_ID, FAKE_TEAM_ID, type FakeSlack } from '../../support/fake-slack.ts';
import type { Board } from './board.ts';
import type { BoardDirectory } from '../../../src/boards/board-directory.ts';
import type { Clock } from '../../../src/clock.ts';

export const SIGNING_SECRET = 'test-signing-secret';
export const ADMIN = 'UADMIN1';
export const MEMBER = 'UMEMBER1';
export const CHANNEL = 'CBOARD1';

export interface SignedOptions {
  timestamp?: number;
  secret?: string;
  headers?: Record<string, string>;
}

export interface HttpReply {
  status: number;
  body: string;
}

export interface SlackHarness {
  app: App;
  slack: FakeSlack;
  config: Config;
  logger: AppLogger;
  url: string;
  post(body: string, contentType: string, options?: SignedOptions): Promise<HttpReply>;
  command(text: string, options?: { user?: string; channel?: string; responseId?: string } & SignedOptions): Promise<HttpReply>;
  event(event: Record<string, unknown>, options?: { eventId?: string; retryNum?: number } & SignedOptions): Promise<HttpReply>;
  action(payload: Record<string, unknown>, options?: SignedOptions): Promise<HttpReply>;
  stop(): Promise<void>;
}

export function sign(body: string, timestamp: number, secret = SIGNING_SECRET): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

let eventCounter = 0;

/** POST a body to an app's events endpoint (`url` is the app's origin), signed as Slack signs it. */
export async function signedPost(url: string, body: string, contentType: string, signed: SignedOptions = {}): Promise<HttpReply> {
  const timestamp = signed.timestamp ?? Math.floor(Date.now() / 1000);
  const res = await fetch(`${url}/slack/events`, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': sign(body, timestamp, signed.secret),
      ...signed.headers,
    },
    body,
  });
  return { status: res.status, body: await res.text() };
}

/** A `/scrutiny` slash command's form body, as Slack sends it. */
export function commandBody(text: string, args: { user: string; channel: string; responseUrl: string }): string {
  return new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: FAKE_TEAM_ID,
    team_domain: 'council',
    channel_id: args.channel,
    channel_name: 'scrutiny-board',
    user_id: args.user,
    user_name: args.user.toLowerCase(),
    command: '/scrutiny',
    text,
    api_app_id: 'A0SCRUTINY',
    response_url: args.responseUrl,
    trigger_id: `trigger-${++eventCounter}`,
  }).toString();
}

/** One board's record (a Board), or the boards of a deployment (with the environment that configured them). */
export type SlackSource = Board | { boards: BoardDirectory; clock: Clock; env?: Record<string, string> };

export async function startSignedSlack(
  board: SlackSource,
  options: { engine?: Engine; slack?: FakeSlack; deps?: Partial<SlackAppDeps> } = {},
): Promise<SlackHarness> {
  const slack = options.slack ?? (await startFakeSlack());
  const config = loadConfig({
    SLACK_BOT_TOKEN: 'xoxb-test-token',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack.apiUrl,
    SCRUTINY_ADMINS: ADMIN,
    ...('boards' in board ? board.env : {}),
  });
  const logger = createLogger({ capture: true, level: 'debug' });
  const app = createSlackApp({
    config,
    ...('boards' in board ? { boards: board.boards } : { store: board.store, engine: options.engine ?? board.engine }),
    clock: board.clock,
    logger,
    identity: { botId: FAKE_BOT_ID, botUserId: FAKE_BOT_USER_ID },
    teamId: FAKE_TEAM_ID,
    ...options.deps,
  });
  const server = (await app.start({ port: 0, host: '127.0.0.1' })) as Server;
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const post = (body: string, contentType: string, signed: SignedOptions = {}): Promise<HttpReply> => signedPost(url, body, contentType, signed);
  let stopped = false;

  return {
    app,
    slack,
    config,
    logger,
    url,
    post,
    command(text, { user = MEMBER, channel = CHANNEL, responseId = `cmd-${++eventCounter}`, ...signed } = {}) {
      return post(commandBody(text, { user, channel, responseUrl: slack.responseUrl(responseId) }), 'application/x-www-form-urlencoded', signed);
    },
    event(event, { eventId = `Ev${++eventCounter}`, retryNum, ...signed } = {}) {
      const body = JSON.stringify({
        token: 'legacy-verification-token',
        team_id: FAKE_TEAM_ID,
        api_app_id: 'A0SCRUTINY',
        event,
        type: 'event_callback',
        event_id: eventId,
        event_time: Math.floor(Date.now() / 1000),
        authorizations: [{ team_id: FAKE_TEAM_ID, user_id: FAKE_BOT_USER_ID, is_bot: true, is_enterprise_install: false }],
      });
      const headers = retryNum !== undefined ? { 'x-slack-retry-num': String(retryNum), 'x-slack-retry-reason': 'http_timeout', ...signed.headers } : signed.headers;
      return post(body, 'application/json', { ...signed, headers });
    },
    action(payload, signed = {}) {
      const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
      return post(body, 'application/x-www-form-urlencoded', signed);
    },
    // Once: a test may stop it to start another app, and its own closing stops it again.
    async stop() {
      if (stopped) return;
      stopped = true;
      await app.stop();
      if (!options.slack) await slack.close();
    },
  };
}

/** A block_actions payload as Slack sends it for a button click. */
export function buttonClick(args: {
  user: string;
  actionId: string;
  value: string;
  channel?: string;
  responseId?: string;
  harness: SlackHarness;
  container: Record<string, unknown>;
  message?: Record<string, unknown>;
  view?: Record<string, unknown>;
}): Record<string, unknown> {
  return {
    type: 'block_actions',
    team: { id: FAKE_TEAM_ID, domain: 'council' },
    user: { id: args.user, username: args.user.toLowerCase(), team_id: FAKE_TEAM_ID },
    api_app_id: 'A0SCRUTINY',
    token: 'legacy-verification-token',
    trigger_id: `trigger-${++eventCounter}`,
    container: args.container,
    ...(args.channel ? { channel: { id: args.channel, name: 'scrutiny-board' } } : {}),
    ...(args.message ? { message: args.message } : {}),
    ...(args.view ? { view: args.view } : {}),
    ...(args.responseId ? { response_url: args.harness.slack.responseUrl(args.responseId) } : {}),
    actions: [
      {
        type: 'button',
        action_id: args.actionId,
        block_id: 'b1',
        value: args.value,
        text: { type: 'plain_text', text: 'button' },
        action_ts: `${Math.floor(Date.now() / 1000)}.000100`,
      },
    ],
  };
}
