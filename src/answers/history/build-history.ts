// "History of private fostering": one timeline across meetings of the items
// discussed, resolutions, requests and work-programme entries on a topic.
import { formatDate } from '../../london.ts';
import type { Answer, AnswerEntry, AnswerSection } from '../answer.ts';
import { answerFor, count, itemEntry, meetingWhen, planEntry, requestEntry, resolutionEntry, section } from '../answer-parts.ts';
import type { AnswerContext } from '../context.ts';
import { dateIn, type Period } from '../question/question-periods.ts';
import type { RecordView } from '../record-view.ts';
import { firstInOrder, historyOrder, topicHistory, type HistoryEvent } from './topic-history.ts';

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

export function buildHistory(ctx: AnswerContext, topic: string, question: string, period: Period | null = null): Answer {
  const view = ctx.view;
  const limit = ctx.limit;
  const events = topicHistory(ctx, topic).filter(
    (e) => dateIn(period, e.date),
  );
  const sections: AnswerSection[] = [];
  let current: { key: string; section: AnswerSection } | null = null;
  // Entries for the pages asked for; the title counts them all.
  for (const event of firstInOrder(events, limit, historyOrder)) {
    const meeting = event.kind === 'item' || event.kind === 'resolution' ? event.meeting : event.kind === 'request' ? event.status.meeting : null;
    const key = event.date ?? 'undated';
    if (!current || current.key !== key) {
      const heading = event.date ? (meeting ? meetingWhen(meeting) : formatDate(event.date)) : 'Not yet dated';
      current = { key, section: section(heading, []) };
      sections.push(current.section);
    }
    current.section.entries.push(entryOf(view, event));
  }
  const meetings = new Set(events.filter((e) => e.date).map((e) => e.date));
  // "Has it been to the board?", "when did we last discuss it?": the latest meeting that took it, first.
  const items = events.filter((e): e is Extract<HistoryEvent, { kind: 'item' }> => e.kind === 'item' && e.date !== null);
  const latest = items.reduce<(typeof items)[number] | null>((best, e) => (!best || e.date! > best.date! ? e : best), null);
  const summary = latest ? `Last at the board: ${meetingWhen(latest.meeting)}${latest.item.number ? `, minute ${latest.item.number}` : ''} (${latest.item.title}).` : null;
  return answerFor(ctx, 'history', question, {
    title:
      events.length === 0
        ? `Nothing on "${topic}" is in the record.`
        : `History of "${topic}": ${count(events.length)} entr${events.length === 1 ? 'y' : 'ies'} across ${count(meetings.size)} date${meetings.size === 1 ? '' : 's'}`,
    ...(summary ? { summary } : {}),
    sections,
    ...(events.length === 0 ? { notes: ['Try other words, or a shorter topic.'] } : {}),
    ...(events.length > limit ? { notListed: events.length - limit } : {}),
  });
}

