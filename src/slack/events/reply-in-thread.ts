// A mention or a direct message gets its answer in the thread of the question. Papers attached to it
// go to the record instead (co-ordinators only); the reply says what was found.
import type { webApi } from '@slack/bolt';
import { ingestSharedFiles, type SharedFile } from '../../sync/shared-files.ts';
import { answerBlocks, noticeBlocks } from '../blocks/answer-blocks.ts';
import { channelPlace, isCoordinator, type SlackAppDeps } from '../deps.ts';
import { APOLOGY, logFailure, quietly } from '../failures.ts';
import { answerScrutinyCommand, questionFromMessage } from '../scrutiny-command.ts';
import { servedCalendars } from '../../calendar/served-calendars.ts';

export interface IncomingQuestion {
  /** 'mention' or 'direct message', for the logs. */
  surface: string;
  channel: string;
  user: string;
  /** The person's workspace, for the co-ordinator check. */
  team: string | undefined;
  text: string;
  ts: string;
  threadTs?: string;
  files?: SharedFile[];
}

/** The workspace of the person behind an event: theirs in a shared channel, else the event's. */
export function actingTeam(event: object, body: object): string | undefined {
  const e = event as { user_team?: unknown; team?: unknown };
  const b = body as { team_id?: unknown };
  const team = e.user_team ?? e.team ?? b.team_id;
  return typeof team === 'string' ? team : undefined;
}

/** Where a paper shared in a channel goes: its board's council record, merged where that record is held. */
function paperPlace(deps: SlackAppDeps, channel: string) {
  const place = channelPlace(deps, channel);
  return { store: place.store, engine: place.engine, records: deps.boards.recordsOf(place.board.council) };
}

export async function replyInThread(
  deps: SlackAppDeps,
  client: webApi.WebClient,
  botToken: string | undefined,
  message: IncomingQuestion,
): Promise<void> {
  const thread = message.threadTs ?? message.ts;
  const isAdmin = isCoordinator(deps, { user: message.user, team: message.team });
  // Bolt has acked the event; let that response (and others queued) go out before the answer work.
  await new Promise(setImmediate);
  try {
    const answer =
      message.files && message.files.length > 0
        ? await ingestSharedFiles({
            files: message.files,
            user: message.user,
            isAdmin,
            botToken: botToken ?? deps.config.slack.botToken ?? '',
            slackApiUrl: deps.config.slack.apiUrl,
            ...paperPlace(deps, message.channel),
            clock: deps.clock,
            logger: deps.logger,
            reminders: deps.reminders,
            pipeline: deps.pipeline,
          })
        : await answerScrutinyCommand(questionFromMessage(message.text), {
            boards: deps.boards,
            clock: deps.clock,
            channel: message.channel,
            user: message.user,
            isAdmin,
            calendars: servedCalendars(deps),
          });
    await client.chat.postMessage({ channel: message.channel, thread_ts: thread, ...answerBlocks(answer, { requestButtons: isAdmin && message.surface === 'direct message', followButtons: true }) });
  } catch (error) {
    logFailure(deps.logger, `Answering a ${message.surface}`, { user: message.user, channel: message.channel, ts: message.ts, files: message.files?.length ?? 0 }, error);
    await quietly(deps.logger, `${message.surface} apology`, () =>
      client.chat.postMessage({ channel: message.channel, thread_ts: thread, ...noticeBlocks(APOLOGY) }),
    );
  }
}
