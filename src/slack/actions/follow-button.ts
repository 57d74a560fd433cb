// "Follow" on an answer's topic, a request or an agenda item: anyone may press it, and it follows
// for the member who pressed it alone. The message stays as it is (others may be reading it); the
// member is told ephemerally, or on their Home tab when they pressed it there.
import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { startFollowing } from '../../follows/follows.ts';
import type { Store } from '../../store/store.ts';
import { decodeFollowRef, type FollowRef } from '../blocks/action-values.ts';
import { answerBlocks, noticeBlocks } from '../blocks/answer-blocks.ts';
import { answerPlace, type BoardPlace, type SlackAppDeps } from '../deps.ts';
import { APOLOGY, logFailure, quietly } from '../failures.ts';
import { publishHome } from '../publish-home.ts';
import { UNREADABLE } from './request-status.ts';

type Args = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/** The record that holds what is followed: the answer's board's council first, then the others. */
function recordOf(deps: SlackAppDeps, place: BoardPlace, ref: FollowRef): Store {
  if (ref.k === 'topic') return place.store;
  const stores = [place.store, ...deps.boards.councils().map((c) => c.store)];
  const holds = (s: Store) => (ref.k === 'request' ? s.request(ref.t) : s.item(ref.t)) !== undefined;
  return stores.find(holds) ?? place.store;
}

export function followButton(deps: SlackAppDeps) {
  return async ({ ack, body, action, client, respond }: Args): Promise<void> => {
    await ack();
    const user = body.user.id;
    const onHome = body.container?.type === 'view' || body.view?.type === 'home';
    const context = { user, channel: body.channel?.id };
    const tell = (text: string) =>
      onHome ? publishHome(deps, client, user, text) : respond({ response_type: 'ephemeral', replace_original: false, ...noticeBlocks(text) });
    try {
      const ref = decodeFollowRef(action.value);
      if (!ref) {
        await tell(UNREADABLE);
        return;
      }
      const place = answerPlace(deps, body);
      await deps.boards.recordsRead();
      const answer = await startFollowing(
        { state: deps.boards.workspace, record: recordOf(deps, place, ref), now: deps.clock.now(), user },
        ref.k,
        ref.t,
      );
      deps.logger.info('Follow pressed', { ...context, kind: ref.k });
      if (onHome) await publishHome(deps, client, user, [answer.title, answer.summary].filter(Boolean).join(' '));
      else await respond({ response_type: 'ephemeral', replace_original: false, ...answerBlocks(answer) });
    } catch (error) {
      logFailure(deps.logger, 'Following', context, error);
      await quietly(deps.logger, 'follow apology', () => tell(APOLOGY));
    }
  };
}
