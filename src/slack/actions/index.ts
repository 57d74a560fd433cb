import type { App } from '@slack/bolt';
import type { SlackAppDeps } from '../deps.ts';
import { ActionIds } from '../ids.ts';
import { afterReplayKey } from '../middleware/dedupe-events.ts';
import { evidenceDecision } from './evidence-decision.ts';
import { followButton } from './follow-button.ts';
import { requestStatus } from './request-status.ts';
import { channelBoardForm, coordinatorsForm, homeBoardChosen, memberLinkForm, reminderForm, removeReminder } from './settings.ts';
import { shareAnswer } from './share-answer.ts';
import { showMore } from './show-more.ts';

// Each listener's work after its ack waits for the click's replay key to be written (see dedupe-events.ts).
export function register(app: App, deps: SlackAppDeps): void {
  app.action(ActionIds.shareAnswer, afterReplayKey(shareAnswer(deps)));
  app.action(ActionIds.showMore, afterReplayKey(showMore(deps)));
  app.action(ActionIds.markRequestDone, afterReplayKey(requestStatus(deps, 'done')));
  app.action(ActionIds.reopenRequest, afterReplayKey(requestStatus(deps, 'open')));
  app.action(ActionIds.homeBoard, afterReplayKey(homeBoardChosen(deps)));
  app.action(ActionIds.editCoordinators, afterReplayKey(coordinatorsForm(deps)));
  app.action(ActionIds.tieChannel, afterReplayKey(channelBoardForm(deps)));
  app.action(ActionIds.addReminder, afterReplayKey(reminderForm(deps)));
  app.action(ActionIds.removeReminder, afterReplayKey(removeReminder(deps)));
  app.action(ActionIds.linkMember, afterReplayKey(memberLinkForm(deps)));
  app.action(ActionIds.confirmEvidence, afterReplayKey(evidenceDecision(deps, 'confirmed')));
  app.action(ActionIds.dismissEvidence, afterReplayKey(evidenceDecision(deps, 'dismissed')));
  app.action(ActionIds.follow, afterReplayKey(followButton(deps)));
}
