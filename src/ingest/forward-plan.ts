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
const FORWARD_PLAN = /\b(?:forward plan|key decisions?|notice of (?:key|forthcoming|proposed) decisions?|forthcoming decisions|plan items|executive decisions? (?:to be taken|plan)|decisions? to be taken|cabinet (?:work|decisions?) plan)\b/i;

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
  /** "Exempt", "Private report", "Confidential / exempt information": whether the decision is taken in private. */
  privacy: number;
}

const PRIVACY_HEAD = /\b(?:exempt|private|confidential|restriction)\b/i;

function tableColumns(cells: string[]): TableColumns | null {
  if (cells.length < 3 || cells.some((c) => c.length > 120 || findDates(c).length > 0)) return null;
  const maker = cells.findIndex((c) => MAKER_HEAD.test(c));
  const title = cells.findIndex((c, i) => i !== maker && TITLE_HEAD.test(c) && !NOT_TITLE_HEAD.test(c) && !MAKER_HEAD.test(c));
  const date = cells.findIndex((c, i) => i !== maker && i !== title && DATE_HEAD.test(c) && !/\brepresentations?\b/i.test(c));
  const lead = cells.findIndex((c, i) => i !== maker && i !== title && i !== date && LEAD_HEAD.test(c));
  const privacy = cells.findIndex((c, i) => ![maker, title, date, lead].includes(i) && PRIVACY_HEAD.test(c));
  // A plan's table names its decisions and when they are taken; a decision maker or the word "decision" says it is one.
  if (title < 0 || date < 0 || (maker < 0 && !cells.some((c) => /\bdecision\b/i.test(c)))) return null;
  return { title, date, maker, lead, privacy };
}

/** A labelled line of a plan item ("Decision maker: Cabinet"): what its label says it holds. */
type Field = 'maker' | 'due' | 'lead' | 'title' | 'restriction' | 'other';

/** A value that opens with the date or month of a decision: "23 March 2004", "25 Nov 2019; 28 days' notice ...", "March 2017". */
function opensWithDate(value: string): boolean {
  const date = value.replace(BOUND, '');
  return findDates(date)[0]?.index === 0 || /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{4}\b/i.test(date);
}

/** "Before 30 April 2026", "Not before 3 March 2026": a bound, not the date the decision is planned for. */
const BOUND = /^(?:not )?(?:before|after|by) /i;

/** A restriction that keeps the whole entry private ("Fully exempt", "Private", "Yes - Paragraph 3"), not a part of it. */
const WHOLLY_PRIVATE = /^(?:fully exempt|exempt|private|confidential|yes)\b/i;

/** ModernGov marks an entry added since the last plan "New!" after its title: no part of the title. */
function planTitle(text: string): string {
  const trimmed = text.trim();
  return trimmed.endsWith(' New!') ? trimmed.slice(0, -' New!'.length).trim() : trimmed;
}
const FIELD_LABEL = /^([A-Z][\w '()/,&-]{2,70}?) ?: ?/;

function fieldOf(text: string): { field: Field; label: string; value: string } | null {
  const m = FIELD_LABEL.exec(text);
  if (!m) return null;
  const label = m[1]!.toLowerCase();
  const value = text.slice(m[0].length).trim();
  let field: Field = 'other';
  // "Documents submitted to the decision maker:" names papers, not who decides.
  if (/\b(?:maker|taker|(?:taken|made) by|making (?:body|individual)|who will (?:make|take))\b/.test(label) && !/\b(?:documents?|papers?|submitted)\b/.test(label)) field = 'maker';
  else if (/\b(?:date|due|when|timing|month)\b/.test(label) && !/\b(?:published|first|original(?:ly)?|added|representations?|consultation|updated)\b/.test(label)) field = 'due';
  else if (/\b(?:lead|portfolio|cabinet member|responsible|contact)\b/.test(label)) field = 'lead';
  // A plan prints a decision already taken as "Decision: <its date>" where the others read "Decision due:".
  else if (label === 'decision' && opensWithDate(value)) field = 'due';
  else if (/\b(?:restriction|exempt|private|confidential)\b/.test(label)) field = 'restriction';
  // "Notice of decision: 20/09/2021" dates the notice; it names no decision.
  else if (/\b(?:title|subject|matter|description|details? of (?:the )?decision|(?:key |proposed )?decision(?: to be (?:taken|made))?$)/.test(label) && !/\bnotice\b/.test(label)) field = 'title';
  return { field, label, value };
}

function slotOf(text: string): Pick<ParsedWorkProgrammeItem, 'slot' | 'date'> {
  const date = BOUND.test(text.trim()) ? undefined : findDates(text)[0];
  return date ? { slot: 'dated', date: date.date } : { slot: 'to-be-determined', date: null };
}

/**
 * One decision as a row. A wholly private entry keeps its title and when it is due, marked exempt:
 * nothing else of it (Schedule 12A), not even who takes it or who leads on it.
 */
function row(title: string, when: string, maker: string | null, lead: string | null, exempt = false): ParsedWorkProgrammeItem {
  const slot = slotOf(when);
  return {
    year: slot.date ? municipalYearOf(slot.date) : null,
    ...slot,
    title: planTitle(title),
    detail: exempt ? 'Exempt' : maker ? `Decision maker: ${maker}` : null,
    leads: exempt ? [] : splitLeads(lead ?? undefined),
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
    const exempt = columns.privacy >= 0 && WHOLLY_PRIVATE.test(cells[columns.privacy] ?? '');
    out.push(row(title, when, columns.maker >= 0 ? (cells[columns.maker] ?? null) : null, columns.lead >= 0 ? (cells[columns.lead] ?? null) : null, exempt));
  }
  return out;
}

/** A plan entry read, and whether a label of it says when the decision is due ("Decision due:", "Due date:"). */
interface PlanEntry {
  row: ParsedWorkProgrammeItem;
  dueLabelled: boolean;
}

function readPlanItems(lines: readonly Line[]): PlanEntry[] {
  const out: PlanEntry[] = [];
  const fieldAt = (i: number) => (lines[i]!.blank ? null : fieldOf(lines[i]!.text));
  /**
   * An item is anchored on its decision maker; a plan that prints none ("Decision: 14 February 2017",
   * "Lead officer: ...") anchors it on the decision's date, when a lead officer follows within the item.
   */
  const anchors = (i: number): boolean => {
    const f = fieldAt(i);
    if (f?.field === 'maker') return true;
    if (f?.field !== 'due' || !/\bdecision\b/.test(f.label)) return false;
    for (let k = i + 1, seen = 0; k < lines.length && seen < 3; k++) {
      if (lines[k]!.blank) continue;
      const next = fieldAt(k);
      if (!next || next.field === 'maker') return false;
      if (next.field === 'lead') return true;
      seen++;
    }
    return false;
  };
  let taken = -1;
  for (let i = 0; i < lines.length; i++) {
    if (i <= taken || !anchors(i)) continue;
    // The item's fields run back from its anchor to the first of them.
    let first = i;
    for (let k = i - 1; k > taken && k >= i - 10; k--) {
      if (lines[k]!.blank) continue;
      // A value wrapped onto the next line continues the field just above it.
      if (!fieldAt(k) && !(k - 1 > taken && fieldAt(k - 1))) break;
      if (fieldAt(k)) first = k;
    }
    let maker: string | null = null;
    let when: string | null = null;
    let lead: string | null = null;
    let title: string | null = null;
    let exempt = false;
    let dueLabelled = false;
    let last = i;
    let open: Field | null = null;
    const seen = new Set<string>();
    for (let k = first; k < lines.length && k < first + 40; k++) {
      const l = lines[k]!;
      if (l.blank) {
        open = null;
        continue;
      }
      const f = fieldOf(l.text);
      // An unlabelled line just above a decision maker is the next item's title, not a wrapped value.
      const nextField = k + 1 < lines.length ? fieldAt(k + 1) : null;
      if (!f && k > i && (nextField?.field === 'maker' || nextField?.field === 'title')) break;
      if (!f && open === 'title' && title) {
        title = `${title} ${l.text}`;
        last = k;
        continue;
      }
      if (!f && open) {
        last = k;
        continue;
      }
      // The next item begins with its own decision maker, or a label this item already had.
      if (!f || (k > i && ((f.field === 'maker' && maker !== null) || seen.has(f.label) || (f.field === 'title' && title)))) break;
      // A label alone on its line may be repeated with its value on the next ("Reason for urgency:" twice).
      if (f.value) seen.add(f.label);
      last = k;
      open = f.field;
      if (f.field === 'maker') maker ??= f.value || null;
      else if (f.field === 'due') {
        when ??= f.value;
        dueLabelled ||= /\bdue\b/.test(f.label);
      }
      else if (f.field === 'lead') lead ??= f.value || null;
      else if (f.field === 'title') title ??= f.value || null;
      else if (f.field === 'restriction') exempt ||= WHOLLY_PRIVATE.test(f.value);
    }
    const from = taken;
    taken = last;
    title ??= titleAbove(lines, first, from);
    if (title) out.push({ row: row(title, when ?? '', maker, lead, exempt), dueLabelled });
  }
  return out;
}

/** The next line above `at` with text, after `floor`; -1 when none. */
function textAbove(lines: readonly Line[], at: number, floor: number): number {
  let t = at - 1;
  while (t > floor && lines[t]!.blank) t--;
  return t > floor ? t : -1;
}

/** ModernGov heads a listed decision with the date it was published: "20/09/2021 - Welcome Back Fund". */
const DATED_HEADING = /^\d{1,2}\/\d{1,2}\/\d{4} [-–] (?=\S)/;

/**
 * An entry's unlabelled title: the line above its first field. A plan may print what the decision is for between the
 * title and the fields; the title is then the line above that description, when the description is a sentence or says
 * more than the shorter line over it, or when that line is a dated heading. A line in capitals is a section's heading
 * ("HOUSING PORTFOLIO"), a bare number opens the entry and "Plan items" heads the list: none is a title over a description.
 */
function titleAbove(lines: readonly Line[], first: number, floor: number): string | null {
  const isTitle = (text: string) => text.length <= 200 && !fieldOf(text) && !/[.;:]$/.test(text);
  const near = textAbove(lines, first, floor);
  if (near < 0) return null;
  const nearText = lines[near]!.text;
  if (DATED_HEADING.test(nearText)) return nearText.replace(DATED_HEADING, '');
  if (fieldOf(nearText)) return null;
  const far = textAbove(lines, near, floor);
  const farText = far >= 0 ? lines[far]!.text : '';
  const farHeads =
    far >= 0 &&
    isTitle(farText) &&
    (DATED_HEADING.test(farText) ||
      (/[a-z]/.test(farText) && !/^\d+\.?$/.test(farText) && !mentionsPlan(farText) && (!isTitle(nearText) || farText.length < nearText.length)));
  if (farHeads) return farText.replace(DATED_HEADING, '');
  return isTitle(nearText) ? nearText : null;
}

/** A line that names a plan ("Forward plan", "Plan items"): the page's heading, never an entry's title. */
function mentionsPlan(text: string): boolean {
  return text.length <= 200 && (FORWARD_PLAN.test(text) || /^no\.? item$/i.test(text));
}

/** Does the document say it is (or holds) a forward plan? */
export function mentionsForwardPlan(lines: readonly Line[]): boolean {
  return lines.some((l) => !l.blank && mentionsPlan(l.text));
}

/**
 * The decisions of the forward plans in a document, as work-programme rows; none when it holds no plan. A page that
 * never calls itself a plan (a list of forthcoming decisions, one decision's issue page) is one by its shape: its
 * entries say when each decision is due ("Decision due: 4 October 2011"), which no record of decisions taken does.
 */
export function parseForwardPlan(lines: readonly Line[]): ParsedWorkProgrammeItem[] {
  const entries = readPlanItems(lines);
  const named = mentionsForwardPlan(lines);
  if (!named && !entries.some((e) => e.dueLabelled)) return [];
  return [...(named ? readTables(lines) : []), ...entries.map((e) => e.row)];
}

/** A document's forward plan, read the first time a reader asks for it and then kept for the others. */
export type DocumentPlan = () => readonly ParsedWorkProgrammeItem[];

/** The plan of `lines`, read once however many readers ask. */
export function documentPlan(lines: readonly Line[]): DocumentPlan {
  let plan: readonly ParsedWorkProgrammeItem[] | null = null;
  return () => (plan ??= parseForwardPlan(lines));
}

/**
 * Numbered entries that are a plan's decisions (a title, then "Decision maker:", "Decision due:" ...) are no meeting's
 * items: when the document's plan decisions are at least half of the `items` a reading took for a meeting's, the text
 * is a plan.
 */
export function readsAsPlan(plan: DocumentPlan, items: number): boolean {
  const decisions = plan().length;
  return decisions > 0 && decisions * 2 >= items;
}
