// The attendance tab of a committee system's meeting page, printed below the
// items: CMIS "Attendance" with "Attended - Members", "Apologies" and
// "Absent" tables ("Name | Role", "Name | Reason for Sending Apology |
// Substituted By"), ModernGov's "Attendance details" with "Present:" /
// "Attendees" rows. A table's cells may be run together by the rendering
// ("NameReason for Sending ApologySubstituted By", "Councillor X Councillor
// Y"); a row's second person is the substitute, who came. The tab ends at the
// next tab ("Declarations of Interests", "Visitors") or the page's end.
import type { AttendeeRole } from '../model.ts';
import type { ClassifiedLine } from './line-kinds.ts';
import { type AttendanceResult, readPeople } from './attendance.ts';
import * as R from './rules.ts';

type Part = 'present' | 'apologies' | 'absent' | null;

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
      if (partOf(lines[k]!.text) !== undefined) return i;
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
    const text = lines[i]!.text.replace(/ ?\| ?/g, '\t').replace(/^\t|\t$/g, '');
    if (lines[i]!.blank || /^[-\t ]*$/.test(text)) continue;
    if (R.TAB_END.test(text)) break;
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
