// The words after `/scrutiny` (or after a mention of the bot) to an Answer: help, reminder settings, or
// a question for the engine. Shared by Slack and the local console, so both behave alike.
import type { Answer } from '../answers/answer.ts';
import type { Clock } from '../clock.ts';
import { followCommand, isFollowCommand } from '../follows/follows.ts';
import { isMemberCommand, memberCommand } from '../members/member-links.ts';
import { boardCommand, boardCommandWords } from '../boards/board-command.ts';
import type { BoardDirectory } from '../boards/board-directory.ts';
import { boardEngine, placeOf } from '../boards/board-engine.ts';
import { calendarAnswer } from '../calendar/calendar-answer.ts';
import { channelCalendar, type ServedCalendars } from '../calendar/served-calendars.ts';
import { remindCommand } from '../reminders/remind-command.ts';
import { remindCommandWords } from '../reminders/remind-words.ts';
import { answerFrom, type Engine } from '../answers/engine.ts';

export interface CommandContext {
  boards: BoardDirectory;
  clock: Clock;
  /** Where it was asked: the channel's board answers. */
  channel: string;
  user: string;
  isAdmin: boolean;
  /** The boards' calendars, where the bot serves them (not in the local console). */
  calendars?: ServedCalendars;
}

/**
 * What a command's words come to: an answer made here (help, reminder settings, links, follows, boards,
 * calendars), or a question for the board's engine, which the caller asks (and may have rendered
 * where it is answered: see Engine.answerReply).
 */
export type CommandOutcome = { answer: Answer } | { question: string; engine: Engine };

export async function answerScrutinyCommand(text: string, ctx: CommandContext): Promise<Answer> {
  const outcome = await scrutinyCommandOutcome(text, ctx);
  return 'answer' in outcome ? outcome.answer : answerFrom(outcome.engine, outcome.question);
}

/**
 * The command's reply, as `render` makes it of an answer: a question for the engine is rendered where
 * it is answered when the engine can (Engine.answerReply), with `render` only where it was built here.
 */
export async function scrutinyCommandReply(text: string, ctx: CommandContext, render: (answer: Answer) => string): Promise<string> {
  const outcome = await scrutinyCommandOutcome(text, ctx);
  if ('answer' in outcome) return render(outcome.answer);
  const { engine, question } = outcome;
  if (engine.answerReply) return engine.answerReply(question, {}, { coordinator: ctx.isAdmin }, render);
  return render(await answerFrom(engine, question));
}

/**
 * Whether the command's words may change what the bot keeps (reminders, member links, follows, a snooze,
 * a channel's board): recognised apart, by each command's own words, before anything is done, so that
 * such a command can wait until its request is recorded as handled while a question (every other
 * command, help and the calendar's address included) is answered meanwhile. A question that starts with
 * a command's word ("link to the agenda") waits as a command would.
 */
export function mayChangeState(text: string): boolean {
  const words = text.trim();
  return remindCommandWords(words) !== null || isMemberCommand(words) || isFollowCommand(words) || boardCommandWords(words) !== null;
}

export async function scrutinyCommandOutcome(text: string, ctx: CommandContext): Promise<CommandOutcome> {
  const answered = (answer: Answer | Promise<Answer>) => Promise.resolve(answer).then((a) => ({ answer: a }));
  const words = text.trim();
  const board = ctx.boards.forChannel(ctx.channel);
  const engine = boardEngine(ctx.boards, board);
  if (words === '' || /^(help|\?|-h|--help)$/i.test(words)) return { question: 'help', engine };
  const remind = remindCommandWords(words);
  if (remind !== null) {
    await ctx.boards.recordsRead();
    return answered(remindCommand(remind, {
      store: ctx.boards.workspace,
      clock: ctx.clock,
      channel: ctx.channel,
      user: ctx.user,
      isAdmin: ctx.isAdmin,
      calendar: () => ctx.boards.meetingsOf(board),
      ...(ctx.boards.several ? { board: ctx.boards.fullTitle(board) } : {}),
    }));
  }
  const linked = await memberCommand(words, { state: ctx.boards.workspace, record: placeOf(ctx.boards, board).store, now: ctx.clock.now(), user: ctx.user, coordinator: ctx.isAdmin });
  if (linked) return { answer: linked };
  const followed = await followCommand(words, { state: ctx.boards.workspace, record: placeOf(ctx.boards, board).store, now: ctx.clock.now(), user: ctx.user });
  if (followed) return { answer: followed };
  const boardWords = boardCommandWords(words);
  if (boardWords !== null) return answered(boardCommand(boardWords, ctx));
  if (/^(?:calendar|ical|ics)(?:\s+(?:feed|link|address|url))?\??$/i.test(words)) {
    const site = ctx.calendars ?? null;
    return answered(calendarAnswer(site, site ? channelCalendar(site, ctx.channel) : null, words, ctx.clock.now()));
  }
  // In the seconds after a start, a question that needs the search index waits for it here (its ack has gone).
  await engine.ready?.(words);
  return { question: words, engine };
}

/**
 * Message text as Slack sends it, as the member typed it: leading mentions of the bot dropped,
 * links and channel references shown as their labels, and Slack's escapes undone.
 */
export function questionFromMessage(text: string): string {
  return text
    .replace(/^\s*(?:<@[A-Z0-9]+(?:\|[^>]*)?>[\s,:]*)+/, '')
    .replace(/<#[A-Z0-9]+\|([^<>]*)>/g, '#$1')
    .replace(/<(?:https?|mailto):[^|<>]*\|([^<>]*)>/g, '$1')
    .replace(/<((?:https?|mailto):[^<>]*)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim();
}
