// The words after `/scrutiny` (or after a mention of the bot) to an Answer: help, reminder settings, or
// a question for the engine. Shared by Slack and the local console, so both behave alike.
import type { Answer } from '../answers/answer.ts';
import type { Engine } from '../answers/engine.ts';
import type { Clock } from '../clock.ts';
import { calendarAnswer } from '../calendar/calendar-answer.ts';
import type { CalendarSite } from '../calendar/calendar-site.ts';
import { channelCalendar } from '../calendar/served-calendars.ts';
import { remindCommand } from '../reminders/remind-command.ts';
import type { Store } from '../store/store.ts';

export interface CommandContext {
  engine: Engine;
  store: Store;
  clock: Clock;
  channel: string;
  user: string;
  isAdmin: boolean;
  /** The boards' calendars, where the bot serves them (not in the local console). */
  calendars?: CalendarSite;
}

/** Answers to these do not make sense for the whole channel. */
export function isShareable(answer: Answer): boolean {
  return answer.kind !== 'help' && answer.kind !== 'reminders' && answer.kind !== 'notice' && answer.kind !== 'cannot';
}

export async function answerScrutinyCommand(text: string, ctx: CommandContext): Promise<Answer> {
  const words = text.trim();
  if (words === '' || /^(help|\?|-h|--help)$/i.test(words)) return ctx.engine.ask('help');
  const remind = /^remind(?:ers?)?(?:\s+([\s\S]*))?$/i.exec(words);
  if (remind) {
    return remindCommand(remind[1] ?? '', {
      store: ctx.store,
      clock: ctx.clock,
      channel: ctx.channel,
      user: ctx.user,
      isAdmin: ctx.isAdmin,
    });
  }
  if (/^(?:calendar|ical|ics)(?:\s+(?:feed|link|address|url))?\??$/i.test(words)) {
    const site = ctx.calendars ?? null;
    return calendarAnswer(site, site ? channelCalendar(site, ctx.channel) : null, words, ctx.clock.now());
  }
  // In the seconds after a start, a question that needs the search index waits for it here (its ack has gone).
  await ctx.engine.ready?.(words);
  return ctx.engine.ask(words);
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
