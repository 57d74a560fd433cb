// "Attendance of Councillor Masih": meetings attended and apologies sent, newest first.
import type { Store } from '../store/store.ts';
import type { Answer } from './answer.ts';
import { answer, documentNames, meetingWhen, section } from './answer-parts.ts';
import { attendanceOf } from './queries.ts';
import { viewOf } from './record-view.ts';

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

export function buildAttendance(store: Store, name: string, question: string, now: Date): Answer {
  const view = viewOf(store);
  const record = attendanceOf(store, name, now);
  const minuted = view.calendar.filter((m) => m.status === 'minutes' && m.date && Date.parse(m.date) <= now.getTime()).length;
  if (record.names.length === 0) {
    return answer('attendance', question, now, {
      title: `No attendance is recorded for "${name}".`,
      summary: `The record has attendance for ${minuted} meeting${minuted === 1 ? '' : 's'}; try the surname alone, e.g. "attendance of Masih".`,
      sections: [],
    });
  }
  const who = record.names[0]!;
  return answer('attendance', question, now, {
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
