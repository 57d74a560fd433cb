// Council documents reach us as markdown exports, PDF-to-text, web pages and
// plain text. Everything is brought to one form here so the parsers see the
// same words whatever the rendering: the minutes' and the web page's copies of
// one item must normalise to identical text for the store to match them.

/** One line of a document, with what its markup said about it. */
export interface Line {
  /** Markup stripped, quotes straightened, spaces collapsed; tabs (table cells) kept. */
  text: string;
  /** A markdown heading or a line that is bold as a whole: a strong hint of a title. */
  emphasis: boolean;
  /** Started with a bullet glyph (- • · ▪ * –); the glyph is removed from `text`. */
  bullet: boolean;
  /** Leading spaces before the text or bullet (nesting). */
  indent: number;
  blank: boolean;
}

const PAGE_FURNITURE = [
  /^this page (is )?(has been )?intentionally (been )?left blank\.?$/i,
  /^page \d+( of \d+)?$/i,
  /^-\s*\d+\s*-$/,
];

const BULLET = /^([-•·▪◦●○*–—→✓§]|\\-)\s+/;

/** Straighten quotes, drop invisible characters, unify spaces: shared by every rendering. */
export function cleanCharacters(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f\u2002\u2003\u2009]/g, ' ')
    .replace(/[\u200b\u200c\u200d\ufeff\u00ad]/g, '')
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/\u2026/g, '...')
    .replace(/\f/g, '\n');
}

/** Remove inline markdown from a piece of text: bold, links, escapes, code marks. */
export function stripInlineMarkup(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1')
    .replace(/\*\*|__/g, '')
    .replace(/(^|[\s(])\*(\S[^*]*?\S|\S)\*(?=[\s).,;:]|$)/g, '$1$2')
    .replace(/`/g, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, '$1');
}

/** Collapse spaces (not tabs: they separate table cells) and trim spaces at both ends. */
export function collapseSpaces(text: string): string {
  return text.replace(/ {2,}/g, ' ').replace(/^ +| +$/g, '');
}

/** Inline text as it is compared and stored: markup stripped, quotes straight, single spaces. */
export function inlineText(text: string): string {
  return collapseSpaces(stripInlineMarkup(cleanCharacters(text)).replace(/\t+/g, ' ').replace(/\n+/g, ' ')).trim();
}

/**
 * Whole-document clean-up that needs more than one line at a time: PDF
 * hyphenation, superscript ordinals split from their number ("18 th"), page
 * furniture, and agenda items that a flattened export ran into one line
 * ("Public Business**1. Apologies****2. Declarations**").
 */
export function cleanDocument(raw: string): string {
  let text = cleanCharacters(raw);
  text = text.replace(/\*\*\*\*(?=\d{1,3}[a-z]?\.\s)/g, '**\n**');
  text = text.replace(/([^\s*#])[ \t]*(\*\*\d{1,3}[a-z]?\.\s)/g, '$1\n$2');
  text = text.replace(/\b(\d{1,2}) (st|nd|rd|th)\b/g, '$1$2');
  // A heading's number alone on its line, its title on the next (a PDF's number column).
  text = text.replace(/^([ \t]*(?:#{1,6}[ \t]+)?(?:\*\*)?\d{1,3}[a-z]?\.)[ \t]*\n[ \t]*(?=\S)/gm, '$1 ');
  // A word broken across lines by a PDF: "imple-\nmentation".
  text = text.replace(/([a-z]{2})-\n[ \t]*([a-z]{2})/g, '$1$2');
  return text
    .split('\n')
    .filter((line) => !PAGE_FURNITURE.some((re) => re.test(line.trim())))
    .join('\n');
}

function measureIndent(line: string): number {
  const m = /^[ \t]*/.exec(line)![0];
  return m.replace(/\t/g, '  ').length;
}

/** Split a cleaned document into lines with their markup hints. */
export function toLines(cleaned: string): Line[] {
  return cleaned.split('\n').map(readLine);
}

/** A markdown pipe-table row as tab-separated cells; its rule row ("|---|---|") as a blank line. */
function pipeRowToTabs(source: string): string | null {
  const t = source.trim();
  if (!/^\|.*\|$/.test(t) || t.length < 3) return null;
  if (/^\|[\s:|-]+\|$/.test(t)) return '';
  return t
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((c) => c.trim().replace(/<br\s*\/?>/gi, ' '))
    .join('\t');
}

function readLine(raw: string): Line {
  const piped = pipeRowToTabs(raw);
  const source = piped ?? raw;
  if (piped !== null && !piped.includes('\t')) return readLine(piped);
  // A leading tab is an empty first table cell, not indentation: keep it.
  const tableRow = source.includes('\t') && /\S/.test(source);
  if (tableRow) {
    const cells = source.split('\t').map((c) => collapseSpaces(stripInlineMarkup(c)));
    return { text: cells.join('\t').replace(/\t+$/, ''), emphasis: false, bullet: false, indent: 0, blank: false };
  }
  let line = source.replace(/\s+$/, '');
  const indent = measureIndent(line);
  line = line.trim();
  if (!line) return { text: '', emphasis: false, bullet: false, indent: 0, blank: true };
  let emphasis = false;
  let bullet = false;
  const heading = /^#{1,6}\s+/.exec(line);
  if (heading) {
    emphasis = true;
    line = line.slice(heading[0].length);
  }
  const b = BULLET.exec(line);
  if (b && !/^\*\*/.test(line)) {
    bullet = true;
    line = line.slice(b[0].length);
  }
  if (/^\*\*.*\S.*\*\*[.:]?$/.test(line) || /^__.*__$/.test(line)) emphasis = true;
  // "5. **Title**": the number outside, the title inside the bold.
  if (/^\d{1,3}[a-z]?[.)]?\s+\*\*[^*]+\*\*\s*$/.test(line)) emphasis = true;
  const text = collapseSpaces(stripInlineMarkup(line)).trim();
  if (!text) return { text: '', emphasis: false, bullet: false, indent: 0, blank: true };
  return { text, emphasis, bullet, indent, blank: false };
}

/** Lines of a raw document, cleaned. */
export function documentLines(raw: string): Line[] {
  return toLines(cleanDocument(raw));
}

/** A line as plain text, bullets shown as "- ". */
export function renderLine(line: Line): string {
  return line.bullet ? `- ${line.text}` : line.text;
}

/**
 * Plain text of a run of lines: paragraphs separated by one blank line,
 * bullets as "- ". Used for item bodies so every rendering reads alike.
 */
export function renderLines(lines: Line[]): string {
  const out: string[] = [];
  let pendingBlank = false;
  for (const line of lines) {
    if (line.blank) {
      pendingBlank = out.length > 0;
      continue;
    }
    if (pendingBlank && !(line.bullet && out.length > 0 && out[out.length - 1]!.startsWith('- '))) out.push('');
    pendingBlank = false;
    out.push(renderLine(line).replace(/\t+/g, ' '));
  }
  return out.join('\n');
}

/** The whole document as plain normalised text. */
export function normaliseText(raw: string): string {
  return renderLines(documentLines(raw));
}
