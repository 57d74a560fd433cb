// What the App Home tab shows, gathered from the engine and the record. No Slack here: the view is
// built from this by blocks/home-view.ts.
import type { Answer, AnswerEntry } from '../answers/answer.ts';
import type { Engine } from '../answers/engine.ts';
import { boardCalendar, meetingStart } from '../answers/record-view.ts';
import type { Meeting } from '../model.ts';
import { describeSubscriptions } from '../reminders/remind-command.ts';
import type { Store } from '../store/store.ts';

/** The Home tab lists a few of each; the rest are a question away. */
export const HOME_LIST_LIMIT = 5;

export interface HomeContent {
  nextMeeting: Answer;
  openRequests: { count: number; oldest: AnswerEntry[] };
  latestResolutions: { meeting: Meeting | null; entries: AnswerEntry[]; more: number };
  /** One line per reminder subscription, with channels as Slack channel links. */
  subscriptions: string[];
}

/** The resolutions of the most recent meeting (as of `now`) that made any; exempt items by title only. */
export function latestResolutions(store: Store, now: Date, limit = HOME_LIST_LIMIT): HomeContent['latestResolutions'] {
  const past = boardCalendar(store.record()).filter((m) => m.status !== 'cancelled' && (meetingStart(m)?.getTime() ?? Infinity) <= now.getTime());
  for (const meeting of past.reverse()) {
    const entries: AnswerEntry[] = [];
    for (const item of store.itemsOf(meeting.id)) {
      const resolutions = store.resolutionsOf(item.id);
      // An exempt item's resolutions are not stored (Schedule 12A): it is listed by title, as exempt.
      if (resolutions.length === 0 && !item.private) continue;
      const label = item.number ? `Minute ${item.number} · ${item.title}` : item.title;
      const cite = { meetingId: meeting.id, date: meeting.date, minute: item.number };
      if (item.private) {
        entries.push({ label: item.number ? `Minute ${item.number}` : 'Item', text: item.title, exempt: true, cite });
        continue;
      }
      for (const resolution of resolutions) entries.push({ label, text: resolution.text, quote: true, cite });
    }
    if (entries.length > 0) return { meeting, entries: entries.slice(0, limit), more: Math.max(0, entries.length - limit) };
  }
  return { meeting: null, entries: [], more: 0 };
}

export function homeContent(deps: { store: Store; engine: Engine }, now: Date): HomeContent {
  const requests = deps.engine.ask('outstanding requests', { now });
  const open = requests.sections.flatMap((s) => s.entries).filter((e) => e.request?.state.status === 'open');
  return {
    nextMeeting: deps.engine.ask('next meeting', { now }),
    // The answer builds its first pages only; the rest (all open) is counted in notListed.
    openRequests: { count: open.length + (requests.notListed ?? 0), oldest: open.slice(0, HOME_LIST_LIMIT) },
    latestResolutions: latestResolutions(deps.store, now),
    subscriptions: describeSubscriptions(deps.store.state().subscriptions, (channel) => `<#${channel}>`),
  };
}
