// The attendance tab of a committee system's meeting page, printed below the
// items: CMIS "Attendance" with "Attended - Members", "Apologies" and
// "Absent" tables ("Name | Role", "Name | Reason for Sending Apology |
// Substituted By"), ModernGov's "Attendance details" with "Present:" /
// "Attendees" rows. A table's cells may be run together by the rendering
// ("NameReason for Sending ApologySubstituted By", "Councillor X Councillor
// Y"); a row's second person is the substitute, who came. The tab ends at the
// next tab ("Declarations of Interests", "Visitors") or the page's end.
//
// The tab may instead be one grid of everyone expected ("Name | Role |
// Attendance", "Attendee | Role | Attendance | Attendance comment"), each
// row's attendance cell saying whether the person came, sent apologies or was
// absent, and the grid paged ("1 2", its head again on the next page). There
// the role cell names the chair; a civic head ("Provost", "Mayor") chairs where
// no one holds the chair's role.
import type { Attendee, AttendeeRole } from '../model.ts';
import type { ClassifiedLine } from './line-kinds.ts';
import { type AttendanceResult, civicHeadChairing, readPeople } from './attendance.ts';
import * as R from './rules.ts';

type Part = 'present' | 'apologies' | 'absent' | null;

/** Where a grid's head puts the name, the role and the attendance of each row (-1: no such column). */
interface GridColumns {
  name: number;
  role: number;
  attendance: number;
}

/**
 * "Name | Role | Attendance", "Attendee | Role | Attendance | Attendance comment", or those words run together
 * ("NameRoleAttendance"): the head of a grid whose rows each say how one person attended. Null for any other line.
 */
function gridHead(text: string): GridColumns | null {
  const cells = text.includes('\t') ? text.split('\t').map((c) => c.trim()).filter(Boolean) : (R.GRID_HEAD_RUN_TOGETHER.exec(text)?.slice(1).filter(Boolean) ?? []);
  const at = (re: RegExp) => cells.findIndex((c) => re.test(c));
  const columns = { name: at(R.GRID_NAME_CELL), role: at(/^role$/i), attendance: at(/^attendance$/i) };
  return columns.name === 0 && columns.attendance > 0 ? columns : null;
}

/** A grid row's cells; a row whose cells the rendering ran together is read from its end: the attendance, then a role. */
function gridCells(text: string, columns: GridColumns): { name: string; role: string; attendance: string } | null {
  if (text.includes('\t')) {
    const cells = text.split('\t').map((c) => c.trim());
    return { name: cells[columns.name] ?? '', role: columns.role >= 0 ? (cells[columns.role] ?? '') : '', attendance: cells[columns.attendance] ?? '' };
  }
  const attendance = R.GRID_ATTENDANCE_AT_END.exec(text);
  if (!attendance) return null;
  let name = text.slice(0, attendance.index).trim();
  const role = columns.role >= 0 ? R.GRID_ROLE_AT_END.exec(name) : null;
  if (role) name = name.slice(0, role.index).trim();
  return { name, role: role?.[1] ?? '', attendance: attendance[1]! };
}

/** What a grid's attendance cell says: came, sent apologies, or neither (absent, or only expected). */
function attendanceSaid(cell: string): Part {
  if (R.GRID_CAME.test(cell)) return 'present';
  if (/^apolog/i.test(cell)) return 'apologies';
  return 'absent';
}

/** The people of a grid, from the line after its head to the tab's end; a page's pager and the head repeated are passed over. */
function readGrid(lines: readonly ClassifiedLine[], from: number, columns: GridColumns, out: AttendanceResult): void {
  for (let i = from; i < lines.length; i++) {
    const text = cellText(lines[i]!);
    if (lines[i]!.blank || /^[-\t ]*$/.test(text) || R.GRID_PAGER.test(text) || gridHead(text)) continue;
    if (R.TAB_END.test(text)) break;
    const row = gridCells(text, columns);
    if (!row || !row.name) continue;
    const [person] = readPeople(row.name);
    if (!person) continue;
    const said = attendanceSaid(row.attendance);
    if (said === 'apologies') out.apologies.push({ name: person.name, note: person.note });
    if (said !== 'present') continue;
    const role = row.role.trim();
    const kind: AttendeeRole = /co-?\s?opted/i.test(role) ? 'co-opted' : /officer/i.test(role) ? 'employee' : /substitute/i.test(role) ? 'substitute' : 'member';
    const chair = R.CHAIR_NOTE.test(role) && !R.CIVIC_HEAD.test(role);
    const note = chair || !role || /^member$/i.test(role) || person.note === role ? person.note : [person.note, role].filter(Boolean).join('; ');
    const attendee: Attendee = { name: person.name, role: kind, chair: chair || person.chair, note };
    out.present.push(attendee);
  }
  civicHeadChairing(out.present);
}

/** A line's text with a table's bars as tabs ("| Name | Role |" -> "Name<tab>Role"). */
function cellText(line: ClassifiedLine): string {
  return line.text.replace(/ ?\| ?/g, '\t').replace(/^\t|\t$/g, '');
}

/** The tab's parts: a heading or a table head says which people follow. */
function partOf(text: string): Part | undefined {
  if (R.TAB_ABSENT.test(text)) return 'absent';
  if (R.TAB_APOLOGIES.test(text)) return 'apologies';
  if (R.TAB_PRESENT.test(text)) return 'present';
  return undefined;
}

/** Where the attendance tab starts: its heading alone on a line, with a part or a table head soon after; -1 when there is none. */
export function findAttendanceTab(lines: readonly ClassifiedLine[], from = 0): number {
  for (let i = lines.length - 1; i >= from; i--) {
    if (!R.ATTENDANCE_TAB.test(lines[i]!.text)) continue;
    for (let k = i + 1, seen = 0; k < lines.length && seen < 4; k++) {
      if (lines[k]!.blank) continue;
      seen++;
      if (partOf(lines[k]!.text) !== undefined || gridHead(cellText(lines[k]!))) return i;
    }
  }
  return -1;
}

/** The people the tab records, or null when the page has no such tab. */
export function readAttendanceTab(lines: readonly ClassifiedLine[], from = 0): AttendanceResult | null {
  const at = findAttendanceTab(lines, from);
  if (at < 0) return null;
  const out: AttendanceResult = { present: [], apologies: [], chair: null };
  let part: Part = null;
  let substituted = false;
  let others = false;
  for (let i = at + 1; i < lines.length; i++) {
    const text = cellText(lines[i]!);
    if (lines[i]!.blank || /^[-\t ]*$/.test(text)) continue;
    if (R.TAB_END.test(text)) break;
    const grid = gridHead(text);
    if (grid) {
      readGrid(lines, i + 1, grid, out);
      break;
    }
    const heading = partOf(text);
    if (heading !== undefined) {
      // A table's head under a part ("Name | Role") keeps the part it stands in.
      if (!(part === heading && /^name\b/i.test(text))) others = /\bother\b/i.test(text);
      part = heading;
      substituted = /substitut/i.test(text);
      continue;
    }
    if (!part || R.NOTHING_RECORDED.test(text)) continue;
    const cells = text.split('\t').map((c) => c.trim()).filter(Boolean);
    // "Councillor X | Chair": a role in the cell after the name.
    const role = cells.length > 1 ? cells[cells.length - 1]! : '';
    const people = readPeople(cells.length > 1 && !R.PERSON_TITLE.test(role) ? cells.slice(0, -1).join(', ') : cells.join(', '));
    if (people.length === 0) continue;
    if (part === 'present') {
      const chair = R.CHAIR_NOTE.test(role) || people.some((p) => p.chair);
      const kind: AttendeeRole = /co-?\s?opted/i.test(role) ? 'co-opted' : others ? 'other-member' : 'member';
      const note = cells.length > 1 && !R.CHAIR_NOTE.test(role) && !/^member$/i.test(role) ? role : null;
      for (const [n, p] of people.entries()) out.present.push({ name: p.name, role: kind, chair: n === 0 && chair, note: p.note ?? note });
    } else if (part === 'apologies') {
      // "Councillor Amelia Strand Councillor Joseph Okwu": the apology, then the substitute who came in that place.
      const [first, ...rest] = people;
      out.apologies.push({ name: first!.name, note: first!.note });
      for (const p of substituted ? rest : []) out.present.push({ name: p.name, role: 'substitute', chair: false, note: `substitute for ${first!.name}` });
    }
  }
  out.chair = out.present.find((p) => p.chair)?.name ?? null;
  return out.present.length || out.apologies.length ? out : null;
}
