// Minutes as a council's website serves them: the same words as the plain or
// markdown rendering, in the markup of a saved ModernGov page (headings,
// paragraphs, lists, strong text, character references).

function escape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/£/g, '&pound;')
    .replace(/’/g, '&rsquo;')
    .replace(/–/g, '&ndash;');
}

/** Inline marks: **bold** becomes <strong>. */
function inline(text: string): string {
  return escape(text).replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>');
}

const LIST_ITEM = /^\s*(?:[-•·]\s+)(.*)$/;
const HEADING = /^(#{1,6})\s+(.*)$/;

/** The HTML page for a plain or markdown text; `title` goes in <title>. */
export function renderHtmlPage(text: string, title: string): string {
  const out: string[] = [];
  let list: string[] | null = null;
  const closeList = () => {
    if (list) out.push(`<ul>${list.map((li) => `<li>${li}</li>`).join('')}</ul>`);
    list = null;
  };
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\s+$/, '');
    if (line.trim() === '') {
      closeList();
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      (list ??= []).push(inline(item[1]!));
      continue;
    }
    closeList();
    const heading = HEADING.exec(line);
    if (heading) {
      const level = Math.min(6, heading[1]!.length);
      out.push(`<h${level}>${inline(heading[2]!)}</h${level}>`);
    } else {
      out.push(`<p>${inline(line)}</p>`);
    }
  }
  closeList();
  return [
    '<!DOCTYPE html>',
    `<html lang="en-GB"><head><meta charset="utf-8"><title>${escape(title)}</title>`,
    '<style>.mgContent p { margin: 0 0 0.5em }</style></head>',
    '<body><div id="modgov"><div class="mgContent">',
    ...out,
    '</div></div></body></html>',
    '',
  ].join('\n');
}
