// What one minute's text says: its resolutions, the requests it makes and the
// items it adds to the work programme. Shared by the minutes parser, the
// ModernGov agenda-item page parser and ModernGov sync (minute HTML per item).
import type { ParsedRequest, ParsedResolution, RequestKind } from '../model.ts';
import { type Line, documentLines } from './normalise-text.ts';
import { blockResolutions, findResolutionBlocks, isExclusionText, type ResolutionBlock } from './resolutions.ts';
import { makeRequest, requestKind, requestListKind } from './requests.ts';
import {
  type Addition,
  additionsFromClause,
  additionsFromListStem,
  dedupeAdditions,
  introducesAdditionList,
} from './work-programme-additions.ts';

export interface MinuteContent {
  resolutions: ParsedResolution[];
  requests: ParsedRequest[];
  workProgrammeAdditions: string[];
  workProgrammeAdditionDetails: Addition[];
  /** The text marks itself exempt ("exempt information", "Private Business"). */
  private: boolean;
  /** A resolution excludes the press and public: the items after this one are private. */
  excludesPublic: boolean;
}

export interface MinuteContext {
  /** The meeting's date, for due dates given relative to it ("end of the municipal year"). */
  meetingDate?: string | null;
  /** The item's title: a work-programme item's bullets are additions even when the sentence does not say so. */
  title?: string;
}

/** One item's resolutions, requests and work-programme additions, from its raw text (markdown, web text or plain). */
export function extractMinuteContent(text: string, context: MinuteContext = {}): MinuteContent {
  return extractFromLines(documentLines(text), context);
}

/** Consecutive bullet (or numbered) lines after index `from`, blank lines between them allowed. */
function bulletsAfter(lines: Line[], from: number): { items: string[]; end: number } {
  const items: string[] = [];
  let k = from + 1;
  let end = from + 1;
  let baseIndent: number | null = null;
  while (k < lines.length) {
    const line = lines[k]!;
    if (line.blank) {
      k++;
      continue;
    }
    const numbered = /^\(?(\d{1,2}|[a-z])[.)]\s+/.exec(line.text);
    if (!line.bullet && !numbered) {
      // A bullet wrapped onto the next line (indented, or carrying on in lower case).
      const prev = lines[k - 1]!;
      if (items.length > 0 && !prev.blank && (line.indent > 0 || /^[a-z]/.test(line.text))) {
        items[items.length - 1] = `${items[items.length - 1]} ${line.text}`;
        k++;
        end = k;
        continue;
      }
      break;
    }
    const text = numbered ? line.text.slice(numbered[0].length) : line.text;
    baseIndent ??= line.indent;
    // Deeper bullets belong to the one above them.
    if (line.indent > baseIndent + 1 && items.length > 0) items[items.length - 1] = `${items[items.length - 1]} ${text}`;
    else items.push(text);
    k++;
    end = k;
  }
  return { items, end };
}

/** A line that carries on the paragraph or bullet above it rather than starting a new one. */
function isContinuation(line: Line, first: Line): boolean {
  if (line.blank || line.bullet || line.text.includes('\t')) return false;
  if (/^\(?(\d{1,2}|[a-z])[.)]\s+/.test(line.text)) return false;
  if (first.bullet) return line.indent > 0 || /^[a-z]/.test(line.text);
  return true;
}

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[A-Z"'(])/);
}

export function extractFromLines(lines: Line[], context: MinuteContext = {}): MinuteContent {
  const meetingDate = context.meetingDate ?? null;
  const title = context.title ?? '';
  const blocks = findResolutionBlocks(lines);
  // One look-up per line: a minute of many RESOLVED blocks must not cost lines x blocks.
  const blockLines = new Uint8Array(lines.length);
  for (const b of blocks) blockLines.fill(1, b.start, b.end);
  const inBlock = (i: number) => blockLines[i] === 1;

  const resolutions: ParsedResolution[] = [];
  const resolutionRequests: ParsedRequest[] = [];
  const additions: Addition[] = [];
  let excludesPublic = false;
  for (const block of blocks) {
    const made = blockResolutions(block);
    resolutions.push(...made);
    if (made.some((r) => isExclusionText(r.text)) || isExclusionText(block.stem)) excludesPublic = true;
    additions.push(...blockAdditions(block));
    if (block.listStem) {
      const kind = requestListKind(`${block.stem}:`);
      if (kind) for (const c of block.clauses) resolutionRequests.push(makeRequest(c, kind, meetingDate));
      continue;
    }
    for (const r of made) {
      const kind = requestKind(r.text, 'resolution');
      if (kind) resolutionRequests.push(makeRequest(r.text, kind, meetingDate));
    }
  }

  const bodyRequests: ParsedRequest[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.blank || inBlock(i)) {
      i++;
      continue;
    }
    // A paragraph (or a bullet) with the lines a PDF or a narrow layout wrapped it onto.
    let j = i + 1;
    while (j < lines.length && !inBlock(j) && isContinuation(lines[j]!, line)) j++;
    const text = lines
      .slice(i, j)
      .map((l) => l.text)
      .join(' ');
    const listKind = requestListKind(text);
    const additionYear = introducesAdditionList(text, title);
    if (listKind || additionYear !== false) {
      const { items, end } = bulletsAfter(lines, j - 1);
      if (items.length > 0) {
        if (listKind) for (const item of items) bodyRequests.push(makeRequest(item, listKind, meetingDate));
        else for (const item of items) additions.push({ title: item.replace(/[.;,]+$/, '').trim(), year: additionYear || null });
        i = end;
        continue;
      }
    }
    // A request reads as a sentence; "This would be followed up" needs the sentence before it.
    const parts = sentences(text);
    for (const [n, sentence] of parts.entries()) {
      const kind = requestKind(sentence, 'body');
      if (!kind || /:\s*$/.test(sentence)) continue;
      const said = kind === 'follow-up' && n > 0 && sentence.length < 60 ? `${parts[n - 1]} ${sentence}` : sentence;
      bodyRequests.push(makeRequest(said, kind, meetingDate));
    }
    i = j;
  }

  const resolvedKinds = new Set<RequestKind>(resolutionRequests.map((r) => r.kind));
  const requests = [
    ...bodyRequests.filter((r) => !(resolvedKinds.has(r.kind) && isSentenceKind(r.kind))),
    ...resolutionRequests,
  ];
  const unique = dedupeAdditions(additions);
  const whole = lines.map((l) => l.text).join('\n');
  return {
    resolutions,
    requests: dedupeRequests(requests),
    workProgrammeAdditions: unique.map((a) => a.title),
    workProgrammeAdditionDetails: unique,
    private: /\bexempt\s+information\b|\bnot\s+for\s+publication\b/i.test(whole),
    excludesPublic,
  };
}

/** Kinds a discussion sentence and a resolution both state for one ask ("discussed at the next meeting"). */
function isSentenceKind(kind: RequestKind): boolean {
  return kind === 'next-meeting' || kind === 'report-back' || kind === 'update';
}

function dedupeRequests(requests: ParsedRequest[]): ParsedRequest[] {
  const seen = new Set<string>();
  return requests.filter((r) => {
    const key = `${r.kind}|${r.text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function blockAdditions(block: ResolutionBlock): Addition[] {
  if (block.listStem) return additionsFromListStem(block.stem, block.clauses);
  return block.clauses.flatMap((c) => additionsFromClause(c));
}
