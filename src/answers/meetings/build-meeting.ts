// One meeting: when and where, who chaired and attended, the items with their
// authors and papers, and what was resolved and requested. Before a meeting it
// also gathers what is still open and what was resolved earlier on its topics
// (the agenda reminder posts this answer).
import type { AgendaItem, Meeting } from '../../model.ts';
import { formatDate, formatTime } from '../../london.ts';
import type { Answer, AnswerEntry, AnswerSection } from '../answer.ts';
import {
  answerFor,
  documentNames,
  itemEntry,
  meetingStatusLabel,
  meetingWhen,
  numberLabel,
  planEntry,
  requestEntry,
  resolutionEntry,
  section,
} from '../answer-parts.ts';
import type { AnswerContext } from '../context.ts';
import { displayName } from '../attendance/people.ts';
import type { QuestionDate } from '../question/question-dates.ts';
import { agendaOutBy, agendaPublishedOn, meetingStart } from '../record-view.ts';
import { requestStatus, type RequestStatus } from '../requests/request-catalogue.ts';
import { resolutionsAt } from '../resolutions/resolution-queries.ts';
import { lookBackSections, STILL_LOADING_NOTE } from './agenda-look-back.ts';
import { meetingPromises } from './meeting-promises.ts';
import { itemsOf, meetingById, meetingsNamedInLaterMinutes, meetingsOn, meetingsOnDayMonth, nearestMeetings, plannedFor } from './meeting-queries.ts';

export interface MeetingAnswerOptions {
  question?: string;
  /** Overrides the title ("Next meeting: ..."). */
  title?: string;
}

const ROLE_HEADINGS: Record<string, string> = {
  member: 'Members',
  'co-opted': 'Co-opted members',
  cabinet: 'Cabinet members',
  'other-member': 'Other members',
  invited: 'By invitation',
  substitute: 'Substitutes',
  employee: 'Officers',
  other: 'Also present',
};

export function attendanceSection(meeting: Meeting): AnswerSection | null {
  if (meeting.present.length === 0 && meeting.apologies.length === 0 && !meeting.chair) return null;
  const entries: AnswerEntry[] = [];
  const chair = meeting.chair ?? meeting.present.find((p) => p.chair)?.name ?? null;
  if (chair) entries.push({ label: 'Chair', text: displayName(chair) });
  const byRole = new Map<string, string[]>();
  for (const person of meeting.present) {
    const label = person.note && person.role !== 'member' ? `${person.name} (${person.note})` : person.name;
    byRole.set(person.role, [...(byRole.get(person.role) ?? []), label]);
  }
  for (const [role, heading] of Object.entries(ROLE_HEADINGS)) {
    const names = byRole.get(role);
    if (names?.length) entries.push({ label: heading, text: names.join(', ') });
  }
  if (meeting.apologies.length) {
    entries.push({ label: 'Apologies', text: meeting.apologies.map((a) => a.name).join(', ') });
  }
  return section(meeting.status === 'minutes' ? 'Attendance' : 'Membership', entries);
}

/**
 * The full answer for one meeting (also used by agenda reminders): date, time, place,
 * status, attendance, items with report authors and papers, resolutions and requests;
 * for a meeting still to come, the open requests and earlier resolutions on its topics.
 */
export function buildMeetingAnswer(ctx: AnswerContext, meetingId: string, options: MeetingAnswerOptions = {}): Answer {
  const question = options.question ?? '';
  const view = ctx.view;
  const meeting = meetingById(view, meetingId);
  if (!meeting) {
    return answerFor(ctx, 'notice', question, { title: 'That meeting is not in the record.', sections: [] });
  }
  // A meeting weeks away has no agenda yet, whatever its later minutes say.
  const agendaOut = agendaOutBy(view, meeting, ctx.t);
  const items = agendaOut ? itemsOf(view, meeting.id) : [];
  const start = meetingStart(meeting);
  const upcoming = start !== null && start.getTime() > ctx.t && meeting.status !== 'cancelled';
  const status = upcoming && meeting.status === 'minutes' ? 'scheduled' : meetingStatusLabel(meeting);

  const sections: AnswerSection[] = [];
  // Before a meeting (as of `now`) there is no attendance, resolution or request to report yet.
  const attendance = upcoming ? null : attendanceSection(meeting);
  if (attendance) sections.push(attendance);

  if (items.length) {
    sections.push(section(meeting.status === 'minutes' && !upcoming ? 'Items' : 'Agenda', items.map((i) => itemEntry(view, meeting, i))));
  }
  const planned = plannedFor(view, meeting);
  if (planned.length && (meeting.status !== 'minutes' || items.length === 0)) {
    sections.push(section(items.length ? 'In the work programme for this meeting' : 'Planned items (work programme)', planned.map((e) => planEntry(view, e))));
  }
  // Before its notice, a meeting's agenda is not out: what the work programme plans for it stands in, said to be so.
  const notOutYet = !agendaOut && meeting.date ? `The agenda is not published yet: it is due by ${formatDate(agendaPublishedOn(meeting.date))}, five clear working days before the meeting.` : null;
  if (items.length === 0 && planned.length === 0) {
    sections.push(section('Agenda', [], notOutYet ? `No agenda items are known for this meeting yet. ${notOutYet} The work programme plans nothing for that date.` : 'No agenda items are known for this meeting yet.'));
  }

  if (meeting.status === 'minutes' && !upcoming) {
    // The heading names the meeting; each entry keeps its minute and item.
    const withinMeeting = <T extends { label?: string }>(entry: T, item: AgendaItem | null): T => ({
      ...entry,
      label: [numberLabel(meeting, item), item?.title].filter(Boolean).join(' · '),
    });
    const resolutions = resolutionsAt(view, meeting.id);
    if (resolutions.length) sections.push(section('Resolutions', resolutions.map((r) => withinMeeting(resolutionEntry(view, r), r.item))));
    const requests = items
      .filter((i) => !i.private)
      .flatMap((i) => (view.requestsByItem.get(i.id) ?? []).map((r) => requestStatus(ctx, r)))
      .filter((s): s is RequestStatus => s !== null);
    if (requests.length) sections.push(section('Requests made', requests.map((s) => withinMeeting(requestEntry(view, s), s.item))));
  }

  const promises = upcoming ? meetingPromises(ctx, meeting) : null;
  if (promises) sections.push(...promises.sections);
  const related = upcoming ? lookBackSections(ctx, meeting, items) : null;
  // A request due at this meeting is listed once, under that heading.
  if (related) sections.push(...related.sections.map((s) => ({ ...s, entries: s.entries.filter((e) => !e.request || !promises?.requestIds.has(e.request.id)) })).filter((s) => s.entries.length > 0));

  const where = [meeting.place, status].filter(Boolean).join(' · ');
  // "how long did it last": the minutes give when it closed.
  const ran = meeting.closingTime && meeting.time && meeting.status === 'minutes' && !upcoming ? lengthText(meeting.time, meeting.closingTime) : null;
  const notes: string[] = [];
  if (related?.loading) notes.push(STILL_LOADING_NOTE);
  if (meeting.status === 'cancelled') notes.push('This meeting was cancelled.');
  if (notOutYet && planned.length) notes.push(`${notOutYet} Listed above is what the work programme plans for it.`);
  if (meeting.status === 'planned') notes.push('Known from the work programme only; the date may change and no agenda has been published yet.');
  if (meeting.closingTime && meeting.status === 'minutes' && !upcoming) notes.push(`The meeting closed at ${formatTime(meeting.closingTime)}.`);
  if (promises) notes.push(...promises.notes);
  if (related?.capped) notes.push('Only a few open requests and earlier resolutions are shown per agenda topic; ask "history of <topic>" for the rest.');
  const documents = documentNames(view, meeting.sources);
  if (documents.length && agendaOut) notes.push(`Source: ${documents.join(', ')}`);

  return answerFor(ctx, 'meeting', question, {
    title: options.title ?? `${meeting.committee ? `${meeting.committee}: ` : 'Meeting: '}${meetingWhen(meeting)}${meeting.status === 'planned' ? ' (planned)' : ''}`,
    summary: `${meetingWhen(meeting)}${ran ? ` to ${formatTime(meeting.closingTime!)}${ran}` : ''}${where ? ` · ${where}` : ''}`,
    sections,
    ...(notes.length ? { notes } : {}),
  });
}

/** "meeting on 11 January 2018", "agenda 13/07/2017", "11th Jan". */
export function buildMeetingOnAnswer(ctx: AnswerContext, date: QuestionDate, question: string): Answer {
  if (date.kind === 'invalid') {
    return answerFor(ctx, 'notice', question, {
      title: `"${date.text}" is not a real date.`,
      summary: 'Give the date day first, for example "meeting on 11 January 2018" or "agenda 13/07/2017".',
      sections: [],
    });
  }
  if (date.kind === 'day-month') {
    const matches = meetingsOnDayMonth(ctx, date.day, date.month);
    const dayMonth = formatDate(`2000-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`).replace(/^\S+ /, '').replace(/ 2000$/, '');
    if (matches.length === 0) return noMeeting(ctx, question, dayMonth, null);
    const chosen = matches[0]!;
    const result = buildMeetingAnswer(ctx, chosen.id, { question });
    const others = [...new Set(matches.slice(1).map((m) => m.date!.slice(0, 4)))];
    if (others.length) {
      result.notes = [
        `Meetings on ${dayMonth} are also known in ${others.join(', ')}; add the year to choose, e.g. "${dayMonth} ${others[0]}".`,
        ...(result.notes ?? []),
      ];
    }
    return result;
  }
  const found = meetingsOn(ctx, date.date);
  if (found.length === 0) return noMeeting(ctx, question, formatDate(date.date), date.date);
  const result = buildMeetingAnswer(ctx, found[0]!.id, { question });
  if (found.length > 1) {
    result.notes = [`${found.length} meetings are known on that day; this is the first.`, ...(result.notes ?? [])];
  }
  return result;
}

function noMeeting(ctx: AnswerContext, question: string, when: string, date: string | null): Answer {
  const view = ctx.view;
  const entries: AnswerEntry[] = [];
  // No papers of it, yet a later meeting agreed its minutes: it was held.
  const named = date ? meetingsNamedInLaterMinutes(ctx, date, date)[0] : undefined;
  if (named) {
    return answerFor(ctx, 'meeting', question, {
      title: `The record has no papers of a meeting on ${when}, but later minutes say one was held then: its minutes were agreed at the meeting of ${meetingWhen(named.by)}.`,
      summary: `“${named.said}”`,
      sections: [],
    });
  }
  if (date) {
    for (const m of nearestMeetings(view, date, 3)) entries.push({ text: meetingWhen(m), detail: [meetingStatusLabel(m)] });
  }
  return answerFor(ctx, 'meeting', question, {
    title: `No meeting is known on ${when}.`,
    sections: entries.length ? [section('Nearest meetings known', entries)] : [],
    notes: ['Ask "next meeting" or give another date, e.g. "meeting on 11 January 2018".'],
  });
}

/** " (2 hours)", " (1 hour 45 minutes)" from a start and a closing time ("14:30", "16:15"); "" when they make no sense. */
function lengthText(start: string, end: string): string {
  const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  const length = minutes(end) - minutes(start);
  if (!(length > 0) || length > 12 * 60) return '';
  const hours = Math.floor(length / 60);
  const rest = length % 60;
  const parts = [hours ? `${hours} hour${hours === 1 ? '' : 's'}` : '', rest ? `${rest} minute${rest === 1 ? '' : 's'}` : ''].filter(Boolean);
  return ` (${parts.join(' ')})`;
}
