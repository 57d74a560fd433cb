// @scrutiny in a channel: answered in the thread of the mention.
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { SharedFile } from '../../sync/shared-files.ts';
import type { SlackAppDeps } from '../deps.ts';
import { actingTeam, replyInThread } from './reply-in-thread.ts';

export function appMention(deps: SlackAppDeps) {
  return async ({ event, body, client, context }: SlackEventMiddlewareArgs<'app_mention'> & AllMiddlewareArgs): Promise<void> => {
    if (!event.user || event.bot_id) return;
    const files = (event as { files?: SharedFile[] }).files;
    await replyInThread(deps, client, context.botToken, {
      surface: 'mention',
      channel: event.channel,
      user: event.user,
      team: actingTeam(event, body),
      text: event.text,
      ts: event.ts,
      threadTs: event.thread_ts,
      files,
    });
  };
}
