// `npm start`'s own arguments: --help (or -h) prints what it runs and the settings it reads; anything
// else is refused in one line. The settings themselves come from the environment (see config.ts).
import { DEFAULT_DB_PATH, DEFAULT_PORT, DEFAULT_SHUTDOWN_TIMEOUT_SECONDS } from '../config.ts';
import { readArgs, usageError, type CliIo, type CommandSpec } from './io.ts';

export const START_SPEC: CommandSpec = {
  name: 'start',
  help: 'npm start -- --help',
  usage: `Usage: npm start [-- --help]

Runs the bot. With no Slack settings it is a local console in this terminal; with SLACK_BOT_TOKEN
and SLACK_APP_TOKEN it connects to Slack in Socket Mode; with SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET
it serves Slack over HTTP on PORT. GET /healthz reports its health in both Slack modes. SIGTERM or
SIGINT stops it gracefully; a second signal stops it at once.

Settings are read from the environment, over a .env file in the working directory (or the file
SCRUTINY_ENV_FILE names):
  SLACK_BOT_TOKEN             the Bot User OAuth Token (xoxb-...)
  SLACK_APP_TOKEN             an app-level token (xapp-...) with connections:write: Socket Mode
  SLACK_SIGNING_SECRET        the app's signing secret: HTTP mode
  SCRUTINY_ADMINS             the scrutiny co-ordinators' Slack user ids, separated by commas
  SCRUTINY_DB                 the store (default ${DEFAULT_DB_PATH})
  PORT                        the HTTP port (default ${DEFAULT_PORT})
  HEALTH_PORT                 where /healthz (and the calendars) are served in Socket Mode (default: PORT)
  PUBLIC_URL                  the bot's web address as members reach it, for calendar addresses
  CALENDAR_TOKEN              a secret part of every calendar address (unset: the addresses are open)
  MODERNGOV_URL               the council's ModernGov site, to sync from
  MODERNGOV_COMMITTEES        the committee ids to follow, separated by commas
  MODERNGOV_INTERVAL_MINUTES  minutes between syncs (default 60)
  SCRUTINY_NOW                run as of this date or date-time, London time (for trying it out)
  LOG_LEVEL                   debug, info, warn or error (default info)
  LOG_FORMAT                  json or text (default: json in Slack modes, text in the console)
  SHUTDOWN_TIMEOUT_SECONDS    how long a signal waits for work in flight (default ${DEFAULT_SHUTDOWN_TIMEOUT_SECONDS})

The commands (ingest, ask, sync, requests, ...) are in: npm run scrutiny -- --help`,
};

/** null when the bot should start; otherwise the exit code, after the help or one line about the arguments. */
export function startArguments(args: string[], io: CliIo): number | null {
  const read = readArgs(args, START_SPEC, io);
  if (typeof read === 'number') return read;
  if (read.positional.length > 0) return usageError(io, START_SPEC, `unexpected argument "${read.positional[0]}"; npm start takes its settings from the environment`);
  return null;
}
