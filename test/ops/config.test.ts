// The configuration: one sentence per problem, naming the variable and what it expects, never a
// secret's value; commands without Slack ignore the Slack variables; a .env file under the environment.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, readEnvironment } from '../../src/config.ts';

function problems(env: Record<string, string>, options = {}): string[] {
  try {
    loadConfig(env, options);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    const [heading, ...lines] = (error as Error).message.split('\n');
    expect(heading).toBe(lines.length === 1 ? 'The configuration has a problem:' : `The configuration has ${lines.length} problems:`);
    return lines.map((line) => line.replace(/^ {2}- /, ''));
  }
  return [];
}

describe('configuration problems', () => {
  it('say in a whole sentence what a lone bot token needs', () => {
    expect(problems({ SLACK_BOT_TOKEN: 'xoxb-secret-value-123' })).toEqual([
      'SLACK_BOT_TOKEN is set, so the bot also needs SLACK_APP_TOKEN (to connect in Socket Mode) or SLACK_SIGNING_SECRET (to serve Slack over HTTP); ' +
        'set one of them, or unset SLACK_BOT_TOKEN to run the local console.',
    ]);
    expect(problems({ SLACK_SIGNING_SECRET: 'shh', SLACK_APP_TOKEN: 'xapp-1-2' })[0]).toMatch(/^SLACK_APP_TOKEN and SLACK_SIGNING_SECRET are set but SLACK_BOT_TOKEN is not: /);
  });

  it('are one sentence per problem, each naming its variable and what it expects, ending with a full stop', () => {
    const found = problems({
      PORT: '80a',
      HEALTH_PORT: '70000',
      SCRUTINY_NOW: 'tomorrow',
      LOG_LEVEL: 'loud',
      LOG_FORMAT: 'xml',
      MODERNGOV_URL: 'not a site',
      MODERNGOV_COMMITTEES: '569,audit',
      MODERNGOV_INTERVAL_MINUTES: '0',
      SHUTDOWN_TIMEOUT_SECONDS: 'soon',
      SLACK_API_URL: 'nowhere',
    });
    expect(found).toHaveLength(10);
    for (const [variable, expects] of [
      ['PORT', 'a port number from 0 to 65535'],
      ['HEALTH_PORT', 'a port number from 0 to 65535'],
      ['SCRUTINY_NOW', 'a date or an ISO date-time'],
      ['LOG_LEVEL', 'one of debug, info, warn or error'],
      ['LOG_FORMAT', 'json'],
      ['MODERNGOV_URL', "the address of the council's ModernGov site"],
      ['MODERNGOV_COMMITTEES', 'list committee ids'],
      ['MODERNGOV_INTERVAL_MINUTES', 'a whole number of minutes from 1 to 1440'],
      ['SHUTDOWN_TIMEOUT_SECONDS', 'a whole number of seconds from 1 to 300'],
      ['SLACK_API_URL', 'a web address'],
    ] as const) {
      expect(found.filter((s) => s.startsWith(`${variable} must `) && s.includes(expects))).toHaveLength(1);
    }
    for (const sentence of found) expect(sentence).toMatch(/^[A-Z][A-Z_]+ .*\.$/);
    expect(found.find((s) => s.startsWith('MODERNGOV_COMMITTEES'))).toContain('"audit" is not');
  });

  it('never show a secret', () => {
    const secrets = { SLACK_BOT_TOKEN: 'not-a-token-456', SLACK_APP_TOKEN: 'app-secret-789', SLACK_SIGNING_SECRET: 'signing-secret-012' };
    const found = problems(secrets).join('\n');
    expect(found).toContain('SLACK_BOT_TOKEN must be');
    expect(found).toContain('SLACK_APP_TOKEN must be');
    for (const value of Object.values(secrets)) expect(found).not.toContain(value);
  });

  it('are not raised about Slack for commands that do not use it', () => {
    const halfSet = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'wrong', SCRUTINY_DB: '/srv/scrutiny.json' };
    expect(problems(halfSet)).toHaveLength(1);
    const config = loadConfig(halfSet, { ignoreSlack: true });
    expect(config.mode).toBe('console');
    expect(config.slack).toEqual({ botToken: undefined, appToken: undefined, signingSecret: undefined, apiUrl: undefined });
    expect(config.dbPath).toBe('/srv/scrutiny.json');
    expect(problems({ ...halfSet, PORT: 'x' }, { ignoreSlack: true })).toEqual(['PORT must be a port number from 0 to 65535 (0: any free one, named when the bot starts).']);
  });
});

describe('configuration defaults', () => {
  it('logs JSON in Slack modes and text in the console, serves /healthz on PORT unless HEALTH_PORT, and waits 8 s on a signal', () => {
    const socket = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', PORT: '8080' });
    expect(socket).toMatchObject({ mode: 'socket', logFormat: 'json', port: 8080, healthPort: 8080, shutdownTimeoutMs: 8000 });
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', HEALTH_PORT: '9000' }).healthPort).toBe(9000);
    expect(loadConfig({})).toMatchObject({ mode: 'console', logFormat: 'text', port: 3000, healthPort: 3000 });
    expect(loadConfig({ LOG_FORMAT: 'json', SHUTDOWN_TIMEOUT_SECONDS: '20' })).toMatchObject({ logFormat: 'json', shutdownTimeoutMs: 20_000 });
  });
});

describe('readEnvironment', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'scrutiny-env-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads .env from the working directory, under the process environment', async () => {
    await writeFile(join(dir, '.env'), '# the board\nSCRUTINY_DB=/srv/board.json\nLOG_LEVEL="debug"\nexport PORT=8080\n');
    const env = readEnvironment({ PORT: '9090', HOME: '/home/x' }, dir);
    expect(env).toMatchObject({ SCRUTINY_DB: '/srv/board.json', LOG_LEVEL: 'debug', PORT: '9090', HOME: '/home/x' });
    expect(loadConfig(env)).toMatchObject({ dbPath: '/srv/board.json', logLevel: 'debug', port: 9090 });
  });

  it('is the process environment alone without a .env file', () => {
    expect(readEnvironment({ A: '1' }, dir)).toEqual({ A: '1' });
  });

  it('reads the file SCRUTINY_ENV_FILE names, and says so when it is missing', async () => {
    await writeFile(join(dir, 'board.env'), 'MODERNGOV_URL=https://democracy.example.gov.uk\nMODERNGOV_COMMITTEES=12\n');
    expect(loadConfig(readEnvironment({ SCRUTINY_ENV_FILE: 'board.env' }, dir)).moderngov).toMatchObject({ committees: ['12'] });
    expect(() => readEnvironment({ SCRUTINY_ENV_FILE: 'missing.env' }, dir)).toThrow(
      `SCRUTINY_ENV_FILE names ${join(dir, 'missing.env')}, which does not exist; give the path of a file of NAME=value lines, or unset it to read .env.`,
    );
  });
});
