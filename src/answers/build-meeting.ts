// One meeting: when and where, who chaired and attended, the items with their
// authors and papers, and what was resolved and requested. Before a meeting it
// also gathers what is still open and what was resolved earlier on its topics
// (the agenda reminder posts this answer).
import type { AgendaItem, Meeting } from '../model.ts';
import { formatDate, formatTime } from '../london.ts';
import type { Store } from '../store/store.ts';
import { searchIndexFor, type SearchIndex } from '../search/search-index.ts';
import type { Answer, AnswerEntry, AnswerSection } from './answer.ts';
import {
  answer,
  documentNames,
  itemEntry,
  meetingStatusLabel,
  meetingWhen,
  numberLabel,
  planEntry,
  requestEntry,
  resolutionEntry,
  section,
} from './answer-parts.ts';
import { displayName } from './people.ts';
import {
  agendaTopic,
  earlierResolutionsOn,
  itemsOf,
  meetingById,
  meetingsOn,
  meetingsOnDayMonth,
  plannedFor,
  requestStatus,
  openRequestsOn,
  resolutionsAt,
} from './queries.ts';
import { findQuestionDate, type QuestionDate } from './question-dates.ts';
import { meetingStart, startTime, viewOf } from './record-view.ts';

export interface MeetingAnswerOptions {
  question?: string;
  index?: SearchIndex;
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

// Items every meeting has; looking up "earlier resolutions" on them says nothing.
const ROUTINE =
  /^(?:apologies(?: and substitutions)?|declarations? of interests?|minutes(?: of previous meeting)?|any other (?:items of )?(?:public )?business|matters arising|exclusion of (?:the )?press and public|outstanding issues|work programme(?: and outstanding issues)?(?: \d{4}.*)?)$/i;

function attendanceSection(meeting: Meeting): AnswerSection | null {
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
export function buildMeetingAnswer(store: Store, meetingId: string, now: Date, options: MeetingAnswerOptions = {}): Answer {
  const question = options.question ?? '';
  const view = viewOf(store);
  const meeting = meetingById(store, meetingId);
  if (!meeting) {
    return answer('notice', question, now, { title: 'That meeting is not in the record.', sections: [] });
  }
  const items = itemsOf(store, meeting.id);
  const start = meetingStart(meeting);
  const upcoming = start !== null && start.getTime() > now.getTime() && meeting.status !== 'cancelled';
  const status = upcoming && meeting.status === 'minutes' ? 'scheduled' : meetingStatusLabel(meeting);

  const sections: AnswerSection[] = [];
  // Before a meeting (as of `now`) there is no attendance, resolution or request to report yet.
  const attendance = upcoming ? null : attendanceSection(meeting);
  if (attendance) sections.push(attendance);

  if (items.length) {
    sections.push(section(meeting.status === 'minutes' && !upcoming ? 'Items' : 'Agenda', items.map((i) => itemEntry(view, meeting, i))));
  }
  const planned = plannedFor(store, meeting);
  if (planned.length && (meeting.status !== 'minutes' || items.length === 0)) {
    sections.push(section(items.length ? 'In the work programme for this meeting' : 'Planned items (work programme)', planned.map((e) => planEntry(view, e))));
  }
  if (items.length === 0 && planned.length === 0) {
    sections.push(section('Agenda', [], 'No agenda items are known for this meeting yet.'));
  }

  if (meeting.status === 'minutes' && !upcoming) {
    // The heading names the meeting; each entry keeps its minute and item.
    const withinMeeting = <T extends { label?: string }>(entry: T, item: AgendaItem | null): T => ({
      ...entry,
      label: [numberLabel(meeting, item), item?.title].filter(Boolean).join(' · '),
    });
    const resolutions = resolutionsAt(store, meeting.id);
    if (resolutions.length) sections.push(section('Resolutions', resolutions.map((r) => withinMeeting(resolutionEntry(view, r), r.item))));
    const requests = items
      .filter((i) => !i.private)
      .flatMap((i) => (view.requestsByItem.get(i.id) ?? []).map((r) => requestStatus(store, r, now)));
    if (requests.length) sections.push(section('Requests made', requests.map((s) => withinMeeting(requestEntry(view, s), s.item))));
  }

  const related = upcoming ? relatedSections(store, meeting, items, now, options.index ?? searchIndexFor(store)) : null;
  if (related) sections.push(...related.sections);

  const where = [meeting.place, status].filter(Boolean).join(' · ');
  const notes: string[] = [];
  if (meeting.status === 'cancelled') notes.push('This meeting was cancelled.');
  if (meeting.status === 'planned') notes.push('Known from the work programme only; the date may change and no agenda has been published yet.');
  if (meeting.closingTime && meeting.status === 'minutes' && !upcoming) notes.push(`The meeting closed at ${formatTime(meeting.closingTime)}.`);
  if (related?.capped) notes.push('Only a few open requests and earlier resolutions are shown per agenda topic; ask "history of <topic>" for the rest.');
  const documents = documentNames(view, meeting.sources);
  if (documents.length) notes.push(`Source: ${documents.join(', ')}`);

  return answer('meeting', question, now, {
    title: options.title ?? `${meeting.committee ? `${meeting.committee}: ` : 'Meeting: '}${meetingWhen(meeting)}${meeting.status === 'planned' ? ' (planned)' : ''}`,
    summary: `${meetingWhen(meeting)}${where ? ` · ${where}` : ''}`,
    sections,
    ...(notes.length ? { notes } : {}),
  });
}

/** "Improvement Board Report – 10th January 2018" -> "Improvement Board Report": dates are not topics. */
function withoutDates(title: string): string {
  let text = title;
  for (let found = findQuestionDate(text); found; found = findQuestionDate(text)) text = text.replace(found.text, ' ');
  // Dashes and spaces trimmed from both ends by a loop: a pattern anchored at the end rescans from every start.
  return trimDashes(text.replace(/\s+/g, ' '));
}

const DASH_OR_SPACE = new Set([' ', '-', '–', '—']);

function trimDashes(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && DASH_OR_SPACE.has(text[start]!)) start++;
  while (end > start && DASH_OR_SPACE.has(text[end - 1]!)) end--;
  return text.slice(start, end);
}

/** Look-back entries per agenda topic and in all: reminders beside the agenda, not the whole record. */
const RELATED_PER_TOPIC = 3;
const RELATED_IN_ALL = 12;

/**
 * For a meeting still to come: the oldest open requests and the latest earlier
 * resolutions on the topics of its items, the committee's own first, a few per topic.
 */
function relatedSections(store: Store, meeting: Meeting, items: AgendaItem[], now: Date, index: SearchIndex): { sections: AnswerSection[]; capped: boolean } {
  const view = viewOf(store);
  const topics = [
    ...items.filter((i) => !i.private).map((i) => i.title),
    ...plannedFor(store, meeting).map((e) => e.title),
  ]
    .map(withoutDates)
    .filter((t) => t && !ROUTINE.test(t));
  const start = startTime(view, meeting)!;
  const requestIds = new Set<string>();
  const requestEntries: AnswerEntry[] = [];
  const resolutionIds = new Set<string>();
  const resolutionEntries: AnswerEntry[] = [];
  let capped = false;
  for (const topic of [...new Set(topics)]) {
    if (requestEntries.length >= RELATED_IN_ALL && resolutionEntries.length >= RELATED_IN_ALL) {
      capped = true;
      break;
    }
    // One look-up per topic serves both lists.
    const subject = agendaTopic(store, index, topic);
    // One more than is shown: whether there are more says whether the list was cut.
    const open = openRequestsOn(store, subject, now, { limit: RELATED_PER_TOPIC + 1, committee: meeting.committee, skip: requestIds });
    if (open.length > RELATED_PER_TOPIC) capped = true;
    for (const status of open.slice(0, RELATED_PER_TOPIC)) {
      if (requestEntries.length === RELATED_IN_ALL) {
        capped = true;
        break;
      }
      requestIds.add(status.request.id);
      requestEntries.push(requestEntry(view, status));
    }
    for (const ref of earlierResolutionsOn(store, subject, start, { limit: RELATED_PER_TOPIC, committee: meeting.committee })) {
      if (resolutionIds.has(ref.resolution.id)) continue;
      if (resolutionEntries.length === RELATED_IN_ALL) {
        capped = true;
        break;
      }
      resolutionIds.add(ref.resolution.id);
      resolutionEntries.push({ ...resolutionEntry(view, ref), detail: [`On the agenda topic: ${topic}`] });
    }
  }
  const out: AnswerSection[] = [];
  if (requestEntries.length) out.push(section('Open requests on these topics', requestEntries));
  if (resolutionEntries.length) out.push(section('Earlier resolutions on these topics', resolutionEntries));
  return { sections: out, capped };
}

/** "meeting on 11 January 2018", "agenda 13/07/2017", "11th Jan". */
export function buildMeetingOnAnswer(store: Store, date: QuestionDate, question: string, now: Date, index?: SearchIndex): Answer {
  if (date.kind === 'invalid') {
    return answer('notice', question, now, {
      title: `"${date.text}" is not a real date.`,
      summary: 'Give the date day first, for example "meeting on 11 January 2018" or "agenda 13/07/2017".',
      sections: [],
    });
  }
  if (date.kind === 'day-month') {
    const matches = meetingsOnDayMonth(store, date.day, date.month, now);
    const dayMonth = formatDate(`2000-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`).replace(/^\S+ /, '').replace(/ 2000$/, '');
    if (matches.length === 0) return noMeeting(store, question, now, dayMonth, null);
    const chosen = matches[0]!;
    const result = buildMeetingAnswer(store, chosen.id, now, { question, ...(index ? { index } : {}) });
    const others = [...new Set(matches.slice(1).map((m) => m.date!.slice(0, 4)))];
    if (others.length) {
      result.notes = [
        `Meetings on ${dayMonth} are also known in ${others.join(', ')}; add the year to choose, e.g. "${dayMonth} ${others[0]}".`,
        ...(result.notes ?? []),
      ];
    }
    return result;
  }
  const found = meetingsOn(store, date.date);
  if (found.length === 0) return noMeeting(store, question, now, formatDate(date.date), date.date);
  const result = buildMeetingAnswer(store, found[0]!.id, now, { question, ...(index ? { index } : {}) });
  if (found.length > 1) {
    result.notes = [`${found.length} meetings are known on that day; this is the first.`, ...(result.notes ?? [])];
  }
  return result;
}

function noMeeting(store: Store, question: string, now: Date, when: string, date: string | null): Answer {
  const view = viewOf(store);
  const entries: AnswerEntry[] = [];
  if (date) {
    const sorted = [...view.calendar].sort(
      (a, b) => Math.abs(Date.parse(a.date!) - Date.parse(date)) - Math.abs(Date.parse(b.date!) - Date.parse(date)),
    );
    for (const m of sorted.slice(0, 3)) entries.push({ text: meetingWhen(m), detail: [meetingStatusLabel(m)] });
  }
  return answer('meeting', question, now, {
    title: `No meeting is known on ${when}.`,
    sections: entries.length ? [section('Nearest meetings known', entries)] : [],
    notes: ['Ask "next meeting" or give another date, e.g. "meeting on 11 January 2018".'],
  });
}
