// `/scrutiny remind ...`: a channel's reminder subscriptions, as an Answer.
// Only co-ordinators change them; anyone may list them. Words that cannot be read change nothing.
import type { Clock } from '../clock.ts';
import type { Store } from '../store/store.ts';
import type { Answer, AnswerEntry } from '../answers/answer.ts';
import type { Meeting, Subscription } from '../model.ts';
import { formatDate } from '../london.ts';
import { boardCalendar } from '../answers/record-view.ts';
import { isPlannedOnly, nextOccurrence } from './plan.ts';
import { REMIND_HINT, REMIND_USAGE, WEEKDAY_NAMES, parseRemindWords, type RemindAction } from './remind-words.ts';
import {
  channelSubscriptions,
  describeSubscription,
  formatInstant,
  removeSubscriptions,
  setNewsPosts,
  upsertSubscription,
} from './subscriptions.ts';

export { describeSubscription, describeSubscriptions } from './subscriptions.ts';

export interface RemindContext {
  /** Where the channel's subscriptions are kept (the workspace's store). */
  store: Store;
  clock: Clock;
  channel: string;
  user: string;
  /** Scrutiny co-ordinators may change subscriptions; anyone may list them. */
  isAdmin: boolean;
  /** The meetings of the channel's board, for "Next:"; default: every meeting of `store`'s record. */
  calendar?: () => readonly Meeting[];
  /** The channel's board, when the workspace serves several: the reminders are about it. */
  board?: string;
}

function calendarOf(ctx: RemindContext): readonly Meeting[] {
  return ctx.calendar ? ctx.calendar() : boardCalendar(ctx.store.record());
}

function entryFor(sub: Subscription, calendar: readonly Meeting[], now: Date): AnswerEntry {
  const detail: string[] = [];
  if (sub.paused) {
    detail.push(`Paused since ${formatInstant(new Date(sub.paused.at))}: ${sub.paused.reason}. Set it again to resume.`);
  } else {
    const next = nextOccurrence(calendar, sub, now);
    if (next) {
      const about = next.meeting?.date ? ` (meeting of ${formatDate(next.meeting.date)}${isPlannedOnly(next.meeting) ? ', planned' : ''})` : '';
      detail.push(`Next: ${formatInstant(next.dueAt)}${about}`);
    } else if (sub.kind === 'agenda') {
      detail.push('Next: when a future meeting is known');
    }
  }
  return { text: describeSubscription({ ...sub, paused: null }), detail };
}

function listSection(ctx: RemindContext, now: Date) {
  const subs = channelSubscriptions(ctx.store.state(), ctx.channel).sort((a, b) => a.kind.localeCompare(b.kind));
  const calendar = subs.length > 0 ? calendarOf(ctx) : [];
  return {
    heading: ctx.board ? `Reminders in this channel, about ${ctx.board}` : 'Reminders in this channel',
    entries: subs.map((s) => entryFor(s, calendar, now)),
    empty: 'None yet. A co-ordinator can set them with `/scrutiny remind agenda` or `/scrutiny remind requests`.',
  };
}

function answer(question: string, title: string, ctx: RemindContext, now: Date, extra: Partial<Answer> = {}): Answer {
  return {
    kind: 'reminders',
    question,
    title,
    sections: [listSection(ctx, now)],
    asOf: now.toISOString(),
    ...extra,
  };
}

/** "This channel gets 2 reminders": the list's title, so its heading is not said twice. */
function listTitle(ctx: RemindContext): string {
  const n = channelSubscriptions(ctx.store.state(), ctx.channel).length;
  return n === 0 ? 'This channel gets no reminders yet.' : `This channel gets ${n === 1 ? 'one reminder' : `${n} reminders`}.`;
}

/** `changed`: how many subscriptions an "off" or "news" change touched. */
function changeTitle(action: Exclude<RemindAction, { action: 'list' } | { action: 'help' }>, changed: number): string {
  switch (action.action) {
    case 'agenda':
      return `This channel will get each meeting's agenda ${action.daysBefore} day${action.daysBefore === 1 ? '' : 's'} before, at ${action.at} (UK time).`;
    case 'requests':
      return action.cadence.every === 'month'
        ? `This channel will get the open requests on the 1st of each month, at ${action.at} (UK time).`
        : `This channel will get the open requests every ${WEEKDAY_NAMES[action.cadence.day]}, at ${action.at} (UK time).`;
    case 'news':
      if (changed === 0) return 'This channel has no reminders yet: set one first, then news posts come with it.';
      return action.on
        ? 'This channel will get a short post when new minutes or an agenda arrive.'
        : 'This channel will no longer get posts about new minutes or agendas.';
    case 'off':
      if (changed === 0) return 'This channel had no such reminders: nothing changed.';
      return action.what === 'all'
        ? 'Reminders in this channel are off.'
        : `${action.what === 'agenda' ? 'Agenda reminders' : 'Requests digests'} in this channel are off.`;
  }
}

/** `/scrutiny remind ...` with the words after "remind". */
export async function remindCommand(words: string, ctx: RemindContext): Promise<Answer> {
  const question = `remind ${words.trim()}`.trim();
  const now = ctx.clock.now();
  const parsed = parseRemindWords(words);
  if (!parsed.ok) {
    return answer(question, `Nothing changed: ${parsed.problem}`, ctx, now, { notes: REMIND_USAGE });
  }
  const action = parsed.value;
  if (action.action === 'help') return answer(question, 'Reminders: what a co-ordinator can set', ctx, now, { notes: REMIND_USAGE });
  if (action.action === 'list') return answer(question, listTitle(ctx), ctx, now, { notes: [REMIND_HINT] });
  if (!ctx.isAdmin) {
    return answer(question, 'Only the scrutiny co-ordinators can change reminders; anyone can list them.', ctx, now);
  }
  const changed = await ctx.store.updateState((state) => {
    if (action.action === 'off') return removeSubscriptions(state, ctx.channel, action.what).length;
    if (action.action === 'news') return setNewsPosts(state, ctx.channel, action.on);
    upsertSubscription(
      state,
      action.action === 'agenda'
        ? { channel: ctx.channel, kind: 'agenda', at: action.at, daysBefore: action.daysBefore, cadence: null }
        : { channel: ctx.channel, kind: 'requests', at: action.at, daysBefore: null, cadence: action.cadence },
      ctx.user,
      now,
    );
    return 0;
  });
  return answer(question, changeTitle(action, changed), ctx, now);
}
