// "Attendance of Councillor Masih": meetings attended and apologies sent, newest first.
import type { Answer } from '../answer.ts';
import { answerFor, documentNames, meetingWhen, section } from '../answer-parts.ts';
import type { AnswerContext } from '../context.ts';
import { firstAfter } from '../record-view.ts';
import { attendanceOf } from './attendance-queries.ts';

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

export function buildAttendance(ctx: AnswerContext, name: string, question: string): Answer {
  const view = ctx.view;
  const record = attendanceOf(ctx, name);
  const minuted = minutedMeetings(ctx);
  if (record.names.length === 0) {
    return answerFor(ctx, 'attendance', question, {
      title: `No attendance is recorded for "${name}".`,
      summary: `The record has attendance for ${minuted} meeting${minuted === 1 ? '' : 's'}; try the surname alone, e.g. "attendance of Masih".`,
      sections: [],
    });
  }
  const who = record.names[0]!;
  return answerFor(ctx, 'attendance', question, {
    title: `${who}: attended ${record.attended.length}, apologies ${record.apologies.length} (of ${minuted} meetings with minutes)`,
    ...(record.names.length > 1 ? { summary: `Matched as: ${record.names.join('; ')}.` } : {}),
    sections: [
      section(
        'Attended',
        record.attended.map(({ meeting, as }) => ({
          text: meetingWhen(meeting),
          ...(ROLE_WORDS[as] ? { detail: [ROLE_WORDS[as]!] } : {}),
          cite: { meetingId: meeting.id, date: meeting.date, documents: documentNames(view, meeting.sources) },
        })),
        'No meetings attended in the record.',
      ),
      section(
        'Apologies sent',
        record.apologies.map((meeting) => ({
          text: meetingWhen(meeting),
          cite: { meetingId: meeting.id, date: meeting.date, documents: documentNames(view, meeting.sources) },
        })),
        'No apologies in the record.',
      ),
    ],
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
