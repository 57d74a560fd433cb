// One PDF page's text from its text items, laid out as the page prints it.
//
// A PDF holds pieces of text at positions, in whatever order its writer drew
// them: a table of "Chairman | Councillor X" rows or a Welsh and English
// column may be drawn a column at a time, so reading the pieces in the file's
// order puts every label above every name. And it holds no blank lines: the
// gap between paragraphs, above a heading or below the attendance is only a
// larger step down the page. PDF-to-text tools print what the page shows,
// which is what the minutes readers are built on: pieces on one baseline are
// one line, left to right, with a wide gap kept as a run of spaces (how a
// column or a number's margin reads in text), and a line that starts further
// below the line above than the page's usual line step gets a blank line
// above it.

/** The parts of a pdf.js text item read here: `transform[4]`, `transform[5]` are where its baseline starts. */
export interface PdfTextItem {
  str: string;
  hasEOL?: boolean;
  transform?: readonly number[];
  width?: number;
}

/** A step down the page this many times the page's usual line step is a paragraph break. */
export const PARAGRAPH_STEP = 1.4;
/** Pieces whose baselines are within this share of the type size stand on one line (a raised "th" among them). */
const SAME_LINE = 0.5;
/** A gap between two pieces of a line this many times the type size separates columns: the second stands at its column, three spaces on at least. */
const COLUMN_GAP = 1.5;
const COLUMN_SPACES = 3;
/** An average character's width as a share of the type size: turns a position into a column of text. */
const CHARACTER_WIDTH = 0.5;
/** A gap this share of the type size or more is a word space. */
const WORD_GAP = 0.15;
/** No printed line is wider than this many characters: a piece placed far off the page stands here. */
const MAX_COLUMN = 400;
/** Fewer line steps than this tell no usual step. */
const MIN_STEPS = 3;

interface Piece {
  text: string;
  x: number;
  y: number;
  size: number;
  width: number | null;
  order: number;
}

interface PageLine {
  text: string;
  y: number;
  size: number;
}

function piecesOf(items: readonly (PdfTextItem | object)[]): Piece[] | null {
  const pieces: Piece[] = [];
  let turned = 0;
  let order = 0;
  for (const item of items) {
    if (!('str' in item) || item.str == null) continue;
    const it = item as PdfTextItem;
    if (it.str.trim() === '') continue;
    const t = it.transform;
    // Without a position the page cannot be laid out: it is read in the file's order.
    if (!t || !Number.isFinite(t[4]) || !Number.isFinite(t[5])) return null;
    if (Math.abs(t[1] ?? 0) > Math.abs(t[0] ?? 0)) turned++;
    pieces.push({ text: it.str, x: t[4]!, y: t[5]!, size: Math.max(Math.hypot(t[2] ?? 0, t[3] ?? 0), 1), width: Number.isFinite(it.width) ? it.width! : null, order: order++ });
  }
  // A page printed sideways runs its lines up the page, not down: it too is read in the file's order.
  return turned * 2 > pieces.length ? null : pieces;
}

/** Where a piece stands, in characters from the page's left edge of text (an average character is about half the type size). */
function columnOf(x: number, left: number, size: number): number {
  return Math.min(MAX_COLUMN, Math.max(0, Math.round((x - left) / (CHARACTER_WIDTH * size))));
}

/** The gap before the k-th piece of a row (sorted left to right), or null when the piece before has no width. */
function gapBefore(row: readonly Piece[], k: number): number | null {
  const before = row[k - 1]!;
  return before.width === null ? null : row[k]!.x - (before.x + before.width);
}

/**
 * Where the page's columns start: the left edges of pieces that stand after a wide gap. A table of names set in
 * columns ("Ainsley   Dobson   Hartley, J.   Oakes") shows its columns on most rows; a row whose longer name leaves a
 * narrow gap before the next column still starts that column at the same place.
 */
function columnStarts(rows: readonly Piece[][]): number[] {
  const starts: number[] = [];
  for (const row of rows) {
    for (let k = 1; k < row.length; k++) {
      const gap = gapBefore(row, k);
      if (gap !== null && gap >= COLUMN_GAP * row[k]!.size) starts.push(row[k]!.x);
    }
  }
  return starts;
}

/** A column start, not a word's: at least this many other rows start a column there, after a wide gap. */
const COLUMN_ROWS = 2;
/** How far apart two left edges may stand and be one column's, as a share of the type size. */
const COLUMN_ALIGN = 0.3;

function startsColumn(piece: Piece, starts: readonly number[]): boolean {
  let rows = 0;
  for (const x of starts) if (Math.abs(x - piece.x) <= COLUMN_ALIGN * piece.size) rows++;
  return rows >= COLUMN_ROWS;
}

/** The page's pieces as lines, top to bottom, each line's pieces left to right, each at its column. */
function layOut(pieces: Piece[]): PageLine[] {
  const byHeight = [...pieces].sort((a, b) => b.y - a.y || a.order - b.order);
  const left = pieces.reduce((min, p) => Math.min(min, p.x), Infinity);
  const rows: Piece[][] = [];
  for (const piece of byHeight) {
    const row = rows[rows.length - 1];
    if (row && row[0]!.y - piece.y <= SAME_LINE * Math.max(row[0]!.size, piece.size)) row.push(piece);
    else rows.push([piece]);
  }
  for (const row of rows) row.sort((a, b) => a.x - b.x || a.order - b.order);
  const starts = columnStarts(rows);
  return rows.map((row) => {
    let text = ' '.repeat(columnOf(row[0]!.x, left, row[0]!.size));
    row.forEach((piece, k) => {
      if (k > 0 && !/\s$/.test(text) && !/^\s/.test(piece.text)) {
        const gap = gapBefore(row, k);
        // A column's start shared with other rows is a column here too, however narrow the gap a long name left.
        const column = gap !== null && (gap >= COLUMN_GAP * piece.size || (gap >= 0 && startsColumn(piece, starts)));
        if (column) text = text.padEnd(Math.max(text.length + COLUMN_SPACES, columnOf(piece.x, left, piece.size)));
        else if (gap === null || gap >= WORD_GAP * piece.size) text += ' ';
      }
      text += piece.text;
    });
    return { text: text.trimEnd(), y: row[0]!.y, size: row[0]!.size };
  });
}

/** The page's usual line step: the smallest step from one line down to the next that the page makes more than once. */
function usualStep(lines: readonly PageLine[]): number | null {
  const seen = new Map<number, number>();
  for (let i = 1; i < lines.length; i++) {
    const key = Math.round((lines[i - 1]!.y - lines[i]!.y) * 10) / 10;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  if (lines.length - 1 < MIN_STEPS) return null;
  const repeated = [...seen].filter(([, n]) => n > 1).map(([step]) => step);
  return repeated.length > 0 ? repeated.reduce((min, step) => Math.min(min, step)) : null;
}

/** The file's order, line by line as the PDF ends its lines: for a page whose pieces carry no position. */
function inFileOrder(items: readonly (PdfTextItem | object)[]): string {
  return items.map((item) => ('str' in item && item.str != null ? item.str + ((item as PdfTextItem).hasEOL ? '\n' : '') : '')).join('');
}

/** The page's text as the page shows it: its lines top to bottom, a blank line at each paragraph break. */
export function pdfPageText(items: readonly (PdfTextItem | object)[]): string {
  const pieces = piecesOf(items);
  if (pieces === null) return inFileOrder(items).trim();
  const lines = layOut(pieces);
  const step = usualStep(lines);
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (step !== null && i > 0 && lines[i - 1]!.y - line.y > PARAGRAPH_STEP * step) out.push('');
    out.push(line.text);
  });
  return out.join('\n').trim();
}
