// "What was resolved on private fostering?", "what was decided last month?":
// resolutions newest first, verbatim, each with its date, minute number and item
// title. On a topic with none, say so, and where the topic appears instead.
import { formatDate } from '../../london.ts';
import type { Answer } from '../answer.ts';
import { answerFor, count, meetingWhen, resolutionEntry, section } from '../answer-parts.ts';
import type { AnswerContext } from '../context.ts';
import { calendarSpan, meetingByRef, meetingsBetween } from '../meetings/meeting-queries.ts';
import { dateIn, periodWords, type Period } from '../question/question-periods.ts';
import type { MeetingRef } from '../question/question-reading.ts';
import { heldBy } from '../record-view.ts';
import { appearancesOf } from '../topics/appearances.ts';
import { resolutionsAt, topicResolutions, type ResolutionRef } from './resolution-queries.ts';

export interface ResolutionsAsked {
  topic: string | null;
  period?: Period | null;
  meeting?: MeetingRef | null;
}

function inPeriod(ref: ResolutionRef, period: Period | null | undefined): boolean {
  return dateIn(period, ref.meeting?.date);
}

function when(period: Period | null | undefined): string {
  return period ? ` ${periodWords(period)}` : '';
}

export function buildResolutionsAnswer(ctx: AnswerContext, asked: ResolutionsAsked, question: string): Answer {
  const view = ctx.view;
  const { topic, period } = asked;
  if (!topic) {
    if (period) {
      const span = calendarSpan(view);
      const meetings = meetingsBetween(ctx, period.from ?? span?.first ?? ctx.today, period.to ?? ctx.today).filter((m) => heldBy(view, m, ctx.t)).reverse();
      const refs = meetings.flatMap((m) => resolutionsAt(view, m.id));
      const shown = refs.slice(0, ctx.limit);
      return answerFor(ctx, 'resolutions', question, {
        title: refs.length ? `${count(refs.length)} resolution${refs.length === 1 ? '' : 's'}${when(period)}, from ${count(new Set(refs.map((r) => r.meeting?.id)).size)} meeting${new Set(refs.map((r) => r.meeting?.id)).size === 1 ? '' : 's'}` : `No resolutions are recorded${when(period)}.`,
        sections: [section('Resolutions', shown.map((r) => resolutionEntry(view, r)), meetings.length ? 'None recorded.' : 'No meeting with minutes is known in that period.')],
        ...(refs.length > shown.length ? { notListed: refs.length - shown.length } : {}),
      });
    }
    const meeting = meetingByRef(ctx, asked.meeting === 'before-last' ? 'before-last' : 'last');
    const refs = meeting ? resolutionsAt(view, meeting.id) : [];
    return answerFor(ctx, 'resolutions', question, {
      title: meeting ? `Resolutions of the most recent meeting, ${meetingWhen(meeting)}` : 'No resolutions are in the record yet.',
      sections: [section('Resolutions', refs.map((r) => resolutionEntry(view, r)), 'None recorded.')],
      notes: ['Ask about a topic for its resolutions across meetings, e.g. "what was resolved on private fostering?"'],
    });
  }
  const about = topicResolutions(ctx, topic);
  const found = about.refs.filter((r) => inPeriod(r, period));
  // Those that name the topic (in their words or their item's title) first, then those of items that
  // only discussed it; newest first within each.
  const direct = about.direct;
  const refs = [...found.filter((r) => direct.has(r.resolution.id)), ...found.filter((r) => !direct.has(r.resolution.id))];
  if (refs.length === 0) {
    const where = appearancesOf(ctx, topic);
    const first = where[0];
    return answerFor(ctx, 'resolutions', question, {
      title: `No decision on "${topic}" is recorded${when(period)}${first ? `; it was ${first.words}` : ''}.`,
      sections: where.length ? [section(`Where "${topic}" appears`, where.map((w) => w.entry))] : [],
      notes: [where.length ? `Ask "history of ${topic}" for everything on it.` : `"${topic}" is not in the record's agendas, minutes or work programmes. Try other words.`],
    });
  }
  // Entries for the pages asked for; the title counts them all.
  const shown = refs.slice(0, ctx.limit);
  const meetings = new Set(refs.map((r) => r.meeting?.id));
  // None of them names the topic: they are the decisions of items that discussed it, and said to be so.
  const named = refs.some((r) => direct.has(r.resolution.id));
  if (!named) {
    const items = [...new Map(refs.map((r) => [r.item?.id, r])).values()];
    const where = items
      .slice(0, 3)
      .map((r) => `${r.item?.title ?? 'an item'} (${r.meeting?.date ? formatDate(r.meeting.date) : 'undated'}${r.item?.number ? `, minute ${r.item.number}` : ''})`)
      .join('; ');
    return answerFor(ctx, 'resolutions', question, {
      title: `No decision on "${topic}" is recorded as such${when(period)}; it was discussed under ${where}, which resolved:`,
      sections: [section('Resolutions of the items that discussed it', shown.map((r) => ({ ...resolutionEntry(view, r), detail: [...(resolutionEntry(view, r).detail ?? []), `Does not name "${topic}"`] })))],
      ...(refs.length > shown.length ? { notListed: refs.length - shown.length } : {}),
    });
  }
  // Some name the topic: those are the answer. Resolutions of items that only discussed it fall far
  // below them, and are named on one line ("also discussed under ...") rather than listed.
  const naming = refs.filter((r) => direct.has(r.resolution.id));
  const others = [...new Map(refs.filter((r) => !direct.has(r.resolution.id)).map((r) => [r.item?.id, r])).values()];
  const shownNaming = naming.slice(0, ctx.limit);
  const namingMeetings = new Set(naming.map((r) => r.meeting?.id));
  const alsoUnder = others
    .slice(0, 3)
    .map((r) => `${r.item?.title ?? 'an item'} (${r.meeting?.date ? formatDate(r.meeting.date) : 'undated'}${r.item?.number ? `, minute ${r.item.number}` : ''})`)
    .join('; ');
  return answerFor(ctx, 'resolutions', question, {
    title: `${count(naming.length)} resolution${naming.length === 1 ? '' : 's'} on "${topic}"${when(period)} from ${count(namingMeetings.size)} meeting${namingMeetings.size === 1 ? '' : 's'}, newest first`,
    sections: [section(`Resolutions on ${topic}`, shownNaming.map((r) => resolutionEntry(view, r)), 'None found.')],
    ...(others.length ? { notes: [`Also discussed under ${alsoUnder}${others.length > 3 ? ` and ${others.length - 3} more` : ''}, whose resolutions do not name it: ask "history of ${topic}" for them.`] } : {}),
    ...(naming.length > shownNaming.length ? { notListed: naming.length - shownNaming.length } : {}),
  });
}
