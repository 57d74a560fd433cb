// People at meetings: who attended and who sent apologies ("who sent apologies
// in March 2023", "who was at the last meeting"), who chairs the board, and who
// sits on it.
import { formatDate } from '../../london.ts';
import type { Meeting } from '../../model.ts';
import type { Answer, AnswerEntry } from '../answer.ts';
import { answerFor, documentNames, meetingWhen, section } from '../answer-parts.ts';
import type { AnswerContext } from '../context.ts';
import { attendanceSection } from '../meetings/build-meeting.ts';
import { calendarSpan, meetingByRef, meetingsBetween, minutedMeetings } from '../meetings/meeting-queries.ts';
import type { Period } from '../question/question-periods.ts';
import { GUESTS_ASKED } from '../question/read-question.ts';
import type { MeetingRef } from '../question/question-reading.ts';
import { heldBy } from '../record-view.ts';
import { displayName } from './people.ts';

/** The meetings a question about attendance means: named, in a period, or else the most recent with minutes. */
function meetingsMeant(ctx: AnswerContext, ref: MeetingRef | null, period: Period | null): Meeting[] {
  if (ref) {
    const m = meetingByRef(ctx, ref);
    return m ? [m] : [];
  }
  if (period) {
    const span = calendarSpan(ctx.view);
    return meetingsBetween(ctx, period.from ?? span?.first ?? ctx.today, period.to ?? ctx.today).filter((m) => m.status === 'minutes' && heldBy(ctx.view, m, ctx.t));
  }
  return minutedMeetings(ctx, 1);
}

function names(list: { name: string }[]): string {
  return list.map((p) => displayName(p.name)).join(', ');
}

export function buildMeetingAttendance(ctx: AnswerContext, ref: MeetingRef | null, period: Period | null, question: string): Answer {
  const meetings = meetingsMeant(ctx, ref, period).slice(0, ctx.limit);
  const apologiesAsked = /\b(?:apol|absen|missed|couldn'?t|didn'?t|not there|away)\w*/i.test(question);
  // "who attended", "who was there": those present; the apologies are counted, not named.
  const presentAsked = !apologiesAsked && /\b(?:who (?:attended|came|turned up|showed up|was (?:at|there|present)|were (?:at|there|present))|attendees)\b/i.test(question);
  if (meetings.length === 0) {
    return answerFor(ctx, 'attendance', question, {
      title: `No minutes with attendance are known ${period ? (/^(?:next|this|last|since|before|after)/.test(period.label) ? period.label : `for ${period.label}`) : 'for that meeting'}.`,
      summary: 'Attendance comes from the minutes; a meeting still to come, or one whose minutes are not in the record, has none.',
      sections: [],
    });
  }
  // Officers and guests "in attendance" are not the board's attendees: counted apart unless asked for.
  const guestsAsked = !apologiesAsked && GUESTS_ASKED.test(question);
  const everyoneAsked = /\b(?:officers?|employees?|staff|everyone|everybody|who else|in attendance|cabinet)\b/i.test(question);
  const sections = meetings.map((meeting) => {
    const found = attendanceSection(meeting)?.entries ?? [];
    // Asked who was away: the apologies, not the whole attendance.
    const entries = apologiesAsked
      ? found.filter((e) => e.label === 'Apologies')
      : guestsAsked
        ? found.filter((e) => GUEST_LABELS.has(e.label ?? ''))
        : everyoneAsked
          ? found
          : boardAttendees(meeting, found, presentAsked);
    const none = apologiesAsked ? 'No apologies are recorded for this meeting.' : guestsAsked ? 'No guests, observers or invitees are recorded for this meeting.' : 'No attendance is recorded for this meeting.';
    return section(meetingWhen(meeting), entries, none);
  });
  const first = meetings[0]!;
  const guests = (m: Meeting): string => m.present.filter((p) => GUEST_ROLES.has(p.role)).map((p) => (p.note ? `${p.name} (${p.note})` : p.name)).join(', ');
  const title = guestsAsked
    ? meetings.length === 1
      ? guests(first)
        ? `Guests at ${meetingWhen(first)}: ${guests(first)}`
        : `No guests, observers or invitees are recorded for ${meetingWhen(first)}.`
      : `Guests at ${meetings.length} meetings: ${meetings.map((m) => `${formatDate(m.date!)}: ${guests(m) || 'none'}`).join('; ')}`
    : meetings.length === 1
      ? apologiesAsked
        ? first.apologies.length
          ? `Apologies for ${meetingWhen(first)}: ${names(first.apologies)}`
          : `No apologies are recorded for ${meetingWhen(first)}.`
        : `Attendance at ${meetingWhen(first)}: ${first.present.filter((p) => BOARD_ROLES.has(p.role)).length} members of the board present${first.apologies.length ? (presentAsked ? `, ${first.apologies.length} sent apologies` : `, apologies from ${names(first.apologies)}`) : ''}`
      : apologiesAsked
        ? `Apologies at ${meetings.length} meetings: ${meetings.map((m) => `${formatDate(m.date!)}: ${m.apologies.length ? names(m.apologies) : 'none'}`).join('; ')}`
        : `Attendance at ${meetings.length} meetings`;
  return answerFor(ctx, 'attendance', question, { title, sections, notes: [`Source: ${[...new Set(meetings.flatMap((m) => documentNames(ctx.view, m.sources)))].join(', ')}`] });
}

/** Who sits on the board: members, co-opted members and substitutes. */
const BOARD_ROLES = new Set(['member', 'co-opted', 'substitute']);
const BOARD_LABELS = new Set(['Chair', 'Members', 'Co-opted members', 'Substitutes', 'Apologies']);

/** Guests: people invited or also present, neither officers nor councillors. Few at any meeting, so named. */
const GUEST_ROLES = new Set(['invited', 'other']);
const GUEST_LABELS = new Set(['By invitation', 'Also present']);

/** The board's own attendees and its guests, with the officers and other councillors counted on one line. */
function boardAttendees(meeting: Meeting, entries: AnswerEntry[], presentOnly: boolean): AnswerEntry[] {
  const others = meeting.present.filter((p) => !BOARD_ROLES.has(p.role) && !GUEST_ROLES.has(p.role)).length;
  const own = entries.filter((e) => (BOARD_LABELS.has(e.label ?? '') || GUEST_LABELS.has(e.label ?? '')) && !(presentOnly && e.label === 'Apologies'));
  if (presentOnly && meeting.apologies.length > 0) {
    own.push({ label: 'Apologies', text: `${meeting.apologies.length} sent apologies: ask "who sent apologies" for their names` });
  }
  const at = own.findIndex((e) => e.label === 'Apologies');
  const note = { label: 'Also in attendance', text: `${others} not members of the board (officers, cabinet members): ask "who attended, officers included" for their names` };
  if (others > 0) own.splice(at < 0 ? own.length : at, 0, note);
  return own;
}

/** The chair of a meeting: as the minutes name it, or the member marked chair. */
function chairOf(meeting: Meeting): string | null {
  const chair = meeting.chair ?? meeting.present.find((p) => p.chair)?.name ?? null;
  return chair ? displayName(chair) : null;
}

export function buildChair(ctx: AnswerContext, ref: MeetingRef | null, period: Period | null, question: string): Answer {
  const chosen = ref || period ? meetingsMeant(ctx, ref, period) : minutedMeetings(ctx);
  const chaired = chosen.filter((m) => chairOf(m) !== null);
  if (chaired.length === 0) {
    return answerFor(ctx, 'attendance', question, { title: 'No chair is recorded for that meeting.', summary: 'The chair is taken from the minutes or the agenda.', sections: [] });
  }
  const latest = chaired[0]!;
  // Chairs over time, most recent first, each with the meetings they chaired.
  const spells: { chair: string; meetings: Meeting[] }[] = [];
  for (const m of chaired) {
    const chair = chairOf(m)!;
    const last = spells.at(-1);
    if (last && last.chair === chair) last.meetings.push(m);
    else spells.push({ chair, meetings: [m] });
  }
  const entries: AnswerEntry[] = spells.map((s) => ({
    text: s.chair,
    detail: [s.meetings.length === 1 ? `Chaired ${meetingWhen(s.meetings[0]!)}` : `Chaired ${s.meetings.length} meetings, ${formatDate(s.meetings.at(-1)!.date!)} to ${formatDate(s.meetings[0]!.date!)}`],
  }));
  const now = !ref && !period;
  return answerFor(ctx, 'attendance', question, {
    title: now ? `${chairOf(latest)} chairs the board (Chair at the most recent meeting, ${meetingWhen(latest)}).` : `${chairOf(latest)} chaired the meeting of ${meetingWhen(latest)}.`,
    // Asked of today: the chair at the latest minutes, not former chairs (ask "who chaired in 2017" for those).
    sections: now ? [] : [section('Chair', entries)],
    ...(latest.committee ? { summary: latest.committee } : {}),
  });
}

export function buildMembership(ctx: AnswerContext, ref: MeetingRef | null, period: Period | null, question: string): Answer {
  const meeting = meetingsMeant(ctx, ref, period)[0] ?? null;
  if (!meeting) return answerFor(ctx, 'attendance', question, { title: 'No minutes with the board’s members are in the record yet.', sections: [] });
  const found = attendanceSection(meeting);
  return answerFor(ctx, 'attendance', question, {
    title: `Members at the meeting of ${meetingWhen(meeting)}${chairOf(meeting) ? ` (Chair: ${chairOf(meeting)})` : ''}`,
    summary: 'As the minutes list them; the council’s website has the current membership.',
    sections: [section('Attendance', found?.entries ?? [], 'No attendance is recorded.')],
  });
}
