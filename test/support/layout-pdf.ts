// A real PDF from a layout fixture's PDF-to-text rendering (`.pdf.txt`), so the
// PDF path (readDocument -> unpdf -> parseDocument) is tested on PDFs. Each page
// of the text (pages end at form feeds) becomes a PDF page; every line is placed
// at its indent, so running heads, footers and centred titles stay where they
// were. Lines whose text sits in side-by-side columns (an attendance list, a
// bilingual table, an action column) are drawn a column at a time, as a PDF
// built from columns or table cells holds them: a PDF reader then gives the left
// column before the right, where PDF-to-text interleaved them line by line.
import PDFDocument from 'pdfkit';

const PAGE = { width: 595.28, height: 841.89, margin: 36 } as const;
const FONT_SIZE = 9;
/** Helvetica's average advance at 9 pt: turns a character column into a position. */
const COLUMN_WIDTH = 4.7;
/** A gap of this many spaces or more separates two columns. */
const COLUMN_GAP = 3;
/** A second column starts at least this far in; closer text is a number and its heading. */
const SECOND_COLUMN_FROM = 24;

interface Segment {
  column: number;
  text: string;
}

/** The standard fonts encode WinAnsi only: ligatures and other letters become their plain spelling. */
const PLAIN: Record<string, string> = {
  '\ufb00': 'ff', '\ufb01': 'fi', '\ufb02': 'fl', '\ufb03': 'ffi', '\ufb04': 'ffl',
  '\u0175': 'w', '\u0174': 'W', '\u0177': 'y', '\u0176': 'Y',
};
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

function encodable(text: string): string {
  return [...text].map((c) => PLAIN[c] ?? (c.charCodeAt(0) <= 0xff || WIN_ANSI_EXTRA.has(c) ? c : '?')).join('');
}

function segments(line: string): Segment[] {
  const found: Segment[] = [];
  const re = new RegExp(`\\S(?:.*?\\S)?(?= {${COLUMN_GAP},}|$)`, 'g');
  for (const m of line.matchAll(re)) found.push({ column: m.index, text: m[0] });
  return found;
}

const isColumnar = (parts: Segment[]): boolean => parts.length >= 2 && parts[1]!.column >= SECOND_COLUMN_FROM;

/** The order to draw a page's pieces in: line by line, except runs of columnar lines, a column at a time. */
function drawingOrder(lines: string[]): { row: number; segment: Segment }[] {
  const order: { row: number; segment: Segment }[] = [];
  let row = 0;
  while (row < lines.length) {
    const parts = segments(lines[row]!);
    if (!isColumnar(parts)) {
      const first = parts[0];
      if (first) order.push({ row, segment: { column: first.column, text: lines[row]!.slice(first.column).trimEnd() } });
      row++;
      continue;
    }
    const block: { row: number; parts: Segment[] }[] = [];
    while (row < lines.length && isColumnar(segments(lines[row]!))) {
      block.push({ row, parts: segments(lines[row]!) });
      row++;
    }
    const columns = [...new Set(block.flatMap((b) => b.parts.map((p) => p.column)))].sort((a, b) => a - b);
    // Pieces whose starts are within a few characters belong to one column.
    const columnOf = (c: number) => columns.filter((start) => start <= c + 2).length;
    const count = columnOf(Number.MAX_SAFE_INTEGER);
    for (let k = 1; k <= count; k++) {
      for (const b of block) for (const p of b.parts) if (columnOf(p.column) === k) order.push({ row: b.row, segment: p });
    }
  }
  return order;
}

/** The PDF bytes for a `.pdf.txt` fixture: one PDF page for each form-feed page. */
export function layoutTextToPdf(text: string): Promise<Uint8Array> {
  const pages = text.replace(/\r\n?/g, '\n').split('\f').filter((page, i, all) => i < all.length - 1 || page.trim() !== '');
  const doc = new PDFDocument({ size: [PAGE.width, PAGE.height], margin: 0, autoFirstPage: false, compress: false, info: { Title: 'Layout fixture' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  for (const page of pages) {
    doc.addPage({ size: [PAGE.width, PAGE.height], margin: 0 });
    doc.font('Helvetica').fontSize(FONT_SIZE);
    const lines = page.split('\n');
    const lineHeight = Math.min(FONT_SIZE * 1.35, (PAGE.height - 2 * PAGE.margin) / Math.max(lines.length, 1));
    for (const { row, segment } of drawingOrder(lines)) {
      doc.text(encodable(segment.text), PAGE.margin + segment.column * COLUMN_WIDTH, PAGE.margin + row * lineHeight, { lineBreak: false });
    }
  }
  doc.end();
  return done;
}
