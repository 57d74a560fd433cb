// Who attended, read from the "Present:" part of minutes and an agenda's
// membership list.
//
// Groups are introduced by labels ("Members:", "Co-opted Members:", "Cabinet
// Members:", "Other Members:", "Invited:", "By invitation:", "Substitutes:",
// "Employees (by Directorate):", "Apologies:"); a group runs until the next
// label. Within a group, people are one per line or listed with commas and
// "and"; a plural title ("Councillors F Abbott, B Gittins and A Tucker")
// applies to each name. A bracket after a name is its note; "(Chair)" marks
// the chair. Employees come in two layouts: "J Gregg, People Directorate" (one
// per line) and "<Directorate> <names, ...>" (a two-column table flattened,
// whose cells may wrap onto the next line).
import type { Apology, Attendee, AttendeeRole } from '../model.ts';
import type { Line } from './normalise-text.ts';

type Group = AttendeeRole | 'apologies' | 'chair' | 'vice-chair';

const LABELS: [RegExp, Group][] = [
  [/^(?:chair|chairman|chairperson|chair\s+of\s+the\s+meeting)\b/i, 'chair'],
  [/^(?:vice|deputy)[-\s]?chair(?:man|person)?\b/i, 'vice-chair'],
  [/^apologies(?:\s+for\s+absence)?(?:\s+were\s+received\s+from)?\b/i, 'apologies'],
  [/^co-?\s?opted\s+members?\b/i, 'co-opted'],
  [/^cabinet\s+members?\b/i, 'cabinet'],
  [/^(?:other|non-board|non-committee)\s+members?\b/i, 'other-member'],
  [/^(?:invited|by\s+invitation|invitees?|also\s+in\s+attendance|in\s+attendance|also\s+present|invited\s+guests?)\b/i, 'invited'],
  [/^substitut(?:es?|ions?)(?:\s+members?)?\b/i, 'substitute'],
  [/^(?:employees|officers|council\s+officers|staff)\b[^:]*/i, 'employee'],
  [/^(?:board\s+|committee\s+|panel\s+)?(?:members?|councillors?)(?:\s+present)?\b/i, 'member'],
  [/^present\b/i, 'member'],
];

/** A group label at the start of a line: its group and the rest of the line. */
export function groupLabel(text: string): { group: Group; rest: string } | null {
  for (const [re, group] of LABELS) {
    const m = re.exec(text);
    if (!m) continue;
    const after = text.slice(m[0].length);
    // "Apologies for absence were received from ..." needs no colon.
    if (group === 'apologies' && /received\s+from$/i.test(m[0])) return { group, rest: after.replace(/^\s*:?\s*/, '').replace(/\.$/, '') };
    // A label is followed by a colon (or "(by Directorate):"); "Members requested ..." is prose.
    const colon = /^\s*(?:\([^)]*\))?\s*:[-–]?\s*/.exec(after);
    if (!colon) continue;
    return { group, rest: after.slice(colon[0].length).trim() };
  }
  return null;
}

const TITLE = /^(?:Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Miss|Mx|Dr|Prof(?:essor)?|Rev(?:erend)?|Father|Sir|Dame|Lady|Lord)\b\.?/;

/** Split a list of people on commas and "and", never inside brackets. */
export function splitPeople(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  const tokens = text.split(/(\(|\)|,|;|\s+and\s+|\s+&\s+)/i);
  for (const token of tokens) {
    if (token === undefined) continue;
    if (token === '(') depth++;
    if (token === ')') depth = Math.max(0, depth - 1);
    const separator = token === ',' || token === ';' || /^\s+(and|&)\s+$/i.test(token);
    if (separator && depth === 0) {
      parts.push(current);
      current = '';
    } else current += token;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

interface Person {
  name: string;
  note: string | null;
  chair: boolean;
}

/** "Councillor Gittins (Deputy Cabinet Member ...)" -> name, note; "(Chair)" sets chair. */
function readPerson(raw: string, inheritedTitle: string | null): Person | null {
  let text = raw.trim().replace(/[.;:]+$/, '');
  const notes: string[] = [];
  let chair = false;
  text = text.replace(/\s*\(([^)]*)\)/g, (_m, inner: string) => {
    const note = inner.trim();
    if (/^chair(man|person)?$/i.test(note) || /^in the chair$/i.test(note)) chair = true;
    else if (note) notes.push(note);
    return '';
  });
  text = text.trim();
  // "Councillor Patel – in the Chair", "Councillor Patel (in the Chair)".
  if (/\s*[-–,]?\s+\(?in\s+the\s+chair\)?$/i.test(text)) {
    chair = true;
    text = text.replace(/\s*[-–,]?\s+\(?in\s+the\s+chair\)?$/i, '');
  }
  if (!text) return null;
  text = text.replace(/^Cllrs?\.?\s+/i, 'Councillor ').replace(/^Councillors\s+/i, 'Councillor ');
  if (!TITLE.test(text) && inheritedTitle) text = `${inheritedTitle} ${text}`;
  if (!/[A-Za-z]/.test(text) || text.length > 80) return null;
  return { name: text, note: notes.length ? notes.join('; ') : null, chair };
}

/** People in a list line; a plural "Councillors" before the first name applies to all of them. */
export function readPeople(text: string): Person[] {
  let inherited: string | null = null;
  const people: Person[] = [];
  for (const part of splitPeople(text)) {
    // "Councillors B Jones, C Brown and D White": the plural title carries on to the names after it.
    if (/^(Councillors|Cllrs)\b/i.test(part)) inherited = 'Councillor';
    else if (TITLE.test(part)) inherited = null;
    // "Councillor Fenwick, Executive Member for Skills": a role after a comma describes the person before it.
    const last = people[people.length - 1];
    if (last && !TITLE.test(part) && ROLE.test(part)) {
      last.note = last.note ? `${last.note}; ${part.trim()}` : part.trim().replace(/[.;]$/, '');
      continue;
    }
    const person = readPerson(part, inherited);
    if (person) people.push(person);
  }
  return people;
}

const ROLE =
  /^(?:the\s+)?(?:executive|cabinet|deputy|assistant|director|head|chief|leader|lead|portfolio|strategic|interim|senior|principal|democratic|scrutiny|governance|service|policy|programme|project)\b.*\b(?:member|director|officer|manager|leader|holder|head|adviser|advisor|lead|services?|support|clerk|co-?ordinator)\b/i;

const INITIALS_NAME = /^(?:(?:Mr|Mrs|Ms|Miss|Dr)\s+)?[A-Z]{1,3}\s+[A-Z][A-Za-z'-]+/;

/** Employees in either layout; `carry` holds a dangling initial from a wrapped line. */
function readEmployeeLines(lines: string[]): Attendee[] {
  const out: Attendee[] = [];
  let carry: { initials: string; note: string | null } | null = null;
  for (const raw of lines) {
    let line = raw.trim();
    if (!line) continue;
    // Layout A: "J Gregg, People Directorate".
    const a = /^((?:(?:Mr|Mrs|Ms|Miss|Dr)\s+)?[A-Z][A-Za-z'.-]*(?:\s+[A-Z][A-Za-z'.-]*){0,3}),\s*(.+)$/.exec(line);
    if (a && INITIALS_NAME.test(a[1]!) && !INITIALS_NAME.test(a[2]!.trim()) && !a[2]!.includes(',')) {
      out.push({ name: a[1]!.trim(), role: 'employee', chair: false, note: a[2]!.trim() });
      continue;
    }
    // Layout B: "<Directorate> <names>": names start at the first initials + surname.
    let directorate: string | null = null;
    if (carry) {
      // The previous line ended "..., N" and this one holds "<directorate words> Macdonald, ...".
      const comma = line.indexOf(',');
      const head = comma < 0 ? line : line.slice(0, comma);
      const words = head.trim().split(/\s+/);
      const surname = words.pop() ?? '';
      directorate = words.join(' ') || null;
      out.push({ name: `${carry.initials} ${surname}`, role: 'employee', chair: false, note: carry.note });
      carry = null;
      line = comma < 0 ? '' : line.slice(comma + 1).trim();
    }
    const start = /(?:^|\s)((?:(?:Mr|Mrs|Ms|Miss|Dr)\s+)?[A-Z]{1,3}\s+[A-Z][A-Za-z'-]+)/.exec(line);
    if (start && start.index > 0) {
      directorate = line.slice(0, start.index).trim() || directorate;
      line = line.slice(start.index).trim();
    }
    const parts = splitPeople(line);
    const last = parts[parts.length - 1];
    if (last && /^[A-Z]{1,3}$/.test(last.trim())) {
      carry = { initials: last.trim(), note: directorate };
      parts.pop();
    }
    for (const p of parts) {
      const person = readPerson(p, null);
      if (!person) continue;
      const note = [directorate, person.note].filter(Boolean).join('; ') || null;
      out.push({ name: person.name, role: 'employee', chair: false, note });
    }
  }
  return out;
}

/**
 * Lines as written, with a list wrapped onto the next line joined back: an
 * open bracket, a trailing comma or "and", or a following line that starts in
 * lower case or with ")" means the entry carries on.
 */
function joinWrapped(lines: Line[]): string[] {
  const out: string[] = [];
  let carry = false;
  for (const line of lines) {
    if (line.blank) {
      carry = false;
      continue;
    }
    const text = line.text.replace(/\t+/g, ' ');
    const continues = out.length > 0 && (carry || /^[a-z)]/.test(text)) && !groupLabel(text);
    if (continues) out[out.length - 1] = `${out[out.length - 1]} ${text}`;
    else out.push(text);
    const last = out[out.length - 1]!;
    const open = (last.match(/\(/g) ?? []).length > (last.match(/\)/g) ?? []).length;
    carry = open || /(,|\band|&)$/.test(last);
  }
  return out;
}

export interface AttendanceResult {
  present: Attendee[];
  apologies: Apology[];
  chair: string | null;
}

/** Read the attendance part of minutes: the lines from "Present" to the first item. */
export function readAttendance(lines: Line[]): AttendanceResult {
  const present: Attendee[] = [];
  const apologies: Apology[] = [];
  let group: Group | null = null;
  let employeeLines: string[] = [];
  const flushEmployees = () => {
    present.push(...readEmployeeLines(employeeLines));
    employeeLines = [];
  };
  for (const line of joinWrapped(lines)) {
    const text = line;
    const label = groupLabel(text);
    let rest = text;
    if (label) {
      if (group === 'employee') flushEmployees();
      group = label.group;
      rest = label.rest;
    }
    if (!group || !rest) continue;
    // A heading such as "Minutes:" between the attendance and the first item names nobody.
    if (!label && /:$/.test(rest)) continue;
    if (/^(none|nil|no apologies\b.*)\.?$/i.test(rest)) continue;
    if (group === 'employee') {
      employeeLines.push(rest);
      continue;
    }
    for (const person of readPeople(rest)) {
      if (group === 'apologies') apologies.push({ name: person.name, note: person.note });
      else if (group === 'chair') present.push({ name: person.name, role: 'member', chair: true, note: person.note });
      else if (group === 'vice-chair') present.push({ name: person.name, role: 'member', chair: false, note: person.note ?? 'Vice-Chair' });
      else present.push({ name: person.name, role: group, chair: person.chair, note: person.note });
    }
    // "Chair:" and "Vice-Chair:" name one person each; the lines after them are members.
    if (group === 'chair' || group === 'vice-chair') group = 'member';
  }
  if (group === 'employee' || employeeLines.length) flushEmployees();
  const chair = present.find((p) => p.chair)?.name ?? null;
  return { present, apologies, chair };
}

/** An agenda's "Membership: Councillors S Bains, S Hanson (Co-opted Member), ... M Mutton (Chair)". */
export function readMembership(text: string): Attendee[] {
  return readPeople(text).map((p) => {
    const note = p.note ?? '';
    const role: AttendeeRole = /co-?\s?opted/i.test(note)
      ? 'co-opted'
      : /invitation|invited/i.test(note)
        ? 'invited'
        : /substitute/i.test(note)
          ? 'substitute'
          : 'member';
    // A plural "Councillors" prefix does not make a co-opted member a councillor.
    const name = role === 'co-opted' ? p.name.replace(/^Councillor\s+/, '') : p.name;
    return { name, role, chair: p.chair, note: p.note };
  });
}
