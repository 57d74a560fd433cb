import type { AllMiddlewareArgs, App, SlackViewMiddlewareArgs } from '@slack/bolt';
import type { SlackAppDeps } from '../deps.ts';
import { ViewIds } from '../ids.ts';
import { listenerById } from '../listener-by-id.ts';
import { channelBoardSubmitted, coordinatorsSubmitted, memberLinkSubmitted, reminderSubmitted } from './settings-submit.ts';

// One listener for every form (see ../listener-by-id.ts).
export function register(app: App, deps: SlackAppDeps): void {
  const listener = listenerById<SlackViewMiddlewareArgs & AllMiddlewareArgs>(
    {
      [ViewIds.coordinators]: coordinatorsSubmitted(deps),
      [ViewIds.channelBoard]: channelBoardSubmitted(deps),
      [ViewIds.reminder]: reminderSubmitted(deps),
      [ViewIds.memberLink]: memberLinkSubmitted(deps),
    },
    ({ view }) => view.callback_id,
  );
  app.view({ type: 'view_submission' }, listener);
}
