// "When is private fostering coming back to the board?", "is young carers on the
// agenda?": the planned date from the work programme (or "date to be determined" /
// "pending"), the agendas still to come that name it, and when it last came to
// the board, with the date and minute.
import { daysBetween, formatDate } from '../../london.ts';
import type { AgendaItem, Meeting, WorkProgrammeItem } from '../../model.ts';
import type { Answer, AnswerEntry } from '../answer.ts';
import { answerFor, citeLabel, itemEntry, meetingWhen, numberLabel, planEntry, requestEntry, section } from '../answer-parts.ts';
import type { AnswerContext } from '../context.ts';
import { agendaOutBy, heldBy, ofCommittee, startTime } from '../record-view.ts';
import { meetingsBetween, meetingsOn } from '../meetings/meeting-queries.ts';
import { dateIn, periodWords, type Period } from '../question/question-periods.ts';
import { entryKnown, entryYear } from '../work-programme/work-programme-queries.ts';
import { topicHits, type TopicHit } from './topic-hits.ts';
import { datedSentence, findPassages, passageEntry } from '../passages/passages.ts';
import { requestsAbout } from '../requests/request-topics.ts';

interface Placed {
  item: AgendaItem;
  meeting: Meeting;
  start: number;
  hit: TopicHit;
}

export interface TopicPlan {
  /** Items on agendas of meetings still to come, soonest first. */
  upcoming: Placed[];
  /** Items of meetings held, most recent first: those whose title names the topic, then those that discussed it. */
  past: Placed[];
  /** Plan entries dated from today, soonest first. */
  planned: WorkProgrammeItem[];
  /** Plan entries with no date yet, or pending. */
  undated: WorkProgrammeItem[];
  /** Plan entries for dates already past. */
  plannedEarlier: WorkProgrammeItem[];
}

export function topicPlan(ctx: AnswerContext, topic: string): TopicPlan {
  const view = ctx.view;
  const upcoming: Placed[] = [];
  const past: Placed[] = [];
  for (const hit of topicHits(ctx, topic, ['item'])) {
    const item = view.store.item(hit.refId);
    const meeting = item ? view.meetings.get(item.meetingId) : undefined;
    if (!item || !meeting || meeting.status === 'cancelled' || !ofCommittee(ctx, meeting)) continue;
    const start = startTime(view, meeting) ?? Number.MAX_SAFE_INTEGER;
    if (!heldBy(view, meeting, ctx.t)) {
      // Before the meeting only its agenda is known, once published: the title must name the topic.
      if (hit.titleMatch && agendaOutBy(view, meeting, ctx.t)) upcoming.push({ item, meeting, start, hit });
    } else if (hit.relevance !== 'mentioned' && meeting.date) past.push({ item, meeting, start, hit });
  }
  upcoming.sort((a, b) => a.start - b.start);
  const rank = (p: Placed) => (p.hit.titleMatch ? 0 : 1);
  past.sort((a, b) => rank(a) - rank(b) || b.start - a.start);
  const entries = topicHits(ctx, topic, ['work-programme'])
    .filter((h) => h.relevance !== 'mentioned')
    .map((h) => view.workProgramme.get(h.refId))
    .filter((e): e is WorkProgrammeItem => e !== undefined && entryKnown(ctx, e) && e.title.trim() !== '-')
    .filter((e) => !ctx.committee || !e.committee || e.committee === ctx.committee);
  const planned = entries.filter((e) => e.date && e.date >= ctx.today).sort((a, b) => (a.date! < b.date! ? -1 : 1));
  const plannedEarlier = entries.filter((e) => e.date && e.date < ctx.today).sort((a, b) => (a.date! < b.date! ? 1 : -1));
  // The latest programme's undated entries first.
  const undated = entries.filter((e) => !e.date).sort((a, b) => (entryYear(view, b) ?? '').localeCompare(entryYear(view, a) ?? ''));
  return { upcoming, past, planned, undated, plannedEarlier };
}

function slotWords(entry: WorkProgrammeItem): string {
  if (entry.date) return `planned for ${formatDate(entry.date)}`;
  return entry.slot === 'pending' ? 'pending' : 'date to be determined';
}

function placedEntry(ctx: AnswerContext, placed: Placed): AnswerEntry {
  const entry = itemEntry(ctx.view, placed.meeting, placed.item);
  const resolutions = ctx.view.resolutionsByItem.get(placed.item.id)?.length ?? 0;
  const detail = [...(entry.detail ?? [])];
  if (heldBy(ctx.view, placed.meeting, ctx.t) && !placed.item.private) {
    if (!placed.hit.titleMatch) detail.unshift(`Discussed under "${placed.item.title}"`);
    detail.push(resolutions ? `${resolutions} resolution${resolutions === 1 ? '' : 's'}` : 'No resolution recorded');
  }
  return { ...entry, label: citeLabel(placed.meeting, placed.item), ...(detail.length ? { detail } : {}) };
}

/** A plan row as an entry, labelled with its programme's year and its slot (a date, "date to be determined", pending). */
export function plannedEntry(ctx: AnswerContext, entry: WorkProgrammeItem): AnswerEntry {
  const year = entryYear(ctx.view, entry);
  const plan = planEntry(ctx.view, entry);
  return { ...plan, label: `Work programme${year ? ` ${year}` : ''} · ${slotWords(entry)}` };
}

export function buildComing(ctx: AnswerContext, topic: string, question: string, flavour: 'coming' | 'agenda', period: Period | null = null): Answer {
  const plan = topicPlan(ctx, topic);
  // "is ofsted on the agenda next week": only that period's agendas and plans answer yes.
  const soon = plan.upcoming.filter((p) => dateIn(period, p.meeting.date));
  const plannedThen = plan.planned.filter((e) => dateIn(period, e.date));
  const name = plan.upcoming[0]?.item.title ?? plan.planned[0]?.title ?? plan.undated[0]?.title ?? plan.past.find((p) => p.hit.titleMatch)?.item.title ?? topic;
  const lastCame = plan.past.find((p) => p.hit.titleMatch) ?? plan.past[0] ?? null;
  // An item named for the topic "came to the board"; one that only discussed it is said to have.
  const cameNumber = lastCame ? numberLabel(lastCame.meeting, lastCame.item)?.toLowerCase() : undefined;
  const cameText = !lastCame
    ? null
    : lastCame.hit.titleMatch
      ? `it last came to the board on ${formatDate(lastCame.meeting.date!)}${cameNumber ? ` (${cameNumber})` : ''}`
      : `it was last discussed on ${formatDate(lastCame.meeting.date!)}, under "${lastCame.item.title}"${cameNumber ? ` (${cameNumber})` : ''}`;

  let title: string;
  const next = soon[0];
  // A week or a month: its meetings answer. A year holds the programme's undated entries too, which the rest says.
  const short = period?.from && period.to && daysBetween(period.from, period.to) < 62;
  // The period is past: an agenda of then that named it answers yes.
  const tookThen = period ? plan.past.find((p) => p.hit.titleMatch && dateIn(period, p.meeting.date)) : undefined;
  if (period && short && !next && !plannedThen[0] && tookThen) {
    const number = numberLabel(tookThen.meeting, tookThen.item);
    title = `Yes: ${tookThen.item.title} was on the agenda of ${meetingWhen(tookThen.meeting)}${number ? ` (${number.toLowerCase()})` : ''}.`;
  } else if (period && short && !next && !plannedThen[0]) {
    const then = meetingsBetween(ctx, period.from ?? ctx.today, period.to ?? period.from ?? ctx.today).filter((m) => m.status !== 'cancelled');
    const meetings = then.length ? ` (${then.length === 1 ? 'the meeting then' : 'the meetings then'}: ${then.map((m) => meetingWhen(m)).join('; ')})` : ' (no meeting is known then)';
    title = `No: nothing on "${topic}" is on an agenda or planned ${periodWords(period)}${meetings}.`;
  } else if (next) {
    const at = `${numberLabel(next.meeting, next.item) ? ` (${numberLabel(next.meeting, next.item)!.toLowerCase()})` : ''}`;
    title = `${flavour === 'agenda' ? 'Yes: ' : ''}${next.item.title} is on the agenda of ${meetingWhen(next.meeting)}${at}.`;
  } else if (plannedThen[0]) {
    const entry = plannedThen[0];
    title = `${flavour === 'agenda' ? 'Not on a published agenda yet. ' : ''}${entry.title}: planned for ${formatDate(entry.date!)} in the work programme.`;
  } else if (plan.undated[0]) {
    const entry = plan.undated[0];
    const year = entryYear(ctx.view, entry);
    title = `${flavour === 'agenda' ? 'Not on a published agenda. ' : ''}${entry.title} is in the ${year ? `${year} ` : ''}work programme, ${entry.slot === 'pending' ? 'as a pending item' : 'date to be determined'}${cameText ? `; ${cameText}` : ''}.`;
  } else if (plan.plannedEarlier[0] && !(lastCame?.hit.titleMatch && lastCame.meeting.date! >= plan.plannedEarlier[0].date!)) {
    // Planned for a date now past, and not seen at the board since: say so, not "not in the work programme".
    const entry = plan.plannedEarlier[0];
    const minuted = meetingsOn(ctx, entry.date!).some((m) => m.status === 'minutes' && heldBy(ctx.view, m, ctx.t));
    const then = minuted ? 'the minutes of that meeting do not record it' : 'the record holds no minutes of that meeting, so whether it came then is not known';
    title = `${flavour === 'agenda' ? 'Not on a published agenda. ' : ''}${entry.title} was planned for ${formatDate(entry.date!)} in the work programme; ${then}${cameText ? `; ${cameText}` : ''}.`;
  } else if (cameText) {
    title = `${flavour === 'agenda' ? 'No: ' : ''}"${topic}" is not on a future agenda or in the work programme; ${cameText}.`;
  } else {
    title = `"${topic}" is not on an agenda, in the work programme or in the minutes known.`;
  }

  // Nothing on an agenda or dated in the plan: an open request of officers on it says when it is due.
  const asked = requestsAbout(ctx, topic).filter((s) => s.state.status === 'open');
  const dueAsked = asked.find((s) => s.dueDate || s.dueText);
  if (dueAsked && !next && !plannedThen[0] && dueAsked.meeting?.date) {
    const number = numberLabel(dueAsked.meeting, dueAsked.item);
    const due = dueAsked.dueText ?? formatDate(dueAsked.dueDate!);
    title += ` Officers were asked on ${formatDate(dueAsked.meeting.date)}${number ? ` (${number.toLowerCase()})` : ''}, due ${due}; still open.`;
  }

  const sections = [];
  if (plan.upcoming.length) sections.push(section('On agendas still to come', plan.upcoming.slice(0, ctx.limit).map((p) => placedEntry(ctx, p))));
  const wp = [...plan.planned, ...plan.undated];
  if (wp.length) sections.push(section('In the work programme', wp.slice(0, ctx.limit).map((e) => plannedEntry(ctx, e))));
  if (asked.length) sections.push(section('Asked of officers, still open', asked.slice(0, ctx.limit).map((s) => requestEntry(ctx.view, s))));
  if (plan.past.length) sections.push(section('Already at the board', plan.past.slice(0, ctx.limit).map((p) => placedEntry(ctx, p))));
  if (plan.plannedEarlier.length && (!plan.past.length || !wp.length)) sections.push(section('Planned earlier', plan.plannedEarlier.slice(0, 5).map((e) => plannedEntry(ctx, e))));
  const notes: string[] = [];
  // Nothing planned or on an agenda: a date the papers give ("the review would be held on ..."), which
  // the answer then leads with: it says when, where the rest says only where it is not.
  if (!plan.upcoming.length && !wp.length && !plan.plannedEarlier.length) {
    const passages = findPassages(ctx, topic, { question });
    if (passages.length) sections.unshift(section('From the papers', passages.map((p) => passageEntry(ctx, p))));
    const dated = passages[0] ? datedSentence(passages[0], topic) : null;
    if (dated) {
      const number = numberLabel(passages[0]!.meeting, passages[0]!.item);
      title = `${passages[0]!.meeting.status === 'minutes' ? 'The minutes' : 'The papers'} of ${formatDate(passages[0]!.meeting.date!)}${number ? ` (${number.toLowerCase()})` : ''} say: “${dated}” ${title}`;
    }
  }
  if (!sections.length) notes.push(`Try other words, or ask "work programme" for everything planned.`);
  return answerFor(ctx, 'work-programme', question, { title, ...(name !== topic ? { summary: `About "${topic}": ${name}` } : {}), sections, ...(notes.length ? { notes } : {}) });
}
