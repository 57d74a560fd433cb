// "Any private items on the agenda?", "is anything exempt on thursday?": the items
// taken in private at a meeting (titles only, as Schedule 12A allows), or a plain
// "none: all N items are public".
import type { Answer } from '../answer.ts';
import { answerFor, cite, citeLabel, meetingWhen, section } from '../answer-parts.ts';
import type { AnswerContext } from '../context.ts';
import type { Period } from '../question/question-periods.ts';
import type { MeetingRef } from '../question/question-reading.ts';
import { agendaOutBy } from '../record-view.ts';
import { itemsOf, latestMeeting, meetingNamed, nextMeeting } from './meeting-queries.ts';

export function buildPrivateItems(ctx: AnswerContext, ref: MeetingRef | null, period: Period | null, question: string): Answer {
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
    sections: [section('Private items', exempt.map((item) => ({ text: item.title, label: citeLabel(meeting, { ...item, title: '' }), detail: ['Exempt'], exempt: true, cite: cite(ctx.view, meeting, item) })))],
  });
}
