// "What was resolved on private fostering?", "what was decided last month?":
// resolutions newest first, verbatim, each with its date, minute number and item
// title. On a topic with none, say so, and where the topic appears instead.
import type { Answer } from '../answer.ts';
import { answerFor, count, meetingWhen, resolutionEntry, section } from '../answer-parts.ts';
import type { AnswerContext } from '../context.ts';
import { calendarSpan, meetingByRef, meetingsBetween } from '../meetings/meeting-queries.ts';
import type { Period } from '../question/question-periods.ts';
import type { MeetingRef } from '../question/question-reading.ts';
import { heldBy } from '../record-view.ts';
import { appearancesOf } from '../topics/appearances.ts';
import { resolutionsAbout, resolutionsAt, type ResolutionRef } from './resolution-queries.ts';

export interface ResolutionsAsked {
  topic: string | null;
  period?: Period | null;
  meeting?: MeetingRef | null;
}

function inPeriod(ref: ResolutionRef, period: Period | null | undefined): boolean {
  if (!period) return true;
  const date = ref.meeting?.date;
  if (!date) return false;
  return (!period.from || date >= period.from) && (!period.to || date <= period.to);
}

function when(period: Period | null | undefined): string {
  if (!period) return '';
  return /^(?:next|this|last|since|before|after|up to|from)\b/.test(period.label) ? ` ${period.label}` : ` in ${period.label}`;
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
  const refs = resolutionsAbout(ctx, topic).filter((r) => inPeriod(r, period));
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
  return answerFor(ctx, 'resolutions', question, {
    title: `${count(refs.length)} resolution${refs.length === 1 ? '' : 's'} on "${topic}"${when(period)} from ${count(meetings.size)} meeting${meetings.size === 1 ? '' : 's'}, newest first`,
    sections: [section(`Resolutions on ${topic}`, shown.map((r) => resolutionEntry(view, r)), 'None found.')],
    ...(refs.length > shown.length ? { notListed: refs.length - shown.length } : {}),
  });
}
