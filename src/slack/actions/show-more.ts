// "Show more": the next page of a long answer. Ephemeral answers get a new ephemeral page; a channel
// message gets its next page in its thread, so the channel stays quiet.
import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { decodeAnswerRef } from '../blocks/action-values.ts';
import { answerBlocks, noticeBlocks } from '../blocks/answer-blocks.ts';
import { answerPlace, isCoordinator, type SlackAppDeps } from '../deps.ts';
import { APOLOGY, logFailure, quietly } from '../failures.ts';
import { isShareable } from '../blocks/command-reply.ts';
import { answerFrom } from '../../answers/engine.ts';

export function showMore(deps: SlackAppDeps) {
  return async ({ ack, body, action, client, respond }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const ephemeral = body.container?.is_ephemeral === true || !body.message;
    try {
      const ref = decodeAnswerRef(action.value);
      if (!ref) {
        await respond({ response_type: 'ephemeral', replace_original: false, ...noticeBlocks('That page is no longer available. Please ask again.') });
        return;
      }
      // The engine builds a long answer up to the page shown, so it needs the page too.
      const answer = await answerFrom(answerPlace(deps, body).engine, ref.q, { now: new Date(ref.t), page: ref.p });
      if (ephemeral) {
        await respond({ response_type: 'ephemeral', replace_original: false, ...answerBlocks(answer, { page: ref.p, share: isShareable(answer), requestButtons: isCoordinator(deps, { user: body.user.id, team: body.user.team_id ?? body.team?.id }), followButtons: true }) });
        return;
      }
      const message = body.message!;
      await client.chat.postMessage({
        channel: body.channel!.id,
        thread_ts: (message.thread_ts as string | undefined) ?? message.ts,
        ...answerBlocks(answer, { page: ref.p }),
      });
    } catch (error) {
      logFailure(deps.logger, 'Show more', { user: body.user.id, channel: body.channel?.id }, error);
      await quietly(deps.logger, 'show more apology', () => respond({ response_type: 'ephemeral', replace_original: false, ...noticeBlocks(APOLOGY) }));
    }
  };
}
