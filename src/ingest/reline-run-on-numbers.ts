// Minutes whose text kept its lines may still run one minute's number on inside a line: after the sentence that closes
// the minute before ("... There were none. 2. MINUTES The Chair ..."), after the names of a list with no stop ("...
// Rees and Daniels 10458/04/19 DECLARATIONS ..."), after a page's footer ("Page 1 of 5 4 Police report"), or a whole
// run of numbered minutes in one paragraph ("1) Welcome; ... 2) Reports; ... 3) Minutes; ..."). The readers find items
// only where a line opens, so those minutes are lost with their decisions. The document's own numbering says where
// they belong, whatever the words and whatever mark follows the number ("2.", "2)", "2:", "2 -"):
// - a gap: the lines that open with numbers of one kind run ... k-1, k+1 ... with k missing, and a number k stands
//   inside a line between them;
// - a run: inside one line, numbers of one kind count up by one from the number that opens the line (from a list's
//   mark, "1)", two of them at least).
// Those numbers are put back at a line's start. A number inside a minute's prose that no gap or run waits for stays
// ("£1.5 million", "Minute 5 of the last meeting", "on 5 March"); a list in brackets, "(1) ... (2) ...", is a
// resolution's clauses, never minutes. (A text that lost all its breaks is re-lined whole by reline-flattened.ts.)

import { type Marker, looksFlattened, markersAt } from './reline-flattened.ts';

interface Placed {
  line: number;
  /** Where the number's word starts in its line, in characters. */
  at: number;
  number: number;
  /** The numbering it belongs to: its kind ("3." or "3") and, for a reference, what its series shares. */
  key: string;
  kind: Marker['kind'];
  /** Whether the words after it open in capitals ("2. MINUTES"): a heading's, not a sentence's. */
  capitals: boolean;
  /** Whether a page's footer stands just before it. */
  afterFooter: boolean;
  /** Whether the word before it closes a sentence or a clause. */
  closes: boolean;
  /** "2)": a list's mark, which a minute's heading shares only where a run of them is the minutes. */
  listMark: boolean;
}

/** The numberings a minute's heading is printed in; a sub-paragraph's "2.1" or "(2)" is never a minute's. */
const MINUTE_KINDS = new Set<Marker['kind']>(['top', 'bare', 'ref']);

/** A sentence or a clause closes on the word before: "none.", "meeting.", "(Chair):". */
const CLOSES = /[a-z)\]"'’”][.!?:;]["'’”)]?$/;

/** A word with a figure in it: only such a word can be a minute's number ("2.", "10458/04/19", "OV5323"). */
const HAS_DIGIT = /\d/;

/** A dash between a number and its title: "01/01/2016 - Apologies", "4 – Finance". */
const DASH = /^[-–—]$/;

/** "Page 1 of 5": a page's footer, its last word standing just before token i. */
function footerBefore(words: readonly string[], i: number): boolean {
  return i >= 4 && /^page$/i.test(words[i - 4]!) && /^\d{1,3}$/.test(words[i - 3]!) && /^of$/i.test(words[i - 2]!) && /^\d{1,3}$/.test(words[i - 1]!);
}

function keyOf(marker: Marker): string {
  return `${marker.kind}:${marker.series}`;
}

/** "1)", "2)": a list's numbers inside a minute ("namely: 1) ..."). */
function listNumber(word: string): boolean {
  return /^\d{1,3}[a-z]?\)$/.test(word);
}

/**
 * The markers a number at word i starts, read past what may stand between a number and its title: "2:" is read as "2.",
 * and a dash after the number ("01/01/2016 - Apologies") is passed over.
 */
function markersFrom(words: readonly string[], i: number): Marker[] {
  const word = words[i]!.replace(/^(\d{1,3}):$/, '$1.');
  const next = DASH.test(words[i + 1] ?? '') ? i + 2 : i + 1;
  return markersAt([words[i - 1] ?? '', word, words[next] ?? '', words[next + 1] ?? ''], 1);
}

/** The text with each minute's number run on inside a line put back at a line's start, where its numbering places it. */
export function relineRunOnNumbers(text: string): string {
  if (looksFlattened(text)) return text;
  const lines = text.split('\n');
  const opening: Placed[] = [];
  const inside: Placed[] = [];
  lines.forEach((line, n) => {
    if (!HAS_DIGIT.test(line)) return;
    const found = [...line.matchAll(/\S+/g)];
    if (found.length < 2) return;
    const words = found.map((m) => m[0]);
    for (const marker of markersFrom(words, 0)) {
      if (MINUTE_KINDS.has(marker.kind)) opening.push({ line: n, at: found[0]!.index!, number: marker.major, key: keyOf(marker), kind: marker.kind, capitals: false, afterFooter: false, closes: true, listMark: listNumber(words[0]!) });
    }
    for (let i = 1; i < words.length - 1; i++) {
      // Every marker is read from a number in its word: the other words (nearly all of a line) are passed at once.
      if (!HAS_DIGIT.test(words[i]!)) continue;
      const afterFooter = footerBefore(words, i);
      const closes = afterFooter || CLOSES.test(words[i - 1]!);
      const title = DASH.test(words[i + 1]!) ? i + 2 : i + 1;
      const capitals = /^[A-Z]{2,}/.test(words[title] ?? '') || (/^[A-Z]{2,}/.test(words[title + 1] ?? '') && !/[a-z]/.test(words[title] ?? ''));
      for (const marker of markersFrom(words, i)) {
        if (!MINUTE_KINDS.has(marker.kind)) continue;
        // A number with no stop before it is a minute's only as a reference ("10458/04/19") or a heading in capitals.
        if (!closes && marker.kind !== 'ref' && !capitals) continue;
        inside.push({ line: n, at: found[i]!.index!, number: marker.major, key: keyOf(marker), kind: marker.kind, capitals, afterFooter, closes, listMark: listNumber(words[i]!) });
      }
    }
  });
  if (inside.length === 0) return text;
  const breaks = new Map<number, number[]>();
  const filled = new Set<string>();
  const cut = (c: Placed) => {
    filled.add(`${c.key}#${c.number}`);
    const cuts = breaks.get(c.line);
    if (cuts) cuts.push(c.at);
    else breaks.set(c.line, [c.at]);
  };
  fillGaps(opening, inside, filled, cut);
  fillRuns(opening, inside, filled, cut);
  if (breaks.size === 0) return text;
  return lines
    .map((line, n) => {
      const at = breaks.get(n);
      if (!at) return line;
      at.sort((a, b) => a - b);
      let out = '';
      let from = 0;
      for (const k of at) {
        out += `${line.slice(from, k).trimEnd()}\n`;
        from = k;
      }
      return out + line.slice(from);
    })
    .join('\n');
}

/**
 * A number inside a line that fills the gap in the numbering of the lines' openings: the number at a line's start before
 * it (an opening, or a number put back before) is k-1, the opening after it k+1. One pass over the numbers in order.
 */
function fillGaps(opening: readonly Placed[], inside: readonly Placed[], filled: Set<string>, cut: (c: Placed) => void): void {
  const starts = opening.filter((o) => !o.listMark);
  const events = [...starts.map((p) => ({ p, opens: true })), ...inside.filter((c) => !c.listMark).map((p) => ({ p, opens: false }))];
  events.sort((a, b) => a.p.line - b.p.line || a.p.at - b.p.at);
  // The next opening of each numbering after each event, and whether the number after it stands inside a line before
  // that opening ("... 20413/05/24 DECLARATIONS ... 20414/05/24 MINUTES ..." before "20415/05/24"): found walking back once.
  const nextOpening: (Placed | null)[] = new Array(events.length).fill(null);
  const nextInside: boolean[] = new Array(events.length).fill(false);
  const ahead = new Map<string, Placed>();
  const insideAhead = new Map<string, Set<number>>();
  for (let e = events.length - 1; e >= 0; e--) {
    const { p, opens } = events[e]!;
    nextOpening[e] = ahead.get(p.key) ?? null;
    nextInside[e] = insideAhead.get(p.key)?.has(p.number + 1) ?? false;
    if (opens) {
      ahead.set(p.key, p);
      insideAhead.set(p.key, new Set());
    } else {
      const seen = insideAhead.get(p.key);
      if (seen) seen.add(p.number);
      else insideAhead.set(p.key, new Set([p.number]));
    }
  }
  const last = new Map<string, number>();
  events.forEach(({ p: c, opens }, e) => {
    if (opens) {
      last.set(c.key, c.number);
      return;
    }
    const before = last.get(c.key);
    const after = nextOpening[e];
    const fitsBefore = before !== undefined ? before === c.number - 1 : c.number === 1 && after !== null;
    // After the last opening number the run may go on only where nothing else could be meant: a page's footer, or a heading in capitals.
    const fitsAfter = after ? after.number === c.number + 1 || (after.number > c.number && nextInside[e]!) : before !== undefined && (c.afterFooter || c.capitals);
    if (!fitsBefore || !fitsAfter || filled.has(`${c.key}#${c.number}`)) return;
    cut(c);
    last.set(c.key, c.number);
  });
}

/**
 * Numbers inside one line that count up by one from the number opening the line: minutes printed as one paragraph.
 * Each line is walked once, its numbers in order.
 */
function fillRuns(opening: readonly Placed[], inside: readonly Placed[], filled: Set<string>, cut: (c: Placed) => void): void {
  const openedBy = new Map<number, Placed[]>();
  for (const o of opening) openedBy.set(o.line, [...(openedBy.get(o.line) ?? []), o]);
  let from = 0;
  while (from < inside.length) {
    let to = from;
    while (to < inside.length && inside[to]!.line === inside[from]!.line) to++;
    const candidates = inside.slice(from, to);
    const line = inside[from]!.line;
    from = to;
    const byKey = new Map<string, Placed[]>();
    for (const c of candidates) {
      const list = byKey.get(c.key);
      if (list) list.push(c);
      else byKey.set(c.key, [c]);
    }
    for (const [key, ofKey] of byKey) {
      const opener = (openedBy.get(line) ?? []).find((o) => o.key === key);
      if (!opener) continue;
      let expected = opener.number + 1;
      const run: Placed[] = [];
      for (const c of ofKey) {
        if (c.number !== expected) continue;
        run.push(c);
        expected++;
      }
      // Two of a list's marks after the line's own ("1) ... 2) ... 3) ..."): one "2)" may be a clause of a list.
      const enough = run.length >= (opener.listMark ? 2 : 1);
      if (!enough) continue;
      for (const c of run) if (!filled.has(`${c.key}#${c.number}`)) cut(c);
    }
  }
}
