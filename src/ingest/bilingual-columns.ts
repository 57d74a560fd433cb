// Bilingual minutes printed in two columns (Welsh and English side by side,
// as Welsh town and community councils print them) reach us from PDF-to-text
// as lines holding both languages, a wide gap between them. Read as they are,
// every title and decision would be two sentences run together. Where many
// lines split in two at a wide gap, the two sides are of like length (a
// translation, not a label and its value), and one side reads as English and
// the other does not, only the English column is kept; an item number printed
// in the other column stays with its line.
//
// Columns are told apart by the gap between them and by indentation, not by
// character offsets: a reader may have shortened long runs of spaces.

const GAP = / {3,}/g;
const NUMBER_FIRST = /^(\d{1,4}[a-z]?\.?) /;
const ENGLISH = new Set(['the', 'and', 'of', 'to', 'in', 'was', 'were', 'be', 'for', 'on', 'that', 'with', 'at', 'by', 'from', 'is', 'it', 'had', 'has', 'have', 'a', 'an', 'as', 'this']);
/** Lines split in two that make a document two-columned. */
const MIN_PAIRS = 6;
/** A line indented this far holds the right-hand column only. */
const RIGHT_INDENT = 12;

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

function wordsOf(texts: string[]): string[] {
  return texts.flatMap((t) => t.toLowerCase().split(/[^a-z']+/).filter(Boolean));
}

function englishShare(words: string[]): number {
  return words.length === 0 ? 0 : words.filter((w) => ENGLISH.has(w)).length / words.length;
}

/** A sentence that reads as English rather than Welsh: "The Council will not object", not "Ni fydd y Cyngor yn gwrthwynebu". */
export function readsAsEnglish(text: string): boolean {
  const words = wordsOf([text]);
  return words.length > 0 && englishShare(words) >= 0.1;
}

/** The lines of a two-column bilingual document with only its English column; other documents unchanged. */
export function keepEnglishColumn(lines: string[]): string[] {
  const segments = lines.map(segmentsOf);
  const pairs: number[] = [];
  segments.forEach((s, i) => {
    if (s.length >= 2 && s[0]!.start < RIGHT_INDENT) pairs.push(i);
  });
  if (pairs.length < MIN_PAIRS) return lines;
  // A translation's lines hold a few words on each side; "TITLE ref: 2207   Approved" or "(i)   That ..." do not.
  const count = (t: string) => t.split(' ').filter(Boolean).length;
  const balanced = pairs.filter((i) => {
    const [a, b] = [count(segments[i]![0]!.text), count(segments[i]![1]!.text)];
    return a >= 3 && b >= 3 && Math.max(a, b) <= 3 * Math.min(a, b);
  });
  if (balanced.length < MIN_PAIRS / 2) return lines;
  const left = wordsOf(pairs.map((i) => segments[i]![0]!.text));
  const right = wordsOf(pairs.map((i) => segments[i]![1]!.text));
  // A translation runs about as long as what it translates; labels beside values do not.
  if (left.length < 20 || right.length < 20 || left.length < right.length / 2 || right.length < left.length / 2) return lines;
  const l = englishShare(left);
  const r = englishShare(right);
  const keepRight = r >= 0.1 && l < r / 3;
  const keepLeft = l >= 0.1 && r < l / 3;
  if (!keepRight && !keepLeft) return lines;
  const first = pairs[0]!;
  let last = pairs[pairs.length - 1]!;
  // A few lines of one column just after the last pair are still the columns' (a wrapped last entry).
  while (last + 1 < lines.length && last + 1 - pairs[pairs.length - 1]! <= 3 && segments[last + 1]!.length === 1) last++;
  return lines.map((line, i) => {
    if (i < first || i > last) return line;
    const segs = segments[i]!;
    if (segs.length === 0) return line;
    if (segs.length === 1) {
      const onRight = segs[0]!.start >= RIGHT_INDENT;
      return onRight === keepRight ? line : '';
    }
    // An action column further right ("Clerk") is no part of the text.
    const mine = keepRight ? segs[1]! : segs[0]!;
    const number = keepRight ? NUMBER_FIRST.exec(`${segs[0]!.text} `) : null;
    return number ? `${number[1]} ${mine.text}` : mine.text;
  });
}
