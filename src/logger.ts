// Structured log lines to stderr. Compatible with Bolt's Logger interface so the
// same logger is injected everywhere. Secrets are masked before anything is written.
import { LogLevel, type Logger } from '@slack/bolt';

const ORDER = { debug: 10, info: 20, warn: 30, error: 40 } as const;
type Level = keyof typeof ORDER;

const SECRET = /\b(xox[abposr]-[A-Za-z0-9-]+|xapp-[A-Za-z0-9-]+)\b/g;

export function redact(text: string): string {
  return text.replace(SECRET, (token) => `${token.slice(0, 5)}…`);
}

function describe(value: unknown): string {
  if (value instanceof Error) return `${value.name}: ${value.message}${value.stack ? `\n${value.stack.split('\n').slice(1, 4).join('\n')}` : ''}`;
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

export interface AppLogger extends Logger {
  /** Lines written so far, when created with `capture: true` (tests). */
  readonly lines: string[];
}

export function createLogger(
  options: { level?: Level; name?: string; write?: (line: string) => void; capture?: boolean } = {},
): AppLogger {
  let level: Level = options.level ?? 'info';
  let name = options.name ?? 'scrutiny';
  const lines: string[] = [];
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const log =
    (at: Level) =>
    (...msg: unknown[]) => {
      if (ORDER[at] < ORDER[level]) return;
      const line = redact(`${new Date().toISOString()} ${at.toUpperCase()} [${name}] ${msg.map(describe).join(' ')}`);
      if (options.capture) lines.push(line);
      else write(line);
    };
  return {
    lines,
    debug: log('debug'),
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
    setLevel: (l: LogLevel) => {
      level = l as Level;
    },
    getLevel: () => level as LogLevel,
    setName: (n: string) => {
      name = n;
    },
  };
}
