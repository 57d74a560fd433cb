import type { AllMiddlewareArgs, App, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { SlackAppDeps } from '../deps.ts';
import { listenerById } from '../listener-by-id.ts';
import { appHomeOpened } from './app-home-opened.ts';
import { appMention } from './app-mention.ts';
import { directMessage } from './direct-message.ts';
import { linkShared } from './link-shared.ts';

// One listener for every event type (see ../listener-by-id.ts).
export function register(app: App, deps: SlackAppDeps): void {
  const listener = listenerById<SlackEventMiddlewareArgs<string> & AllMiddlewareArgs>(
    {
      app_mention: appMention(deps),
      message: directMessage(deps),
      app_home_opened: appHomeOpened(deps),
      link_shared: linkShared(deps),
    },
    ({ event }) => event.type,
  );
  // Every event type (Slack's are lower case words joined by underscores); the listener picks.
  app.event(/^[a-z_]+$/, listener);
}
