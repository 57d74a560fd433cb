// What members follow (topics, requests) and their snooze, kept in the store's
// small state with the same lock and atomic write as request statuses, and the
// `/scrutiny follow | following | unfollow | snooze` words as Answers.
import type { Answer, AnswerEntry } from '../answers/answer.ts';
import { answer, section } from '../answers/answer-parts.ts';
import { subjectStems } from '../answers/subjects/subject-words.ts';
import { searchTerms } from '../search/search-options.ts';
import { addCalendarDays, formatDate, londonDate } from '../london.ts';
import type { Follow } from '../model.ts';
import type { Store } from '../store/store.ts';

export interface FollowContext {
  /** Where follows and snoozes are kept (the workspace's state). */
  state: Store;
  /** The record of the board asked from (its requests). */
  record: Store;
  now: Date;
  user: string;
}

/** A member follows at most this many things: enough for a portfolio, not a way to fill the store. */
export const MAX_FOLLOWS = 30;
export const MAX_TOPIC_CHARS = 80;
const MAX_SNOOZE_DAYS = 90;

export const FOLLOW_USAGE =
  'Follow a topic: `/scrutiny follow SEND` · a request: `/scrutiny follow request <id>` (or press Follow beside a request or an agenda item in an answer) · list: `/scrutiny following` · stop: `/scrutiny unfollow SEND` (or `unfollow all`) · pause messages: `/scrutiny snooze 2 weeks` (`snooze off` to resume).';

/** The words a topic is matched by: its subject words, or all its words when it has none. */
export function topicWords(topic: string): Set<string> {
  const subject = subjectStems(topic);
  return subject.size > 0 ? subject : new Set(searchTerms(topic));
}

/** Answers whose topic a member may follow from the answer itself (not help, settings or notices). */
const TOPIC_ANSWERS = new Set<Answer['kind']>(['resolutions', 'requests', 'work-programme', 'history', 'search', 'meeting']);

/** The topic an answer is about, when a member could follow it as asked; else null. */
export function followableTopic(answer: Answer): string | null {
  const topic = answer.reading?.topic?.replace(/\s+/g, ' ').trim();
  if (!topic || !TOPIC_ANSWERS.has(answer.kind)) return null;
  return topic.length <= MAX_TOPIC_CHARS && topicWords(topic).size > 0 ? topic : null;
}

export function followsOf(store: Store, user: string): Follow[] {
  return (store.state().follows ?? []).filter((f) => f.user === user);
}

/** Until when a member's direct messages are snoozed (ISO instant), or null. */
export function snoozedUntil(store: Store, user: string, now: Date): string | null {
  const until = store.state().snoozed?.[user];
  return until && until > now.toISOString() ? until : null;
}

/** A followed item's line: its title (exempt marked) and the date of the meeting it was on. */
function itemLine(record: Store, f: Follow): string {
  const item = record.item(f.target);
  const title = item ? `${item.title}${item.private ? ' (exempt)' : ''}` : (f.title ?? f.target);
  const meeting = record.meeting(item?.meetingId ?? f.meetingId ?? '');
  return meeting?.date ? `${title}, ${formatDate(meeting.date)}` : title;
}

/** What a member follows, one line each (a request by its words), and until when they snoozed: for Home. */
export function followingSummary(store: Store, record: Store, user: string, now: Date): { lines: string[]; snoozedUntil: string | null } {
  return { lines: followingLines(record, followsOf(store, user)), snoozedUntil: snoozeShown(store, user, now) };
}

/** The lines of what a member follows, as the record names it (a request by its words). */
export function followingLines(record: Store, follows: readonly Follow[]): string[] {
  return follows.map((f) => {
    if (f.kind === 'topic') return f.target;
    if (f.kind === 'item') return `Item: ${itemLine(record, f)}`;
    const text = record.request(f.target)?.text.replace(/\s+/g, ' ') ?? f.target;
    return `Request: ${text.length > 120 ? `${text.slice(0, 119)}…` : text}`;
  });
}

/** Until when a member's messages are snoozed, as a London date; null when they are not. */
export function snoozeShown(store: Store, user: string, now: Date): string | null {
  const until = snoozedUntil(store, user, now);
  return until ? londonDate(new Date(until)) : null;
}

function sameTarget(a: Follow, kind: Follow['kind'], target: string): boolean {
  if (a.kind !== kind) return false;
  return kind === 'topic' ? a.target.toLowerCase() === target.toLowerCase() : a.target === target;
}

function notice(question: string, now: Date, title: string, summary: string, entries: AnswerEntry[] = []): Answer {
  return answer('following', question, now, { title, summary, sections: entries.length ? [section('You follow', entries)] : [] });
}

function followEntry(record: Store, f: Follow): AnswerEntry {
  if (f.kind === 'item') return { text: itemLine(record, f), detail: ['Agenda item'] };
  if (f.kind === 'request') {
    const request = record.request(f.target);
    return { text: request ? request.text : `Request ${f.target}`, quote: !!request, detail: [`Request ${f.target}`] };
  }
  return { text: f.target };
}

function listing(ctx: FollowContext, question: string): Answer {
  const follows = followsOf(ctx.state, ctx.user);
  const until = snoozedUntil(ctx.state, ctx.user, ctx.now);
  const snooze = until ? ` Messages are snoozed until ${formatDate(londonDate(new Date(until)))}.` : '';
  if (follows.length === 0) return notice(question, ctx.now, 'You follow nothing yet.', `${FOLLOW_USAGE}${snooze}`);
  return notice(
    question,
    ctx.now,
    `You follow ${follows.length} thing${follows.length === 1 ? '' : 's'}.`,
    `You get a direct message when one appears on a new agenda or in new minutes, or a request you follow is answered.${snooze}`,
    follows.map((f) => followEntry(ctx.record, f)),
  );
}

/** What a follow is of, read from the words after `follow`: `request <id>`, `item <id>`, or a topic. */
function followTarget(words: string): { kind: Follow['kind']; target: string } {
  const m = /^(request|item)\s+(\S+)$/i.exec(words);
  if (m) return { kind: m[1]!.toLowerCase() as Follow['kind'], target: m[2]! };
  return { kind: 'topic', target: words.replace(/\s+/g, ' ').trim() };
}

/**
 * Follow a topic, a request or an agenda item, as `/scrutiny follow` and the Follow buttons do:
 * the answer says what was done (or why not) in words the member can act on.
 */
export async function startFollowing(ctx: FollowContext, kind: Follow['kind'], target: string, question = `follow ${target}`): Promise<Answer> {
  if (!target) return notice(question, ctx.now, 'What would you like to follow?', FOLLOW_USAGE);
  if (kind === 'request' && !ctx.record.request(target)) return notice(question, ctx.now, `There is no request ${target}.`, 'Each request in an answer shows its id; ask "outstanding requests".');
  const item = kind === 'item' ? ctx.record.item(target) : undefined;
  if (kind === 'item' && !item) return notice(question, ctx.now, 'That agenda item is no longer in the record.', 'Ask `/scrutiny next meeting` for the items ahead.');
  if (kind === 'topic' && (target.length > MAX_TOPIC_CHARS || topicWords(target).size === 0)) {
    return notice(question, ctx.now, 'That topic cannot be followed.', `A topic is a few words (at most ${MAX_TOPIC_CHARS} characters), such as "SEND" or "private fostering".`);
  }
  const outcome = await ctx.state.updateState((state) => {
    const follows = state.follows ?? [];
    if (follows.some((f) => f.user === ctx.user && sameTarget(f, kind, target))) return 'already';
    if (follows.filter((f) => f.user === ctx.user).length >= MAX_FOLLOWS) return 'full';
    const about = item ? { meetingId: item.meetingId, title: item.title } : {};
    state.follows = [...follows, { user: ctx.user, kind, target, at: ctx.now.toISOString(), ...about }];
    return 'added';
  });
  const what = kind === 'request' ? `request ${target}` : item ? `"${item.title}"${item.private ? ' (exempt)' : ''}` : `"${target}"`;
  if (outcome === 'full') return notice(question, ctx.now, `You already follow ${MAX_FOLLOWS} things.`, 'Unfollow one first: `/scrutiny following` lists them.');
  if (outcome === 'already') return notice(question, ctx.now, `You already follow ${what}.`, FOLLOW_USAGE);
  const when =
    kind === 'request'
      ? 'when it is answered'
      : kind === 'item'
        ? 'when it is in the minutes, with what was resolved and any request made on it'
        : 'when it appears on a new agenda or in new minutes';
  return notice(question, ctx.now, `You now follow ${what}.`, `You will get a direct message ${when}.`);
}

function follow(ctx: FollowContext, words: string, question: string): Promise<Answer> {
  const { kind, target } = followTarget(words);
  return startFollowing(ctx, kind, target, question);
}

async function unfollow(ctx: FollowContext, words: string, question: string): Promise<Answer> {
  const target = words.replace(/\s+/g, ' ').trim();
  const request = /^(request|item)\s+(\S+)$/i.exec(target);
  const all = /^(?:all|everything)$/i.test(target);
  const removed = await ctx.state.updateState((state) => {
    const before = state.follows ?? [];
    const kept = before.filter((f) => {
      if (f.user !== ctx.user) return true;
      if (all) return false;
      if (request) return !sameTarget(f, request[1]!.toLowerCase() as Follow['kind'], request[2]!);
      return !(sameTarget(f, 'topic', target) || sameTarget(f, 'request', target) || sameTarget(f, 'item', target) || (f.kind === 'item' && f.title?.toLowerCase() === target.toLowerCase()));
    });
    state.follows = kept;
    return before.length - kept.length;
  });
  if (removed === 0) return notice(question, ctx.now, `You did not follow "${target}".`, '`/scrutiny following` lists what you follow.');
  return notice(question, ctx.now, all ? `You follow nothing now (${removed} removed).` : `You no longer follow "${target}".`, '`/scrutiny following` lists what you still follow.');
}

/** "2 weeks", "10 days", "a week", "off". */
export function snoozeDays(words: string): number | 'off' | null {
  const w = words.trim().toLowerCase();
  if (/^(?:off|stop|end|cancel|none)$/.test(w)) return 'off';
  const m = /^(a|an|one|two|three|four|\d{1,3})\s+(day|week|month)s?$/.exec(w);
  if (!m) return null;
  const n = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4 }[m[1]!] ?? Number(m[1]);
  const days = n * (m[2] === 'week' ? 7 : m[2] === 'month' ? 30 : 1);
  return days >= 1 ? days : null;
}

async function snooze(ctx: FollowContext, words: string, question: string): Promise<Answer> {
  const days = snoozeDays(words);
  if (days === null) return notice(question, ctx.now, 'For how long?', `Say \`/scrutiny snooze 2 weeks\` (up to ${MAX_SNOOZE_DAYS} days), or \`/scrutiny snooze off\`.`);
  if (days === 'off') {
    await ctx.state.updateState((state) => {
      if (state.snoozed) delete state.snoozed[ctx.user];
    });
    return notice(question, ctx.now, 'Your messages are on again.', 'You get a direct message when something you follow appears.');
  }
  const untilDate = addCalendarDays(londonDate(ctx.now), Math.min(days, MAX_SNOOZE_DAYS));
  const until = new Date(ctx.now.getTime() + Math.min(days, MAX_SNOOZE_DAYS) * 86_400_000).toISOString();
  await ctx.state.updateState((state) => {
    state.snoozed = { ...(state.snoozed ?? {}), [ctx.user]: until };
  });
  return notice(question, ctx.now, `Messages snoozed until ${formatDate(untilDate)}.`, 'What you follow is kept; channel posts are not affected. `/scrutiny snooze off` to resume.');
}

const FOLLOW_COMMAND = /^(follow|following|unfollow|snooze)(?:\s+([\s\S]*))?$/i;

/** Whether the words are `follow|following|unfollow|snooze ...`, which may change what a member follows. */
export function isFollowCommand(text: string): boolean {
  return FOLLOW_COMMAND.test(text.trim());
}

/** The answer to `/scrutiny follow|following|unfollow|snooze ...`, or null when the words are something else. */
export async function followCommand(text: string, ctx: FollowContext): Promise<Answer | null> {
  const words = text.trim();
  const m = FOLLOW_COMMAND.exec(words);
  if (!m) return null;
  const verb = m[1]!.toLowerCase();
  const rest = (m[2] ?? '').trim();
  // Listing and following a request or an item read the record: in the bot's own thread, once it is read in turns.
  if (verb === 'following' || (verb === 'follow' && (rest === '' || /^(?:request|item)\s/i.test(rest)))) await ctx.record.ready();
  if (verb === 'following' || (verb === 'follow' && rest === '')) return rest === '' ? listing(ctx, words) : null;
  if (verb === 'follow') return follow(ctx, rest, words);
  if (verb === 'unfollow') return unfollow(ctx, rest, words);
  return snooze(ctx, rest, words);
}
