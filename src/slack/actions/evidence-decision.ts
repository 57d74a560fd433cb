// "Answered by Minute 42" / "Not Minute 42" under a request: only scrutiny co-ordinators decide.
// Confirming closes the request with the evidence recorded; dismissing puts that paper aside.
// The message is shown again as it now stands: the ephemeral answer replaced, a channel post
// updated in place, or the Home tab republished. Anyone else is told so, and nothing changes.
import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { decideEvidence } from '../../answers/evidence/evidence-decisions.ts';
import type { EvidenceDecision } from '../../model.ts';
import { decodeEvidenceRef } from '../blocks/action-values.ts';
import { MAX_MESSAGE_BLOCKS, answerBlocks, noticeBlocks, type Block } from '../blocks/answer-blocks.ts';
import { escapeMrkdwn, shorten } from '../blocks/mrkdwn.ts';
import { answerPlace, isCoordinator, type SlackAppDeps } from '../deps.ts';
import { APOLOGY, logFailure, quietly } from '../failures.ts';
import { publishHome } from '../publish-home.ts';
import { isShareable } from '../blocks/command-reply.ts';
import { answerFrom } from '../../answers/engine.ts';

export const EVIDENCE_REFUSAL = 'Only the scrutiny co-ordinators can confirm or dismiss the answer to a request. Nothing was changed.';

type Args = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

export function evidenceDecision(deps: SlackAppDeps, decision: EvidenceDecision['decision']) {
  return async ({ ack, body, action, client, respond }: Args): Promise<void> => {
    await ack();
    const user = body.user.id;
    const onHome = body.container?.type === 'view' || body.view?.type === 'home';
    const ephemeral = !onHome && (body.container?.is_ephemeral === true || !body.message);
    const context = { user, channel: body.channel?.id, decision };
    const tell = (text: string) =>
      onHome ? publishHome(deps, client, user, text) : respond({ response_type: 'ephemeral', replace_original: false, ...noticeBlocks(text) });
    try {
      const ref = decodeEvidenceRef(action.value);
      const place = answerPlace(deps, body);
      await deps.boards.recordsRead();
      // A request of the answer's board, or of another council's board the question named.
      const store = ref ? deps.boards.storeWithRequest(ref.r, place.board) : undefined;
      if (!ref || !store) {
        await tell('That request is no longer in the record.');
        return;
      }
      if (!isCoordinator(deps, { user, team: body.user.team_id ?? body.team?.id })) {
        deps.logger.info('Evidence decision refused: not a co-ordinator', { ...context, request: ref.r });
        await tell(EVIDENCE_REFUSAL);
        return;
      }
      const outcome = await decideEvidence(store, { requestId: ref.r, itemId: ref.i, decision, by: user, at: deps.clock.now() });
      if (!outcome.ok) {
        await tell(outcome.reason);
        return;
      }
      deps.logger.info('Evidence decided', { ...context, request: ref.r, item: ref.i });
      const what = `“${shorten(outcome.request.text, 120)}”`;
      const said =
        decision === 'confirmed'
          ? `Marked done, answered by ${outcome.item.private ? `${outcome.item.title} (exempt)` : outcome.item.title}: ${what}`
          : `Not the answer to ${what}: ${outcome.item.title}${outcome.item.private ? ' (exempt)' : ''}`;
      if (onHome) {
        await publishHome(deps, client, user, said);
        return;
      }
      if (!ref.a) {
        await respond({ response_type: 'ephemeral', replace_original: false, ...noticeBlocks(said) });
        return;
      }
      const answer = await answerFrom(place.engine, ref.a.q, { now: new Date(ref.a.t), page: ref.a.p });
      const rendered = answerBlocks(answer, { page: ref.a.p, share: ephemeral && isShareable(answer), requestButtons: true });
      const confirmation: Block = { type: 'context', elements: [{ type: 'mrkdwn', text: `:white_check_mark: ${escapeMrkdwn(said)}` }] };
      const blocks = rendered.blocks.length < MAX_MESSAGE_BLOCKS ? [...rendered.blocks, confirmation] : rendered.blocks;
      if (ephemeral) await respond({ response_type: 'ephemeral', replace_original: true, text: rendered.text, blocks });
      else await client.chat.update({ channel: body.channel!.id, ts: body.message!.ts, text: rendered.text, blocks });
    } catch (error) {
      logFailure(deps.logger, 'Deciding on evidence', context, error);
      await quietly(deps.logger, 'evidence apology', () => tell(APOLOGY));
    }
  };
}
