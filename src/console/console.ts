// The local console: the bot in a terminal, for trying it without Slack. Reads lines such as
// `/scrutiny next meeting`, `@scrutiny what was resolved on private fostering?` or a bare question,
// and prints the answers as text. Reminder posts print here too, with their channel.
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Logger } from '@slack/bolt';
import type { Clock } from '../clock.ts';
import { boardsOf, type BoardsInput } from '../boards/single-board.ts';
import { formatDateTime, londonDate, londonTime } from '../london.ts';
import { answerScrutinyCommand } from '../slack/scrutiny-command.ts';
import { renderText } from '../answers/render-text.ts';
import { changeRequest, withRequestIds } from './requests.ts';

export type ConsoleDeps = BoardsInput & {
  clock: Clock;
  logger: Logger;
  input: Readable;
  output: Writable;
};

export interface RunningConsole {
  /** Resolves when the input ends. */
  closed: Promise<void>;
  /** Print a line as a post in a channel (reminders in the console). */
  print(channel: string, text: string): void;
  stop(): Promise<void>;
}

/** The channel and user the console speaks as; the person at the terminal runs the bot, so may change things. */
export const CONSOLE_CHANNEL = 'console';
export const CONSOLE_USER = 'console';

export function consoleBanner(now: Date): string {
  return [
    'scrutiny-bot: local console (no Slack tokens are set, so nothing is sent to Slack).',
    `Clock: ${formatDateTime(londonDate(now), londonTime(now))} (UK time; SCRUTINY_NOW=2017-07-10 sets another date).`,
    '',
    'Ask as you would in Slack, one line at a time, for example:',
    '  /scrutiny next meeting',
    '  @scrutiny what was resolved on private fostering?',
    '  outstanding requests',
    '  /scrutiny remind agenda 7 days before at 09:00',
    '  request done q-Ab12Cd34Ef56Gh78   (request lines show their ids; "request reopen ID" undoes it)',
    '',
    'To connect to Slack, set SLACK_BOT_TOKEN with SLACK_APP_TOKEN (Socket Mode) or with',
    'SLACK_SIGNING_SECRET (HTTP): see "Running it in Slack" in README.md.',
    'End the input (Ctrl-D) to quit.',
    '',
  ].join('\n');
}

/** `request done ID` / `request reopen ID`: the person at the terminal runs the bot, so may change requests. */
const REQUEST_CHANGE = /^request\s+(done|reopen)\s+(\S+)$/i;

/** The words of a console line as Slack would pass them on: without `/scrutiny` or `@scrutiny`. */
export function consoleQuestion(line: string): string {
  return line
    .trim()
    .replace(/^\/scrutiny\b/i, '')
    .replace(/^@scrutiny\b[\s,:]*/i, '')
    .trim();
}

/** A post in a channel: every line prefixed with the channel, so it stands apart from answers. */
export function channelPost(channel: string, text: string): string {
  const prefix = `[#${channel.replace(/^#/, '')}] `;
  return text
    .split('\n')
    .map((line) => `${prefix}${line}`.trimEnd())
    .join('\n');
}

export function startConsole(deps: ConsoleDeps): RunningConsole {
  const { output, logger } = deps;
  const boards = boardsOf(deps);
  // Output that fails (its reader went away: `npm start | head -3`) ends the console as the end of
  // its input does; nothing more is written to it.
  let outputGone = false;
  const write = (text: string) => {
    if (!outputGone) output.write(text.endsWith('\n') ? text : `${text}\n`);
  };
  const interactive = (deps.input as { isTTY?: boolean }).isTTY === true;
  const lines = createInterface({ input: deps.input, terminal: interactive, ...(interactive ? { output } : {}) });
  output.on('error', (error: Error) => {
    if (outputGone) return;
    outputGone = true;
    logger.warn(`The console's output failed (${error.message}); ending the console.`);
    lines.close();
  });
  if (interactive) lines.setPrompt('scrutiny> ');

  write(`${consoleBanner(deps.clock.now())}\n`);
  if (interactive) lines.prompt();

  // Answers print in the order the lines came, even when one takes longer.
  let queue: Promise<void> = Promise.resolve();
  const answerLine = async (line: string): Promise<void> => {
    if (line.trim() === '') return;
    if (/^(exit|quit)$/i.test(line.trim())) {
      lines.close();
      return;
    }
    try {
      const change = REQUEST_CHANGE.exec(consoleQuestion(line));
      if (change) {
        const status = change[1]!.toLowerCase() === 'done' ? 'done' : 'open';
        write(`${(await changeRequest(boards.forChannel(CONSOLE_CHANNEL).council.store, change[2]!, status, CONSOLE_USER, deps.clock.now())).message}\n`);
        return;
      }
      const answer = await answerScrutinyCommand(consoleQuestion(line), {
        boards,
        clock: deps.clock,
        channel: CONSOLE_CHANNEL,
        user: CONSOLE_USER,
        isAdmin: true,
      });
      write(`${renderText(withRequestIds(answer))}\n`);
    } catch (error) {
      logger.error('Console question failed', { chars: line.length }, error);
      write('Sorry, something went wrong while answering that (details are in the log). Try another question.\n');
    }
  };

  lines.on('line', (line) => {
    queue = queue.then(() => answerLine(line)).then(() => {
      if (interactive) lines.prompt();
    });
  });

  const closed = new Promise<void>((resolve) => {
    lines.once('close', () => {
      void queue.then(resolve);
    });
  });

  return {
    closed,
    print(channel, text) {
      write(`${channelPost(channel, text)}\n`);
    },
    async stop() {
      lines.close();
      await closed;
    },
  };
}
