// The work programme from now on: planned meetings in date order, then items with
// no date yet and pending items; items added by resolution are included.
import { formatDate, londonDate } from '../london.ts';
import type { Store } from '../store/store.ts';
import type { Answer, AnswerSection } from './answer.ts';
import { answer, citeLabel, meetingWhen, planEntry, section } from './answer-parts.ts';
import { workProgrammeFrom } from './queries.ts';
import { isPlanOnly, viewOf } from './record-view.ts';
import type { WorkProgrammeItem } from '../model.ts';

export function buildWorkProgramme(store: Store, now: Date, question = 'work programme'): Answer {
  const view = viewOf(store);
  const plan = workProgrammeFrom(store, now);
  const addedBy = (entry: WorkProgrammeItem): string[] => {
    if (entry.origin !== 'resolution' || !entry.addedByItemId) return [];
    const item = view.items.get(entry.addedByItemId) ?? null;
    const meeting = item ? (view.meetings.get(item.meetingId) ?? null) : null;
    return [`Added by resolution: ${citeLabel(meeting, item)}`];
  };
  const sections: AnswerSection[] = plan.dated.map(({ date, meeting, entries }) => {
    const when = meeting ? meetingWhen(meeting) : formatDate(date);
    const planned = !meeting || isPlanOnly(meeting) || meeting.status === 'planned';
    return section(`${when}${planned ? ' (planned)' : ''}`, entries.filter((e) => e.title.trim() !== '-').map((e) => planEntry(view, e, addedBy(e))), 'No items listed yet.');
  });
  if (plan.toBeDetermined.length) {
    sections.push(section('Date to be determined', plan.toBeDetermined.map((e) => planEntry(view, e, addedBy(e)))));
  }
  if (plan.pending.length) sections.push(section('Pending items', plan.pending.map((e) => planEntry(view, e, addedBy(e)))));
  const count = sections.reduce((n, s) => n + s.entries.length, 0);
  const notes: string[] = [];
  if (plan.years.length) notes.push(`Undated items are from the ${plan.years.join(' and ')} work programme${plan.years.length > 1 ? 's' : ''}.`);
  return answer('work-programme', question, now, {
    title: count === 0 ? 'Nothing is planned from today in the work programmes known.' : `Work programme from ${formatDate(londonDate(now))}: ${count} item${count === 1 ? '' : 's'}`,
    sections: sections.length ? sections : [section('Work programme', [], 'No planned items are known from today on.')],
    ...(notes.length ? { notes } : {}),
  });
}
