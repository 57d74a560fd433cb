// One PDF page's text from its text items, with the page's paragraph breaks.
//
// A PDF holds no blank lines: a gap between paragraphs, above a heading or
// between an attendance list and the first minute is only a larger step down
// the page. PDF-to-text tools print such a gap as a blank line, and the minutes
// readers rely on it (a heading stands apart; a lettered heading "(a) Minutes -"
// stands alone). Joining the items line by line loses it, so here a line that
// starts further below the line before than the page's usual line step gets a
// blank line above it.

/** The parts of a pdf.js text item read here (`transform[5]` is the baseline's height on the page). */
export interface PdfTextItem {
  str: string;
  hasEOL?: boolean;
  transform?: readonly number[];
}

/** A step down the page this many times the page's usual line step is a paragraph break. */
export const PARAGRAPH_STEP = 1.4;
/** Fewer line steps than this tell no usual step: the page is left as it is. */
const MIN_STEPS = 3;

interface PageLine {
  text: string;
  /** The baseline of the line's first printed item; null when it printed nothing. */
  y: number | null;
  /** That item's font size. */
  size: number;
}

function pageLines(items: readonly (PdfTextItem | object)[]): PageLine[] {
  const lines: PageLine[] = [];
  let text = '';
  let y: number | null = null;
  let size = 0;
  for (const item of items) {
    if (!('str' in item) || item.str == null) continue;
    const it = item as PdfTextItem;
    if (y === null && it.str.trim() !== '' && it.transform && Number.isFinite(it.transform[5])) {
      y = it.transform[5]!;
      size = Math.hypot(it.transform[2] ?? 0, it.transform[3] ?? 0);
    }
    text += it.str;
    if (it.hasEOL) {
      lines.push({ text, y, size });
      text = '';
      y = null;
    }
  }
  lines.push({ text, y, size });
  return lines;
}

/**
 * The page's usual line step: the smallest step down from one printed line to the next that the page makes
 * more than once. Columns drawn one after the other step up and do not count, nor do steps smaller than half
 * a line's type (a raised or misaligned piece of the same line).
 */
function usualStep(lines: readonly PageLine[]): number | null {
  const seen = new Map<number, number>();
  let steps = 0;
  let last: PageLine | null = null;
  for (const line of lines) {
    if (line.y === null) continue;
    if (last !== null && last.y! - line.y >= 0.5 * Math.max(line.size, 1)) {
      const key = Math.round((last.y! - line.y) * 10) / 10;
      seen.set(key, (seen.get(key) ?? 0) + 1);
      steps++;
    }
    last = line;
  }
  if (steps < MIN_STEPS) return null;
  const repeated = [...seen].filter(([, n]) => n > 1).map(([step]) => step);
  return repeated.length > 0 ? Math.min(...repeated) : null;
}

/** The page's text, line by line as the PDF ends its lines, with a blank line at each paragraph break. */
export function pdfPageText(items: readonly (PdfTextItem | object)[]): string {
  const lines = pageLines(items);
  const step = usualStep(lines);
  const out: string[] = [];
  let last: number | null = null;
  for (const line of lines) {
    if (step !== null && line.y !== null && last !== null && last - line.y > PARAGRAPH_STEP * step && out.length > 0 && out[out.length - 1]!.trim() !== '') out.push('');
    if (line.y !== null) last = line.y;
    out.push(line.text);
  }
  return out.join('\n').trim();
}
