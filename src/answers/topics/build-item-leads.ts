// "Who's the lead officer for the home schooling item?", "cabinet member for private
// fostering", "who leads on young carers": the leads a work programme's row names
// ("Cabinet Member / Lead Officer", "Lead officer", "Portfolio holder") and the author
// of the item's report on an agenda. Councillors among a row's leads are its cabinet
// members; the others its officers. An exempt item shows no report or author.
import type { WorkProgrammeItem } from '../../model.ts';
import type { Answer } from '../answer.ts';
import { answerFor, citeLabel, itemEntry, section } from '../answer-parts.ts';
import type { AnswerContext } from '../context.ts';
import { entryYear } from '../work-programme/work-programme-queries.ts';
import { plannedEntry, topicPlan } from './build-coming.ts';
import { topicHits } from './topic-hits.ts';

/** Rows and reports listed: an item rarely has more than a few. */
const LISTED = 4;

/** A councillor among a row's leads: "Cllr Maton", "Councillor A Baker". */
const COUNCILLOR = /^(?:cllrs?|councillors?)\b\.?/i;
/** A role of a councillor (the cabinet member, portfolio holder, lead member), not of an officer. */
const COUNCILLOR_ROLE = /\b(?:cabinet|portfolio|member)\b/i;

function leadsAsked(entry: WorkProgrammeItem, role: string): { asked: string[]; others: string[] } {
  const councillors = entry.leads.filter((l) => COUNCILLOR.test(l.trim()));
  const officers = entry.leads.filter((l) => !COUNCILLOR.test(l.trim()));
  if (COUNCILLOR_ROLE.test(role)) return { asked: councillors, others: officers };
  if (/\b(?:officers?|authors?)\b/i.test(role)) return { asked: officers, others: councillors };
  return { asked: entry.leads, others: [] };
}

function names(list: string[]): string {
  return list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
}

/** Who holds `role` for the item on `subject`, from the work programme and the agendas known by now; null when no row or report on it names anyone. */
export function buildItemLeads(ctx: AnswerContext, role: string, subject: string, question: string): Answer | null {
  const plan = topicPlan(ctx, subject);
  // Rows whose title names the item: a row that only mentions it in its detail leads on something else.
  const titled = new Set(topicHits(ctx, subject, ['work-programme']).filter((h) => h.titleMatch).map((h) => h.refId));
  const rows = [...plan.planned, ...plan.undated, ...plan.plannedEarlier].filter((e) => e.leads.length > 0 && titled.has(e.id)).slice(0, LISTED);
  const reports = [...plan.upcoming, ...plan.past].filter((p) => p.hit.titleMatch && !p.item.private && p.item.reportAuthor).slice(0, LISTED);
  if (rows.length === 0 && reports.length === 0) return null;
  // An author is the report's, which a row's leads are not.
  const byReport = /\bauthors?\b/i.test(role) && reports.length > 0;
  const first = byReport ? undefined : rows[0];
  let title: string;
  if (first) {
    const { asked, others } = leadsAsked(first, role);
    const year = entryYear(ctx.view, first);
    const where = `the ${year ? `${year} ` : ''}work programme`;
    const said = `${where[0]!.toUpperCase()}${where.slice(1)}`;
    title = asked.length
      ? `${said} names ${names(asked)} as ${role} for "${first.title}"${others.length ? `, with ${names(others)}` : ''}.`
      : `${said} names no ${role} for "${first.title}"; it names ${names(others)}.`;
  } else {
    const report = reports[0]!;
    title = `"${report.item.title}" (${citeLabel(report.meeting, { ...report.item, title: '' })}): ${report.item.reportAuthor}.`;
  }
  const sections = [];
  if (rows.length && !byReport) sections.push(section('In the work programme', rows.map((e) => plannedEntry(ctx, e))));
  if (reports.length) sections.push(section('Reports on the agenda', reports.map((p) => ({ ...itemEntry(ctx.view, p.meeting, p.item), label: citeLabel(p.meeting, { ...p.item, title: '' }) }))));
  if (rows.length && byReport) sections.push(section('In the work programme', rows.map((e) => plannedEntry(ctx, e))));
  return answerFor(ctx, 'attendance', question, { title, sections });
}
