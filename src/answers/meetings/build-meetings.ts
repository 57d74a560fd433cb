// Meetings in a period ("meeting in March", "what's on the agenda next week",
// "any meetings next month") and meetings named by their place ("the meeting
// after next", "the meeting before last").
import { formatDate } from '../../london.ts';
import type { Meeting } from '../../model.ts';
import type { Answer, AnswerEntry } from '../answer.ts';
import { answerFor, count, documentNames, meetingStatusLabel, meetingWhen, planEntry, section } from '../answer-parts.ts';
import type { AnswerContext } from '../context.ts';
import { periodWords, type Period } from '../question/question-periods.ts';
import type { MeetingRef } from '../question/question-reading.ts';
import { agendaOutBy, meetingKnownBy, meetingStart } from '../record-view.ts';
import { buildMeetingAnswer } from './build-meeting.ts';
import { itemsOf, meetingByRef, meetingsBetween, meetingsInPeriod, meetingsNamedInLaterMinutes, nextMeeting, plannedFor } from './meeting-queries.ts';

const REF_WORDS: Record<MeetingRef, string> = {
  next: 'Next meeting',
  'after-next': 'The meeting after next',
  last: 'Most recent meeting',
  'before-last': 'The meeting before last',
};

export function buildMeetingByRef(ctx: AnswerContext, ref: MeetingRef, question: string): Answer {
  const meeting = meetingByRef(ctx, ref);
  if (!meeting) {
    const future = ref === 'next' || ref === 'after-next';
    return answerFor(ctx, 'meeting', question, {
      title: future ? `${REF_WORDS[ref]}: none is known yet.` : `${REF_WORDS[ref]}: none is in the record.`,
      summary: future ? 'Meetings appear once their agenda, minutes or a work programme listing them has been added.' : `No such meeting had taken place by ${formatDate(ctx.today)}.`,
      sections: [],
    });
  }
  const result = buildMeetingAnswer(ctx, meeting.id, { question, title: `${REF_WORDS[ref]}${meeting.status === 'planned' ? ' (planned)' : ''}: ${meetingWhen(meeting)}` });
  return ref === 'next' ? { ...result, kind: 'next-meeting' } : result;
}

function meetingLine(ctx: AnswerContext, meeting: Meeting): AnswerEntry {
  const items = (agendaOutBy(ctx.view, meeting, ctx.t) ? itemsOf(ctx.view, meeting.id) : []).filter((i) => !/^(?:apologies|declarations?|minutes|any other business)/i.test(i.title));
  const planned = items.length === 0 ? plannedFor(ctx.view, meeting).filter((e) => e.title.trim() !== '-') : [];
  const start = meetingStart(meeting);
  const upcoming = start !== null && start.getTime() > ctx.t;
  const status = upcoming && meeting.status === 'minutes' ? 'scheduled' : meetingStatusLabel(meeting);
  const detail = [[meeting.place, status].filter(Boolean).join(' · ')];
  if (items.length) detail.push(`${upcoming ? 'Agenda' : 'Items'}: ${items.map((i) => (i.private ? `${i.title} (exempt)` : i.title)).join('; ')}`);
  if (planned.length) detail.push(`Planned: ${planned.map((e) => e.title).join('; ')}`);
  return {
    text: meetingWhen(meeting),
    ...(meeting.committee ? { label: meeting.committee } : {}),
    detail,
    cite: { meetingId: meeting.id, date: meeting.date, documents: documentNames(ctx.view, meeting.sources) },
  };
}

/** A meeting known only from the work programme: no agenda is out, so what is planned for it is said to be planned. */
function plannedTitle(ctx: AnswerContext, meeting: Meeting, period: Period): string {
  const planned = plannedFor(ctx.view, meeting).map((e) => e.title);
  const plans = planned.length ? `the work programme plans ${planned.join('; ')}` : 'the work programme plans nothing for it yet';
  return `No agenda ${periodWords(period)} is published yet: ${meetingWhen(meeting)} is planned, and ${plans}.`;
}

/** Meetings in a period: one is shown in full, several are listed with their items. */
export function buildMeetingsIn(ctx: AnswerContext, period: Period, question: string, focus: 'meetings' | 'agenda' = 'meetings'): Answer {
  const inPeriod = meetingsInPeriod(ctx, period);
  // A meeting known only from later papers is not offered before its agenda is out.
  const found = inPeriod.filter((m) => m.status !== 'cancelled' && meetingKnownBy(ctx.view, m, ctx.t));
  const cancelled = inPeriod.filter((m) => m.status === 'cancelled');
  if (found.length === 1) {
    const only = found[0]!;
    return buildMeetingAnswer(ctx, only.id, { question, title: only.status === 'planned' ? plannedTitle(ctx, only, period) : `${focus === 'agenda' ? 'Agenda' : 'Meeting'} ${periodWords(period)}: ${meetingWhen(only)}` });
  }
  if (found.length === 0) {
    const next = nextMeeting(ctx);
    const notes: string[] = [];
    if (cancelled.length) notes.push(`Cancelled: ${cancelled.map((m) => meetingWhen(m)).join('; ')}.`);
    // No papers of it, yet a later meeting agreed its minutes: it was held.
    const named = period.from && period.to ? meetingsNamedInLaterMinutes(ctx, period.from, period.to) : [];
    if (named.length) {
      return answerFor(ctx, 'meeting', question, {
        title: `The record has no papers of a meeting ${periodWords(period)}, but later minutes say one was held on ${named.map((n) => formatDate(n.date)).join(' and ')}.`,
        sections: [section('Named in later minutes', named.map((n) => ({ text: formatDate(n.date), detail: [`Its minutes were agreed at the meeting of ${meetingWhen(n.by)}: “${n.said}”`], cite: { meetingId: n.by.id, date: n.by.date, documents: documentNames(ctx.view, n.by.sources) } })))],
        ...(notes.length ? { notes } : {}),
      });
    }
    return answerFor(ctx, 'meeting', question, {
      title: `No meeting is known ${periodWords(period)}.`,
      summary: next ? `The next meeting known is ${meetingWhen(next)}.` : `No meeting after ${formatDate(ctx.today)} is known.`,
      sections: next ? [section('Next meeting', [meetingLine(ctx, next)])] : [],
      ...(notes.length ? { notes } : {}),
    });
  }
  const shown = found.slice(0, ctx.limit);
  return answerFor(ctx, 'meeting', question, {
    title: `${count(found.length)} meetings ${periodWords(period)}`,
    sections: [section('Meetings', shown.map((m) => meetingLine(ctx, m)))],
    ...(cancelled.length ? { notes: [`Cancelled: ${cancelled.map((m) => meetingWhen(m)).join('; ')}.`] } : {}),
    ...(found.length > shown.length ? { notListed: found.length - shown.length } : {}),
  });
}

/** What the work programme plans in a period, beside the meetings known then. */
export function plannedEntriesIn(ctx: AnswerContext, from: string, to: string): AnswerEntry[] {
  const out: AnswerEntry[] = [];
  for (const meeting of meetingsBetween(ctx, from, to)) {
    for (const entry of plannedFor(ctx.view, meeting)) if (entry.title.trim() !== '-') out.push(planEntry(ctx.view, entry, [`Planned for ${meetingWhen(meeting)}`]));
  }
  return out;
}
