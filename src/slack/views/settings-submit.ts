// Settings forms submitted from the App Home: co-ordinators, a channel's board, a reminder. Only a
// co-ordinator's submission changes anything (the buttons are theirs alone, but a forged one is
// refused too); the Home is then published again with what changed.
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { setCoordinators, tieChannel } from '../../boards/workspace-settings.ts';
import { describeSubscription } from '../../reminders/remind-command.ts';
import { setNewsPosts, upsertSubscription } from '../../reminders/subscriptions.ts';
import { isCoordinator, type SlackAppDeps } from '../deps.ts';
import { logFailure, quietly } from '../failures.ts';
import { publishHome } from '../publish-home.ts';
import { readChannelBoardForm, readCoordinatorsForm, readMemberLinkForm, readReminderForm, type FormValues, type FormResult } from './read-forms.ts';
import { linkByCoordinator } from '../../members/member-links.ts';
import { homePlace } from '../deps.ts';

type Args = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

export const NOT_A_COORDINATOR = 'Only the scrutiny co-ordinators can change these settings. Nothing was changed.';

/** One submission: read the form (problems go back beside its inputs), then change and say what changed. */
function submission<T>(
  deps: SlackAppDeps,
  what: string,
  read: (values: FormValues) => FormResult<T>,
  apply: (value: T, user: string) => Promise<string>,
) {
  return async ({ ack, body, view, client }: Args): Promise<void> => {
    const user = body.user.id;
    if (!isCoordinator(deps, { user, team: body.user.team_id ?? body.team?.id })) {
      await ack();
      deps.logger.info(`${what} refused: not a co-ordinator`, { user });
      await quietly(deps.logger, 'settings refusal', () => publishHome(deps, client, user, NOT_A_COORDINATOR));
      return;
    }
    const form = read(view.state.values as FormValues);
    if (!form.ok) {
      await ack({ response_action: 'errors', errors: form.errors });
      return;
    }
    await ack();
    try {
      const notice = await apply(form.value, user);
      deps.logger.info(`${what} changed`, { user });
      await publishHome(deps, client, user, notice);
    } catch (error) {
      logFailure(deps.logger, what, { user }, error);
      await quietly(deps.logger, 'settings apology', () => publishHome(deps, client, user, `${what} could not be saved; nothing was changed. Please try again.`));
    }
  };
}

export function coordinatorsSubmitted(deps: SlackAppDeps) {
  return submission(deps, 'The co-ordinators', readCoordinatorsForm, async (users) => {
    const saved = await deps.boards.workspace.updateState((state) => setCoordinators(state, users));
    return `Co-ordinators saved: ${saved.length} ${saved.length === 1 ? 'person' : 'people'}.`;
  });
}

export function channelBoardSubmitted(deps: SlackAppDeps) {
  return submission(
    deps,
    "A channel's board",
    (values) => readChannelBoardForm(values, deps.boards.all().map((b) => b.id)),
    async ({ channel, board }) => {
      await deps.boards.workspace.updateState((state) => tieChannel(state, channel, board));
      const tied = deps.boards.byId(board)!;
      return `That channel is now about ${deps.boards.fullTitle(tied)}.`;
    },
  );
}

export function reminderSubmitted(deps: SlackAppDeps) {
  return submission(deps, 'A reminder', readReminderForm, async (change, user) => {
    const sub = await deps.boards.workspace.updateState((state) => {
      const saved = upsertSubscription(state, change, user, deps.clock.now());
      setNewsPosts(state, change.channel, change.news);
      return { ...saved, newMinutes: change.news };
    });
    return `Reminder saved for that channel: ${describeSubscription(sub)} (UK time).`;
  });
}

export function memberLinkSubmitted(deps: SlackAppDeps) {
  return submission(deps, 'A member link', readMemberLinkForm, async ({ user, name }, by) => {
    const ctx = { state: deps.boards.workspace, record: homePlace(deps, by).store, now: deps.clock.now(), user: by, coordinator: true };
    const said = await linkByCoordinator(ctx, user, name);
    return [said.title, said.summary].filter(Boolean).join(' ');
  });
}
