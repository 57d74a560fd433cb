// HTML (saved ModernGov pages, minutesnonemptyhtmlbody) to plain text the
// parsers read: block elements become line breaks, list items become "- "
// bullets, table cells are tab-separated, scripts and styles are dropped and
// entities decoded. Deliberately small: council HTML is simple markup.

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  lsquo: "'",
  rsquo: "'",
  ldquo: '"',
  rdquo: '"',
  hellip: '...',
  pound: '£',
  euro: '€',
  bull: '•',
  middot: '·',
  copy: '©',
  reg: '®',
  trade: '™',
  shy: '',
  zwnj: '',
  zwj: '',
  frac12: '½',
  frac14: '¼',
  frac34: '¾',
  deg: '°',
  times: '×',
  eacute: 'é',
  egrave: 'è',
  aacute: 'á',
  oacute: 'ó',
  uuml: 'ü',
  ouml: 'ö',
  auml: 'ä',
};

/** Decode HTML character references: named (common ones), decimal and hex. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!Number.isFinite(code) || code < 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return whole;
      return String.fromCodePoint(code);
    }
    const named = NAMED_ENTITIES[ref.toLowerCase()];
    return named ?? whole;
  });
}

const BLOCK =
  /^(p|div|section|article|header|footer|main|aside|nav|h[1-6]|ul|ol|dl|dt|dd|table|thead|tbody|tfoot|tr|blockquote|pre|address|figure|figcaption|form|fieldset|hr|caption)$/i;

/** Plain text of an HTML document or fragment. */
export function htmlToText(html: string): string {
  let text = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|noscript|template|head)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<!doctype[^>]*>/gi, '')
    .replace(/\r\n?/g, '\n');
  // Source line breaks are not meaningful in HTML (except in <pre>, rare here).
  text = text.replace(/[ \t\n]+/g, ' ');
  text = text.replace(/<\s*(\/?)\s*([a-z][a-z0-9]*)\b[^>]*>/gi, (_tag, close: string, name: string) => {
    const tag = name.toLowerCase();
    if (tag === 'br') return '\n';
    if (tag === 'li') return close ? '' : '\n- ';
    if (tag === 'td' || tag === 'th') return close ? '\t' : '';
    if (tag === 'tr') return '\n';
    if (/^h[1-6]$/.test(tag)) return '\n\n';
    if (BLOCK.test(tag)) return '\n\n';
    return '';
  });
  text = decodeEntities(text);
  return text
    .split('\n')
    .map((line) => line.replace(/[ \u00a0]+/g, ' ').replace(/^ +| +$/g, '').replace(/\t+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
