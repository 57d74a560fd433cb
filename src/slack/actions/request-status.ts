// "Mark done" / "Reopen" on a request: only scrutiny co-ordinators may change one. The store records
// who and when; the message (ephemeral, channel or Home tab) is updated in place. Anyone else gets a
// polite refusal and nothing changes.
import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { RequestState } from '../../model.ts';
import { decodeRequestRef } from '../blocks/action-values.ts';
import { MAX_MESSAGE_BLOCKS, answerBlocks, noticeBlocks, requestButton, type Block } from '../blocks/answer-blocks.ts';
import { escapeMrkdwn, shorten } from '../blocks/mrkdwn.ts';
import { patchRequestBlocks } from '../blocks/patch-request.ts';
import { answerPlace, isCoordinator, type SlackAppDeps } from '../deps.ts';
import { APOLOGY, logFailure, quietly } from '../failures.ts';
import { publishHome } from '../publish-home.ts';
import { isShareable } from '../scrutiny-command.ts';

export const REFUSAL = 'Only the scrutiny co-ordinators can mark requests done or reopen them. Nothing was changed.';

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
    try {
      const ref = decodeRequestRef(action.value);
      const place = answerPlace(deps, body);
      // A request of the answer's board, or of another council's board the question named.
      const store = ref ? deps.boards.storeWithRequest(ref.r, place.board) : undefined;
      const request = ref ? store?.request(ref.r) : undefined;
      if (!ref || !store || !request) {
        await tell('That request is no longer in the record.');
        return;
      }
      if (!isCoordinator(deps, user)) {
        deps.logger.info('Request change refused: not a co-ordinator', { ...context, request: ref.r });
        await tell(REFUSAL);
        return;
      }
      const state = await store.setRequestState(ref.r, status, user, deps.clock.now());
      deps.logger.info('Request status changed', { ...context, request: ref.r });
      const done = status === 'done' ? 'Marked done' : 'Reopened';
      const what = `“${shorten(request.text, 120)}”`;

      if (onHome) {
        await publishHome(deps, client, user, `${done}: ${what}`);
      } else if (!ephemeral) {
        const message = body.message!;
        const blocks = patchRequestBlocks((message.blocks ?? []) as Block[], ref.r, state);
        if (blocks) await client.chat.update({ channel: body.channel!.id, ts: message.ts, text: String(message.text ?? done), blocks });
        else await respond({ response_type: 'ephemeral', replace_original: false, ...noticeBlocks(`${done}: ${what}`) });
      } else if (ref.a) {
        const answer = place.engine.ask(ref.a.q, { now: new Date(ref.a.t), page: ref.a.p });
        const rendered = answerBlocks(answer, { page: ref.a.p, share: isShareable(answer), requestButtons: true });
        // When the change takes the request out of the answer (e.g. "outstanding requests"), the
        // confirmation carries the button that undoes it.
        const stillShown = patchRequestBlocks(rendered.blocks, ref.r, state) !== null;
        const confirmation: Block = {
          type: 'section',
          text: { type: 'mrkdwn', text: `:white_check_mark: ${done}: ${escapeMrkdwn(what)}` },
          ...(stillShown ? {} : { accessory: requestButton(ref.r, state, ref.a, request.text) }),
        };
        const blocks = rendered.blocks.length < MAX_MESSAGE_BLOCKS ? [...rendered.blocks, confirmation] : rendered.blocks;
        await respond({ response_type: 'ephemeral', replace_original: true, text: rendered.text, blocks });
      } else {
        await respond({ response_type: 'ephemeral', replace_original: false, ...noticeBlocks(`${done}: ${what}`) });
      }
    } catch (error) {
      logFailure(deps.logger, 'Changing a request', context, error);
      await quietly(deps.logger, 'request apology', () => tell(APOLOGY));
    }
  };
}
