// How one document is laid out on the page. The same minutes arrive as a
// plain-text export, as markdown from a web page, or as PDF-to-text with hard
// line wraps and page footers; the words are the same, the marks differ.
import type { Random } from './random.ts';

export type Layout = 'plain' | 'markdown' | 'pdf';

export type ClauseMarker = '1)' | '1.' | 'a)' | '(a)' | '-' | '•';

export interface DocumentStyle {
  layout: Layout;
  /** Resolution clauses in bold, as many councils print them. */
  boldClauses: boolean;
  clauseMarker: ClauseMarker;
  /** Clauses as markdown list items: "- 1) **text**". */
  listedClauses: boolean;
  bullet: string;
  /** Employees as "J Gregg, People Directorate" lines or grouped by directorate. */
  employees: 'lines' | 'grouped';
  apologies: 'lines' | 'sentence';
  closing: string;
}

export function pickStyle(random: Random, layout?: Layout): DocumentStyle {
  const chosen = layout ?? random.pick<Layout>(['plain', 'plain', 'markdown', 'pdf']);
  return {
    layout: chosen,
    boldClauses: chosen !== 'pdf' && random.chance(0.6),
    clauseMarker: random.pick<ClauseMarker>(['1)', '1)', '1.', 'a)', '(a)', '-', '•']),
    listedClauses: chosen !== 'pdf' && random.chance(0.6),
    bullet: chosen === 'pdf' ? random.pick(['•', '·', '-']) : '-',
    employees: random.chance(0.6) ? 'lines' : 'grouped',
    apologies: random.chance(0.5) ? 'lines' : 'sentence',
    closing: random.pick(['(Meeting closed at %s)', '(The meeting closed at %s)', 'Meeting closed at %s', '(Meeting closed at %s)']),
  };
}

export function clauseMark(marker: ClauseMarker, index: number): string {
  const letter = String.fromCharCode(97 + (index % 26));
  switch (marker) {
    case '1)':
      return `${index + 1})`;
    case '1.':
      return `${index + 1}.`;
    case 'a)':
      return `${letter})`;
    case '(a)':
      return `(${letter})`;
    default:
      return marker;
  }
}

/** Hard-wrap a paragraph the way PDF text extraction does. */
export function wrap(text: string, width: number, indent = ''): string {
  const words = text.split(' ');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line.length > 0 && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent + word;
    } else {
      line = line.length > 0 ? `${line} ${word}` : word;
    }
  }
  if (line.length > 0) lines.push(line);
  return lines.join('\n');
}

/** Adds PDF page breaks and footers every ~50 lines, between paragraphs. */
export function paginate(text: string, footer: (page: number) => string): string {
  const blocks = text.split('\n\n');
  const out: string[] = [];
  let lines = 0;
  let page = 1;
  for (const block of blocks) {
    const n = block.split('\n').length + 1;
    if (lines + n > 50 && lines > 0) {
      out.push(`${footer(page)}\n\f`);
      page++;
      lines = 0;
    }
    out.push(block);
    lines += n;
  }
  out.push(footer(page));
  return out.join('\n\n');
}
