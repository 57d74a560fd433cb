import type { App } from '@slack/bolt';
import type { SlackAppDeps } from '../deps.ts';
import { SLASH_COMMAND } from '../ids.ts';
import type { ResponsePoster } from '../response-url.ts';
import { scrutinyCommand } from './scrutiny.ts';

export function register(app: App, deps: SlackAppDeps, responses: ResponsePoster): void {
  // Not through afterReplayKey: a question is answered while its replay key is written (see ./scrutiny.ts).
  app.command(SLASH_COMMAND, scrutinyCommand(deps, responses));
}
