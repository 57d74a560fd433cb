// The one logger, injected everywhere (it satisfies Bolt's Logger interface): pino's JSON lines for
// a deployment's log shipper, or plain text lines for a person at a terminal. Secrets are masked in
// the finished line, so a token inside an error's message, its nested fields or a URL is masked too.
import { pino } from 'pino';
import type { LogLevel, Logger } from '@slack/bolt';

export type LogFormat = 'json' | 'text';
type Level = 'debug' | 'info' | 'warn' | 'error';

const SLACK_TOKEN = /(xox[a-z]|xapp)-[A-Za-z0-9-]+/g;
const TOKEN_NAMES: Record<string, string> = { xoxb: 'bot token', xoxp: 'user token', xapp: 'app token' };
/** Shorter configured secrets are not masked by value: masking "s" would garble every line. */
const MIN_SECRET_LENGTH = 8;

/** Replace Slack tokens (by their shape) and the given secrets (by value) with a label. */
export function redact(text: string, secrets: readonly string[] = []): string {
  let out = text.replace(SLACK_TOKEN, (_token, prefix: string) => `[${TOKEN_NAMES[prefix] ?? 'Slack token'}]`);
  for (const secret of secrets) {
    if (secret.length < MIN_SECRET_LENGTH) continue;
    // As written, and as it would appear inside JSON or a URL.
    for (const form of new Set([secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret)])) {
      out = out.split(form).join('[secret]');
    }
  }
  return out;
}

/** Keys pino writes itself; a caller's field of the same name goes under `detail`. */
const RESERVED = new Set(['level', 'time', 'msg', 'name', 'pid', 'hostname', 'err']);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function describe(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** Bolt-style arguments (`'what failed', { context }, error`) as one pino call: fields and a message. */
function toEntry(args: unknown[]): { fields: Record<string, unknown>; msg: string } {
  const fields: Record<string, unknown> = {};
  const words: string[] = [];
  for (const arg of args) {
    if (arg instanceof Error) {
      if (fields.err === undefined) fields.err = arg;
      else words.push(`${arg.name}: ${arg.message}`);
    } else if (isPlainObject(arg)) {
      for (const [key, value] of Object.entries(arg)) {
        const field = value instanceof Error ? pino.stdSerializers.err(value) : value;
        if (RESERVED.has(key)) fields.detail = { ...(fields.detail as object | undefined), [key]: field };
        else fields[key] = field;
      }
    } else words.push(describe(arg));
  }
  return { fields, msg: words.join(' ') };
}

/** A pino JSON line as one readable line (and the error's first stack frames). */
export function textLine(json: string): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json.trimEnd();
  }
  const extra = Object.entries(entry)
    .filter(([key]) => !RESERVED.has(key))
    .map(([key, value]) => `${key}=${describe(value)}`);
  const err = entry.err as { type?: string; message?: string; stack?: string } | undefined;
  const error = err
    ? ` ${err.type ?? 'Error'}: ${err.message ?? ''}${err.stack ? `\n${err.stack.split('\n').slice(1, 4).join('\n')}` : ''}`
    : '';
  const head = `${String(entry.time)} ${String(entry.level).toUpperCase()} [${String(entry.name)}] ${String(entry.msg ?? '')}`;
  return `${head}${extra.length ? ` ${extra.join(' ')}` : ''}${error}`;
}

/**
 * Lines to a stream whose reader may go away (a log pipe closed, `npm start | head`): once the
 * stream reports an error, later lines are dropped. Without this the error (EPIPE) escapes as an
 * uncaught exception, which is logged to the same stream, which fails again: a loop that holds a
 * core for as long as the bot runs.
 */
export function lineWriter(stream: NodeJS.WritableStream): (line: string) => void {
  let broken = false;
  stream.on('error', () => {
    broken = true;
  });
  return (line) => {
    if (!broken) stream.write(`${line}\n`);
  };
}

export interface AppLogger extends Logger {
  /** Lines written so far, when created with `capture: true` (tests). */
  readonly lines: string[];
}

export interface LoggerOptions {
  level?: Level;
  name?: string;
  /** 'text' (the default) for a terminal; 'json' for a deployment. */
  format?: LogFormat;
  /** Values to mask wherever they appear (the signing secret, the tokens). */
  secrets?: readonly (string | undefined)[];
  /** Where finished lines go; default stderr (a long-running process passes `lineWriter(process.stderr)`). */
  write?: (line: string) => void;
  /** Keep lines in `lines` instead of writing them (tests). */
  capture?: boolean;
}

export function createLogger(options: LoggerOptions = {}): AppLogger {
  const format = options.format ?? 'text';
  const secrets = (options.secrets ?? []).filter((s): s is string => typeof s === 'string');
  const lines: string[] = [];
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const destination = {
    write(json: string) {
      const masked = redact(json.trimEnd(), secrets);
      const line = format === 'json' ? masked : textLine(masked);
      if (options.capture) lines.push(line);
      else write(line);
    },
  };
  const log = pino(
    {
      name: options.name ?? 'scrutiny',
      level: options.level ?? 'info',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
  const at =
    (level: Level) =>
    (...args: unknown[]) => {
      if (!log.isLevelEnabled(level)) return;
      const { fields, msg } = toEntry(args);
      log[level](fields, msg);
    };
  return {
    lines,
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    setLevel: (level: LogLevel) => {
      log.level = level;
    },
    getLevel: () => log.level as LogLevel,
    // Slack's clients rename the logger they are given; this one is shared, so it keeps its own name.
    setName: () => {},
  };
}
