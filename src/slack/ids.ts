// Every Slack identifier the app sends and listens for, in one place (snake_case, as Slack shows them).

/** The slash command as registered in manifest.yml. */
export const SLASH_COMMAND = '/scrutiny';

export const ActionIds = {
  /** Post an ephemeral answer for everyone in the channel. */
  shareAnswer: 'share_answer',
  /** Post the next page of a long answer. */
  showMore: 'show_more',
  /** Mark an open request done (co-ordinators only). */
  markRequestDone: 'mark_request_done',
  /** Reopen a request marked done (co-ordinators only). */
  reopenRequest: 'reopen_request',
  /** The board a member's Home shows (when the workspace serves several). */
  homeBoard: 'home_board',
  /** Settings on the Home (co-ordinators only): each opens a form, or removes a reminder. */
  editCoordinators: 'edit_coordinators',
  tieChannel: 'tie_channel',
  addReminder: 'add_reminder',
  removeReminder: 'remove_reminder',
  /** Link a Slack user to a member of the board (co-ordinators only): opens its form. */
  linkMember: 'link_member',
  /** Confirm a later paper as a request's answer, closing the request (co-ordinators only). */
  confirmEvidence: 'confirm_evidence',
  /** Put a proposed answer aside: it is not the answer (co-ordinators only). */
  dismissEvidence: 'dismiss_evidence',
  /** Follow the topic of an answer, a request or an agenda item (for the member who clicks). */
  follow: 'follow',
} as const;

/** Settings forms (modals), by callback id; their inputs are read back by block id, each with action id `value`. */
export const ViewIds = {
  coordinators: 'settings_coordinators',
  channelBoard: 'settings_channel_board',
  reminder: 'settings_reminder',
  memberLink: 'settings_member_link',
} as const;

export const InputIds = {
  coordinators: 'coordinators',
  channel: 'channel',
  board: 'board',
  kind: 'kind',
  daysBefore: 'days_before',
  day: 'day',
  time: 'time',
  news: 'news',
  member: 'member',
  memberName: 'member_name',
  /** Every input's action id. */
  value: 'value',
} as const;

export const BlockIds = {
  answerTitle: 'answer_title',
  answerActions: 'answer_actions',
  /** A request entry: `request_<n>`, numbered within one message. */
  requestPrefix: 'request_',
  homeNotice: 'home_notice',
  homeNextMeeting: 'home_next_meeting',
  homeRequests: 'home_requests',
  homeResolutions: 'home_resolutions',
  homeSubscriptions: 'home_subscriptions',
  homeFollowing: 'home_following',
  homeMe: 'home_me',
  homeRaised: 'home_raised',
  homeBoard: 'home_board',
  settingsCoordinators: 'settings_coordinators',
  settingsChannels: 'settings_channels',
  settingsReminders: 'settings_reminders',
  settingsMembers: 'settings_members',
  /** A reminder's row: `settings_reminder_<n>`. */
  settingsReminderPrefix: 'settings_reminder_',
  settingsActions: 'settings_actions',
  /** The confirm / dismiss buttons under a request entry: `evidence_<n>`, numbered within one message. */
  evidencePrefix: 'evidence_',
} as const;

/** Home tab views carry this callback id so actions know where they came from. */
export const HOME_CALLBACK_ID = 'scrutiny_home';
