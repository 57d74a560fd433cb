// `/scrutiny <question>`: ack at once, then answer ephemerally through response_url, with
// "Share in channel" so the member can show the answer to everyone. The request's replay key is
// written meanwhile (../middleware/dedupe-events.ts): a question is answered during that write and
// posted once it is done; a command that may change state (remind, link, follow, board ...) acts only
// once it is done. A restart therefore never forgets a request whose answer was posted or whose change
// was made. A crash after the answer was made and before its key was written loses only that answer,
// which nothing outside the bot has seen (Slack does not send a command again; the member asks again);
// a crash after the key was written and before the post loses the post, as it always could.
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { noticeBlocks } from '../blocks/answer-blocks.ts';
import { commandReply } from '../blocks/command-reply.ts';
import { isCoordinator, type SlackAppDeps } from '../deps.ts';
import { APOLOGY, logFailure, quietly } from '../failures.ts';
import type { ResponsePoster } from '../response-url.ts';
import { replayKeyWritten } from '../middleware/dedupe-events.ts';
import { mayChangeState, questionFromMessage, scrutinyCommandReply } from '../scrutiny-command.ts';
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
  return async ({ command, ack, context }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const keyWritten = replayKeyWritten(context);
    // Let the ack go out (and other requests' acks queued behind this one) before the answer work.
    await new Promise(setImmediate);
    const words = commandWords(command.text ?? '');
    try {
      if (mayChangeState(words)) await keyWritten;
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
      const reply = await scrutinyCommandReply(words, ctx, (answer) => commandReply(answer, { coordinator }));
      await keyWritten;
      await responses.post(command.response_url, reply);
    } catch (error) {
      logFailure(deps.logger, '/scrutiny', { user: command.user_id, channel: command.channel_id, chars: command.text?.length ?? 0 }, error);
      // Ephemeral: only the member who asked sees it.
      await keyWritten;
      await quietly(deps.logger, '/scrutiny apology', () => responses.post(command.response_url, JSON.stringify({ response_type: 'ephemeral', ...noticeBlocks(APOLOGY) })));
    }
  };
}
