// The environment, parsed once at start-up by one zod schema. Nothing else reads process.env.
import { z } from 'zod';
import { parseInstant } from './london.ts';

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const EnvSchema = z
  .object({
    SLACK_BOT_TOKEN: optionalText.refine((v) => v === undefined || v.startsWith('xoxb-'), {
      message: 'must be a bot token starting with xoxb-',
    }),
    SLACK_APP_TOKEN: optionalText.refine((v) => v === undefined || v.startsWith('xapp-'), {
      message: 'must be an app-level token starting with xapp-',
    }),
    SLACK_SIGNING_SECRET: optionalText,
    SLACK_API_URL: optionalText.pipe(z.url({ message: 'must be a URL such as http://127.0.0.1:3999/api/' }).optional()),
    SCRUTINY_DB: optionalText,
    SCRUTINY_ADMINS: optionalText.transform((v) =>
      (v ?? '')
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    ),
    PORT: optionalText.pipe(z.coerce.number<string | undefined>().int().min(1).max(65535).optional()),
    SCRUTINY_NOW: optionalText.refine((v) => v === undefined || parseInstant(v) !== null, {
      message: 'must be an ISO date-time such as 2017-07-06T08:55 (London time) or 2017-07-06T07:55:00Z',
    }),
    MODERNGOV_URL: optionalText.pipe(z.url({ message: 'must be the ModernGov site, e.g. https://edemocracy.coventry.gov.uk' }).optional()),
    MODERNGOV_COMMITTEES: optionalText.transform((v) =>
      (v ?? '')
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    ),
    MODERNGOV_INTERVAL_MINUTES: optionalText.pipe(z.coerce.number<string | undefined>().int().min(1).max(24 * 60).optional()),
    LOG_LEVEL: optionalText.pipe(z.enum(['debug', 'info', 'warn', 'error']).optional()),
  })
  .superRefine((env, ctx) => {
    const hasSlack = env.SLACK_APP_TOKEN || env.SLACK_SIGNING_SECRET;
    if (hasSlack && !env.SLACK_BOT_TOKEN) {
      ctx.addIssue({
        code: 'custom',
        path: ['SLACK_BOT_TOKEN'],
        message: 'is required when SLACK_APP_TOKEN or SLACK_SIGNING_SECRET is set',
      });
    }
    if (env.SLACK_BOT_TOKEN && !hasSlack) {
      ctx.addIssue({
        code: 'custom',
        path: ['SLACK_APP_TOKEN'],
        message: 'or SLACK_SIGNING_SECRET is required with SLACK_BOT_TOKEN (Socket Mode or HTTP)',
      });
    }
    for (const [id, key] of [
      [env.MODERNGOV_URL, 'MODERNGOV_COMMITTEES'],
      [env.MODERNGOV_COMMITTEES.length > 0, 'MODERNGOV_URL'],
    ] as const) {
      if (id && (key === 'MODERNGOV_COMMITTEES' ? env.MODERNGOV_COMMITTEES.length === 0 : !env.MODERNGOV_URL)) {
        ctx.addIssue({ code: 'custom', path: [key], message: 'is required when ModernGov sync is configured' });
      }
    }
    for (const id of env.MODERNGOV_COMMITTEES) {
      if (!/^\d+$/.test(id)) {
        ctx.addIssue({ code: 'custom', path: ['MODERNGOV_COMMITTEES'], message: `"${id}" is not a committee id (digits)` });
      }
    }
  });

export type SlackMode = 'socket' | 'http' | 'console';

export interface Config {
  mode: SlackMode;
  slack: {
    botToken?: string;
    appToken?: string;
    signingSecret?: string;
    apiUrl?: string;
  };
  dbPath: string;
  admins: string[];
  port: number;
  now?: Date;
  moderngov?: { url: string; committees: string[]; intervalMinutes: number };
  logLevel: 'debug' | 'info' | 'warn' | 'error';
}

export const DEFAULT_DB_PATH = 'data/scrutiny.json';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parse the environment; throws ConfigError naming each bad variable (values are never echoed). */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(`Configuration problem:\n${z.prettifyError(parsed.error)}`);
  }
  const e = parsed.data;
  const mode: SlackMode = e.SLACK_BOT_TOKEN && e.SLACK_APP_TOKEN ? 'socket' : e.SLACK_BOT_TOKEN ? 'http' : 'console';
  return {
    mode,
    slack: {
      botToken: e.SLACK_BOT_TOKEN,
      appToken: e.SLACK_APP_TOKEN,
      signingSecret: e.SLACK_SIGNING_SECRET,
      apiUrl: e.SLACK_API_URL,
    },
    dbPath: e.SCRUTINY_DB ?? DEFAULT_DB_PATH,
    admins: e.SCRUTINY_ADMINS,
    port: e.PORT ?? 3000,
    now: e.SCRUTINY_NOW ? (parseInstant(e.SCRUTINY_NOW) ?? undefined) : undefined,
    moderngov: e.MODERNGOV_URL
      ? { url: e.MODERNGOV_URL, committees: e.MODERNGOV_COMMITTEES, intervalMinutes: e.MODERNGOV_INTERVAL_MINUTES ?? 60 }
      : undefined,
    logLevel: e.LOG_LEVEL ?? 'info',
  };
}
