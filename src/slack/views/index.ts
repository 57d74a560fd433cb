import type { App } from '@slack/bolt';
import type { SlackAppDeps } from '../deps.ts';
import { ViewIds } from '../ids.ts';
import { channelBoardSubmitted, coordinatorsSubmitted, memberLinkSubmitted, reminderSubmitted } from './settings-submit.ts';

export function register(app: App, deps: SlackAppDeps): void {
  app.view(ViewIds.coordinators, coordinatorsSubmitted(deps));
  app.view(ViewIds.channelBoard, channelBoardSubmitted(deps));
  app.view(ViewIds.reminder, reminderSubmitted(deps));
  app.view(ViewIds.memberLink, memberLinkSubmitted(deps));
}
