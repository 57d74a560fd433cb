// Interaction payloads the App Home's settings produce, as Slack sends them: a select on the Home,
// and a form (modal) submitted with its inputs' state.
import { FAKE_TEAM_ID } from '../../support/fake-slack.ts';

let counter = 0;

function user(id: string) {
  return { id, username: id.toLowerCase(), name: id.toLowerCase(), team_id: FAKE_TEAM_ID };
}

/** A static_select chosen on the Home tab. */
export function homeSelect(args: { user: string; actionId: string; value: string }): Record<string, unknown> {
  return {
    type: 'block_actions',
    team: { id: FAKE_TEAM_ID, domain: 'council' },
    user: user(args.user),
    api_app_id: 'A0SCRUTINY',
    token: 'legacy-verification-token',
    trigger_id: `trigger-select-${++counter}`,
    container: { type: 'view', view_id: 'VHOME1' },
    view: { id: 'VHOME1', type: 'home' },
    actions: [
      {
        type: 'static_select',
        action_id: args.actionId,
        block_id: 'home_board',
        selected_option: { text: { type: 'plain_text', text: args.value }, value: args.value },
        action_ts: `${Math.floor(Date.now() / 1000)}.000200`,
      },
    ],
  };
}

/** A form submitted: `values` is view.state.values (block id -> action id -> state). */
export function viewSubmission(args: { user: string; callbackId: string; values: Record<string, Record<string, unknown>> }): Record<string, unknown> {
  return {
    type: 'view_submission',
    team: { id: FAKE_TEAM_ID, domain: 'council' },
    user: user(args.user),
    api_app_id: 'A0SCRUTINY',
    token: 'legacy-verification-token',
    trigger_id: `trigger-view-${++counter}`,
    view: {
      id: `VMODAL${counter}`,
      team_id: FAKE_TEAM_ID,
      type: 'modal',
      callback_id: args.callbackId,
      private_metadata: '',
      hash: `hash-${counter}`,
      title: { type: 'plain_text', text: 'Settings' },
      blocks: [],
      state: { values: args.values },
      app_id: 'A0SCRUTINY',
      bot_id: 'B0BOT',
    },
    response_urls: [],
  };
}
