// One way to fail inside a listener: a structured log line with context, and a short apology for the
// member (no stack trace reaches Slack).
import type { Logger } from '@slack/bolt';

export const APOLOGY = 'Sorry, something went wrong while answering that. Please try again; if it keeps happening, tell a scrutiny co-ordinator.';

/** What Slack said, when the failure is a Web API error (`not_in_channel`, `is_archived`, ...). */
export function slackErrorCode(error: unknown): string | null {
  const data = (error as { data?: { error?: unknown } } | null)?.data;
  return typeof data?.error === 'string' ? data.error : null;
}

export function logFailure(logger: Logger, what: string, context: Record<string, unknown>, error: unknown): void {
  const code = slackErrorCode(error);
  logger.error(`${what} failed`, { ...context, ...(code ? { slackError: code } : {}) }, error);
}

/** Run a fallback (usually the apology) without letting its own failure escape the listener. */
export async function quietly(logger: Logger, what: string, work: () => Promise<unknown>): Promise<void> {
  try {
    await work();
  } catch (error) {
    logFailure(logger, what, {}, error);
  }
}
