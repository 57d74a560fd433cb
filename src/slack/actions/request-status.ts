// "Mark done" / "Reopen" on a request: only scrutiny co-ordinators may change one. The store records
// who and when; the message (ephemeral, channel or Home tab) is updated in place. Anyone else gets a
// polite refusal and nothing changes.
import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { RequestState } from '../../model.ts';
import { decodeRequestRef, type RequestRef } from '../blocks/action-values.ts';
import { MAX_MESSAGE_BLOCKS, answerBlocks, noticeBlocks, requestButton, type Block } from '../blocks/answer-blocks.ts';
import { escapeMrkdwn, shorten } from '../blocks/mrkdwn.ts';
import { patchRequestBlocks } from '../blocks/patch-request.ts';
import { answerPlace, isCoordinator, type BoardPlace, type SlackAppDeps } from '../deps.ts';
import { APOLOGY, logFailure, quietly } from '../failures.ts';
import { publishHome } from '../publish-home.ts';
import { isShareable } from '../blocks/command-reply.ts';
import { answerFrom } from '../../answers/engine.ts';

export const REFUSAL = 'Only the scrutiny co-ordinators can mark requests done or reopen them. Nothing was changed.';
export const UNREADABLE = 'That button could not be read, so nothing was changed. Please ask again for a fresh answer.';

/** A change the store could not write: nothing changed, and the request is as it was. */
export function notSaved(status: RequestState['status'], what: string): string {
  return `Not saved: the record could not be written, so ${what} is still ${status === 'done' ? 'open' : 'done'}. Please try again later; if it keeps happening, tell the engineer who runs the bot.`;
}

type Args = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

export function requestStatus(deps: SlackAppDeps, status: RequestState['status']) {
  return async ({ ack, body, action, client, respond }: Args): Promise<void> => {
    await ack();
    const user = body.user.id;
    const onHome = body.container?.type === 'view' || body.view?.type === 'home';
    const ephemeral = !onHome && (body.container?.is_ephemeral === true || !body.message);
    const context = { user, channel: body.channel?.id, status };
    const tell = (text: string) =>
      onHome ? publishHome(deps, client, user, text) : respond({ response_type: 'ephemeral', replace_original: false, ...noticeBlocks(text) });

    /** The message the button was in, shown with the request's new state (or a confirmation). */
    const showChange = async (ref: RequestRef, place: BoardPlace, state: RequestState, confirmed: string, requestText: string): Promise<void> => {
      if (onHome) {
        await publishHome(deps, client, user, confirmed);
      } else if (!ephemeral) {
        const message = body.message!;
        const blocks = patchRequestBlocks((message.blocks ?? []) as Block[], ref.r, state);
        if (blocks) await client.chat.update({ channel: body.channel!.id, ts: message.ts, text: String(message.text ?? confirmed), blocks });
        else await respond({ response_type: 'ephemeral', replace_original: false, ...noticeBlocks(confirmed) });
      } else if (ref.a) {
        const answer = await answerFrom(place.engine, ref.a.q, { now: new Date(ref.a.t), page: ref.a.p });
        const rendered = answerBlocks(answer, { page: ref.a.p, share: isShareable(answer), requestButtons: true });
        // When the change takes the request out of the answer (e.g. "outstanding requests"), the
        // confirmation carries the button that undoes it.
        const stillShown = patchRequestBlocks(rendered.blocks, ref.r, state) !== null;
        const confirmation: Block = {
          type: 'section',
          text: { type: 'mrkdwn', text: `:white_check_mark: ${escapeMrkdwn(confirmed)}` },
          ...(stillShown ? {} : { accessory: requestButton(ref.r, state, ref.a, requestText) }),
        };
        const blocks = rendered.blocks.length < MAX_MESSAGE_BLOCKS ? [...rendered.blocks, confirmation] : rendered.blocks;
        await respond({ response_type: 'ephemeral', replace_original: true, text: rendered.text, blocks });
      } else {
        await respond({ response_type: 'ephemeral', replace_original: false, ...noticeBlocks(confirmed) });
      }
    };
    try {
      const ref = decodeRequestRef(action.value);
      if (!ref) {
        // A button Slack sent but this app did not make as it reads (a forged or damaged value).
        deps.logger.warn('Request button with an unreadable value', context);
        await tell(UNREADABLE);
        return;
      }
      const place = answerPlace(deps, body);
      // A request of the answer's board, or of another council's board the question named: asked of the
      // thread that holds each council's record, so this one reads no copy of its own.
      const found = await deps.boards.findRequest(ref.r, place.board);
      if (!found) {
        await tell('That request is no longer in the record.');
        return;
      }
      const { council, request } = found;
      if (!isCoordinator(deps, { user, team: body.user.team_id ?? body.team?.id })) {
        deps.logger.info('Request change refused: not a co-ordinator', { ...context, request: ref.r });
        await tell(REFUSAL);
        return;
      }
      const what = `“${shorten(request.text, 120)}”`;
      let state: RequestState;
      try {
        state = await deps.boards.setRequestState(council, ref.r, status, user, deps.clock.now());
      } catch (error) {
        // Nothing was saved: say so, and leave the message showing the request as it still is.
        logFailure(deps.logger, 'Saving a request change', { ...context, request: ref.r }, error);
        await quietly(deps.logger, 'request not saved', () => tell(notSaved(status, what)));
        return;
      }
      deps.logger.info('Request status changed', { ...context, request: ref.r });
      const done = status === 'done' ? 'Marked done' : 'Reopened';
      try {
        await showChange(ref, place, state, `${done}: ${what}`, request.text);
      } catch (error) {
        // The change is saved; only showing it failed. Say what happened, not "sorry".
        logFailure(deps.logger, 'Showing a request change', { ...context, request: ref.r }, error);
        await quietly(deps.logger, 'request change notice', () => tell(`${done}: ${what}`));
      }
    } catch (error) {
      logFailure(deps.logger, 'Changing a request', context, error);
      await quietly(deps.logger, 'request apology', () => tell(APOLOGY));
    }
  };
}
