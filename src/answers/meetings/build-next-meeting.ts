// "When is the next meeting?" The first meeting after now, never a cancelled one.
// With none known, say so plainly and show the most recent meeting as what it is: past.
import { formatDate } from '../../london.ts';
import type { Answer } from '../answer.ts';
import { answerFor, meetingWhen } from '../answer-parts.ts';
import type { AnswerContext } from '../context.ts';
import { buildMeetingAnswer } from './build-meeting.ts';
import { latestMeeting, nextMeeting } from './meeting-queries.ts';

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

export function buildLatestMeetingAnswer(ctx: AnswerContext, question: string): Answer {
  const latest = latestMeeting(ctx);
  if (!latest) {
    return answerFor(ctx, 'meeting', question, { title: 'No meeting has taken place yet, as far as the record shows.', sections: [] });
  }
  const result = buildMeetingAnswer(ctx, latest.id, { question });
  return { ...result, title: `Most recent meeting: ${meetingWhen(latest)}` };
}
