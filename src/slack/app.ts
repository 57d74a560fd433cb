// The Bolt app: Socket Mode when an app-level token is set, otherwise the HTTP receiver
// (POST /slack/events, GET /healthz). Tests pass their own receiver or start the HTTP one on 127.0.0.1.
import { App, HTTPReceiver, SocketModeReceiver, type LogLevel, type Receiver } from '@slack/bolt';
import { HEALTH_PATH, healthHandler, type Health } from '../health.ts';
import { CALENDAR_ROUTES, calendarHandler } from '../calendar/calendar-site.ts';
import { servedCalendars } from '../calendar/served-calendars.ts';
import { register as registerActions } from './actions/index.ts';
import { register as registerCommands } from './commands/index.ts';
import { slackDeps, type SlackAppDeps, type SlackInput } from './deps.ts';
import { register as registerEvents } from './events/index.ts';
import { register as registerViews } from './views/index.ts';
import { dedupeEvents } from './middleware/dedupe-events.ts';
import { refuseShapelessBodies } from './request-shape.ts';
import { createResponsePoster } from './response-url.ts';

export const EVENTS_PATH = '/slack/events';
export { HEALTH_PATH };

/** Who the bot is, from auth.test; given, Bolt need not ask Slack again. */
export interface BotIdentity {
  botId: string;
  botUserId: string;
}

export function createSlackApp(input: (SlackAppDeps | SlackInput) & Pick<SlackAppDeps, 'reminders'> & { receiver?: Receiver; identity?: BotIdentity; health?: Health }): App {
  // Listeners keep this object: reminders set on it later (useReminders) reach them.
  const deps = 'boards' in input ? (input as SlackAppDeps & typeof input) : slackDeps(input);
  const { config, logger } = deps;
  const common = {
    token: config.slack.botToken,
    ...deps.identity,
    // Bolt's own token check at construction rejects unhandled when Slack refuses the token;
    // startSlack checks the token itself first, and otherwise Bolt asks on the first event.
    tokenVerificationEnabled: false,
    logger,
    // Bolt resets the logger's level unless told which one it already has.
    logLevel: logger.getLevel() as LogLevel,
    clientOptions: config.slack.apiUrl ? { slackApiUrl: config.slack.apiUrl } : {},
  };

  let app: App;
  if (deps.receiver) {
    app = new App({ ...common, receiver: deps.receiver });
  } else if (config.slack.appToken) {
    const receiver = new SocketModeReceiver({
      appToken: config.slack.appToken,
      logger,
      logLevel: common.logLevel,
      // apps.connections.open goes where the Web API does (the fake Slack in tests).
      ...(config.slack.apiUrl ? { installerOptions: { clientOptions: { slackApiUrl: config.slack.apiUrl } } } : {}),
    });
    deps.health?.watchSocket(receiver.client);
    app = new App({ ...common, socketMode: true, appToken: config.slack.appToken, receiver });
  } else {
    if (!config.slack.signingSecret) throw new Error('SLACK_SIGNING_SECRET is required for the HTTP receiver');
    const receiver = new HTTPReceiver({
      signingSecret: config.slack.signingSecret,
      endpoints: EVENTS_PATH,
      logger,
      customRoutes: [
        {
          path: HEALTH_PATH,
          method: ['GET'],
          handler: deps.health
            ? healthHandler(deps.health)
            : (_req, res) => {
                res.writeHead(200, { 'content-type': 'application/json' });
                res.end(JSON.stringify({ status: 'ok' }));
              },
        },
        // The boards' calendars (see calendar-site.ts).
        ...CALENDAR_ROUTES.map((path) => ({ path, method: ['GET', 'HEAD'], handler: calendarHandler(servedCalendars(deps)) })),
      ],
    });
    // A signed body of `null` must not reach Bolt's reading of it (see request-shape.ts).
    receiver.requestListener = refuseShapelessBodies(EVENTS_PATH, receiver.requestListener, logger);
    app = new App({ ...common, receiver });
  }

  app.use(dedupeEvents(deps));
  // The answers to commands go to their response_url through this, over connections kept open.
  registerCommands(app, deps, createResponsePoster(config.slack.apiUrl));
  registerEvents(app, deps);
  registerActions(app, deps);
  registerViews(app, deps);
  // Listeners catch their own errors; this logs whatever escapes Bolt's own machinery.
  app.error(async (error) => {
    logger.error('Slack app error', { code: (error as { code?: string }).code ?? null }, error);
  });
  return app;
}
