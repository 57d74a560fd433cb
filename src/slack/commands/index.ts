import type { App } from '@slack/bolt';
import type { SlackAppDeps } from '../deps.ts';
import { SLASH_COMMAND } from '../ids.ts';
import { afterReplayKey } from '../middleware/dedupe-events.ts';
import type { ResponsePoster } from '../response-url.ts';
import { scrutinyCommand } from './scrutiny.ts';

export function register(app: App, deps: SlackAppDeps, responses: ResponsePoster): void {
  app.command(SLASH_COMMAND, afterReplayKey(scrutinyCommand(deps, responses)));
}
