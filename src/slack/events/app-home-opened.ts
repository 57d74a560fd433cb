// The App Home tab: published fresh each time a member opens it.
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { SlackAppDeps } from '../deps.ts';
import { logFailure } from '../failures.ts';
import { publishHome } from '../publish-home.ts';

export function appHomeOpened(deps: SlackAppDeps) {
  return async ({ event, client }: SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs): Promise<void> => {
    if (event.tab !== 'home') return;
    try {
      await publishHome(deps, client, event.user);
    } catch (error) {
      logFailure(deps.logger, 'Publishing the Home tab', { user: event.user }, error);
    }
  };
}
