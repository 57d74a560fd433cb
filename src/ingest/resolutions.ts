// RESOLVED blocks in a minute's body.
//
// How councils write them: "RESOLVED that <sentence>." (one resolution), or a
// stem ("RESOLVED that the Scrutiny Board:", "RESOLVED unanimously that:",
// "RESOLVED that") followed by clauses numbered 1) 1. a) (i) or bulleted.
// Each clause is one resolution, kept verbatim without the stem: the clauses
// are written to read on their own ("Notes the briefing note."). When the stem
// says "the following" the clauses only finish its sentence (a list of
// work-programme titles, say): each is still its own resolution, but keeps the
// stem in front so that it reads on its own ("the following items be added to
// the Work Programme: Audit report back").
import type { Line } from './normalise-text.ts';

export interface ResolutionBlock {
  /** Index of the RESOLVED line and one past the block's last line. */
  start: number;
  end: number;
  /** What follows "RESOLVED (unanimously) that", without a trailing colon. */
  stem: string;
  /** The clauses as printed (markers removed); one entry for a single-sentence resolution. */
  clauses: string[];
  /** The stem says "the following": the clauses complete it. */
  listStem: boolean;
  unanimous: boolean;
}

// A paragraph number may stand in front: "8.4 RESOLVED: That the Committee:-".
const RESOLVED = /^(?:\d{1,3}\.\d{1,2}\.?\s+)?(?:(?:following|after|having)\b[^.;:]{0,80},\s+)?(?:it\s+was\s+(?:therefore\s+|further\s+|unanimously\s+)?)?(?:further\s+)?resolved\b[\s:,\-–—]*/i;
// Some councils print decisions as "AGREED" or "RECOMMENDED" in capitals; in lower case these are prose.
const DECIDED_CAPS = /^(?:AGREED|RECOMMENDED|DECISION|DECIDED)\b[\s:,\-–—]*|^Agreed\s+(?=that\b)|^Decisions?\s*:?\s*$/;
// Others print the decision as a sentence in the present tense, with no label:
// "The Committee notes the report and agrees the work programme." ("The Committee approve ..." too.)
// Narrative is in the past tense.
const DECIDED_PRESENT =
  /^The\s+(?:[A-Z][\w()'&-]*\s+){0,8}?(?:Committee|Board|Panel|Commission|Sub-Committee|Forum)\s+(?:notes?|agrees?|approves?|endorses?|recommends?|requests?|supports?|asks?|resolves?|welcomes?|accepts?|receives?)\b/;
const CLAUSE_MARKER = /^\(?((?:\d{1,2})|(?:[ivx]{1,4})|(?:[a-z]))[.)]\s+/i;

export function isResolvedLine(line: Line): boolean {
  return !line.blank && (RESOLVED.test(line.text) || DECIDED_CAPS.test(line.text) || DECIDED_PRESENT.test(line.text));
}

/** The kind of a clause marker: numbers, letters and roman numerals nest differently. */
function markerKind(marker: string): 'number' | 'roman' | 'letter' {
  if (/^\d/.test(marker)) return 'number';
  if (/^[ivx]+$/i.test(marker) && marker.length > 1) return 'roman';
  return 'letter';
}

export function clauseStart(line: Line): { text: string; kind: string | null } | null {
  if (line.blank) return null;
  const m = CLAUSE_MARKER.exec(line.text);
  if (m) return { text: line.text.slice(m[0].length).trim(), kind: markerKind(m[1]!) };
  if (line.bullet) return { text: line.text, kind: 'bullet' };
  return null;
}

function endsSentence(text: string): boolean {
  return /[.;!?]["')]?$/.test(text.trim());
}

function stemOf(text: string): { stem: string; unanimous: boolean } {
  let rest = RESOLVED.test(text) ? text.replace(RESOLVED, '') : text.replace(DECIDED_CAPS, '');
  const unanimous = /\bunanimous(ly)?\b/i.test(rest);
  // "the Committee:-" and "indicated:-" open a list just as "the Committee:" does.
  rest = rest.replace(/\s*:\s*[-–—]+\s*$/, ':');
  rest = rest
    .replace(/^unanimously\s*/i, '')
    .replace(/^[:,-]\s*/, '')
    .replace(/^that\b\s*:?\s*/i, '');
  return { stem: rest.trim(), unanimous };
}

/** Find every RESOLVED block in an item's lines. */
export function findResolutionBlocks(lines: Line[]): ResolutionBlock[] {
  const blocks: ResolutionBlock[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!isResolvedLine(lines[i]!)) {
      i++;
      continue;
    }
    const block = readBlock(lines, i);
    blocks.push(block);
    i = Math.max(block.end, i + 1);
  }
  return blocks;
}

function nextNonBlank(lines: Line[], from: number): number {
  let j = from;
  while (j < lines.length && lines[j]!.blank) j++;
  return j;
}

function readBlock(lines: Line[], start: number): ResolutionBlock {
  const first = lines[start]!;
  let { stem, unanimous } = stemOf(first.text);
  let j = start + 1;
  // A stem wrapped over lines before its clauses begin.
  while (
    j < lines.length &&
    !lines[j]!.blank &&
    !clauseStart(lines[j]!) &&
    !isResolvedLine(lines[j]!) &&
    !endsSentence(stem) &&
    !stem.endsWith(':')
  ) {
    stem = `${stem} ${lines[j]!.text}`.trim();
    j++;
  }
  // "RESOLVED –" (or "Decision") with the stem on its own line: "That:", "The Committee:-".
  if (stem === '') {
    const n = nextNonBlank(lines, j);
    const next = n < lines.length ? lines[n]! : null;
    if (next && next.text.length <= 80 && /:\s*[-–]?$/.test(next.text) && !clauseStart(next) && !isResolvedLine(next)) {
      stem = next.text.replace(/\s*:\s*[-–]+$/, ':').replace(/^that\b\s*:?\s*/i, '').trim();
      j = n + 1;
    }
  }
  // After an open stem ("RESOLVED:", "RESOLVED that the Board:"), paragraphs starting "That ..." are clauses too.
  const stemOpen = stem === '' || stem.endsWith(':');
  const clauseAt = (line: Line) => clauseStart(line) ?? (stemOpen && /^That\s/.test(line.text) ? { text: line.text, kind: 'that' } : null);
  const afterStem = nextNonBlank(lines, j);
  const nextIsClause = afterStem < lines.length && clauseAt(lines[afterStem]!) !== null;
  const listMode = nextIsClause && (stem === '' || stem.endsWith(':') || !endsSentence(stem));
  const cleanStem = stem.replace(/\s*:$/, '').trim();
  const listStem = /\bthe following\b|\bas follows\b|\bbelow\b/i.test(cleanStem);

  if (!listMode) {
    let text = cleanStem;
    let k = j;
    if (!text) {
      // "RESOLVED that:" followed by a plain paragraph.
      k = afterStem;
      while (k < lines.length && !lines[k]!.blank && !isResolvedLine(lines[k]!)) {
        text = `${text} ${lines[k]!.text}`.trim();
        k++;
      }
    }
    if (/\bunanimous(ly)?\b/i.test(text)) unanimous = true;
    const inline = splitInlineClauses(text);
    if (inline) {
      return { start, end: Math.max(k, j), stem: inline.stem, clauses: inline.clauses, listStem: false, unanimous };
    }
    return { start, end: Math.max(k, j), stem: cleanStem, clauses: text ? [text] : [], listStem: false, unanimous };
  }

  const clauses: string[] = [];
  let topKind: string | null = null;
  let k = afterStem;
  let last = k;
  let afterColonList = false;
  while (k < lines.length) {
    const line = lines[k]!;
    if (line.blank) {
      const n = nextNonBlank(lines, k);
      if (n >= lines.length) break;
      const next = lines[n]!;
      const current = clauses[clauses.length - 1] ?? '';
      // A web rendering may print each wrapped line of a clause as its own paragraph, even one that starts
      // with a capital ("... by the Finance and Corporate" / "Services Scrutiny Board (Scrutiny Board 1)").
      const wrapped =
        n === k + 1 &&
        current !== '' &&
        !endsSentence(current) &&
        !current.endsWith(':') &&
        next.text.length <= 80 &&
        !next.bullet &&
        !/^(?:The|It|This|Members|Councillor|Officers|In|Following|Having|There)\b/.test(next.text);
      const continues = clauseAt(next) !== null || (!endsSentence(current) && /^[a-z]/.test(next.text)) || wrapped;
      if (!continues || isResolvedLine(next)) break;
      k = n;
      continue;
    }
    if (isResolvedLine(line)) break;
    const c = clauseAt(line);
    if (c) {
      const current = clauses[clauses.length - 1];
      const nested =
        current !== undefined &&
        topKind !== null &&
        c.kind !== topKind &&
        (current.endsWith(':') || !endsSentence(current) || afterColonList);
      if (nested) {
        clauses[clauses.length - 1] = joinListed(current, c.text);
        afterColonList = true;
      } else {
        topKind ??= c.kind;
        clauses.push(c.text);
        afterColonList = false;
      }
    } else if (clauses.length > 0) {
      const current = clauses[clauses.length - 1]!;
      // Lines under a clause ending in ":" are its list (a membership, say).
      if (current.endsWith(':') || afterColonList) {
        clauses[clauses.length - 1] = joinListed(current, line.text);
        afterColonList = true;
      } else clauses[clauses.length - 1] = `${current} ${line.text}`;
    } else break;
    k++;
    last = k;
  }
  if (clauses.some((c) => /\bunanimous(ly)?\b/i.test(c)) && clauses.length === 1) unanimous = true;
  if (listStem && clauses.length > 0) {
    return {
      start,
      end: last,
      stem: cleanStem,
      clauses: clauses.map((c) => c.replace(/[;,]\s*(and|or)?$/i, '').trim()),
      listStem: true,
      unanimous,
    };
  }
  return { start, end: last, stem: cleanStem, clauses: clauses.map(withoutJoiner), listStem: false, unanimous };
}

/** A listed clause without the "; and" or ";" that joins it to the next one. */
function withoutJoiner(clause: string): string {
  return clause.replace(/\s*;\s*(?:and|or)?$/i, '').trim();
}

/**
 * Clauses numbered inside one paragraph: "RESOLVED that (1) the report be noted;
 * and (2) a further report be submitted." The markers must run 1, 2, ... (or a, b, ...).
 */
export function splitInlineClauses(text: string): { stem: string; clauses: string[] } | null {
  const markers = [...text.matchAll(/(?:^|\s)\((\d{1,2}|[a-h]|i{1,3}|iv|v|vi{0,3})\)\s+/g)];
  if (markers.length < 2) return null;
  const sequence = markers.map((m) => m[1]!);
  const ordered = (seq: string[], alphabet: string[]) => seq.every((v, i) => v === alphabet[i]);
  const numbers = Array.from({ length: 20 }, (_, i) => String(i + 1));
  const letters = 'abcdefgh'.split('');
  const romans = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii'];
  if (!ordered(sequence, numbers) && !ordered(sequence, letters) && !ordered(sequence, romans)) return null;
  const clauses = markers.map((m, i) => {
    const from = m.index + m[0].length;
    const to = markers[i + 1]?.index ?? text.length;
    return text
      .slice(from, to)
      .trim()
      .replace(/[;,]\s*(?:and|or)?$/i, '')
      .trim();
  });
  const stem = text.slice(0, markers[0]!.index).trim().replace(/:$/, '');
  return { stem, clauses: clauses.filter((c) => c.length > 0) };
}

function joinListed(current: string, next: string): string {
  return current.endsWith(':') ? `${current} ${next}` : `${current}, ${next}`;
}

export interface ResolutionText {
  text: string;
  unanimous: boolean;
}

/** The resolutions a block makes, as stored: one per clause, a "the following" stem kept in front of each. */
export function blockResolutions(block: ResolutionBlock): ResolutionText[] {
  return block.clauses.map((clause) => {
    const text = block.listStem ? `${block.stem}: ${clause}` : clause;
    return { text, unanimous: block.unanimous || /\bunanimous(ly)?\b/i.test(clause) };
  });
}

const EXCLUSION =
  /\b(exclu\w*\s+(of\s+)?the\s+press\s+and\s+(the\s+)?public|press\s+and\s+(the\s+)?public\s+be\s+excluded|public\s+be\s+excluded|exclusion\s+of\s+the\s+public)\b/i;

/** A resolution excluding the press and public: the items after it are private. */
export function isExclusionText(text: string): boolean {
  return EXCLUSION.test(text);
}
