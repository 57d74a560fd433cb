// Where a topic appears in the record when there is no decision or request on it:
// "the item was on the agenda of 13 July 2017; no decision recorded".
import type { AnswerEntry } from '../answer.ts';
import { citeLabel, meetingWhen, numberLabel, planEntry } from '../answer-parts.ts';
import type { AnswerContext } from '../context.ts';
import { heldBy } from '../record-view.ts';
import { entryKnown, entryYear } from '../work-programme/work-programme-queries.ts';
import { topicHits, type Relevance } from './topic-hits.ts';

export interface Appearance {
  entry: AnswerEntry;
  /** "on the agenda of Thursday 13 July 2017 (item 4, Support to Young Carers)". */
  words: string;
  relevance: Relevance;
}

const ORDER: Record<Relevance, number> = { titled: 0, discussed: 1, mentioned: 2 };

/** Items and plan entries on a topic, known by now; those whose title names it first. */
export function appearancesOf(ctx: AnswerContext, topic: string, limit = 5): Appearance[] {
  const view = ctx.view;
  const found: (Appearance & { date: string })[] = [];
  for (const hit of topicHits(ctx, topic, ['item', 'work-programme'])) {
    if (hit.kind === 'item') {
      const item = view.store.item(hit.refId);
      const meeting = item ? view.meetings.get(item.meetingId) ?? null : null;
      if (!item || !meeting?.date) continue;
      const held = heldBy(view, meeting, ctx.t);
      if (!held && !hit.titleMatch) continue;
      const where = numberLabel(meeting, item);
      const kind = meeting.status === 'minutes' && held ? 'in the minutes of' : 'on the agenda of';
      const how = hit.titleMatch ? '' : hit.relevance === 'discussed' ? 'discussed under ' : 'mentioned under ';
      found.push({
        date: meeting.date,
        relevance: hit.relevance,
        words: `${kind} ${meetingWhen(meeting)} (${[where?.toLowerCase(), `${how}${item.title}`].filter(Boolean).join(', ')})`,
        entry: {
          text: item.title,
          label: citeLabel(meeting, { ...item, title: '' }),
          detail: [hit.titleMatch ? (held && meeting.status === 'minutes' ? 'In the minutes' : 'On the agenda') : hit.relevance === 'discussed' ? 'Discussed in this item' : 'Mentioned in passing'],
          ...(item.private ? { exempt: true } : {}),
        },
      });
    } else {
      const entry = view.workProgramme.get(hit.refId);
      if (!entry || !entryKnown(ctx, entry) || entry.title.trim() === '-') continue;
      const year = entryYear(view, entry);
      const slot = entry.date ? `planned for ${meetingWhen(view.calendar.find((m) => m.date === entry.date) ?? null).replace('a meeting of unknown date', entry.date)}` : entry.slot === 'pending' ? 'pending' : 'date to be determined';
      found.push({
        date: entry.date ?? '9999',
        relevance: hit.relevance,
        words: `in the ${year ? `${year} ` : ''}work programme (${entry.title}, ${slot})`,
        entry: { ...planEntry(view, entry), label: `Work programme${year ? ` ${year}` : ''} · ${slot}` },
      });
    }
  }
  return found.sort((a, b) => ORDER[a.relevance] - ORDER[b.relevance] || (a.date < b.date ? 1 : -1)).slice(0, limit);
}
