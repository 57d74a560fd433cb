// `/scrutiny <question>`: ack at once, then answer ephemerally through response_url, with
// "Share in channel" so the member can show the answer to everyone.
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { noticeBlocks } from '../blocks/answer-blocks.ts';
import { commandReply } from '../blocks/command-reply.ts';
import { isCoordinator, type SlackAppDeps } from '../deps.ts';
import { APOLOGY, logFailure, quietly } from '../failures.ts';
import type { ResponsePoster } from '../response-url.ts';
import { questionFromMessage, scrutinyCommandReply } from '../scrutiny-command.ts';
import { servedCalendars } from '../../calendar/served-calendars.ts';

/**
 * The command's words as the member typed them. Slack escapes mentions, channels and links in them
 * (the manifest's `should_escape`); `link` and `unlink` keep a mention as Slack sends it, since
 * the user id is what they need.
 */
function commandWords(text: string): string {
  return /^\s*(?:un)?link\b/i.test(text) ? text.trim() : questionFromMessage(text);
}

export function scrutinyCommand(deps: SlackAppDeps, responses: ResponsePoster) {
  return async ({ command, ack }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    await ack();
    // Let the ack go out (and other requests' acks queued behind this one) before the answer work.
    await new Promise(setImmediate);
    try {
      const coordinator = isCoordinator(deps, { user: command.user_id, team: command.team_id });
      const ctx = {
        boards: deps.boards,
        clock: deps.clock,
        channel: command.channel_id,
        user: command.user_id,
        isAdmin: coordinator,
        calendars: servedCalendars(deps),
      };
      // Rendered in the answer thread with the answer, where the question goes there.
      const reply = await scrutinyCommandReply(commandWords(command.text ?? ''), ctx, (answer) => commandReply(answer, { coordinator }));
      await responses.post(command.response_url, reply);
    } catch (error) {
      logFailure(deps.logger, '/scrutiny', { user: command.user_id, channel: command.channel_id, chars: command.text?.length ?? 0 }, error);
      // Ephemeral: only the member who asked sees it.
      await quietly(deps.logger, '/scrutiny apology', () => responses.post(command.response_url, JSON.stringify({ response_type: 'ephemeral', ...noticeBlocks(APOLOGY) })));
    }
  };
}
