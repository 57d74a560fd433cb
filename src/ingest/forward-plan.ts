// Forward plans and notices of key decisions: the executive's list of decisions
// to come, each with who takes it and when. They are read as work-programme
// rows (the scrutiny board chooses from them what to look at), in two layouts:
//  - a table whose head names the decision and the date columns ("Matter for
//    decision | Decision maker | Date on which or period within which decision
//    is to be made | Lead member ..."), one row per decision;
//  - a ModernGov plan page: each decision a title followed by labelled lines
//    ("Decision maker: Cabinet", "Decision due: 3 Feb 2026", "Lead officer: ...").
// A decision given only a month ("February 2026") or "to be confirmed" has no
// date: its slot is to be determined.
import type { ParsedWorkProgrammeItem } from '../model.ts';
import { findDates, municipalYear } from './dates.ts';
import type { Line } from './normalise-text.ts';
import { splitLeads } from './work-programme.ts';

/** Words that say a document is, or holds, a forward plan of decisions. */
const FORWARD_PLAN = /\b(?:forward plan|key decisions?|notice of (?:key|forthcoming|proposed) decisions?|plan items|executive decisions? (?:to be taken|plan)|decisions? to be taken|cabinet (?:work|decisions?) plan)\b/i;

// Table heads. A head cell is a label of a few words, sometimes a long one
// ("Date on which or period within which decision is to be made").
const MAKER_HEAD = /^(?:(?:the )?decision[- ]?mak(?:er|ing)|decision[- ]?taker|who will (?:make|take) the decision|(?:decision[- ]?)?(?:making )?(?:individual|body)\b)/i;
const DATE_HEAD = /\b(?:date|when|due|period|timing|expected|month)\b/i;
const TITLE_HEAD = /^(?:matter|subject|title|description|details? of (?:the )?(?:decision|matter)|key decision|proposed decision|decision(?: to be (?:made|taken))?|item|issue|report(?: title)?|topic)\b/i;
const LEAD_HEAD = /\b(?:lead|portfolio|cabinet member|responsible|officer|contact)\b/i;
const NOT_TITLE_HEAD = /\b(?:date|when|representations|documents|contact|consult|ward|exempt|reason|private)\b/i;

interface TableColumns {
  title: number;
  date: number;
  maker: number;
  lead: number;
}

function tableColumns(cells: string[]): TableColumns | null {
  if (cells.length < 3 || cells.some((c) => c.length > 120 || findDates(c).length > 0)) return null;
  const maker = cells.findIndex((c) => MAKER_HEAD.test(c));
  const title = cells.findIndex((c, i) => i !== maker && TITLE_HEAD.test(c) && !NOT_TITLE_HEAD.test(c) && !MAKER_HEAD.test(c));
  const date = cells.findIndex((c, i) => i !== maker && i !== title && DATE_HEAD.test(c) && !/\brepresentations?\b/i.test(c));
  const lead = cells.findIndex((c, i) => i !== maker && i !== title && i !== date && LEAD_HEAD.test(c));
  // A plan's table names its decisions and when they are taken; a decision maker or the word "decision" says it is one.
  if (title < 0 || date < 0 || (maker < 0 && !cells.some((c) => /\bdecision\b/i.test(c)))) return null;
  return { title, date, maker, lead };
}

/** "Decision maker: Cabinet" and the other labelled lines of a plan item. */
const MAKER_FIELD = /^(?:decision[- ]?mak(?:er|ing body)|decision[- ]?taker|decision to be (?:made|taken) by|who will (?:make|take) the decision)\s*:\s*/i;
const DUE_FIELD = /^(?:decision due|(?:expected |proposed )?date of decision|(?:expected|proposed|anticipated) (?:decision )?date|date (?:of )?decision (?:is )?(?:due|expected|to be (?:made|taken))|decision expected|due date|date due)\s*:\s*/i;
const LEAD_FIELD = /^(?:lead (?:officer|member|cabinet member)|cabinet member|portfolio holder|responsible (?:officer|member)|contact officer)\s*:\s*/i;
const OTHER_FIELD = /^[A-Z][\w '()/-]{2,60}:(?:\s|$)/;

function slotOf(text: string): Pick<ParsedWorkProgrammeItem, 'slot' | 'date'> {
  const date = findDates(text)[0];
  return date ? { slot: 'dated', date: date.date } : { slot: 'to-be-determined', date: null };
}

function row(title: string, when: string, maker: string | null, lead: string | null): ParsedWorkProgrammeItem {
  const slot = slotOf(when);
  return {
    year: slot.date ? municipalYearOf(slot.date) : null,
    ...slot,
    title,
    detail: maker ? `Decision maker: ${maker}` : null,
    leads: splitLeads(lead ?? undefined),
    meetingNote: null,
    committee: null,
  };
}

/** The municipal year (May to April) a date falls in: "2026/27". */
function municipalYearOf(date: string): string | null {
  const [y, m] = date.split('-').map(Number) as [number, number];
  const start = m >= 5 ? y : y - 1;
  return municipalYear(`${start}/${String(start + 1).slice(2)}`);
}

function readTables(lines: readonly Line[]): ParsedWorkProgrammeItem[] {
  const out: ParsedWorkProgrammeItem[] = [];
  let columns: TableColumns | null = null;
  for (const line of lines) {
    if (line.blank) continue;
    if (!line.text.includes('\t')) {
      // A table ends at the first line of prose after its rows.
      if (columns && line.text.length > 40) columns = null;
      continue;
    }
    const cells = line.text.split('\t').map((c) => c.trim());
    const head = tableColumns(cells);
    if (head) {
      columns = head;
      continue;
    }
    if (!columns) continue;
    const title = cells[columns.title];
    if (!title || /^[-–—\s]*$/.test(title)) continue;
    const when = cells[columns.date] ?? '';
    out.push(row(title, when, columns.maker >= 0 ? (cells[columns.maker] ?? null) : null, columns.lead >= 0 ? (cells[columns.lead] ?? null) : null));
  }
  return out;
}

function readPlanItems(lines: readonly Line[]): ParsedWorkProgrammeItem[] {
  const out: ParsedWorkProgrammeItem[] = [];
  const fields = (i: number) => !lines[i]!.blank && OTHER_FIELD.test(lines[i]!.text);
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.blank || !MAKER_FIELD.test(lines[i]!.text)) continue;
    // The title is the last line above the item's first field.
    let first = i;
    for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
      if (lines[k]!.blank) continue;
      if (!fields(k)) break;
      first = k;
    }
    let t = first - 1;
    while (t >= 0 && lines[t]!.blank) t--;
    const title = t >= 0 ? lines[t]!.text : '';
    if (!title || title.length > 200 || OTHER_FIELD.test(title) || /[.;]$/.test(title)) continue;
    // Its fields run until a line that is neither blank, a field, nor a field's continuation.
    let maker: string | null = null;
    let when = '';
    let lead: string | null = null;
    for (let k = first; k < lines.length && k < first + 40; k++) {
      const l = lines[k]!;
      if (l.blank) continue;
      if (k > i && MAKER_FIELD.test(l.text)) break;
      const m = MAKER_FIELD.exec(l.text);
      if (m) maker = l.text.slice(m[0].length).trim() || null;
      const d = DUE_FIELD.exec(l.text);
      if (d && !when) when = l.text.slice(d[0].length);
      const o = LEAD_FIELD.exec(l.text);
      if (o && !lead) lead = l.text.slice(o[0].length).trim() || null;
    }
    out.push(row(title, when, maker, lead));
  }
  return out;
}

/** Does the document say it is (or holds) a forward plan? */
export function mentionsForwardPlan(lines: readonly Line[]): boolean {
  return lines.some((l) => !l.blank && l.text.length <= 200 && FORWARD_PLAN.test(l.text));
}

/** The decisions of the forward plans in a document, as work-programme rows; none when it holds no plan. */
export function parseForwardPlan(lines: readonly Line[]): ParsedWorkProgrammeItem[] {
  if (!mentionsForwardPlan(lines)) return [];
  return [...readTables(lines), ...readPlanItems(lines)];
}
