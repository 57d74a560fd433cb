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
import { actionLabel, saysAction } from '../question/board-action.ts';
import { makesMembership } from '../attendance/appointments.ts';
import { resolutionsAt, topicResolutions, type ResolutionRef } from './resolution-queries.ts';

export interface ResolutionsAsked {
  topic: string | null;
  period?: Period | null;
  meeting?: MeetingRef | null;
  /** What the board did, as the question names it ("write"): the resolutions that say it come first. */
  action?: string | null;
  /** "who joined the board": only the resolutions that made someone a member (or, 'left', record one leaving). */
  joining?: 'joined' | 'left' | null;
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
  // One pass over what the topic finds in the period: those that name the topic (in their words or
  // their item's title) are the answer; those of items that only discussed it are counted by item.
  // Newest first within each. A common topic finds tens of thousands; entries are built for a page or few.
  const about = topicResolutions(ctx, topic);
  const shownNaming: ResolutionRef[] = [];
  // Asked what the board did ("did we agree to write to anyone about X"): those that say it first, the rest after.
  const notSaying: ResolutionRef[] = [];
  const shownOthers: ResolutionRef[] = [];
  const namingMeetings = new Set<string | undefined>();
  // Each item once, where it first comes (with its last resolution, as a map keeps them).
  const othersByItem = new Map<string | undefined, ResolutionRef>();
  let naming = 0;
  let others = 0;
  about.refs.forEach((r, i) => {
    if (!inPeriod(r, period)) return;
    // "circulated to co-opted Members" names co-option, and made no one a member.
    if (asked.joining && !makesMembership(r.resolution.text, asked.joining)) return;
    if (about.naming[i]) {
      naming++;
      if (asked.action && !saysAction(r.resolution.text, asked.action)) {
        if (notSaying.length < ctx.limit) notSaying.push(r);
      } else if (shownNaming.length < ctx.limit) shownNaming.push(r);
      namingMeetings.add(r.meeting?.id);
    } else {
      others++;
      if (shownOthers.length < ctx.limit) shownOthers.push(r);
      othersByItem.set(r.item?.id, r);
    }
  });
  shownNaming.push(...notSaying.slice(0, ctx.limit - shownNaming.length));
  if (naming + others === 0) {
    const where = appearancesOf(ctx, topic);
    const first = where[0];
    return answerFor(ctx, 'resolutions', question, {
      title: `No decision on "${topic}" is recorded${when(period)}${first ? `; it was ${first.words}` : ''}.`,
      sections: where.length ? [section(`Where "${topic}" appears`, where.map((w) => w.entry))] : [],
      notes: [where.length ? `Ask "history of ${topic}" for everything on it.` : `"${topic}" is not in the record's agendas, minutes or work programmes. Try other words.`],
    });
  }
  const underItems = (count: number) =>
    [...othersByItem.values()]
      .slice(0, count)
      .map((r) => `${r.item?.title ?? 'an item'} (${r.meeting?.date ? formatDate(r.meeting.date) : 'undated'}${r.item?.number ? `, minute ${r.item.number}` : ''})`)
      .join('; ');
  // None of them names the topic: they are the decisions of items that discussed it, and said to be so.
  if (naming === 0) {
    return answerFor(ctx, 'resolutions', question, {
      title: `No decision on "${topic}" is recorded as such${when(period)}; it was discussed under ${underItems(3)}, which resolved:`,
      sections: [section('Resolutions of the items that discussed it', shownOthers.map((r) => ({ ...resolutionEntry(view, r), detail: [...(resolutionEntry(view, r).detail ?? []), `Does not name "${topic}"`] })))],
      ...(others > shownOthers.length ? { notListed: others - shownOthers.length } : {}),
    });
  }
  // Some name the topic: those are the answer. Resolutions of items that only discussed it fall far
  // below them, and are named on one line ("also discussed under ...") rather than listed.
  const alsoUnder = underItems(3);
  const otherItems = othersByItem.size;
  const notes = otherItems ? [`Also discussed under ${alsoUnder}${otherItems > 3 ? ` and ${otherItems - 3} more` : ''}, whose resolutions do not name it: ask "history of ${topic}" for them.`] : [];
  // "did we agree to write to anyone about X" with none of them a letter: the yes/no the member asked.
  if (asked.action && !shownNaming.some((r) => saysAction(r.resolution.text, asked.action!))) notes.unshift(`None of these mentions ${actionLabel(asked.action)}.`);
  return answerFor(ctx, 'resolutions', question, {
    title: `${count(naming)} resolution${naming === 1 ? '' : 's'} on "${topic}"${when(period)} from ${count(namingMeetings.size)} meeting${namingMeetings.size === 1 ? '' : 's'}, newest first`,
    sections: [section(`Resolutions on ${topic}`, shownNaming.map((r) => resolutionEntry(view, r)), 'None found.')],
    ...(notes.length ? { notes } : {}),
    ...(naming > shownNaming.length ? { notListed: naming - shownNaming.length } : {}),
  });
}
