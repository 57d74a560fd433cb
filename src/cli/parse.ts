// `scrutiny parse [--json] FILE`: what the parser reads from one file, without storing it.
// With --json only the JSON goes to stdout (the shape agreed in the ingest issue,
// with extra fields); warnings go to stderr.
import type { ParsedDocument, ParsedMeeting } from '../model.ts';
import { formatDateTime, formatTime } from '../london.ts';
import { classifyDocument, isEmptyParse, parseDocument } from '../ingest/parse-document.ts';
import { type ClassifiedLine, describeLine, kindsOf } from '../ingest/line-kinds.ts';
import { readDocument } from '../ingest/read-document.ts';
import { readArgs, usageError, type CliIo, type CommandSpec } from './io.ts';

export const SPEC: CommandSpec = {
  name: 'parse',
  usage: `Usage: npm run scrutiny -- parse [--json | --lines] FILE

Show what the parser reads from one file (text, HTML or PDF): meetings, items, resolutions, requests
and work-programme rows. Nothing is stored.

Options:
  --json       print the JSON shape instead of the summary (warnings still go to stderr)
  --lines      print each normalised line with the kinds the parser gave it, for teaching the
               parser a new council's layout (line number | kinds | details | text)
  -h, --help   show this help`,
  flags: ['--json', '--lines'],
};

/** The JSON shape of `parse --json`. An agenda-item page is reported as minutes with date null. */
export function toParseJson(doc: ParsedDocument) {
  return {
    documentKind: doc.kind,
    meetings: doc.meetings.map((m) => ({
      committee: m.committee,
      date: m.date,
      time: m.time,
      place: m.place,
      kind: m.kind === 'agenda' ? 'agenda' : 'minutes',
      source: m.kind,
      council: m.council,
      chair: m.chair,
      present: m.present.map((p) => ({ name: p.name, role: p.role, chair: p.chair, note: p.note })),
      apologies: m.apologies.map((a) => ({ name: a.name, note: a.note })),
      ...(m.membership ? { membership: m.membership.map((p) => ({ name: p.name, role: p.role, chair: p.chair, note: p.note })) } : {}),
      ...(m.contact ? { contact: m.contact } : {}),
      closingTime: m.closingTime,
      items: m.items.map((item) => ({
        number: item.number,
        title: item.title,
        private: item.private,
        resolutions: item.resolutions.map((r) => r.text),
        requests: item.requests.map((r) => r.text),
        reportAuthor: item.reportAuthor,
        pages: item.pages,
        subItems: item.subItems,
        unanimous: item.resolutions.map((r) => r.unanimous),
        requestDetails: item.requests.map((r) => ({ kind: r.kind, due: r.due })),
        workProgrammeAdditions: item.workProgrammeAdditionDetails ?? item.workProgrammeAdditions.map((title) => ({ title, year: null })),
      })),
    })),
    workProgramme: doc.workProgramme.map((w) => ({
      year: w.year,
      date: w.date,
      title: w.title,
      detail: w.detail,
      leads: w.leads,
      slot: w.slot,
      meetingNote: w.meetingNote,
      committee: w.committee ?? null,
    })),
  };
}

function meetingHeading(m: ParsedMeeting): string {
  const when = m.date ? formatDateTime(m.date, m.time) : 'date not given';
  const kind = m.kind === 'item-page' ? 'Agenda-item page' : m.kind === 'agenda' ? 'Agenda' : 'Minutes';
  return `${kind}: ${m.committee ?? 'committee not named'}, ${when}${m.place ? `, ${m.place}` : ''}`;
}

/** A readable summary of what was found. */
export function summarise(doc: ParsedDocument): string[] {
  const out: string[] = [];
  for (const m of doc.meetings) {
    out.push(meetingHeading(m));
    if (m.chair) out.push(`  Chair: ${m.chair}`);
    if (m.present.length) {
      const byRole = new Map<string, number>();
      for (const p of m.present) byRole.set(p.role, (byRole.get(p.role) ?? 0) + 1);
      out.push(`  Present: ${[...byRole].map(([role, n]) => `${n} ${role}`).join(', ')}`);
    }
    if (m.apologies.length) out.push(`  Apologies: ${m.apologies.map((a) => a.name).join(', ')}`);
    for (const item of m.items) {
      const number = item.number ? `${item.number}. ` : '';
      const extra = [item.pages, item.reportAuthor].filter(Boolean).join('; ');
      out.push(`  ${number}${item.title}${item.private ? ' (private)' : ''}${extra ? `  [${extra}]` : ''}`);
      for (const s of item.subItems) out.push(`      ${s}`);
      for (const r of item.resolutions) out.push(`      RESOLVED${r.unanimous ? ' (unanimous)' : ''}: ${r.text}`);
      for (const r of item.requests) {
        const due = r.due ? ` (due ${r.due.date ?? (r.due.nextMeeting ? 'next meeting' : r.due.text)})` : '';
        out.push(`      Request [${r.kind}]${due}: ${r.text}`);
      }
      for (const a of item.workProgrammeAdditions) out.push(`      Added to work programme: ${a}`);
    }
    if (m.closingTime) out.push(`  Closed at ${formatTime(m.closingTime)}`);
  }
  if (doc.workProgramme.length) {
    out.push(`Work programme ${doc.workProgramme[0]?.year ?? ''}: ${doc.workProgramme.length} items`.replace('  ', ' '));
    for (const w of doc.workProgramme) {
      const when = w.slot === 'dated' && w.date ? w.date : w.slot;
      out.push(`  ${when}: ${w.title}${w.leads.length ? ` (${w.leads.join(', ')})` : ''}`);
    }
  }
  return out;
}

/** One line per normalised line: its number, its kinds, what they found, and the text (blank lines as a bare number). */
export function formatLines(lines: readonly ClassifiedLine[]): string[] {
  const width = String(lines.length).length;
  return lines.map((line) => {
    const number = String(line.index + 1).padStart(width);
    if (line.blank) return number;
    const kinds = kindsOf(line).join(',') || '-';
    const details = describeLine(line);
    const marks = `${line.emphasis ? '*' : ''}${line.bullet ? '•' : ''}`;
    return `${number} | ${kinds.padEnd(28)} | ${details ? `${details} | ` : ''}${marks}${line.text}`;
  });
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const options = readArgs(args, SPEC, io);
  if (typeof options === 'number') return options;
  const { flags, positional } = options;
  if (flags.has('--json') && flags.has('--lines')) return usageError(io, SPEC, '--json and --lines are two different views: choose one');
  if (positional.length !== 1) return usageError(io, SPEC, positional.length === 0 ? 'no file given' : 'one file at a time');
  const file = positional[0]!;
  const read = await readDocument(file);
  if (!read.ok) {
    io.err(`${file}: ${read.reason}`);
    return 1;
  }
  if (flags.has('--lines')) {
    io.out(formatLines(classifyDocument(read.text)).join('\n'));
    return 0;
  }
  const doc = parseDocument(read.text, read.name);
  for (const w of doc.warnings) io.err(`${read.name}: ${w}`);
  if (flags.has('--json')) io.out(JSON.stringify(toParseJson(doc), null, 2));
  else if (isEmptyParse(doc)) io.out(`${read.name}: nothing found`);
  else io.out(summarise(doc).join('\n'));
  return 0;
}
