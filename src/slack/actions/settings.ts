// The App Home's settings buttons (co-ordinators only) and its board picker (everyone). A button
// opens its form (views.open with the click's trigger_id); Remove takes a reminder off at once.
import type { AllMiddlewareArgs, BlockAction, BlockButtonAction, SlackActionMiddlewareArgs, StaticSelectAction } from '@slack/bolt';
import { chooseHomeBoard } from '../../boards/workspace-settings.ts';
import { describeSubscription } from '../../reminders/remind-command.ts';
import { channelBoardModal, coordinatorsModal, reminderModal, type ModalView } from '../blocks/settings-blocks.ts';
import { isCoordinator, type SlackAppDeps } from '../deps.ts';
import { logFailure, quietly } from '../failures.ts';
import { publishHome } from '../publish-home.ts';
import { NOT_A_COORDINATOR } from '../views/settings-submit.ts';

type ButtonArgs = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/** A settings button that opens a form. */
export function openSettingsForm(deps: SlackAppDeps, what: string, build: (deps: SlackAppDeps) => ModalView) {
  return async ({ ack, body, client }: ButtonArgs): Promise<void> => {
    await ack();
    const user = body.user.id;
    try {
      if (!isCoordinator(deps, user)) {
        await publishHome(deps, client, user, NOT_A_COORDINATOR);
        return;
      }
      await client.views.open({ trigger_id: body.trigger_id, view: build(deps) });
    } catch (error) {
      logFailure(deps.logger, `Opening ${what}`, { user }, error);
      await quietly(deps.logger, 'settings apology', () => publishHome(deps, client, user, 'That form could not be opened. Please try again.'));
    }
  };
}

export const coordinatorsForm = (deps: SlackAppDeps) => openSettingsForm(deps, 'the co-ordinators form', (d) => coordinatorsModal(d.boards.coordinators()));
export const channelBoardForm = (deps: SlackAppDeps) =>
  openSettingsForm(deps, "the channel's board form", (d) => channelBoardModal(d.boards.all().map((b) => ({ id: b.id, title: d.boards.fullTitle(b) }))));
export const reminderForm = (deps: SlackAppDeps) => openSettingsForm(deps, 'the reminder form', () => reminderModal());

export function removeReminder(deps: SlackAppDeps) {
  return async ({ ack, body, action, client }: ButtonArgs): Promise<void> => {
    await ack();
    const user = body.user.id;
    try {
      if (!isCoordinator(deps, user)) {
        await publishHome(deps, client, user, NOT_A_COORDINATOR);
        return;
      }
      const removed = await deps.boards.workspace.updateState((state) => {
        const found = state.subscriptions.find((s) => s.id === action.value);
        state.subscriptions = state.subscriptions.filter((s) => s.id !== action.value);
        return found ?? null;
      });
      await publishHome(deps, client, user, removed ? `Removed: <#${removed.channel}> ${describeSubscription(removed)}.` : 'That reminder was already gone.');
    } catch (error) {
      logFailure(deps.logger, 'Removing a reminder', { user }, error);
      await quietly(deps.logger, 'settings apology', () => publishHome(deps, client, user, 'The reminder could not be removed. Please try again.'));
    }
  };
}

export function homeBoardChosen(deps: SlackAppDeps) {
  return async ({ ack, body, action, client }: SlackActionMiddlewareArgs<BlockAction<StaticSelectAction>> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const user = body.user.id;
    try {
      const board = deps.boards.byId(action.selected_option?.value);
      if (board) await deps.boards.workspace.updateState((state) => chooseHomeBoard(state, user, board.id));
      await publishHome(deps, client, user);
    } catch (error) {
      logFailure(deps.logger, 'Choosing the Home board', { user }, error);
    }
  };
}
