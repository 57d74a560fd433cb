// Work programmes: a municipal year's plan of items by meeting date, plus
// "Date to be determined" and "Pending items" groups.
//
// Layouts read:
//  - tables with tab-separated cells, a header row naming the columns
//    (Date / Title / Detail / Cabinet Member or Lead Officer), the date cell
//    left empty on the rows that share the previous row's date;
//  - two-column tables (title, detail) under a "Pending items" heading;
//  - flattened tables: a date line ("13th July 2017 – 10am"), then a line of
//    titles run together, until a blank line.
// One item is one item: rows are de-duplicated by slot, date and normalised
// title, keeping the richest row. A flattened line that runs several titles
// together is split on the titles the document's own tables give; what is
// left over is an item of its own. Rows whose title is "-" are empty slots.
import type { ParsedWorkProgrammeItem, PlannedMeetingDate, WorkProgrammeSlot } from '../model.ts';
import { findDates, municipalYear } from './dates.ts';
import { committeeKey, committeeVariants } from '../record-keys.ts';
import type { Line } from './normalise-text.ts';
import { trimBoth } from './text-edges.ts';
import { committeeAtHeading, committeeOfCoveringNote } from './work-programme-committee.ts';

interface SlotState {
  slot: WorkProgrammeSlot;
  date: string | null;
  note: string | null;
}

interface Columns {
  date: number;
  title: number;
  detail: number;
  lead: number;
}

/** "Date to be determined", "Items to be scheduled", "Unscheduled", "Future items": not "Future Work Programme 2014/15", the programme's own heading. */
const TBD =
  /^(?:dates?\s+to\s+be\s+(?:determined|confirmed|agreed|arranged)|dates?\s+tb[cad]|to\s+be\s+(?:determined|scheduled|confirmed|allocated)|(?:unscheduled|unallocated)(?:\s+items)?|future\s+items|items?\s+to\s+be\s+(?:scheduled|allocated)|items?\s+(?:awaiting|without)\s+(?:a\s+)?(?:date|meeting|scheduling))\b\s*:?\s*/i;
/** "Meeting: Tuesday 23 September 2025 (7pm)": a programme grouped under its meetings. */
const MEETING_PREFIX = /^(?:(?:committee\s+)?meeting(?:\s+date)?|date\s+of\s+meeting|committee\s+date)\s*[:–-]\s*/i;
const PENDING = /^(?:\d{1,2}(?:\.\d+)?\s+)?(?:pending(?:\s+items?)?|items?\s+pending|outstanding\s+items?|carried\s+forward(?:\s+items?)?)\b\s*:?\s*/i;
const HEADING = /\bwork\s*(?:programme|plan)\b/i;

/** A slot label at the start of a cell or line: a date (with its note), "to be determined" or "pending". */
export function readSlot(text: string): (SlotState & { rest: string }) | null {
  const t = text.trim();
  const tbd = TBD.exec(t);
  if (tbd) return { slot: 'to-be-determined', date: null, note: null, rest: t.slice(tbd[0].length) };
  const pending = PENDING.exec(t);
  if (pending) return { slot: 'pending', date: null, note: null, rest: t.slice(pending[0].length) };
  const meeting = MEETING_PREFIX.exec(t);
  const dated = meeting ? t.slice(meeting[0].length) : t;
  const found = findDates(dated)[0];
  if (found && found.index === 0) {
    const after = dated.slice(found.text.length).replace(/^\s*[-–—,:]\s*/, '').trim();
    return { slot: 'dated', date: found.date, note: after || null, rest: '' };
  }
  return null;
}

function isEmptyTitle(text: string | undefined): boolean {
  return !text || /^[-–—\s]*$/.test(text) || /^(?:n\/?a|none|nil|tbc)$/i.test(text.trim());
}

/** "Gail Quinton John Gregg Cllr Ruane" -> ["Gail Quinton", "John Gregg", "Cllr Ruane"] (best effort). */
export function splitLeads(cell: string | undefined): string[] {
  if (!cell || isEmptyTitle(cell)) return [];
  const text = cell.replace(/\s+/g, ' ').replace(/(\w)- (\w)/g, '$1-$2').trim();
  const chunks = text
    .split(/[,;/]| and | & /)
    .map((c) => c.trim())
    .filter(Boolean);
  const leads: string[] = [];
  for (const chunk of chunks) {
    const words = chunk.split(/\s+/);
    // A role ("Director of Children's Services") stays whole.
    if (words.some((w) => /^(?:of|for|and|the|to)$/.test(w))) {
      leads.push(chunk);
      continue;
    }
    let i = 0;
    while (i < words.length) {
      const w = words[i]!;
      if (/^(?:Cllr|Councillor|Cllr\.)$/i.test(w)) {
        let j = i + 1;
        while (j < words.length - 1 && /^[A-Z]\.?$/.test(words[j]!)) j++;
        leads.push(words.slice(i, j + 1).join(' '));
        i = j + 1;
        continue;
      }
      if (/^(?:Mr|Mrs|Ms|Miss|Dr)\.?$/.test(w) || /^[A-Z]\.?$/.test(w)) {
        let j = i + 1;
        while (j < words.length - 1 && /^[A-Z]\.?$/.test(words[j]!)) j++;
        leads.push(words.slice(i, j + 1).join(' '));
        i = j + 1;
        continue;
      }
      if (/^[a-z]/.test(w) && leads.length > 0) {
        leads[leads.length - 1] = `${leads[leads.length - 1]} ${w}`;
        i += 1;
        continue;
      }
      const next = words[i + 1];
      if (next && !/^(?:Cllr|Councillor)$/i.test(next)) {
        leads.push(`${w} ${next}`);
        i += 2;
      } else {
        if (leads.length > 0 && i > 0) leads[leads.length - 1] = `${leads[leads.length - 1]} ${w}`;
        else leads.push(w);
        i += 1;
      }
    }
  }
  return leads;
}

// A label starts a header cell, after at most one word ("Meeting date", "Report title", "Lead officer").
const headerLabel = (words: string) => new RegExp(`^(?:[\\w'/-]+\\s+)?(?:${words})\\b`, 'i');
const DATE_LABEL = headerLabel('date|dates|meeting|when');
const DETAIL_LABEL = headerLabel('detail|details|description|purpose|comments?|reason|scope|notes?|outcome|objectives?');
const LEAD_LABEL = headerLabel('lead|officer|officers|cabinet\\s+member|responsible|contact|portfolio|author');
const TITLE_LABEL = headerLabel('title|items?|topics?|subject|issues?|report|business');

function headerColumns(cells: string[]): Columns | null {
  // Header cells are short labels: no dates, no sentences.
  if (cells.some((c) => c.length > 45 || /\.$/.test(c) || findDates(c).length > 0)) return null;
  const find = (re: RegExp, taken: number[] = []) => cells.findIndex((c, i) => !taken.includes(i) && re.test(c));
  const date = find(DATE_LABEL);
  const detail = find(DETAIL_LABEL, [date]);
  const lead = find(LEAD_LABEL, [date, detail]);
  const title = find(TITLE_LABEL, [date, detail, lead]);
  // A title column and at least one other labelled column.
  if (title < 0 || (date < 0 && detail < 0 && lead < 0)) return null;
  return { date, title, detail, lead };
}

interface Row extends ParsedWorkProgrammeItem {
  flattened: boolean;
}

export function normaliseTitle(title: string): string {
  return title
    .toLowerCase()
    .replace(/[–—]/g, '-')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Work-programme rows from a document's lines. Each row carries its programme's committee:
 * named at the programme's heading, else that of the programme it continues, else its
 * covering note's "To:" line, else `fallbackCommittee` (the front sheet of the pack it sits in).
 */
export interface ReadWorkProgramme {
  items: ParsedWorkProgrammeItem[];
  /** Meeting dates the programme lists with no item under them ("29th March 2018 | -"): the board still meets then. */
  emptyDates: PlannedMeetingDate[];
}

export function parseWorkProgramme(lines: Line[], fallbackCommittee: string | null = null): ReadWorkProgramme {
  const regions = findRegions(lines);
  if (regions.length === 0) return { items: [], emptyDates: [] };
  const rows: Row[] = [];
  const flattenedLines: FlattenedLine[] = [];
  const dates: PlannedMeetingDate[] = [];
  // A table broken over pages continues in the next region: its first rows share the last date.
  let carried: SlotState | null = null;
  let committee: string | null = null;
  regions.forEach((region, n) => {
    committee = fullerName(
      committeeAtHeading(lines, region.start) ??
        (n > 0 ? committee : (committeeOfCoveringNote(lines, region.start) ?? fallbackCommittee)),
      fallbackCommittee,
    );
    carried = readRegion(lines.slice(region.start, region.end), region.year, rows, flattenedLines, dates, carried, committee);
  });

  const known = [...new Set(rows.map((r) => r.title))].sort((a, b) => b.length - a.length);
  for (const f of flattenedLines) {
    for (const title of splitFlattened(f.text, known)) {
      rows.push({
        year: f.year,
        date: f.state.date,
        slot: f.state.slot,
        title,
        detail: null,
        leads: [],
        meetingNote: f.state.note,
        committee: f.committee,
        flattened: true,
      });
    }
  }
  const items = dedupeRows(rows);
  return { items, emptyDates: datesWithoutItems(dates, items) };
}

/** Each committee's dated slots that no item was read under, once each. */
function datesWithoutItems(dates: PlannedMeetingDate[], items: ParsedWorkProgrammeItem[]): PlannedMeetingDate[] {
  const key = (committee: string | null | undefined, date: string | null) => `${normaliseTitle(committee ?? '')}|${date ?? ''}`;
  const taken = new Set(items.map((i) => key(i.committee, i.date)));
  const empty = new Map<string, PlannedMeetingDate>();
  for (const d of dates) {
    const k = key(d.committee, d.date);
    if (!taken.has(k) && !empty.has(k)) empty.set(k, d);
  }
  return [...empty.values()];
}

/** A heading often shortens the pack's committee ("... Scrutiny Board" for "... Scrutiny Board (2)"): the pack's full name then. */
function fullerName(found: string | null, pack: string | null): string | null {
  if (!found || !pack) return found;
  const [a, b] = [committeeKey(found), committeeKey(pack)];
  return committeeVariants(a, b) && b.length > a.length ? pack : found;
}

function findRegions(lines: Line[]): { start: number; end: number; year: string | null }[] {
  const starts: { start: number; year: string | null }[] = [];
  lines.forEach((l, i) => {
    if (l.blank || l.text.includes('\t') || l.text.length > 90) return;
    if (!HEADING.test(l.text)) return;
    const year = municipalYear(l.text);
    // A heading with a year, or a "Work Programme" heading followed soon by a table header.
    const tableSoon = lines.slice(i + 1, i + 8).some((n) => n.text.includes('\t') && headerColumns(n.text.split('\t')));
    if (year || tableSoon) starts.push({ start: i, year });
  });
  return starts.map((s, n) => ({ start: s.start, end: starts[n + 1]?.start ?? lines.length, year: s.year }));
}

interface FlattenedLine {
  state: SlotState;
  year: string | null;
  text: string;
  committee: string | null;
}

function readRegion(
  lines: Line[],
  regionYear: string | null,
  rows: Row[],
  flattened: FlattenedLine[],
  dates: PlannedMeetingDate[],
  carried: SlotState | null,
  committee: string | null,
): SlotState | null {
  let columns: Columns | null = null;
  let headerCells = 0;
  let state: SlotState | null = carried;
  let flatOpen = false;
  let bulletIndent: number | null = null;
  let year = regionYear;
  const yearOf = (date: string | null) => {
    if (year || !date) return year;
    const [y, m] = date.split('-').map(Number) as [number, number];
    const start = m >= 5 ? y : y - 1;
    year = `${start}/${String(start + 1).slice(2)}`;
    return year;
  };
  const noteDate = <T extends SlotState>(slot: T): T => {
    // A date line with a long sentence after it is prose that begins with a date, not a meeting slot.
    if (slot.slot === 'dated' && slot.date && (slot.note ?? '').length <= 40) dates.push({ date: slot.date, committee, meetingNote: slot.note });
    return slot;
  };
  for (const line of lines) {
    if (line.blank) {
      flatOpen = false;
      continue;
    }
    if (line.text.includes('\t')) {
      flatOpen = false;
      let cells = line.text.split('\t').map((c) => c.trim());
      const header = headerColumns(cells);
      if (header) {
        columns = header;
        headerCells = cells.length;
        continue;
      }
      // A date cell spanning several rows is printed on the first of them only: the others lack it.
      if (columns && columns.date === 0 && cells[0] && cells.length < headerCells && !readSlot(cells[0])) cells = ['', ...cells];
      let title: string | undefined;
      let detail: string | undefined;
      let lead: string | undefined;
      if (columns) {
        const dateCell = columns.date >= 0 ? cells[columns.date] : undefined;
        if (dateCell) {
          const slot = readSlot(dateCell);
          if (slot) state = noteDate(slot);
        }
        title = cells[columns.title];
        detail = columns.detail >= 0 ? cells[columns.detail] : undefined;
        lead = columns.lead >= 0 ? cells[columns.lead] : undefined;
      } else {
        const slot = cells[0] ? readSlot(cells[0]) : null;
        if (slot && (slot.slot !== 'dated' || cells.length >= 2)) {
          state = noteDate(slot);
          [title, detail, lead] = cells.slice(1);
        } else if (state && (state.slot !== 'dated' || cells[0] === '')) {
          const offset = cells[0] === '' ? 1 : 0;
          [title, detail, lead] = cells.slice(offset);
        } else continue;
      }
      if (!state || isEmptyTitle(title)) continue;
      rows.push({
        year: yearOf(state.date),
        date: state.date,
        slot: state.slot,
        title: title!.trim(),
        detail: detail && !isEmptyTitle(detail) ? detail : null,
        leads: splitLeads(lead),
        meetingNote: state.note,
        committee,
        flattened: false,
      });
      continue;
    }
    const slot = readSlot(line.text);
    if (slot && !line.bullet) {
      state = noteDate(slot);
      flatOpen = true;
      bulletIndent = null;
      if (slot.rest) flattened.push({ state, year: yearOf(state.date), text: slot.rest, committee });
      continue;
    }
    if (line.bullet && state) {
      // One bullet, one item; a bullet nested under it is its detail.
      bulletIndent ??= line.indent;
      const last = rows[rows.length - 1];
      if (line.indent > bulletIndent) {
        if (last) last.detail = last.detail ? `${last.detail}; ${line.text}` : line.text;
        continue;
      }
      const { title, detail } = titleAndNote(line.text);
      // A sentence under the heading ("4.1 There were several items ...") is the programme's note, not an item.
      const sentence = /^\d{1,2}\.\d{1,2} /.test(title) || (/\.$/.test(title) && title.split(' ').length > 8);
      if (!isEmptyTitle(title) && !sentence) {
        rows.push({ year: yearOf(state.date), date: state.date, slot: state.slot, title, detail, leads: [], meetingNote: state.note, committee, flattened: false });
      }
      continue;
    }
    if (flatOpen && state) flattened.push({ state, year: yearOf(state.date), text: line.text, committee });
  }
  return state;
}

/** A note on when an item will come, not part of its title: "awaiting ...", "to follow ...", "deferred until ...". */
const SCHEDULING_NOTE = /^(?:awaiting|to follow|following|deferred|postponed|moved|carried|subject to|pending|date tb[cd]|tb[cd]|to be (?:confirmed|scheduled|determined|arranged)|once|when|until|after)\b/;

/**
 * "Parking Review – awaiting the outcome of the consultation", "Travel Assistance (awaiting the
 * county's review)": the item's title, and the scheduling note after a dash or in brackets.
 */
export function titleAndNote(text: string): { title: string; detail: string | null } {
  const dash = / [-–—] (?=[a-z])/.exec(text);
  if (dash && SCHEDULING_NOTE.test(text.slice(dash.index + 3))) return { title: text.slice(0, dash.index).trim(), detail: text.slice(dash.index + 3).trim() || null };
  const bracket = / \(([a-z][^()]*)\)$/.exec(text);
  if (bracket && SCHEDULING_NOTE.test(bracket[1]!)) return { title: text.slice(0, bracket.index).trim(), detail: bracket[1]! };
  return { title: text.trim(), detail: null };
}

/** Split a flattened line on the titles the tables give; leftovers are titles too. */
export function splitFlattened(text: string, known: string[]): string[] {
  const cleaned = trimBoth(text, '-–—');
  if (isEmptyTitle(cleaned)) return [];
  const lower = cleaned.toLowerCase();
  const taken: [number, number][] = [];
  const found: { index: number; title: string }[] = [];
  for (const title of known) {
    const needle = title.toLowerCase();
    if (!needle) continue;
    let from = 0;
    while (from <= lower.length) {
      const at = lower.indexOf(needle, from);
      if (at < 0) break;
      const end = at + needle.length;
      const boundary = (at === 0 || /\s/.test(lower[at - 1]!)) && (end === lower.length || /[\s-–—]/.test(lower[end]!));
      if (boundary && !taken.some(([s, e]) => at < e && end > s)) {
        taken.push([at, end]);
        found.push({ index: at, title });
      }
      from = at + 1;
    }
  }
  taken.sort((a, b) => a[0] - b[0]);
  let cursor = 0;
  for (const [s, e] of taken) {
    const gap = trimBoth(cleaned.slice(cursor, s), '-–—');
    if (!isEmptyTitle(gap) && /[A-Za-z]{2}/.test(gap)) found.push({ index: cursor, title: gap });
    cursor = e;
  }
  const tail = trimBoth(cleaned.slice(cursor), '-–—');
  if (!isEmptyTitle(tail) && /[A-Za-z]{2}/.test(tail)) found.push({ index: cursor, title: tail });
  return found.sort((a, b) => a.index - b.index).map((f) => f.title);
}

function richness(row: Row): number {
  return (row.detail?.length ?? 0) + row.leads.length * 20 + (row.flattened ? 0 : 5);
}

function dedupeRows(rows: Row[]): ParsedWorkProgrammeItem[] {
  const byKey = new Map<string, Row>();
  for (const row of rows) {
    const key = `${normaliseTitle(row.committee ?? '')}|${row.slot}|${row.date ?? ''}|${normaliseTitle(row.title)}`;
    const prior = byKey.get(key);
    if (!prior) {
      byKey.set(key, row);
      continue;
    }
    const [rich, poor] = richness(row) > richness(prior) ? [row, prior] : [prior, row];
    byKey.set(key, {
      ...rich,
      detail: rich.detail ?? poor.detail,
      leads: rich.leads.length ? rich.leads : poor.leads,
      meetingNote: rich.meetingNote ?? poor.meetingNote,
      year: rich.year ?? poor.year,
      committee: rich.committee ?? poor.committee ?? null,
    });
  }
  return [...byKey.values()].map(({ flattened: _flattened, ...item }) => item);
}
