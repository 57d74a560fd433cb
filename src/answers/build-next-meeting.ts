// "When is the next meeting?" The first meeting after now, never a cancelled one.
// With none known, say so plainly and show the most recent meeting as what it is: past.
import { formatDate, londonDate } from '../london.ts';
import type { Store } from '../store/store.ts';
import type { SearchIndex } from '../search/search-index.ts';
import type { Answer } from './answer.ts';
import { answer, meetingWhen } from './answer-parts.ts';
import { buildMeetingAnswer } from './build-meeting.ts';
import { latestMeeting, nextMeeting } from './queries.ts';

export function buildNextMeetingAnswer(store: Store, question: string, now: Date, index?: SearchIndex): Answer {
  const next = nextMeeting(store, now);
  if (next) {
    const planned = next.status === 'planned';
    const result = buildMeetingAnswer(store, next.id, now, {
      question,
      ...(index ? { index } : {}),
      title: `Next meeting${planned ? ' (planned)' : ''}: ${meetingWhen(next)}`,
    });
    return { ...result, kind: 'next-meeting' };
  }
  const latest = latestMeeting(store, now);
  const today = formatDate(londonDate(now));
  if (!latest) {
    return answer('next-meeting', question, now, {
      title: 'No meeting is known after today.',
      summary: `The record has no meetings yet (as of ${today}).`,
      sections: [],
    });
  }
  const past = buildMeetingAnswer(store, latest.id, now, { question, ...(index ? { index } : {}) });
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

export function buildLatestMeetingAnswer(store: Store, question: string, now: Date, index?: SearchIndex): Answer {
  const latest = latestMeeting(store, now);
  if (!latest) {
    return answer('meeting', question, now, { title: 'No meeting has taken place yet, as far as the record shows.', sections: [] });
  }
  const result = buildMeetingAnswer(store, latest.id, now, { question, ...(index ? { index } : {}) });
  return { ...result, title: `Most recent meeting: ${meetingWhen(latest)}` };
}
