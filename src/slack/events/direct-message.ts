// A direct message to the bot: answered in its thread. Bot messages, edits, deletions and other
// subtypes are not questions; a message with files (subtype file_share) is a paper for the record.
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { SharedFile } from '../../sync/shared-files.ts';
import type { SlackAppDeps } from '../deps.ts';
import { actingTeam, replyInThread } from './reply-in-thread.ts';

interface DirectMessage {
  channel: string;
  channel_type?: string;
  subtype?: string;
  user?: string;
  bot_id?: string;
  text?: string;
  ts: string;
  thread_ts?: string;
  files?: SharedFile[];
}

export function directMessage(deps: SlackAppDeps) {
  return async ({ event, body, client, context }: SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs): Promise<void> => {
    const message = event as unknown as DirectMessage;
    if (message.channel_type !== 'im') return;
    if (message.bot_id || !message.user) return;
    if (message.subtype !== undefined && message.subtype !== 'file_share') return;
    await replyInThread(deps, client, context.botToken, {
      surface: 'direct message',
      channel: message.channel,
      user: message.user,
      team: actingTeam(event, body),
      text: message.text ?? '',
      ts: message.ts,
      threadTs: message.thread_ts,
      files: message.files,
    });
  };
}
