// A ModernGov agenda-item page saved as text: "Agenda item", the title, the
// report author, "Minutes:" and the minute text, "Supporting documents:".
// It carries no date: it becomes a meeting of kind 'item-page' with date null
// and one item, in the same normalised form as the minutes' copy of that item
// so the store can match the two.
import type { ParsedMeeting, Paper } from '../model.ts';
import { findDates } from './dates.ts';
import { extractFromLines } from './minute-content.ts';
import { type Line, leadingLineIndices, renderLines } from './normalise-text.ts';
import { reportAuthorOf } from './minutes.ts';
import { isResolvedLine } from './resolutions.ts';
import { parsedMeeting } from './parsed-meeting.ts';

const START = /^agenda\s+item(?:\s*[-:]?\s*(\d{1,3}[a-z]?)\.?)?(?:\s*[-:]\s*(.+))?$/i;
const MINUTES_LABEL = /^(?:minutes|decision)\s*:\s*(.*)$|^minutes$/i;
const SUPPORTING = /^(?:supporting|background)\s+documents?\s*:?\s*$/i;
const AUTHOR = /^(?:(?:joint\s+)?(?:briefing\s+note|report|presentation|verbal\s+(?:update|report))\s+(?:of|from|by)\s+.+|(?:decision|report)\s+author\s*:.+)$/i;

/** Where an agenda-item page starts in a document's lines, or -1. */
export function findItemPageStart(lines: Line[]): number {
  // A saved page may carry some site navigation above the heading.
  const head = leadingLineIndices(lines, 40).map((i) => [lines[i]!, i] as const);
  const start = head.find(([l]) => START.test(l.text))?.[1] ?? -1;
  if (start < 0) return -1;
  const first = head[0]![1];
  // Above the heading only site navigation may stand; an agenda pack's front sheet (dates, labels,
  // numbered items) above an "Agenda Item 3" stamp on a report's first page makes it no item page.
  const above = head.filter(([, i]) => i < start).map(([l]) => l.text);
  if (above.some((t) => findDates(t).length > 0 || /^\d{1,3}[a-z]?\.?\s+\S/.test(t) || /^(?:date|time|venue|place|membership)\b\s*:/i.test(t))) return -1;
  const hasMinutes = lines.slice(start + 1).some((l) => MINUTES_LABEL.test(l.text) && !/^minutes\s+of\b/i.test(l.text));
  // A few navigation lines ("Skip to content") may come first even when the page has no "Minutes:" label.
  return start === first || hasMinutes || above.length <= 3 ? start : -1;
}

/**
 * Some renderings drop the "Minutes:" label: the agenda's words come first and
 * the minute follows after a wider gap (two blank lines or more). Without such
 * a gap the text is the minute only when it records something.
 */
function unlabelledMinute(part: Line[]): Line[] {
  let blanks = 0;
  for (let i = 0; i < part.length; i++) {
    if (part[i]!.blank) {
      blanks++;
      continue;
    }
    if (blanks >= 2 && part.slice(0, i).some((l) => !l.blank)) return part.slice(i).filter((l) => l.blank || !AUTHOR.test(l.text));
    blanks = 0;
  }
  const recorded = part.some((l) => !l.blank && (isResolvedLine(l) || /\b(?:was|were|noted|agreed|considered|received)\b/i.test(l.text)));
  return recorded ? part.filter((l) => l.blank || !AUTHOR.test(l.text)) : [];
}

export function parseItemPage(lines: Line[], start: number, committee: string | null = null): ParsedMeeting {
  const head = START.exec(lines[start]!.text)!;
  let number: string | null = head[1] ?? null;
  let title = head[2]?.trim() ?? '';
  let k = start + 1;
  const next = () => {
    while (k < lines.length && lines[k]!.blank) k++;
    return k < lines.length ? lines[k]! : null;
  };
  if (!title) {
    const line = next();
    if (line && !MINUTES_LABEL.test(line.text)) {
      const numbered = /^(\d{1,3}[a-z]?)\.?\s+(.+)$/.exec(line.text);
      if (numbered && !number) {
        number = numbered[1]!;
        title = numbered[2]!;
      } else title = line.text;
      k++;
    }
  }
  let reportAuthor: string | null = null;
  const preamble: string[] = [];
  const preambleStart = k;
  let line = next();
  while (line && !MINUTES_LABEL.test(line.text) && !SUPPORTING.test(line.text)) {
    if (!reportAuthor && AUTHOR.test(line.text)) reportAuthor = line.text;
    else preamble.push(line.text);
    k++;
    line = next();
  }
  let bodyLines: Line[] = [];
  if (line && MINUTES_LABEL.test(line.text)) {
    const inline = (MINUTES_LABEL.exec(line.text)![1] ?? '').trim();
    k++;
    const end = lines.findIndex((l, i) => i >= k && SUPPORTING.test(l.text));
    bodyLines = lines.slice(k, end < 0 ? lines.length : end);
    if (inline) bodyLines.unshift({ text: inline, emphasis: false, bullet: false, indent: 0, blank: false });
    k = end < 0 ? lines.length : end;
  } else bodyLines = unlabelledMinute(lines.slice(preambleStart, k));
  const papers: Paper[] = [];
  if (k < lines.length && SUPPORTING.test(lines[k]!.text)) {
    for (const l of lines.slice(k + 1)) {
      if (l.blank) continue;
      const restricted = /\b(restricted|exempt|confidential)\b/i.test(l.text);
      papers.push({ title: l.text.replace(/\s*,?\s*(?:item|\d+)\s*\d*\s*KB\b.*$/i, '').trim() || l.text, url: null, restricted });
    }
  }
  const body = renderLines(bodyLines);
  const content = extractFromLines(bodyLines, { title });
  return parsedMeeting({
    committee,
    kind: 'item-page',
    items: [
      {
        number,
        title: title || 'Untitled item',
        body,
        reportAuthor: reportAuthor ?? reportAuthorOf(body),
        pages: null,
        subItems: [],
        papers,
        private: content.private,
        resolutions: content.resolutions,
        requests: content.requests,
        workProgrammeAdditions: content.workProgrammeAdditions,
        workProgrammeAdditionDetails: content.workProgrammeAdditionDetails,
      },
    ],
  });
}
