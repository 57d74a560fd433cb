// "Any private items on the agenda?", "is anything exempt on thursday?", "any private items last
// year?": the items taken in private at a meeting or in a period (titles only, as Schedule 12A
// allows), or a plain "none: all N items are public".
import type { AgendaItem, Meeting } from '../../model.ts';
import type { Answer, AnswerEntry } from '../answer.ts';
import { answerFor, cite, citeLabel, count, meetingWhen, section } from '../answer-parts.ts';
import type { AnswerContext } from '../context.ts';
import { periodWords, type Period } from '../question/question-periods.ts';
import type { MeetingRef } from '../question/question-reading.ts';
import { agendaOutBy } from '../record-view.ts';
import { itemsOf, latestMeeting, meetingNamed, meetingsInPeriod, nextMeeting } from './meeting-queries.ts';

/** An exempt item as the answer shows it: its title, marked exempt, and nothing else of it. */
function exemptEntry(ctx: AnswerContext, meeting: Meeting, item: AgendaItem): AnswerEntry {
  return { text: item.title, label: citeLabel(meeting, { ...item, title: '' }), detail: ['Exempt'], exempt: true, cite: cite(ctx.view, meeting, item) };
}

/** The private items of every meeting in a period whose agenda is out by now. */
function privateItemsIn(ctx: AnswerContext, period: Period, question: string): Answer {
  const meetings = meetingsInPeriod(ctx, period).filter((m) => m.status !== 'cancelled' && agendaOutBy(ctx.view, m, ctx.t));
  const withItems = meetings.filter((m) => itemsOf(ctx.view, m.id).length > 0);
  if (withItems.length === 0) {
    return answerFor(ctx, 'meeting', question, { title: `No agenda ${periodWords(period)} is known, so no private item is.`, sections: [] });
  }
  const entries = withItems.flatMap((m) => itemsOf(ctx.view, m.id).filter((i) => i.private).map((i) => exemptEntry(ctx, m, i)));
  const agendas = withItems.length === 1 ? `the agenda of ${meetingWhen(withItems[0]!)}` : `the agendas of the ${count(withItems.length)} meetings ${periodWords(period)}`;
  if (entries.length === 0) {
    return answerFor(ctx, 'meeting', question, { title: `None: every item on ${agendas} is public.`, sections: [] });
  }
  const shown = entries.slice(0, ctx.limit);
  return answerFor(ctx, 'meeting', question, {
    title: `${count(entries.length)} private item${entries.length === 1 ? '' : 's'} on ${agendas}.`,
    summary: 'Exempt items (Schedule 12A): only their titles are public.',
    sections: [section('Private items', shown)],
    ...(entries.length > shown.length ? { notListed: entries.length - shown.length } : {}),
  });
}

export function buildPrivateItems(ctx: AnswerContext, ref: MeetingRef | null, period: Period | null, question: string): Answer {
  if (!ref && period && !period.day) return privateItemsIn(ctx, period, question);
  // The meeting named; otherwise the next, or else the latest.
  const meeting = meetingNamed(ctx, ref, period?.day) ?? (ref || period?.day ? null : (nextMeeting(ctx) ?? latestMeeting(ctx)));
  if (!meeting) return answerFor(ctx, 'meeting', question, { title: 'No meeting is known for that.', sections: [] });
  const items = agendaOutBy(ctx.view, meeting, ctx.t) ? itemsOf(ctx.view, meeting.id) : [];
  if (items.length === 0) {
    return answerFor(ctx, 'meeting', question, {
      title: `The agenda of ${meetingWhen(meeting)} is not published yet, so its private items are not known.`,
      sections: [],
    });
  }
  const exempt = items.filter((i) => i.private);
  if (exempt.length === 0) {
    return answerFor(ctx, 'meeting', question, {
      title: `None: all ${items.length} items on the agenda of ${meetingWhen(meeting)} are public.`,
      summary: 'No item is to be taken in private.',
      sections: [],
    });
  }
  return answerFor(ctx, 'meeting', question, {
    title: `${exempt.length} of ${items.length} items on the agenda of ${meetingWhen(meeting)} ${exempt.length === 1 ? 'is' : 'are'} to be taken in private.`,
    summary: 'Exempt items (Schedule 12A): only their titles are public.',
    sections: [section('Private items', exempt.map((item) => exemptEntry(ctx, meeting, item)))],
  });
}
