// Start the Slack app in the mode the configuration says: Socket Mode (SLACK_BOT_TOKEN + SLACK_APP_TOKEN,
// with /healthz on a listener of its own on HEALTH_PORT or PORT) or HTTP (SLACK_BOT_TOKEN +
// SLACK_SIGNING_SECRET, on PORT, /healthz beside the events). Tokens are never logged.
import type { RunningReminders } from '../reminders/scheduler.ts';
import { webApi } from '@slack/bolt';
import { createHealth, serveHealth, type Health, type HealthServer } from '../health.ts';
import { CALENDAR_PREFIX, calendarHandler } from '../calendar/calendar-site.ts';
import { servedCalendars } from '../calendar/served-calendars.ts';
import { InFlight } from '../shutdown.ts';
import { EVENTS_PATH, HEALTH_PATH, createSlackApp, type BotIdentity } from './app.ts';
import { slackDeps, type SlackAppDeps, type SlackInput } from './deps.ts';
import { slackErrorCode } from './failures.ts';

export type { SlackDeps } from './deps.ts';

export interface RunningSlack {
  /** The Web API client reminders and sync post with. */
  client: import('@slack/bolt').webApi.WebClient;
  /** Let papers shared with the bot announce what they added (reminders start after Slack). */
  useReminders(reminders: RunningReminders): void;
  /** Take no more events; resolves when the listeners' work in flight has finished. */
  stop(): Promise<void>;
  /** The port served (events and /healthz over HTTP, /healthz in Socket Mode): the one bound when 0 was asked for. */
  port: number;
}

export class SlackStartError extends Error {
  override name = 'SlackStartError';
}

/** Start in Socket Mode or over HTTP, as the configuration says. */
export async function startSlack(input: SlackInput & { health?: Health }): Promise<RunningSlack> {
  const deps = slackDeps(input);
  const { config, logger } = deps;
  const health = deps.health ?? createHealth({ store: deps.boards.workspace, clock: deps.clock });
  // Listeners keep this object, so reminders set on it later reach them.
  const appDeps: SlackAppDeps & { identity?: BotIdentity } = { ...deps };

  // Check the bot token before serving, so a wrong one stops start-up with a clear line.
  let identity: BotIdentity | undefined;
  try {
    const probe = new webApi.WebClient(config.slack.botToken, {
      logger,
      retryConfig: { retries: 2 },
      ...(config.slack.apiUrl ? { slackApiUrl: config.slack.apiUrl } : {}),
    });
    const auth = await probe.auth.test();
    if (auth.bot_id && auth.user_id) identity = { botId: auth.bot_id, botUserId: auth.user_id };
    appDeps.teamId = auth.team_id;
    logger.info(`Slack bot token accepted: @${auth.user ?? 'bot'} in ${auth.team ?? 'the workspace'}`);
  } catch (error) {
    const code = slackErrorCode(error);
    throw new SlackStartError(
      code === 'invalid_auth' || code === 'not_authed' || code === 'account_inactive' || code === 'token_revoked'
        ? `Slack refused SLACK_BOT_TOKEN (${code}). Check the Bot User OAuth Token on the app's "OAuth & Permissions" page.`
        : `Could not reach Slack to check SLACK_BOT_TOKEN (${code ?? (error instanceof Error ? error.message : String(error))}).`,
    );
  }
  appDeps.identity = identity;
  // Every listener's work, counted from the event's arrival to its last reply, so stopping can wait for it.
  const inFlight = new InFlight();
  // The same object, not a copy: reminders set on it later (useReminders) reach the listeners.
  const app = createSlackApp(Object.assign(appDeps, { health, inFlight }));

  let healthServer: HealthServer | null = null;
  if (config.mode === 'socket') {
    try {
      const calendars = { prefix: CALENDAR_PREFIX, handler: calendarHandler(servedCalendars(deps)) };
      healthServer = await serveHealth(health, config.healthPort, undefined, [calendars]);
    } catch (error) {
      const code = (error as { code?: string } | null)?.code;
      throw new SlackStartError(
        code === 'EADDRINUSE'
          ? `Port ${config.healthPort} is already in use, so /healthz cannot be served there: set HEALTH_PORT (or PORT) to a free port.`
          : `Could not serve /healthz on port ${config.healthPort}${code ? ` (${code})` : ''}.`,
      );
    }
  }

  let port = healthServer?.port ?? config.port;
  try {
    if (config.mode === 'socket') {
      await app.start();
      logger.info(`Connected to Slack in Socket Mode; GET ${HEALTH_PATH} on port ${port}`);
    } else {
      const server = await app.start(config.port);
      port = boundPort(server) ?? config.port;
      health.watchHttp();
      logger.info(`Serving Slack over HTTP on port ${port}: POST ${EVENTS_PATH}, GET ${HEALTH_PATH}`);
    }
  } catch (error) {
    await healthServer?.close();
    const code = slackErrorCode(error) ?? (error as { code?: string } | null)?.code ?? null;
    throw new SlackStartError(
      config.mode === 'socket'
        ? `Could not connect to Slack in Socket Mode${code ? ` (${code})` : ''}. Check SLACK_APP_TOKEN: an app-level token with the connections:write scope.`
        : code === 'EADDRINUSE'
          ? `Port ${config.port} is already in use: set PORT to a free port.`
          : `Could not start the HTTP server on port ${config.port}${code ? ` (${code})` : ''}.`,
    );
  }
  if (config.slack.apiUrl) logger.info(`Slack Web API at ${config.slack.apiUrl}`);

  return {
    client: app.client,
    useReminders(reminders) {
      appDeps.reminders = reminders;
    },
    stop: async () => {
      await app.stop();
      await inFlight.idle();
      await healthServer?.close();
    },
    port,
  };
}

/** The port a started server listens on (what PORT=0 bound), when it is a TCP server. */
function boundPort(server: unknown): number | null {
  const address = (server as { address?: () => unknown } | null)?.address?.();
  return typeof address === 'object' && address !== null && typeof (address as { port?: unknown }).port === 'number' ? (address as { port: number }).port : null;
}
