// The environment, parsed once at start-up by one zod schema. Nothing else reads process.env:
// the entry points pass readEnvironment()'s result (the process environment over a .env file) here.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseEnv } from 'node:util';
import { z } from 'zod';
import { parseInstant } from './london.ts';
import { DEFAULT_INTERVAL_MINUTES, DeploymentFileError, environmentDeployment, readDeploymentFile, type Deployment } from './config-file.ts';

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const list = optionalText.transform((v) =>
  (v ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean),
);

/** A whole number from `min` to `max`, or unset; `expects` completes "NAME must be ...". */
function wholeNumber(name: string, min: number, max: number, expects: string) {
  return optionalText.refine((v) => v === undefined || (/^\d+$/.test(v) && Number(v) >= min && Number(v) <= max), {
    message: `${name} must be ${expects}.`,
  }).transform((v) => (v === undefined ? undefined : Number(v)));
}

function isUrl(v: string | undefined): boolean {
  if (v === undefined) return true;
  try {
    return /^https?:$/.test(new URL(v).protocol);
  } catch {
    return false;
  }
}

const EnvSchema = z
  .object({
    SLACK_BOT_TOKEN: optionalText.refine((v) => v === undefined || v.startsWith('xoxb-'), {
      message: `SLACK_BOT_TOKEN must be the app's Bot User OAuth Token, which starts with xoxb- (on the app's "OAuth & Permissions" page).`,
    }),
    SLACK_APP_TOKEN: optionalText.refine((v) => v === undefined || v.startsWith('xapp-'), {
      message: `SLACK_APP_TOKEN must be an app-level token, which starts with xapp- (on the app's "Basic Information" page, with the connections:write scope).`,
    }),
    SLACK_SIGNING_SECRET: optionalText,
    SLACK_API_URL: optionalText.refine(isUrl, { message: 'SLACK_API_URL must be a web address such as http://127.0.0.1:3999/api/.' }),
    SCRUTINY_DB: optionalText,
    SCRUTINY_CONFIG: optionalText,
    SCRUTINY_CORPUS: optionalText.refine((v) => v === undefined || v === 'bundled' || v === 'none', {
      message: 'SCRUTINY_CORPUS must be bundled (load the demo papers) or none (never load them); unset, they are loaded only into a new store when nothing else is configured.',
    }),
    SCRUTINY_ADMINS: list,
    // 0: any free port, the one bound named in the start-up log (tests start bots side by side this way).
    PORT: wholeNumber('PORT', 0, 65535, 'a port number from 0 to 65535 (0: any free one, named when the bot starts)'),
    HEALTH_PORT: wholeNumber('HEALTH_PORT', 0, 65535, 'a port number from 0 to 65535 (0: any free one, named when the bot starts)'),
    SCRUTINY_NOW: optionalText.refine((v) => v === undefined || parseInstant(v) !== null, {
      message: 'SCRUTINY_NOW must be a date or an ISO date-time, such as 2017-07-06, 2017-07-06T08:55 (London time) or 2017-07-06T07:55:00Z.',
    }),
    MODERNGOV_URL: optionalText.refine(isUrl, {
      message: "MODERNGOV_URL must be the address of the council's ModernGov site, such as https://edemocracy.coventry.gov.uk.",
    }),
    MODERNGOV_COMMITTEES: list,
    MODERNGOV_INTERVAL_MINUTES: wholeNumber('MODERNGOV_INTERVAL_MINUTES', 1, 24 * 60, 'a whole number of minutes from 1 to 1440'),
    LOG_LEVEL: optionalText.refine((v) => v === undefined || ['debug', 'info', 'warn', 'error'].includes(v), {
      message: 'LOG_LEVEL must be one of debug, info, warn or error.',
    }),
    LOG_FORMAT: optionalText.refine((v) => v === undefined || v === 'json' || v === 'text', {
      message: 'LOG_FORMAT must be json (one JSON object a line) or text (for reading in a terminal).',
    }),
    SHUTDOWN_TIMEOUT_SECONDS: wholeNumber('SHUTDOWN_TIMEOUT_SECONDS', 1, 300, 'a whole number of seconds from 1 to 300'),
    PUBLIC_URL: optionalText.refine(isUrl, {
      message: "PUBLIC_URL must be the bot's web address as members reach it, such as https://scrutiny.example.gov.uk.",
    }),
    CALENDAR_TOKEN: optionalText.refine((v) => v === undefined || /^[A-Za-z0-9_-]{16,128}$/.test(v), {
      message: 'CALENDAR_TOKEN must be 16 to 128 letters, digits, - or _ (for example the output of `openssl rand -hex 16`).',
    }),
  })
  .superRefine((env, ctx) => {
    const problem = (variable: string, message: string) => ctx.addIssue({ code: 'custom', path: [variable], message });
    const halves = [env.SLACK_APP_TOKEN && 'SLACK_APP_TOKEN', env.SLACK_SIGNING_SECRET && 'SLACK_SIGNING_SECRET'].filter(Boolean);
    if (halves.length > 0 && !env.SLACK_BOT_TOKEN) {
      problem(
        'SLACK_BOT_TOKEN',
        `${halves.join(' and ')} ${halves.length === 1 ? 'is' : 'are'} set but SLACK_BOT_TOKEN is not: the bot needs its Bot User OAuth Token (xoxb-...) to work in Slack; ` +
          'set it, or unset the Slack variables to run the local console.',
      );
    }
    if (env.SLACK_BOT_TOKEN && halves.length === 0) {
      problem(
        'SLACK_APP_TOKEN',
        'SLACK_BOT_TOKEN is set, so the bot also needs SLACK_APP_TOKEN (to connect in Socket Mode) or SLACK_SIGNING_SECRET (to serve Slack over HTTP); ' +
          'set one of them, or unset SLACK_BOT_TOKEN to run the local console.',
      );
    }
    if (env.MODERNGOV_URL && env.MODERNGOV_COMMITTEES.length === 0) {
      problem('MODERNGOV_COMMITTEES', 'MODERNGOV_URL is set but MODERNGOV_COMMITTEES is not: list the ids of the committees to follow, such as 569 or 569,612.');
    }
    if (env.MODERNGOV_COMMITTEES.length > 0 && !env.MODERNGOV_URL) {
      problem('MODERNGOV_URL', "MODERNGOV_COMMITTEES is set but MODERNGOV_URL is not: give the address of the council's ModernGov site, such as https://edemocracy.coventry.gov.uk.");
    }
    if (env.SCRUTINY_CONFIG) {
      for (const variable of ['MODERNGOV_URL', 'MODERNGOV_COMMITTEES'] as const) {
        if (env[variable] && env[variable].length > 0) {
          problem(variable, `${variable} is set as well as SCRUTINY_CONFIG: name the council's ModernGov site and committees in the configuration file instead, and unset ${variable}.`);
        }
      }
    }
    const notIds = env.MODERNGOV_COMMITTEES.filter((id) => !/^\d+$/.test(id));
    if (notIds.length > 0) {
      problem(
        'MODERNGOV_COMMITTEES',
        `MODERNGOV_COMMITTEES must list committee ids (digits, separated by commas, such as 569,612); ${notIds.map((id) => `"${id}"`).join(', ')} ${notIds.length === 1 ? 'is' : 'are'} not.`,
      );
    }
  });

/** Variables whose values are never shown, not even in a problem's description. */
const SECRET_VARIABLES = new Set(['SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET', 'CALENDAR_TOKEN']);

export type SlackMode = 'socket' | 'http' | 'console';
export type LogFormat = 'json' | 'text';

export interface Config {
  mode: SlackMode;
  slack: {
    botToken?: string;
    appToken?: string;
    signingSecret?: string;
    apiUrl?: string;
  };
  dbPath: string;
  /** The bundled demo papers: 'auto' loads them into a new store when nothing is configured (see demo-corpus.ts). */
  corpus: 'auto' | 'bundled' | 'none';
  admins: string[];
  /** The HTTP receiver's port (PORT, default 3000; 0 for any free one). */
  port: number;
  /** Where /healthz is served in Socket Mode (HEALTH_PORT, else PORT); over HTTP it is on `port`. */
  healthPort: number;
  now?: Date;
  /** The environment's one council's ModernGov settings (MODERNGOV_URL); with a configuration file, see `deployment`. */
  moderngov?: { url: string; committees: string[]; intervalMinutes: number };
  /** The councils and boards served: from the configuration file (SCRUTINY_CONFIG), else from the environment. */
  deployment: Deployment;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  /** json in Slack modes (for a log shipper), text in the local console, unless LOG_FORMAT says. */
  logFormat: LogFormat;
  /** How long a signal waits for in-flight work before the process exits anyway. */
  shutdownTimeoutMs: number;
  /** The boards' calendar feeds: a secret part of their addresses (CALENDAR_TOKEN) and the bot's public address (PUBLIC_URL). */
  calendar: { token: string | null; publicUrl: string | null };
}

export const DEFAULT_DB_PATH = 'data/scrutiny.json';
export const DEFAULT_PORT = 3000;
/** Under the ten seconds container runtimes allow between SIGTERM and SIGKILL. */
export const DEFAULT_SHUTDOWN_TIMEOUT_SECONDS = 8;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export interface LoadOptions {
  /** For commands that never talk to Slack: the Slack variables are not read, so a half-set Slack configuration does not stop them. */
  ignoreSlack?: boolean;
}

/** One sentence per problem; a problem zod describes itself is still named by its variable, never by its value. */
function describeProblems(issues: z.ZodError['issues']): string {
  const sentences = [
    ...new Set(
      issues.map((issue) => {
        const variable = String(issue.path[0] ?? 'The configuration');
        // The schema's own messages are whole sentences that open with a variable's name.
        if (/^[A-Z][A-Z_]+ /.test(issue.message)) return issue.message;
        return SECRET_VARIABLES.has(variable) ? `${variable} is not valid.` : `${variable} is not valid: ${issue.message}.`;
      }),
    ),
  ];
  const heading = sentences.length === 1 ? 'The configuration has a problem:' : `The configuration has ${sentences.length} problems:`;
  return [heading, ...sentences.map((s) => `  - ${s}`)].join('\n');
}

/** Parse the environment; throws ConfigError naming each bad variable (values are never echoed). */
export function loadConfig(env: Record<string, string | undefined>, options: LoadOptions = {}): Config {
  const source = options.ignoreSlack ? Object.fromEntries(Object.entries(env).filter(([key]) => !key.startsWith('SLACK_'))) : env;
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) throw new ConfigError(describeProblems(parsed.error.issues));
  const e = parsed.data;
  const dbPath = e.SCRUTINY_DB ?? DEFAULT_DB_PATH;
  const moderngov = e.MODERNGOV_URL
    ? { url: e.MODERNGOV_URL, committees: e.MODERNGOV_COMMITTEES, intervalMinutes: e.MODERNGOV_INTERVAL_MINUTES ?? DEFAULT_INTERVAL_MINUTES }
    : undefined;
  let deployment: Deployment;
  try {
    deployment = e.SCRUTINY_CONFIG
      ? readDeploymentFile(resolve(e.SCRUTINY_CONFIG), {
          dbPath,
          intervalMinutes: e.MODERNGOV_INTERVAL_MINUTES ?? DEFAULT_INTERVAL_MINUTES,
          coordinators: e.SCRUTINY_ADMINS,
        })
      : environmentDeployment({ dbPath, moderngov: moderngov ?? null, coordinators: e.SCRUTINY_ADMINS });
  } catch (error) {
    if (!(error instanceof DeploymentFileError)) throw error;
    throw new ConfigError(describeProblems(error.problems.map((message) => ({ code: 'custom', path: ['SCRUTINY_CONFIG'], message, input: undefined }))));
  }
  const mode: SlackMode = e.SLACK_BOT_TOKEN && e.SLACK_APP_TOKEN ? 'socket' : e.SLACK_BOT_TOKEN ? 'http' : 'console';
  const port = e.PORT ?? DEFAULT_PORT;
  return {
    mode,
    slack: {
      botToken: e.SLACK_BOT_TOKEN,
      appToken: e.SLACK_APP_TOKEN,
      signingSecret: e.SLACK_SIGNING_SECRET,
      apiUrl: e.SLACK_API_URL,
    },
    dbPath,
    corpus: (e.SCRUTINY_CORPUS as 'bundled' | 'none' | undefined) ?? 'auto',
    admins: e.SCRUTINY_ADMINS,
    port,
    healthPort: e.HEALTH_PORT ?? port,
    now: e.SCRUTINY_NOW ? (parseInstant(e.SCRUTINY_NOW) ?? undefined) : undefined,
    moderngov,
    deployment,
    logLevel: (e.LOG_LEVEL as Config['logLevel'] | undefined) ?? 'info',
    logFormat: (e.LOG_FORMAT as LogFormat | undefined) ?? (mode === 'console' ? 'text' : 'json'),
    shutdownTimeoutMs: (e.SHUTDOWN_TIMEOUT_SECONDS ?? DEFAULT_SHUTDOWN_TIMEOUT_SECONDS) * 1000,
    calendar: { token: e.CALENDAR_TOKEN ?? null, publicUrl: e.PUBLIC_URL ?? null },
  };
}

/**
 * The environment the entry points configure from: the process's variables over those of a `.env`
 * file (SCRUTINY_ENV_FILE, default `.env` in the working directory). Read once, at start-up.
 */
export function readEnvironment(processEnv: Record<string, string | undefined>, cwd = process.cwd()): Record<string, string | undefined> {
  const named = processEnv.SCRUTINY_ENV_FILE?.trim();
  const file = resolve(cwd, named || '.env');
  if (!named && !existsSync(file)) return { ...processEnv };
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new ConfigError(
      code === 'ENOENT'
        ? `SCRUTINY_ENV_FILE names ${file}, which does not exist; give the path of a file of NAME=value lines, or unset it to read .env.`
        : `The environment file ${file} could not be read (${code ?? 'unknown error'}).`,
    );
  }
  const fromFile = parseEnv(content) as Record<string, string | undefined>;
  return { ...fromFile, ...processEnv };
}

/** Every variable the configuration reads (for the help text and the documentation's checks). */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(EnvSchema.shape);
