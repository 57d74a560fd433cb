import type { App } from '@slack/bolt';
import type { SlackAppDeps } from '../deps.ts';
import { ActionIds } from '../ids.ts';
import { evidenceDecision } from './evidence-decision.ts';
import { followButton } from './follow-button.ts';
import { requestStatus } from './request-status.ts';
import { channelBoardForm, coordinatorsForm, homeBoardChosen, memberLinkForm, reminderForm, removeReminder } from './settings.ts';
import { shareAnswer } from './share-answer.ts';
import { showMore } from './show-more.ts';

export function register(app: App, deps: SlackAppDeps): void {
  app.action(ActionIds.shareAnswer, shareAnswer(deps));
  app.action(ActionIds.showMore, showMore(deps));
  app.action(ActionIds.markRequestDone, requestStatus(deps, 'done'));
  app.action(ActionIds.reopenRequest, requestStatus(deps, 'open'));
  app.action(ActionIds.homeBoard, homeBoardChosen(deps));
  app.action(ActionIds.editCoordinators, coordinatorsForm(deps));
  app.action(ActionIds.tieChannel, channelBoardForm(deps));
  app.action(ActionIds.addReminder, reminderForm(deps));
  app.action(ActionIds.removeReminder, removeReminder(deps));
  app.action(ActionIds.linkMember, memberLinkForm(deps));
  app.action(ActionIds.confirmEvidence, evidenceDecision(deps, 'confirmed'));
  app.action(ActionIds.dismissEvidence, evidenceDecision(deps, 'dismissed'));
  app.action(ActionIds.follow, followButton(deps));
}
