import type { App } from '@slack/bolt';
import type { SlackAppDeps } from '../deps.ts';
import { appHomeOpened } from './app-home-opened.ts';
import { appMention } from './app-mention.ts';
import { directMessage } from './direct-message.ts';
import { linkShared } from './link-shared.ts';

export function register(app: App, deps: SlackAppDeps): void {
  app.event('app_mention', appMention(deps));
  app.event('message', directMessage(deps));
  app.event('app_home_opened', appHomeOpened(deps));
  app.event('link_shared', linkShared(deps));
}
