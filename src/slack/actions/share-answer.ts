// "Share in channel": the ephemeral answer, posted for everyone, re-created from the button's value.
import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { decodeAnswerRef } from '../blocks/action-values.ts';
import { answerBlocks, noticeBlocks } from '../blocks/answer-blocks.ts';
import { channelPlace, type SlackAppDeps } from '../deps.ts';
import { APOLOGY, logFailure, quietly, slackErrorCode } from '../failures.ts';
import { answerFrom } from '../../answers/engine.ts';

const CANNOT_POST = new Set(['not_in_channel', 'channel_not_found', 'is_archived', 'restricted_action']);

export function shareAnswer(deps: SlackAppDeps) {
  return async ({ ack, body, action, client, respond }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const channel = body.channel?.id;
    const context = { user: body.user.id, channel };
    try {
      const ref = decodeAnswerRef(action.value);
      if (!ref || !channel) {
        await respond({ response_type: 'ephemeral', replace_original: false, ...noticeBlocks('That answer can no longer be shared. Please ask again.') });
        return;
      }
      const answer = await answerFrom(channelPlace(deps, channel).engine, ref.q, { now: new Date(ref.t), page: ref.p });
      await client.chat.postMessage({ channel, ...answerBlocks(answer, { page: ref.p, sharedBy: body.user.id }) });
      await respond({ delete_original: true });
    } catch (error) {
      const code = slackErrorCode(error);
      if (code && CANNOT_POST.has(code)) {
        deps.logger.info('Share in channel refused by Slack', { ...context, slackError: code });
        await quietly(deps.logger, 'share refusal', () =>
          respond({
            response_type: 'ephemeral',
            replace_original: false,
            ...noticeBlocks(
              code === 'is_archived'
                ? 'This channel is archived, so I cannot post in it.'
                : 'I cannot post in this conversation yet. Invite me with `/invite @scrutiny`, then press Share again.',
            ),
          }),
        );
        return;
      }
      logFailure(deps.logger, 'Share in channel', context, error);
      await quietly(deps.logger, 'share apology', () => respond({ response_type: 'ephemeral', replace_original: false, ...noticeBlocks(APOLOGY) }));
    }
  };
}
