// "History of private fostering": one timeline across meetings of the items
// discussed, resolutions, requests and work-programme entries on a topic.
import { formatDate } from '../../london.ts';
import type { Answer, AnswerEntry, AnswerSection } from '../answer.ts';
import { answerFor, count, itemEntry, meetingWhen, planEntry, requestEntry, resolutionEntry, section } from '../answer-parts.ts';
import type { AnswerContext } from '../context.ts';
import type { Period } from '../question/question-periods.ts';
import type { RecordView } from '../record-view.ts';
import { topicHistory, type HistoryEvent } from './topic-history.ts';

function entryOf(view: RecordView, event: HistoryEvent): AnswerEntry {
  switch (event.kind) {
    case 'item': {
      const entry = itemEntry(view, event.meeting, event.item);
      return { ...entry, label: `Discussed${entry.label ? ` · ${entry.label}` : ''}` };
    }
    case 'resolution':
      return { ...resolutionEntry(view, { resolution: event.resolution, item: event.item, meeting: event.meeting }), label: `Resolved${event.item?.number ? ` · Minute ${event.item.number}` : ''}` };
    case 'request': {
      const entry = requestEntry(view, event.status, { label: false });
      return { ...entry, label: `Requested${event.status.item?.number ? ` · Minute ${event.status.item.number}` : ''}` };
    }
    case 'work-programme':
      return { ...planEntry(view, event.entry), label: event.entry.slot === 'pending' ? 'Work programme · pending' : event.entry.date ? 'Work programme · planned' : 'Work programme · date to be determined' };
  }
}

/** ", minute 90" in minutes, ", item 5" on an agenda alone. */
function numbered(event: Extract<HistoryEvent, { kind: 'item' }>): string {
  if (!event.item.number) return '';
  return `, ${event.meeting?.status === 'minutes' ? 'minute' : 'item'} ${event.item.number}`;
}

export function buildHistory(ctx: AnswerContext, topic: string, question: string, period: Period | null = null): Answer {
  const view = ctx.view;
  const limit = ctx.limit;
  // Entries for the pages asked for; the title counts them all.
  const history = topicHistory(ctx, topic, period, limit);
  const sections: AnswerSection[] = [];
  let current: { key: string; section: AnswerSection } | null = null;
  for (const event of history.shown) {
    const meeting = event.kind === 'item' || event.kind === 'resolution' ? event.meeting : event.kind === 'request' ? event.status.meeting : null;
    const key = event.date ?? 'undated';
    if (!current || current.key !== key) {
      const heading = event.date ? (meeting ? meetingWhen(meeting) : formatDate(event.date)) : 'Not yet dated';
      current = { key, section: section(heading, []) };
      sections.push(current.section);
    }
    current.section.entries.push(entryOf(view, event));
  }
  // "Has it been to the board?", "when did we last discuss it?": the latest meeting that took it, first.
  const latest = history.latest;
  const summary = latest
    ? `Last at the board: ${meetingWhen(latest.meeting)}${numbered(latest)} (${latest.item.title}).${
        history.laterOnAgenda ? ` Since then on the agenda of ${meetingWhen(history.laterOnAgenda.meeting)}${numbered(history.laterOnAgenda)} (${history.laterOnAgenda.item.title}), whose minutes are not in the record.` : ''
      }`
    : null;
  const { count: total, dates } = history;
  return answerFor(ctx, 'history', question, {
    title:
      total === 0
        ? `Nothing on "${topic}" is in the record.`
        : `History of "${topic}": ${count(total)} entr${total === 1 ? 'y' : 'ies'} across ${count(dates)} date${dates === 1 ? '' : 's'}`,
    ...(summary ? { summary } : {}),
    sections,
    ...(total === 0 ? { notes: ['Try other words, or a shorter topic.'] } : {}),
    ...(total > limit ? { notListed: total - limit } : {}),
  });
}
