// The App Home's settings buttons (co-ordinators only) and its board picker (everyone). A button
// opens its form (views.open with the click's trigger_id); Remove takes a reminder off at once.
import type { AllMiddlewareArgs, BlockAction, BlockButtonAction, SlackActionMiddlewareArgs, StaticSelectAction } from '@slack/bolt';
import { chooseHomeBoard } from '../../boards/workspace-settings.ts';
import { describeSubscription } from '../../reminders/remind-command.ts';
import { channelBoardModal, coordinatorsModal, memberLinkModal, reminderModal, type ModalView } from '../blocks/settings-blocks.ts';
import { isCoordinator, type SlackAppDeps } from '../deps.ts';
import { logFailure, quietly } from '../failures.ts';
import { publishHome } from '../publish-home.ts';
import { NOT_A_COORDINATOR } from '../views/settings-submit.ts';

type ButtonArgs = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/** A co-ordinator's settings button: anyone else gets the refusal on their Home, and a failure an apology there. */
function coordinatorButton(deps: SlackAppDeps, what: string, work: (args: ButtonArgs, user: string) => Promise<void>) {
  return async (args: ButtonArgs): Promise<void> => {
    await args.ack();
    const user = args.body.user.id;
    try {
      if (!isCoordinator(deps, { user, team: args.body.user.team_id ?? args.body.team?.id })) {
        await publishHome(deps, args.client, user, NOT_A_COORDINATOR);
        return;
      }
      await work(args, user);
    } catch (error) {
      logFailure(deps.logger, what, { user }, error);
      await quietly(deps.logger, 'settings apology', () => publishHome(deps, args.client, user, `${what} did not work; nothing was changed. Please try again.`));
    }
  };
}

/** A settings button that opens a form (views.open with the click's trigger_id). */
export function openSettingsForm(deps: SlackAppDeps, what: string, build: (deps: SlackAppDeps) => ModalView) {
  return coordinatorButton(deps, what, async ({ body, client }) => {
    await client.views.open({ trigger_id: body.trigger_id, view: build(deps) });
  });
}

export const coordinatorsForm = (deps: SlackAppDeps) => openSettingsForm(deps, 'Opening the co-ordinators form', (d) => coordinatorsModal(d.boards.coordinators()));
export const channelBoardForm = (deps: SlackAppDeps) =>
  openSettingsForm(deps, "Opening the channel's board form", (d) => channelBoardModal(d.boards.all().map((b) => ({ id: b.id, title: d.boards.fullTitle(b) }))));
export const reminderForm = (deps: SlackAppDeps) => openSettingsForm(deps, 'Opening the reminder form', () => reminderModal());
export const memberLinkForm = (deps: SlackAppDeps) => openSettingsForm(deps, 'Opening the member link form', () => memberLinkModal());

export function removeReminder(deps: SlackAppDeps) {
  return coordinatorButton(deps, 'Removing a reminder', async ({ action, client }, user) => {
    const removed = await deps.boards.workspace.updateState((state) => {
      const found = state.subscriptions.find((s) => s.id === action.value);
      state.subscriptions = state.subscriptions.filter((s) => s.id !== action.value);
      return found ?? null;
    });
    await publishHome(deps, client, user, removed ? `Removed the reminder: ${describeSubscription(removed)}.` : 'That reminder was already gone.');
  });
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
