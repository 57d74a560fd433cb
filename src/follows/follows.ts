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
const MAX_TOPIC_CHARS = 80;
const MAX_SNOOZE_DAYS = 90;

export const FOLLOW_USAGE =
  'Follow a topic: `/scrutiny follow SEND` · a request: `/scrutiny follow request <id>` · list: `/scrutiny following` · stop: `/scrutiny unfollow SEND` (or `unfollow all`) · pause messages: `/scrutiny snooze 2 weeks` (`snooze off` to resume).';

/** The words a topic is matched by: its subject words, or all its words when it has none. */
export function topicWords(topic: string): Set<string> {
  const subject = subjectStems(topic);
  return subject.size > 0 ? subject : new Set(searchTerms(topic));
}

export function followsOf(store: Store, user: string): Follow[] {
  return (store.state().follows ?? []).filter((f) => f.user === user);
}

/** Until when a member's direct messages are snoozed (ISO instant), or null. */
export function snoozedUntil(store: Store, user: string, now: Date): string | null {
  const until = store.state().snoozed?.[user];
  return until && until > now.toISOString() ? until : null;
}

/** What a member follows, one line each (a request by its words), and until when they snoozed: for Home. */
export function followingSummary(store: Store, record: Store, user: string, now: Date): { lines: string[]; snoozedUntil: string | null } {
  const lines = followsOf(store, user).map((f) => {
    if (f.kind === 'topic') return f.target;
    const text = record.request(f.target)?.text.replace(/\s+/g, ' ') ?? f.target;
    return `Request: ${text.length > 120 ? `${text.slice(0, 119)}…` : text}`;
  });
  const until = snoozedUntil(store, user, now);
  return { lines, snoozedUntil: until ? londonDate(new Date(until)) : null };
}

function sameTarget(a: Follow, kind: Follow['kind'], target: string): boolean {
  if (a.kind !== kind) return false;
  return kind === 'request' ? a.target === target : a.target.toLowerCase() === target.toLowerCase();
}

function notice(question: string, now: Date, title: string, summary: string, entries: AnswerEntry[] = []): Answer {
  return answer('following', question, now, { title, summary, sections: entries.length ? [section('You follow', entries)] : [] });
}

function followEntry(record: Store, f: Follow): AnswerEntry {
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

async function follow(ctx: FollowContext, words: string, question: string): Promise<Answer> {
  const request = /^request\s+(\S+)$/i.exec(words);
  const kind: Follow['kind'] = request ? 'request' : 'topic';
  const target = request ? request[1]! : words.replace(/\s+/g, ' ').trim();
  if (!target) return notice(question, ctx.now, 'What would you like to follow?', FOLLOW_USAGE);
  if (kind === 'request' && !ctx.record.request(target)) return notice(question, ctx.now, `There is no request ${target}.`, 'Each request in an answer shows its id; ask "outstanding requests".');
  if (kind === 'topic' && (target.length > MAX_TOPIC_CHARS || topicWords(target).size === 0)) {
    return notice(question, ctx.now, 'That topic cannot be followed.', `A topic is a few words (at most ${MAX_TOPIC_CHARS} characters), such as "SEND" or "private fostering".`);
  }
  const outcome = await ctx.state.updateState((state) => {
    const follows = state.follows ?? [];
    if (follows.some((f) => f.user === ctx.user && sameTarget(f, kind, target))) return 'already';
    if (follows.filter((f) => f.user === ctx.user).length >= MAX_FOLLOWS) return 'full';
    state.follows = [...follows, { user: ctx.user, kind, target, at: ctx.now.toISOString() }];
    return 'added';
  });
  const what = kind === 'request' ? `request ${target}` : `"${target}"`;
  if (outcome === 'full') return notice(question, ctx.now, `You already follow ${MAX_FOLLOWS} things.`, 'Unfollow one first: `/scrutiny following` lists them.');
  if (outcome === 'already') return notice(question, ctx.now, `You already follow ${what}.`, FOLLOW_USAGE);
  const when = kind === 'request' ? 'when it is answered' : 'when it appears on a new agenda or in new minutes';
  return notice(question, ctx.now, `You now follow ${what}.`, `You will get a direct message ${when}.`);
}

async function unfollow(ctx: FollowContext, words: string, question: string): Promise<Answer> {
  const target = words.replace(/\s+/g, ' ').trim();
  const request = /^request\s+(\S+)$/i.exec(target);
  const all = /^(?:all|everything)$/i.test(target);
  const removed = await ctx.state.updateState((state) => {
    const before = state.follows ?? [];
    const kept = before.filter((f) => {
      if (f.user !== ctx.user) return true;
      if (all) return false;
      if (request) return !sameTarget(f, 'request', request[1]!);
      return !(sameTarget(f, 'topic', target) || sameTarget(f, 'request', target));
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

/** The answer to `/scrutiny follow|following|unfollow|snooze ...`, or null when the words are something else. */
export async function followCommand(text: string, ctx: FollowContext): Promise<Answer | null> {
  const words = text.trim();
  const m = /^(follow|following|unfollow|snooze)(?:\s+([\s\S]*))?$/i.exec(words);
  if (!m) return null;
  const verb = m[1]!.toLowerCase();
  const rest = (m[2] ?? '').trim();
  if (verb === 'following' || (verb === 'follow' && rest === '')) return rest === '' ? listing(ctx, words) : null;
  if (verb === 'follow') return follow(ctx, rest, words);
  if (verb === 'unfollow') return unfollow(ctx, rest, words);
  return snooze(ctx, rest, words);
}
