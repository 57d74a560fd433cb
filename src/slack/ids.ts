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
  /** Confirm a later paper as a request's answer, closing the request (co-ordinators only). */
  confirmEvidence: 'confirm_evidence',
  /** Put a proposed answer aside: it is not the answer (co-ordinators only). */
  dismissEvidence: 'dismiss_evidence',
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
  /** The confirm / dismiss buttons under a request entry: `evidence_<n>`, numbered within one message. */
  evidencePrefix: 'evidence_',
} as const;

/** Home tab views carry this callback id so actions know where they came from. */
export const HOME_CALLBACK_ID = 'scrutiny_home';
