// Who attended and who sent apologies: each person's mentions in the record's attendance, looked
// up by surname in the mentions read once per record version (./attendance-mentions.ts), so a
// question about a person never re-reads every meeting's attendance.
import type { Meeting } from '../../model.ts';
import type { AnswerContext } from '../context.ts';
import { firstAfter } from '../record-view.ts';
import { personKey, type PersonKey } from './people.ts';
import { ATTENDANCE_MENTIONS, attendanceMentions, type AttendanceMention } from './attendance-mentions.ts';

/** One mention of a person in a meeting's attendance: present (as `as`: 'chair' for the chair) or with apologies. */
export type PersonMention = AttendanceMention;

/** The look-up people are found in. */
export const PEOPLE_LOOKUP = ATTENDANCE_MENTIONS;


export interface Attendance {
  /** The names as the minutes printed them, for the heading. */
  names: string[];
  attended: { meeting: Meeting; as: string }[];
  apologies: Meeting[];
}

/** Mentions of a person (by name as a member types it) in meetings held by now, newest first. */
export function mentionsOf(ctx: AnswerContext, key: PersonKey): PersonMention[] {
  return attendanceMentions(ctx.view)
    .of({ rates: false, before: firstAfter(ctx.view, ctx.t), person: key })
    .sort((a, b) => b.at - a.at);
}

/** Meetings a person attended and sent apologies to by now, newest first ("Councillor Masih", "Cllr A Masih", "Masih"). */
export function attendanceOf(ctx: AnswerContext, name: string): Attendance {
  const key = personKey(name);
  const result: Attendance = { names: [], attended: [], apologies: [] };
  if (!key) return result;
  const names = new Set<string>();
  const seen = new Set<string>();
  for (const mention of mentionsOf(ctx, key)) {
    // Present and apologies both printed for one meeting: present wins (the first listed role counts).
    if (seen.has(mention.meeting.id)) continue;
    seen.add(mention.meeting.id);
    names.add(mention.name);
    if (mention.as === 'apologies') result.apologies.push(mention.meeting);
    else result.attended.push({ meeting: mention.meeting, as: mention.as });
  }
  result.names = [...names];
  return result;
}
