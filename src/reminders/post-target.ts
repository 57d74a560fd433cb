// Where a reminder post goes, with every outcome told apart: posted, refused for good, the channel
// gone, or uncertain (the post may or may not have reached Slack).
//
// chat.postMessage has no idempotency key, and the WebClient's own retries re-send after a lost
// response. Reminders therefore post through a client with no automatic retry: a 429 is waited out
// here (Slack did not post it, so sending again is safe); a 5xx or a network failure is reported as
// uncertain, and the scheduler looks for the post's key in the channel before sending it again.
import type { Logger } from '@slack/bolt';
// The Web API client alone (Bolt's own): the console's reminders load no part of Bolt.
import * as webApi from '@slack/web-api';

/** What the post says: Block Kit blocks when Slack shows it, and the text every surface needs. */
export interface Post {
  text: string;
  blocks?: unknown[];
}

export type PostOutcome =
  | { outcome: 'sent'; ts: string | null }
  /** The bot cannot post in the channel at all (removed, archived, gone). */
  | { outcome: 'channel-gone'; error: string }
  /** Slack refused this post for good (nothing was posted). */
  | { outcome: 'refused'; error: string }
  /** The post may or may not have been made. */
  | { outcome: 'uncertain'; error: string };

/** Whether a channel already holds the post with this key: its ts, 'absent', or 'unknown' when it cannot be told. */
export type Presence = { ts: string } | 'absent' | 'unknown';

export interface PostTarget {
  readonly kind: 'slack' | 'console';
  post(channel: string, key: string, post: Post): Promise<PostOutcome>;
  /** Whether the channel holds the post with `key`, looking at what was posted from `since` on. */
  find(channel: string, key: string, since: Date): Promise<Presence>;
  /** A direct message to a person (a co-ordinator); failures are logged, never thrown. */
  tell(user: string, text: string): Promise<void>;
}

/** The metadata event type carried by every reminder post; its payload holds the occurrence key. */
export const REMINDER_EVENT_TYPE = 'scrutiny_reminder';

/** Errors after which nothing can be posted in the channel until someone acts. */
export const CHANNEL_GONE_ERRORS = new Set(['not_in_channel', 'channel_not_found', 'is_archived', 'restricted_action', 'access_denied']);

const MAX_RATE_LIMIT_WAITS = 5;
/** Slack allows about one message per second per channel. */
export const CHANNEL_SPACING_MS = 1_100;
/** Messages per page of channel history, Slack's largest. */
const HISTORY_PAGE = 200;
/** Pages read at most when looking for a post: a channel busier than this since the post cannot be told. */
const HISTORY_PAGES = 50;
/** Read history from a little before the due time: the bot's clock and Slack's may differ. */
const CLOCK_MARGIN_MS = 10 * 60_000;

export interface SlackTargetOptions {
  logger: Logger;
  sleep?: (ms: number) => Promise<void>;
  spacingMs?: number;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}

/** A client like the app's (same token and API URL) that never retries by itself. */
export function noRetryClient(client: webApi.WebClient, logger: Logger): webApi.WebClient {
  return new webApi.WebClient(client.token, {
    slackApiUrl: client.slackApiUrl,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    logger,
  });
}

export function slackTarget(appClient: webApi.WebClient, options: SlackTargetOptions): PostTarget {
  const client = noRetryClient(appClient, options.logger);
  const sleep = options.sleep ?? realSleep;
  const spacing = options.spacingMs ?? CHANNEL_SPACING_MS;
  const nextFreeAt = new Map<string, number>();

  const paced = async <T>(channel: string, call: () => Promise<T>): Promise<T> => {
    const wait = (nextFreeAt.get(channel) ?? 0) - Date.now();
    if (wait > 0) await sleep(wait);
    try {
      return await call();
    } finally {
      nextFreeAt.set(channel, Date.now() + spacing);
    }
  };

  return {
    kind: 'slack',
    async post(channel, key, post) {
      let blocks = post.blocks;
      for (let attempt = 0; ; attempt++) {
        try {
          const result = await paced(channel, () =>
            client.chat.postMessage({
              channel,
              text: post.text,
              ...(blocks ? { blocks: blocks as never } : {}),
              unfurl_links: false,
              unfurl_media: false,
              metadata: { event_type: REMINDER_EVENT_TYPE, event_payload: { key } },
            }),
          );
          return { outcome: 'sent', ts: result.ts ?? null };
        } catch (error) {
          const code = errorCode(error);
          if (code === webApi.ErrorCode.RateLimitedError && attempt < MAX_RATE_LIMIT_WAITS) {
            const seconds = (error as webApi.WebAPIRateLimitedError).retryAfter;
            options.logger.info(`Slack asked to wait ${seconds} s before posting in ${channel}`);
            await sleep(Math.max(1, seconds) * 1000);
            continue;
          }
          if (code === webApi.ErrorCode.PlatformError) {
            const slackError = (error as webApi.WebAPIPlatformError).data.error;
            // Slack posted nothing; the fallback text alone still carries the reminder.
            if ((slackError === 'invalid_blocks' || slackError === 'msg_blocks_too_long') && blocks) {
              options.logger.warn(`Slack refused the blocks of ${key}; posting its text only`);
              blocks = undefined;
              continue;
            }
            return CHANNEL_GONE_ERRORS.has(slackError)
              ? { outcome: 'channel-gone', error: slackError }
              : { outcome: 'refused', error: slackError };
          }
          if (code === webApi.ErrorCode.RateLimitedError) return { outcome: 'refused', error: 'ratelimited' };
          return { outcome: 'uncertain', error: error instanceof Error ? error.message : String(error) };
        }
      }
    },
    async find(channel, key, since) {
      // Everything posted since the post was due, newest first, page by page: a busy channel may hold
      // hundreds of messages since, and a post missed there would be posted twice.
      const oldest = ((since.getTime() - CLOCK_MARGIN_MS) / 1000).toFixed(6);
      let cursor: string | undefined;
      try {
        for (let page = 0; page < HISTORY_PAGES; page++) {
          const history = await client.conversations.history({ channel, oldest, limit: HISTORY_PAGE, include_all_metadata: true, ...(cursor ? { cursor } : {}) });
          for (const message of history.messages ?? []) {
            const metadata = message.metadata as { event_type?: string; event_payload?: { key?: unknown } } | undefined;
            if (metadata?.event_type === REMINDER_EVENT_TYPE && metadata.event_payload?.key === key && message.ts) {
              return { ts: message.ts };
            }
          }
          cursor = history.response_metadata?.next_cursor || undefined;
          if (!history.has_more || !cursor) return 'absent';
        }
        options.logger.warn(`${channel} holds more than ${HISTORY_PAGES * HISTORY_PAGE} messages since ${key} was due; it cannot be told whether it was posted`);
        return 'unknown';
      } catch (error) {
        const code = errorCode(error);
        // A channel Slack does not know, or the bot is not in, holds no post of ours it could have made.
        if (code === webApi.ErrorCode.PlatformError && CHANNEL_GONE_ERRORS.has((error as webApi.WebAPIPlatformError).data.error)) {
          return 'absent';
        }
        options.logger.warn(`Could not read ${channel}'s messages to check for ${key}:`, error instanceof Error ? error.message : error);
        return 'unknown';
      }
    },
    async tell(user, text) {
      try {
        await client.chat.postMessage({ channel: user, text });
      } catch (error) {
        options.logger.warn(`Could not send a direct message to ${user}:`, error instanceof Error ? error.message : error);
      }
    },
  };
}

/** The local console: posts print with their channel; nothing there can fail or be looked up. */
export function consoleTarget(print: (channel: string, text: string) => void): PostTarget {
  return {
    kind: 'console',
    async post(channel, _key, post) {
      print(channel, post.text);
      return { outcome: 'sent', ts: null };
    },
    async find() {
      return 'unknown';
    },
    async tell(user, text) {
      print(`@${user}`, text);
    },
  };
}
