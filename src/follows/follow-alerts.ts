// The direct messages owed to members for what they follow when papers arrive: a
// followed topic on a newly published agenda or in new minutes. One message per
// member and meeting and kind of paper, keyed so a retry never sends it twice.
// A followed agenda item: a message when minutes record it (its resolutions and any
// request made on it), or when it comes back on a later agenda or in later minutes.
// Exempt items are matched and shown by their title alone, marked exempt.
import { formatDate } from '../london.ts';
import type { AgendaItem, Follow, Meeting } from '../model.ts';
import type { Store } from '../store/store.ts';
import { sameSubject, subjectStems } from '../answers/subjects/subject-words.ts';
import { searchTerms } from '../search/search-options.ts';
import { snoozedUntil, topicWords } from './follows.ts';

export interface FollowAlert {
  /** Delivery key: one per member, meeting and paper. */
  key: string;
  user: string;
  text: string;
}

export interface PapersNews {
  newAgendaMeetingIds: string[];
  newMinutesMeetingIds: string[];
}

/** A request marked done longer ago than this is not messaged (kept well inside the scheduler's memory of deliveries). */
const ANSWERED_NEWS_DAYS = 30;

/** At most this many items are named in one message. */
const LISTED = 5;

/** Whether every word of the topic is in the title (subject words, or all words for a topic of none). */
function mentions(topic: Set<string>, title: string): boolean {
  const words = new Set([...subjectStems(title), ...searchTerms(title)]);
  for (const w of topic) if (!words.has(w)) return false;
  return topic.size > 0;
}

/** A resolution or request quoted in a message: one line, at most this long. */
const QUOTED_CHARS = 300;

function quoted(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > QUOTED_CHARS ? `${flat.slice(0, QUOTED_CHARS - 1)}…` : flat;
}

type Paper = [meetingId: string, paper: 'agenda' | 'minutes'];

function papersOf(news: PapersNews): Paper[] {
  return [
    ...news.newAgendaMeetingIds.map((id): Paper => [id, 'agenda']),
    ...news.newMinutesMeetingIds.map((id): Paper => [id, 'minutes']),
  ];
}

function meetingWords(meeting: Meeting): string {
  return `${meeting.date ? formatDate(meeting.date) : 'a meeting'}${meeting.committee ? ` (${meeting.committee})` : ''}`;
}

/**
 * The followed item in a meeting's papers: in its own meeting, the item itself or (minutes may
 * renumber it under a new id) the item of the same subject; in a later meeting, an item of the
 * same subject (deferred, or brought back).
 */
function followedItemIn(record: Store, f: Follow, meeting: Meeting): AgendaItem | undefined {
  const items = record.itemsOf(meeting.id);
  const title = record.item(f.target)?.title ?? f.title;
  if (meeting.id === f.meetingId) return items.find((i) => i.id === f.target) ?? (title ? items.find((i) => sameSubject(i.title, title)) : undefined);
  const followedOn = record.meeting(f.meetingId ?? '')?.date;
  if (!title || !meeting.date || !followedOn || meeting.date <= followedOn) return undefined;
  return items.find((i) => sameSubject(i.title, title));
}

/** The message for a followed item found in a meeting's papers: from minutes, what was resolved and asked. */
function itemNews(record: Store, item: AgendaItem, meeting: Meeting, paper: 'agenda' | 'minutes'): string {
  const name = `${item.number ? `${item.number}. ` : ''}${item.title}${item.private ? ' (exempt)' : ''}`;
  const lead = paper === 'agenda' ? `on the agenda for ${meetingWords(meeting)}` : `in the minutes of ${meetingWords(meeting)}`;
  const lines = [`An agenda item you follow is ${lead}: ${name}`];
  // Schedule 12A: an exempt item's title, marked exempt, and nothing else of it.
  if (paper === 'minutes' && !item.private) {
    const resolutions = record.resolutionsOf(item.id);
    const requests = record.record().requests.filter((r) => r.itemId === item.id);
    if (resolutions.length > 0) lines.push('Resolved:', ...resolutions.slice(0, LISTED).map((r) => `> ${quoted(r.text)}`));
    else lines.push('The minutes record no resolution on it.');
    if (resolutions.length > LISTED) lines.push(`…and ${resolutions.length - LISTED} more`);
    if (requests.length > 0) lines.push('Asked for:', ...requests.slice(0, LISTED).map((r) => `• ${quoted(r.text)}`));
  }
  lines.push('`/scrutiny following` changes what you follow; `/scrutiny snooze 2 weeks` pauses these messages.');
  return lines.join('\n');
}

/** Messages for followed agenda items found in newly published papers: one per member, item and paper. */
function itemAlerts(store: Store, record: Store, papers: Paper[], now: Date): FollowAlert[] {
  const follows = (store.state().follows ?? []).filter((f) => f.kind === 'item' && !snoozedUntil(store, f.user, now));
  const alerts: FollowAlert[] = [];
  // With no one to tell, the record is not looked at (the bot's own thread may hold no copy of it).
  if (follows.length === 0) return alerts;
  for (const [meetingId, paper] of papers) {
    const meeting = record.meeting(meetingId);
    if (!meeting) continue;
    for (const f of follows) {
      // An agenda of the item's own meeting is where it was followed from: not news.
      if (paper === 'agenda' && meeting.id === f.meetingId) continue;
      const item = followedItemIn(record, f, meeting);
      if (!item) continue;
      alerts.push({ key: `follow:${f.user}:item:${f.target}:${paper}:${meetingId}`, user: f.user, text: itemNews(record, item, meeting, paper) });
    }
  }
  return alerts;
}

/** `store` keeps the follows (the workspace's state); `record` is the council's record the news is of. */
export function followAlerts(store: Store, record: Store, news: PapersNews, now: Date): FollowAlert[] {
  const papers = papersOf(news);
  const follows = (store.state().follows ?? []).filter((f) => f.kind === 'topic' && !snoozedUntil(store, f.user, now));
  const alerts: FollowAlert[] = itemAlerts(store, record, papers, now);
  if (follows.length === 0) return alerts;
  const topics = new Map(follows.map((f) => [f.target, topicWords(f.target)]));
  for (const [meetingId, paper] of papers) {
    const meeting = record.meeting(meetingId);
    if (!meeting) continue;
    const items = record.itemsOf(meetingId);
    const byUser = new Map<string, { topics: Set<string>; titles: Set<string> }>();
    for (const f of follows) {
      const hits = items.filter((item) => mentions(topics.get(f.target)!, item.title));
      if (hits.length === 0) continue;
      const mine = byUser.get(f.user) ?? { topics: new Set(), titles: new Set() };
      mine.topics.add(f.target);
      for (const item of hits) mine.titles.add(`${item.number ? `${item.number}. ` : ''}${item.title}${item.private ? ' (exempt)' : ''}`);
      byUser.set(f.user, mine);
    }
    for (const [user, mine] of byUser) {
      const titles = [...mine.titles];
      const listed = titles.slice(0, LISTED).map((t) => `• ${t}`);
      if (titles.length > LISTED) listed.push(`…and ${titles.length - LISTED} more`);
      const lead = paper === 'agenda' ? `on the agenda for ${meetingWords(meeting)}` : `in the minutes of ${meetingWords(meeting)}`;
      alerts.push({
        key: `follow:${user}:${paper}:${meetingId}`,
        user,
        text: [`${[...mine.topics].map((t) => `"${t}"`).join(', ')}, which you follow, is ${lead}:`, ...listed, '`/scrutiny following` changes what you follow; `/scrutiny snooze 2 weeks` pauses these messages.'].join('\n'),
      });
    }
  }
  return alerts;
}

/**
 * Messages for followed requests marked done since they were followed (by a
 * co-ordinator, or by confirming a paper as the answer). While a member is snoozed
 * they wait; the scheduler's next tick after the snooze sends them (if still recent).
 */
export function answeredAlerts(store: Store, records: Store[], now: Date): FollowAlert[] {
  const alerts: FollowAlert[] = [];
  for (const f of store.state().follows ?? []) {
    if (f.kind !== 'request' || snoozedUntil(store, f.user, now)) continue;
    const record = records.find((r) => r.request(f.target));
    if (!record) continue;
    const request = record.request(f.target);
    const state = record.requestState(f.target);
    if (!request || state.status !== 'done' || !state.changedAt || state.changedAt < f.at) continue;
    // Older news is not news (and its delivery record may be forgotten by now).
    if (Date.parse(state.changedAt) < now.getTime() - ANSWERED_NEWS_DAYS * 86_400_000) continue;
    const confirmed = [...(record.state().evidence?.[f.target] ?? [])].reverse().find((d) => d.decision === 'confirmed' && d.at >= state.changedAt!.slice(0, 10));
    const item = confirmed ? record.item(confirmed.itemId) : undefined;
    const meeting = confirmed ? record.meeting(confirmed.meetingId) : undefined;
    const answeredBy = item ? ` It was answered by ${item.title}${item.private ? ' (exempt)' : ''}${meeting?.date ? `, ${formatDate(meeting.date)}` : ''}.` : '';
    const by = state.changedBy ? ` by <@${state.changedBy}>` : '';
    alerts.push({
      key: `follow:${f.user}:done:${f.target}:${state.changedAt}`,
      user: f.user,
      text: `A request you follow was marked done${by} on ${formatDate(state.changedAt.slice(0, 10))}:\n> ${request.text.replace(/\s+/g, ' ').slice(0, 500)}\n${answeredBy.trim()}`.trim(),
    });
  }
  return alerts;
}
