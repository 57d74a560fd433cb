// The logger: pino's JSON lines (or text for a terminal), Bolt's Logger interface, and no secret in any
// line, wherever it hides: an error's message, its cause, its fields, a URL, a context object.
import { App, LogLevel, type Logger } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { createLogger, lineWriter, redact } from '../../src/logger.ts';

const BOT = 'xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOpQrStUvWx';
const APP = 'xapp-1-A0SCRUTINY-1234567890-abcdef0123456789';
const SIGNING = '8f14e45fceea167a5a36dedd4bea2543';

/** An error as Slack's Web API client or an HTTP library throws it: the secret in every place it can be. */
function leakyError(): Error {
  const cause = new Error(`signature check with ${SIGNING} failed`);
  const error = new Error(`An API error occurred: invalid_auth for ${BOT}`, { cause });
  Object.assign(error, {
    code: 'slack_webapi_platform_error',
    data: { ok: false, error: 'invalid_auth', response_metadata: { scopes: [APP] } },
    config: { url: `https://slack.com/api/apps.connections.open?token=${encodeURIComponent(APP)}`, headers: { Authorization: `Bearer ${BOT}` } },
    original: new Error(`socket for ${APP} closed`),
  });
  return error;
}

function everyWayOfLogging(logger: Logger): void {
  logger.error('Changing a request failed', { user: 'U1', token: BOT, secret: SIGNING, nested: { url: `https://files.slack.com/x?t=${BOT}` } }, leakyError());
  logger.warn(`Could not reach Slack with ${BOT}:`, `the app token ${APP} was refused`);
  logger.info('Request', { headers: { 'x-slack-signature': SIGNING } });
  logger.debug('raw', [BOT, APP, SIGNING], 42);
  logger.error('Thrown', { error: leakyError() });
}

describe('createLogger', () => {
  it('writes one JSON object a line, with level, time, name, message, fields and the error', () => {
    const logger = createLogger({ format: 'json', capture: true, level: 'debug' });
    logger.error('Changing a request failed', { user: 'U1', channel: 'C1' }, new Error('Slack said no'));
    logger.info('Serving Slack over HTTP on port', 3000);
    logger.debug('detail', { level: 'clashing field' });
    const [failure, serving, detail] = logger.lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(failure).toMatchObject({ level: 'error', name: 'scrutiny', msg: 'Changing a request failed', user: 'U1', channel: 'C1' });
    expect(failure!.err).toMatchObject({ type: 'Error', message: 'Slack said no' });
    expect(Date.parse(String(failure!.time))).not.toBeNaN();
    expect(serving).toMatchObject({ level: 'info', msg: 'Serving Slack over HTTP on port 3000' });
    expect(detail).toMatchObject({ level: 'debug', msg: 'detail', detail: { level: 'clashing field' } });
  });

  it('writes readable text lines for a terminal', () => {
    const logger = createLogger({ capture: true });
    logger.warn('Skipped a re-delivered Slack event', { eventId: 'Ev1' });
    logger.error('Reminder failed:', new Error('channel_not_found'));
    expect(logger.lines[0]).toMatch(/^\d{4}-\d\d-\d\dT\S+Z WARN \[scrutiny\] Skipped a re-delivered Slack event eventId=Ev1$/);
    expect(logger.lines[1]).toMatch(/ERROR \[scrutiny\] Reminder failed: Error: channel_not_found\n\s+at /);
  });

  for (const format of ['json', 'text'] as const) {
    it(`never writes a token or the signing secret (${format})`, () => {
      const written: string[] = [];
      const logger = createLogger({ format, level: 'debug', secrets: [BOT, APP, SIGNING], write: (line) => written.push(line) });
      everyWayOfLogging(logger);
      expect(written.length).toBe(5);
      const all = written.join('\n');
      for (const secret of ['xoxb-', 'xapp-', SIGNING, encodeURIComponent(APP), '1234567890-0987654321']) expect(all).not.toContain(secret);
      // What was masked still says what it was.
      expect(all).toContain('[bot token]');
      expect(all).toContain('[app token]');
      expect(all).toContain('[secret]');
      expect(all).toContain('invalid_auth');
    });
  }

  it('masks tokens by their shape even when not told of them', () => {
    expect(redact(`Bearer%20${BOT} and xoxp-1-2-3 and "${APP}"`)).toBe('Bearer%20[bot token] and [user token] and "[app token]"');
  });

  it("satisfies Bolt's Logger: levels can be set and read, and Slack's clients renaming it changes nothing", () => {
    const logger = createLogger({ format: 'json', capture: true });
    const asBolt: Logger = logger;
    asBolt.setName('web-api:WebClient:3');
    asBolt.debug('hidden at info');
    asBolt.setLevel(LogLevel.DEBUG);
    expect(asBolt.getLevel()).toBe(LogLevel.DEBUG);
    asBolt.debug('shown at debug');
    expect(logger.lines).toHaveLength(1);
    expect(JSON.parse(logger.lines[0]!)).toMatchObject({ name: 'scrutiny', msg: 'shown at debug' });
    // Bolt accepts it and logs through it.
    const app = new App({ token: BOT, signingSecret: SIGNING, logger, logLevel: LogLevel.DEBUG, tokenVerificationEnabled: false });
    expect(app.logger).toBe(logger);
    expect(logger.lines.join('\n')).not.toContain(BOT);
  });
});

describe('lineWriter', () => {
  it('writes lines until the stream fails, then drops them instead of raising the failure again', async () => {
    const written: string[] = [];
    let fail = false;
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        if (fail) return done(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
        written.push(chunk.toString('utf8'));
        done();
      },
    });
    const write = lineWriter(stream);
    write('first');
    fail = true;
    write('second');
    await new Promise((r) => setImmediate(r));
    expect(stream.destroyed).toBe(true);
    // A stream that failed is not written again: an 'error' without a listener would end the process.
    expect(() => write('third')).not.toThrow();
    await new Promise((r) => setImmediate(r));
    expect(written).toEqual(['first\n']);
  });
});
