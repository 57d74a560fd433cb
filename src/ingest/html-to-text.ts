// HTML (saved ModernGov pages, minutesnonemptyhtmlbody) to plain text the
// parsers read: block elements become line breaks, list items become "- "
// bullets (or their clause letters, "(a) ", in a lettered or roman list),
// table cells are tab-separated, scripts and styles are dropped and
// character references decoded.
//
// Read with htmlparser2, a tokenizer that reads any input in one pass (an
// unclosed tag, comment or script costs no more than a closed one) and knows
// HTML's rules: a ">" inside an attribute value, entities without their
// semicolon, Windows-1252 numeric references (&#146; is a right quote).
import { decodeHTMLStrict } from 'entities';
import { Parser } from 'htmlparser2';
import { cleanCharacters } from './normalise-text.ts';

/**
 * Decode complete HTML character references (named, decimal, hex); a bare "&" or an unknown
 * "&word;" is left as written. For plain-text fields; HTML text is decoded by the parser.
 */
export function decodeEntities(text: string): string {
  return decodeHTMLStrict(text);
}

const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'ul', 'ol', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'blockquote', 'pre', 'address', 'figure',
  'figcaption', 'form', 'fieldset', 'hr', 'caption',
]);

/** Their content is not text a reader sees. */
const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'head', 'title']);

type Numbering = 'bullet' | 'lower-alpha' | 'upper-alpha' | 'lower-roman' | 'upper-roman';

interface List {
  numbering: Numbering;
  next: number;
}

/** How an ordered list numbers its items: clause letters and roman numerals are kept, digits shown as bullets. */
function numberingOf(tag: string, attributes: Record<string, string>): Numbering {
  if (tag !== 'ol') return 'bullet';
  const listStyle = listStyleOf(attributes.style ?? '');
  if (listStyle.includes('lower-alpha') || listStyle.includes('lower-latin')) return 'lower-alpha';
  if (listStyle.includes('upper-alpha') || listStyle.includes('upper-latin')) return 'upper-alpha';
  if (listStyle.includes('lower-roman')) return 'lower-roman';
  if (listStyle.includes('upper-roman')) return 'upper-roman';
  switch (attributes.type) {
    case 'a':
      return 'lower-alpha';
    case 'A':
      return 'upper-alpha';
    case 'i':
      return 'lower-roman';
    case 'I':
      return 'upper-roman';
    default:
      // Digits are left as bullets: a numbered list in a paragraph must not read as agenda items.
      return 'bullet';
  }
}

/** The value of a style attribute's list-style or list-style-type declaration, lower case ('' when none). */
function listStyleOf(style: string): string {
  for (const declaration of style.toLowerCase().split(';')) {
    const colon = declaration.indexOf(':');
    const property = declaration.slice(0, colon).trim();
    if (colon > 0 && (property === 'list-style' || property === 'list-style-type')) return declaration.slice(colon + 1);
  }
  return '';
}

function letters(n: number): string {
  let out = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) out = String.fromCharCode(97 + ((k - 1) % 26)) + out;
  return out;
}

function roman(n: number): string {
  const table: Array<[number, string]> = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  let rest = n;
  for (const [value, digits] of table) {
    while (rest >= value) {
      out += digits;
      rest -= value;
    }
  }
  return out;
}

function marker(list: List | undefined): string {
  if (!list || list.numbering === 'bullet') return '- ';
  const n = list.next++;
  switch (list.numbering) {
    case 'lower-alpha':
      return `(${letters(n)}) `;
    case 'upper-alpha':
      return `(${letters(n).toUpperCase()}) `;
    case 'lower-roman':
      return `(${roman(n)}) `;
    case 'upper-roman':
      return `(${roman(n).toUpperCase()}) `;
  }
}

/** One output line tidied: runs of spaces as one, no spaces at either end, no trailing tabs. Linear. */
function tidyLine(line: string): string {
  let out = '';
  let space = false;
  for (const ch of line) {
    if (ch === ' ') {
      space = true;
      continue;
    }
    if (space && out !== '') out += ' ';
    space = false;
    out += ch;
  }
  let end = out.length;
  while (end > 0 && out[end - 1] === '\t') end--;
  return out.slice(0, end);
}

/** "(a)", "b)", "1.", "(iv)": a paragraph holding only a clause's mark, its text in the next paragraph. */
const MARK_ONLY = /^(?:\((?:\d{1,2}|[a-z]|[ivx]{1,5})\)|(?:\d{1,2}|[a-z]|[ivx]{1,5})[.)])$/i;

/** Where an open <li> began in the output, and whether its first paragraph held only a clause's mark. */
interface Item {
  markerAt: number;
  from: number;
  blocks: number;
  joinNext: boolean;
}

/** Marks around a bold span that opens a block, while the text is being built. */
const BOLD_OPEN = '\u0001';
const BOLD_CLOSE = '\u0002';
/** A block opening with a bold span and going on after it on the same line: "<strong>Planning</strong> The council ...". */
const MARKED_RUN_IN = /^([ \t]*)\u0001([^\u0001\u0002\n]+)\u0002([ \t]*\S[^\n]*)$/gm;

/**
 * The bold span a paragraph opens with, kept as markdown's "**...**" where the paragraph runs on after it (a heading run
 * in at the paragraph's start, which the text's reading sets on its own line); every other mark goes.
 */
function withRunInBold(text: string): string {
  if (!text.includes(BOLD_OPEN)) return text;
  return text.replace(MARKED_RUN_IN, (all, indent: string, bold: string, rest: string) => (bold.trim() ? `${indent}**${bold.trim()}** ${rest.trim()}` : all)).replace(/[\u0001\u0002]/g, '');
}

/** Plain text of an HTML document or fragment. */
export function htmlToText(html: string): string {
  const out: string[] = [];
  const lists: List[] = [];
  // "<li><p>(a)</p><p>notes the report</p></li>": the mark and its text are one clause, printed on one line.
  const items: Item[] = [];
  let hidden = 0;
  let pre = 0;
  // Where the current block's text starts, and where a bold span opening it was marked.
  let blockStart = 0;
  let boldAt: number | null = null;
  const breakBlock = (text: string) => {
    out.push(text);
    blockStart = out.length;
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (HIDDEN.has(name)) {
          hidden++;
          return;
        }
        if (name === 'pre') pre++;
        if (name === 'ul' || name === 'ol') {
          const start = Number.parseInt(attributes.start ?? '', 10);
          lists.push({ numbering: numberingOf(name, attributes), next: Number.isFinite(start) && start > 0 ? start : 1 });
        }
        if (hidden > 0) return;
        if ((name === 'strong' || name === 'b') && boldAt === null && out.slice(blockStart).join('').trim() === '') {
          boldAt = out.length;
          out.push(BOLD_OPEN);
        }
        if (name === 'br') breakBlock('\n');
        else if (name === 'li') {
          const list = lists[lists.length - 1];
          const value = Number.parseInt(attributes.value ?? '', 10);
          if (list && Number.isFinite(value) && value > 0) list.next = value;
          breakBlock(`\n${marker(list)}`);
          items.push({ markerAt: out.length - 1, from: out.length, blocks: 0, joinNext: false });
        } else if (name === 'tr') breakBlock('\n');
        else if (BLOCK.has(name)) {
          const item = items[items.length - 1];
          if (item?.joinNext) item.joinNext = false;
          else breakBlock('\n\n');
        }
      },
      onclosetag(name) {
        if (HIDDEN.has(name)) {
          hidden = Math.max(0, hidden - 1);
          return;
        }
        if (name === 'pre') pre = Math.max(0, pre - 1);
        if (name === 'ul' || name === 'ol') lists.pop();
        if (hidden > 0) return;
        if ((name === 'strong' || name === 'b') && boldAt !== null) {
          out.push(BOLD_CLOSE);
          boldAt = null;
        }
        if (name === 'li') items.pop();
        if (name === 'td' || name === 'th') out.push('\t');
        else if (name === 'tr') breakBlock('\n');
        else if (BLOCK.has(name)) {
          const item = items[items.length - 1];
          if (item && item.blocks++ === 0 && MARK_ONLY.test(out.slice(item.from).join('').trim())) {
            // The clause's own mark stands for the list's: the text carries on after it.
            out[item.markerAt] = '\n';
            out.push(' ');
            item.joinNext = true;
          } else breakBlock('\n\n');
        }
      },
      ontext(text) {
        if (hidden > 0) return;
        // Source line breaks are not meaningful in HTML, except in <pre>.
        out.push(pre > 0 ? text.replace(/\r\n?/g, '\n') : text.replace(/[ \t\n\r\f]+/g, ' '));
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  const lines = cleanCharacters(withRunInBold(out.join(''))).split('\n').map(tidyLine);
  // At most one blank line in a row, none at either end.
  const kept: string[] = [];
  for (const line of lines) {
    if (line === '' && (kept.length === 0 || kept[kept.length - 1] === '')) continue;
    kept.push(line);
  }
  while (kept.length > 0 && kept[kept.length - 1] === '') kept.pop();
  return kept.join('\n');
}
