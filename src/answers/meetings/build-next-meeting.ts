// "When is the next meeting?" The first meeting after now, never a cancelled one.
// With none known, say so plainly and show the most recent meeting as what it is: past.
import { formatDate } from '../../london.ts';
import type { Answer } from '../answer.ts';
import { answerFor, meetingWhen } from '../answer-parts.ts';
import type { AnswerContext } from '../context.ts';
import { buildMeetingAnswer } from './build-meeting.ts';
import { latestMeeting, nextMeeting, pastMeetings } from './meeting-queries.ts';

export function buildNextMeetingAnswer(ctx: AnswerContext, question: string): Answer {
  const next = nextMeeting(ctx);
  if (next) {
    const planned = next.status === 'planned';
    const result = buildMeetingAnswer(ctx, next.id, { question, title: `Next meeting${planned ? ' (planned)' : ''}: ${meetingWhen(next)}` });
    return { ...result, kind: 'next-meeting' };
  }
  const latest = latestMeeting(ctx);
  const today = formatDate(ctx.today);
  if (!latest) {
    return answerFor(ctx, 'next-meeting', question, {
      title: 'No meeting is known after today.',
      summary: `The record has no meetings yet (as of ${today}).`,
      sections: [],
    });
  }
  const past = buildMeetingAnswer(ctx, latest.id, { question });
  return {
    ...past,
    kind: 'next-meeting',
    title: `No future meeting is known. The most recent meeting was ${meetingWhen(latest)}.`,
    summary: `No meeting after ${today} is in the record. Below is the most recent meeting, which has already taken place: ${past.summary ?? meetingWhen(latest)}.`,
    notes: [
      'Meetings appear here once their agenda, minutes or a work programme listing them has been added to the record.',
      ...(past.notes ?? []),
    ],
  };
}

/**
 * "When did we last meet?": the last meeting held, with or without its minutes yet (one whose
 * agenda is out and whose day has passed was held); when its minutes are not in, it says which
 * meeting's are the latest.
 */
export function buildLatestMeetingAnswer(ctx: AnswerContext, question: string): Answer {
  const latest = pastMeetings(ctx, 1)[0] ?? latestMeeting(ctx);
  if (!latest) {
    return answerFor(ctx, 'meeting', question, { title: 'No meeting has taken place yet, as far as the record shows.', sections: [] });
  }
  const result = buildMeetingAnswer(ctx, latest.id, { question });
  const minuted = latest.status === 'minutes' ? null : latestMeeting(ctx);
  const notes = minuted && minuted.status === 'minutes' ? [`Its minutes are not in the record yet; the latest minutes are of ${meetingWhen(minuted)}.`, ...(result.notes ?? [])] : result.notes;
  return { ...result, title: `Most recent meeting: ${meetingWhen(latest)}`, ...(notes ? { notes } : {}) };
}
