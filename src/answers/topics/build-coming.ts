// "When is private fostering coming back to the board?", "is young carers on the
// agenda?": the planned date from the work programme (or "date to be determined" /
// "pending"), the agendas still to come that name it, and when it last came to
// the board, with the date and minute.
import { formatDate } from '../../london.ts';
import type { AgendaItem, Meeting, WorkProgrammeItem } from '../../model.ts';
import type { Answer, AnswerEntry } from '../answer.ts';
import { answerFor, citeLabel, itemEntry, meetingWhen, numberLabel, planEntry, section } from '../answer-parts.ts';
import type { AnswerContext } from '../context.ts';
import { heldBy, ofCommittee, startTime } from '../record-view.ts';
import { entryKnown, entryYear } from '../work-programme/work-programme-queries.ts';
import { topicHits, type TopicHit } from './topic-hits.ts';

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
      // Before the meeting only its agenda is known: the title must name the topic.
      if (hit.titleMatch) upcoming.push({ item, meeting, start, hit });
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

function planned(ctx: AnswerContext, entry: WorkProgrammeItem): AnswerEntry {
  const year = entryYear(ctx.view, entry);
  const plan = planEntry(ctx.view, entry);
  return { ...plan, label: `Work programme${year ? ` ${year}` : ''} · ${slotWords(entry)}` };
}

export function buildComing(ctx: AnswerContext, topic: string, question: string, flavour: 'coming' | 'agenda'): Answer {
  const plan = topicPlan(ctx, topic);
  const name = plan.upcoming[0]?.item.title ?? plan.planned[0]?.title ?? plan.undated[0]?.title ?? plan.past.find((p) => p.hit.titleMatch)?.item.title ?? topic;
  const lastCame = plan.past.find((p) => p.hit.titleMatch) ?? plan.past[0] ?? null;
  const cameText = lastCame ? `it last came to the board on ${formatDate(lastCame.meeting.date!)}${numberLabel(lastCame.meeting, lastCame.item) ? ` (${numberLabel(lastCame.meeting, lastCame.item)!.toLowerCase()}${lastCame.hit.titleMatch ? '' : `, ${lastCame.item.title}`})` : ''}` : null;

  let title: string;
  const next = plan.upcoming[0];
  if (next) {
    const at = `${numberLabel(next.meeting, next.item) ? ` (${numberLabel(next.meeting, next.item)!.toLowerCase()})` : ''}`;
    title = `${flavour === 'agenda' ? 'Yes: ' : ''}${next.item.title} is on the agenda of ${meetingWhen(next.meeting)}${at}.`;
  } else if (plan.planned[0]) {
    const entry = plan.planned[0];
    title = `${flavour === 'agenda' ? 'Not on a published agenda yet. ' : ''}${entry.title}: planned for ${formatDate(entry.date!)} in the work programme.`;
  } else if (plan.undated[0]) {
    const entry = plan.undated[0];
    const year = entryYear(ctx.view, entry);
    title = `${flavour === 'agenda' ? 'Not on a published agenda. ' : ''}${entry.title} is in the ${year ? `${year} ` : ''}work programme, ${entry.slot === 'pending' ? 'as a pending item' : 'date to be determined'}${cameText ? `; ${cameText}` : ''}.`;
  } else if (cameText) {
    title = `${flavour === 'agenda' ? 'No: ' : ''}"${topic}" is not on a future agenda or in the work programme; ${cameText}.`;
  } else {
    title = `"${topic}" is not on an agenda, in the work programme or in the minutes known.`;
  }

  const sections = [];
  if (plan.upcoming.length) sections.push(section('On agendas still to come', plan.upcoming.slice(0, ctx.limit).map((p) => placedEntry(ctx, p))));
  const wp = [...plan.planned, ...plan.undated];
  if (wp.length) sections.push(section('In the work programme', wp.slice(0, ctx.limit).map((e) => planned(ctx, e))));
  if (plan.past.length) sections.push(section('Already at the board', plan.past.slice(0, ctx.limit).map((p) => placedEntry(ctx, p))));
  if (plan.plannedEarlier.length && !plan.past.length) sections.push(section('Planned earlier', plan.plannedEarlier.slice(0, 5).map((e) => planned(ctx, e))));
  const notes: string[] = [];
  if (!sections.length) notes.push(`Try other words, or ask "work programme" for everything planned.`);
  return answerFor(ctx, 'work-programme', question, { title, ...(name !== topic ? { summary: `About "${topic}": ${name}` } : {}), sections, ...(notes.length ? { notes } : {}) });
}
