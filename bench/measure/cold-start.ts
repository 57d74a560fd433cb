// Cold start as a council engineer meets it: `npm start` in a new process group,
// configured for Slack over HTTP, timed from the spawn until the answer to a
// member's first `/scrutiny` question reaches Slack's response_url. The
// question is sent as soon as the port accepts connections; the answer comes
// when the bot has what it needs (for a search, the index).
import path from 'node:path';
import { STILL_LOADING_NOTE } from '../../src/answers/meetings/agenda-look-back.ts';
import type { FakeSlack } from '../../test/support/fake-slack.ts';
import { startBotOnFreePort } from './bot.ts';
import { SlackClient } from './slack-client.ts';

export interface ColdStartRun {
  question: string;
  /** Spawn until the HTTP port accepted a connection (npm, Node, modules, store, Bolt). */
  portMs: number | null;
  /** Spawn until the answer reached response_url. */
  answerMs: number | null;
  /** The first words of the answer, to show it was a real one. */
  answered: string | null;
  /**
   * The answer said the look-back beside its agenda (open requests and earlier resolutions on its topics)
   * was still loading: the member got the meeting, not yet the whole answer a later ask gives.
   */
  lookBackLoading: boolean | null;
  error: string | null;
}

export interface ColdStartOptions {
  db: string;
  now: string;
  slack: FakeSlack;
  logDir: string;
  timeoutMs: number;
}

export async function coldStart(question: string, options: ColdStartOptions, run: number): Promise<ColdStartRun> {
  const result: ColdStartRun = { question, portMs: null, answerMs: null, answered: null, lookBackLoading: null, error: null };
  let started;
  try {
    started = await startBotOnFreePort({ db: options.db, slackApiUrl: options.slack.apiUrl, now: options.now, logFile: path.join(options.logDir, `cold-start-${run}.log`) }, options.timeoutMs);
  } catch (error) {
    result.error = error instanceof Error ? error.message : String(error);
    return result;
  }
  const { bot, port } = started;
  const client = new SlackClient(options.slack, port);
  try {
    result.portMs = performance.now() - bot.spawnedAt;
    const asked = await client.ask(question, { timeoutMs: Math.max(1000, options.timeoutMs - result.portMs) });
    result.answerMs = performance.now() - bot.spawnedAt;
    result.answered = String(asked.call.body.text ?? '').slice(0, 120);
    result.lookBackLoading = saysLookBackLoading(asked.call.body);
  } catch (error) {
    result.error = error instanceof Error ? error.message : String(error);
  } finally {
    client.close();
    await bot.stop();
  }
  return result;
}

/** Whether a message (its text and blocks) says the agenda's look-back is still loading. */
export function saysLookBackLoading(message: unknown): boolean {
  return JSON.stringify(message ?? null).includes(STILL_LOADING_NOTE);
}
