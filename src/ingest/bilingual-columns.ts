// Bilingual minutes printed in two columns (Welsh and English side by side,
// as Welsh town and community councils print them) reach us from PDF-to-text
// as lines holding both languages, a wide gap between them. Read as they are,
// every title and decision would be two sentences run together. Where a
// document's lines keep one column boundary and one column reads as English
// and the other does not, only the English column is kept; an item number
// printed in the other column stays with its line.

const GAP = / {3,}/g;
const NUMBER_FIRST = /^(\d{1,4}[a-z]?\.?) /;
const ENGLISH = new Set(['the', 'and', 'of', 'to', 'in', 'was', 'were', 'be', 'for', 'on', 'that', 'with', 'at', 'by', 'from', 'is', 'it', 'had', 'has', 'have', 'a', 'an', 'as', 'this']);
const MIN_ALIGNED = 6;

interface Segment {
  start: number;
  text: string;
}

function segmentsOf(line: string): Segment[] {
  const out: Segment[] = [];
  let from = line.search(/\S/);
  if (from < 0) return out;
  GAP.lastIndex = from;
  for (let m = GAP.exec(line); m; m = GAP.exec(line)) {
    out.push({ start: from, text: line.slice(from, m.index) });
    from = m.index + m[0].length;
  }
  const tail = line.slice(from).trimEnd();
  if (tail) out.push({ start: from, text: tail });
  return out;
}

function englishShare(texts: string[]): number {
  let words = 0;
  let english = 0;
  for (const t of texts) {
    for (const w of t.toLowerCase().split(/[^a-z']+/)) {
      if (!w) continue;
      words++;
      if (ENGLISH.has(w)) english++;
    }
  }
  return words === 0 ? 0 : english / words;
}

/** The lines of a two-column bilingual document with only its English column; other documents unchanged. */
export function keepEnglishColumn(lines: string[]): string[] {
  const segments = lines.map(segmentsOf);
  // The boundary: the most common start of a second segment (rounded, PDF columns wobble).
  const starts = new Map<number, number>();
  for (const s of segments) if (s.length >= 2 && s[1]!.start >= 20) starts.set(Math.round(s[1]!.start / 4), (starts.get(Math.round(s[1]!.start / 4)) ?? 0) + 1);
  let bucket = -1;
  let most = 0;
  for (const [b, n] of starts) if (n > most) [bucket, most] = [b, n];
  if (most < MIN_ALIGNED) return lines;
  const boundary = bucket * 4 - 4;
  const aligned: number[] = [];
  segments.forEach((s, i) => {
    if (s.length >= 2 && s.some((x, k) => k > 0 && Math.abs(x.start - boundary) <= 6)) aligned.push(i);
  });
  if (aligned.length < MIN_ALIGNED) return lines;
  const left: string[] = [];
  const right: string[] = [];
  for (const i of aligned) {
    for (const s of segments[i]!) (s.start < boundary ? left : right).push(s.text);
  }
  const l = englishShare(left);
  const r = englishShare(right);
  const keepRight = r >= 0.1 && l < r / 2;
  const keepLeft = l >= 0.1 && r < l / 2;
  if (!keepRight && !keepLeft) return lines;
  const first = aligned[0]!;
  // The columns run on past the last line aligned exactly: to the last line split at or beyond the boundary.
  let last = aligned[aligned.length - 1]!;
  for (let i = last + 1; i < lines.length; i++) if (segments[i]!.length >= 2 && segments[i]!.some((s, k) => k > 0 && s.start >= boundary - 2)) last = i;
  // A line with the left part only, just after the columns, is the left column's last words.
  while (last + 1 < lines.length && segments[last + 1]!.length === 1 && segments[last + 1]![0]!.start < boundary && segments[last + 1]![0]!.start > 0 && lines[last + 1]!.trim().split(' ').length <= 4) last++;
  return lines.map((line, i) => {
    if (i < first || i > last) return line;
    const segs = segments[i]!;
    if (segs.length === 0) return line;
    const mine = segs.filter((s) => (keepRight ? s.start >= boundary : s.start < boundary));
    // An action column far to the right ("Clerk") is no part of the text.
    const text = (keepRight ? mine.slice(0, 1) : mine).map((s) => s.text).join(' ');
    const other = segs.find((s) => (keepRight ? s.start < boundary : s.start >= boundary));
    const number = other && NUMBER_FIRST.exec(`${other.text} `);
    if (!text) return number ? number[1]! : '';
    return number && keepRight ? `${number[1]} ${text}` : text;
  });
}
