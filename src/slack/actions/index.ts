import type { AllMiddlewareArgs, App, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { SlackAppDeps } from '../deps.ts';
import { ActionIds } from '../ids.ts';
import { listenerById } from '../listener-by-id.ts';
import { afterReplayKey } from '../middleware/dedupe-events.ts';
import { evidenceDecision } from './evidence-decision.ts';
import { followButton } from './follow-button.ts';
import { requestStatus } from './request-status.ts';
import { channelBoardForm, coordinatorsForm, homeBoardChosen, memberLinkForm, reminderForm, removeReminder } from './settings.ts';
import { shareAnswer } from './share-answer.ts';
import { showMore } from './show-more.ts';

// One listener for every button (see ../listener-by-id.ts); its work after the ack waits for the
// click's replay key to be written (see dedupe-events.ts).
export function register(app: App, deps: SlackAppDeps): void {
  const listener = listenerById<SlackActionMiddlewareArgs & AllMiddlewareArgs>(
    {
      [ActionIds.shareAnswer]: shareAnswer(deps),
      [ActionIds.showMore]: showMore(deps),
      [ActionIds.markRequestDone]: requestStatus(deps, 'done'),
      [ActionIds.reopenRequest]: requestStatus(deps, 'open'),
      [ActionIds.homeBoard]: homeBoardChosen(deps),
      [ActionIds.editCoordinators]: coordinatorsForm(deps),
      [ActionIds.tieChannel]: channelBoardForm(deps),
      [ActionIds.addReminder]: reminderForm(deps),
      [ActionIds.removeReminder]: removeReminder(deps),
      [ActionIds.linkMember]: memberLinkForm(deps),
      [ActionIds.confirmEvidence]: evidenceDecision(deps, 'confirmed'),
      [ActionIds.dismissEvidence]: evidenceDecision(deps, 'dismissed'),
      [ActionIds.follow]: followButton(deps),
    },
    ({ action }) => ('action_id' in action ? action.action_id : undefined),
  );
  app.action({ type: 'block_actions' }, afterReplayKey(listener));
}
