// "Attendance of Councillor Masih": meetings attended and apologies sent, newest first.
import type { Answer } from '../answer.ts';
import { answerFor, documentNames, meetingWhen, section } from '../answer-parts.ts';
import type { AnswerContext } from '../context.ts';
import { dateIn, type Period } from '../question/question-periods.ts';
import { firstAfter, lookupKey, type RecordView } from '../record-view.ts';
import type { Meeting } from '../../model.ts';
import { attendanceOf } from './attendance-queries.ts';
import { attendanceRateOf, percent } from './attendance-rates.ts';

const ROLE_WORDS: Record<string, string> = {
  chair: 'as Chair',
  member: 'as a member',
  'co-opted': 'as a co-opted member',
  cabinet: 'as a Cabinet Member',
  'other-member': 'as another member',
  invited: 'by invitation',
  substitute: 'as a substitute',
  employee: 'as an officer',
  other: '',
};

const MEETINGS_WHEN = lookupKey<Map<string, string>>('meetings as shown');

/** meetingWhen, worked out once per meeting and record version: a long-serving member's answer lists hundreds. */
function shownMeetings(view: RecordView): (meeting: Meeting) => string {
  const shown = view.derived.get(MEETINGS_WHEN, () => new Map<string, string>());
  return (meeting) => {
    let text = shown.get(meeting.id);
    if (text === undefined) shown.set(meeting.id, (text = meetingWhen(meeting)));
    return text;
  };
}

export function buildAttendance(ctx: AnswerContext, name: string, question: string, period: Period | null = null): Answer {
  const view = ctx.view;
  const when = shownMeetings(view);
  const whole = attendanceOf(ctx, name);
  // "did Cllr Miks come in January": the meetings of that period; the rate stays the whole record's.
  const record = { ...whole, attended: whole.attended.filter((a) => dateIn(period, a.meeting.date)), apologies: whole.apologies.filter((m) => dateIn(period, m.date)) };
  const minuted = minutedMeetings(ctx);
  const rate = attendanceRateOf(ctx, name);
  if (whole.names.length === 0 && !rate) {
    return answerFor(ctx, 'attendance', question, {
      title: `No record of ${name}: no attendance is recorded for anyone of that name.`,
      summary: `The record has attendance for ${minuted} meeting${minuted === 1 ? '' : 's'}; try the surname alone, e.g. "attendance of Masih".`,
      sections: [],
    });
  }
  // Someone only ever recorded absent has no mention in the minutes' attendance, only a rate.
  const who = whole.names[0] ?? rate!.name;
  const missed = rate?.meetings.filter((m) => m.presence === 'absent' && dateIn(period, m.meeting.date)) ?? [];
  const summary: string[] = [];
  if (rate && rate.meetings.length > 0) {
    summary.push(
      `Of the ${rate.meetings.length} meeting${rate.meetings.length === 1 ? '' : 's'} of ${rate.committees.length === 1 ? rate.committees[0] : 'the committees they sat on'} while a member: attended ${rate.attended}, apologies ${rate.apologies}, absent ${rate.absent} (${percent(rate.rate)} attended).`,
    );
  }
  if (whole.names.length > 1) summary.push(`Matched as: ${whole.names.join('; ')}.`);
  const title = period
    ? `${who}, ${period.label}: ${[record.attended.length ? `attended ${record.attended.map((a) => when(a.meeting)).join(', ')}` : '', record.apologies.length ? `sent apologies to ${record.apologies.map(when).join(', ')}` : ''].filter(Boolean).join('; ') || 'no attendance or apologies recorded then'}`
    : rate && rate.meetings.length > 0
    ? `${who}: attended ${rate.attended}, apologies ${rate.apologies}, absent ${rate.absent} of ${rate.meetings.length} meeting${rate.meetings.length === 1 ? '' : 's'} (${percent(rate.rate)})`
    : `${who}: attended ${record.attended.length}, apologies ${record.apologies.length} (of ${minuted} meetings with minutes)`;
  return answerFor(ctx, 'attendance', question, {
    title,
    ...(summary.length ? { summary: summary.join(' ') } : {}),
    sections: [
      section(
        'Attended',
        record.attended.map(({ meeting, as }) => ({
          text: when(meeting),
          ...(ROLE_WORDS[as] ? { detail: [ROLE_WORDS[as]!] } : {}),
          cite: { meetingId: meeting.id, date: meeting.date, documents: documentNames(view, meeting.sources) },
        })),
        'No meetings attended in the record.',
      ),
      section(
        'Apologies sent',
        record.apologies.map((meeting) => ({
          text: when(meeting),
          cite: { meetingId: meeting.id, date: meeting.date, documents: documentNames(view, meeting.sources) },
        })),
        'No apologies in the record.',
      ),
      ...(missed.length
        ? [
            section(
              'Absent without apologies',
              missed.map(({ meeting, recordedAbsent }) => ({
                text: when(meeting),
                detail: [recordedAbsent ? 'Recorded as absent' : 'Not named as present or with apologies in the minutes'],
                cite: { meetingId: meeting.id, date: meeting.date, documents: documentNames(view, meeting.sources) },
              })),
            ),
          ]
        : []),
    ],
    notes: ['Rates count the meetings of the committees a person sat on in each municipal year the minutes name them as a member.'],
  });
}

/** How many meetings held by now have minutes (and so attendance). */
function minutedMeetings(ctx: AnswerContext): number {
  let n = 0;
  const end = firstAfter(ctx.view, ctx.t);
  for (let i = 0; i < end; i++) {
    const m = ctx.view.calendar[i]!;
    if (m.status === 'minutes' && (!ctx.committee || !m.committee || m.committee === ctx.committee)) n++;
  }
  return n;
}
