// The same document in another rendering must give the same facts: this is
// how rules that only fit one file's layout are caught.
import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../src/model.ts';
import { htmlToText } from '../../src/ingest/html-to-text.ts';
import { parseDocument } from '../../src/ingest/parse-document.ts';
import { FILES, corpusText } from './corpus.ts';

/** The facts a rendering must keep. */
function facts(doc: ParsedDocument) {
  return doc.meetings.map((m) => ({
    kind: m.kind,
    committee: m.committee,
    date: m.date,
    time: m.time,
    closingTime: m.closingTime,
    chair: m.chair,
    present: m.present.map((p) => `${p.role}:${p.name}`),
    apologies: m.apologies.map((a) => a.name),
    items: m.items.map((i) => ({
      title: i.title,
      resolutions: i.resolutions.map((r) => `${r.unanimous ? 'U ' : ''}${r.text}`),
      requests: i.requests.map((r) => `${r.kind}|${r.due?.date ?? ''}|${r.text}`),
      additions: i.workProgrammeAdditions,
    })),
  }));
}

function stripMarkdown(text: string): string {
  return text
    .replace(/\*\*/g, '')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/ {2}$/gm, '');
}

const bulletsTo = (glyph: string) => (text: string) => text.replace(/^(\s*)- /gm, `$1${glyph} `);
const crlf = (text: string) => text.replace(/\r?\n/g, '\r\n');
const smartQuotes = (text: string) => text.replace(/'/g, '\u2019');

/** Hard-wrap long lines as PDF-to-text does, indenting a bullet's continuation. */
function wrap(width: number) {
  return (text: string) =>
    text
      .split('\n')
      .flatMap((line) => {
        if (line.length <= width || line.includes('\t')) return [line];
        const bullet = /^\s*(?:[-•·]|\d+[.)])\s/.test(line);
        const out: string[] = [];
        let rest = line;
        while (rest.length > width) {
          const cut = rest.lastIndexOf(' ', width);
          if (cut <= 0) break;
          out.push(rest.slice(0, cut));
          rest = `${bullet ? '   ' : ''}${rest.slice(cut + 1)}`;
        }
        out.push(rest);
        return out;
      })
      .join('\n');
}

/** As a web page: headings, paragraphs and lists, then back to text. */
function viaHtml(text: string): string {
  const html = stripMarkdown(text)
    .split(/\n{2,}/)
    .map((block) => {
      const lines = block.split('\n').filter((l) => l.trim());
      if (lines.length > 0 && lines.every((l) => /^\s*- /.test(l))) {
        return `<ul>${lines.map((l) => `<li>${l.replace(/^\s*- /, '').replace(/&/g, '&amp;')}</li>`).join('')}</ul>`;
      }
      return `<p>${lines.map((l) => l.replace(/&/g, '&amp;').replace(/'/g, '&#39;')).join('<br>')}</p>`;
    })
    .join('\n');
  return htmlToText(`<html><head><style>p{}</style><script>var x = "<p>no</p>";</script></head><body>${html}</body></html>`);
}

const RENDERINGS: [string, (t: string) => string][] = [
  ['markdown stripped', stripMarkdown],
  ['bullets as •', bulletsTo('•')],
  ['bullets as ·', bulletsTo('·')],
  ['CRLF line ends', crlf],
  ['curly apostrophes', smartQuotes],
  ['lines wrapped at 90 characters', wrap(90)],
  ['a web page', viaHtml],
];

const MINUTES = [FILES.minutes2018, FILES.minutes2022, FILES.minutes2023, FILES.pack2017, FILES.itemPage2022];

describe.each(MINUTES)('%s in other renderings', (file) => {
  const original = corpusText(file);
  const expected = facts(parseDocument(original));

  it('has facts worth comparing', () => {
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.flatMap((m) => m.items.flatMap((i) => i.resolutions)).length).toBeGreaterThanOrEqual(3);
  });

  it.each(RENDERINGS)('reads the same facts with %s', (_name, render) => {
    expect(facts(parseDocument(render(original)))).toEqual(expected);
  });
});

describe('renumbered items', () => {
  it.each([FILES.minutes2018, FILES.minutes2022, FILES.minutes2023])('%s keeps its items when every minute number moves by 100', (file) => {
    const original = corpusText(file);
    const before = parseDocument(original).meetings[0]!;
    let text = original;
    for (const item of before.items) {
      const n = Number(item.number);
      // Only the heading line: the number followed (after any markup) by the title.
      const heading = new RegExp(`^([#\\s*]*)${n}\\.(\\s+\\**)(?=${item.title.slice(0, 12).replace(/[()]/g, '\\$&')})`, 'm');
      expect(heading.test(text)).toBe(true);
      text = text.replace(heading, `$1${n + 100}.$2`);
    }
    const after = parseDocument(text).meetings[0]!;
    expect(after.items.map((i) => Number(i.number))).toEqual(before.items.map((i) => Number(i.number) + 100));
    expect(after.items.map((i) => i.title)).toEqual(before.items.map((i) => i.title));
    expect(after.items.map((i) => i.resolutions)).toEqual(before.items.map((i) => i.resolutions));
  });
});

describe('header and attendance in other orders', () => {
  it('reads "held on <date> at <time>" and "Cllr" titles', () => {
    const text = corpusText(FILES.minutes2018)
      .replace('held at 2.00 pm on Thursday, 11 January 2018', 'held on Thursday 11th January 2018 at 2pm in Committee Room 2, Council House')
      .replace('Councillor S Bains', 'Cllr S Bains');
    const m = parseDocument(text).meetings[0]!;
    expect(m).toMatchObject({ date: '2018-01-11', time: '14:00', place: 'Committee Room 2, Council House' });
    expect(m.present.map((p) => p.name)).toContain('Councillor S Bains');
    expect(m.items).toHaveLength(8);
  });

  it('marks items under Private Business as private', () => {
    const text = corpusText(FILES.minutes2018).replace(/^39\. /m, 'Private Business\n\n39. ');
    expect(text).toContain('Private Business\n\n39.');
    const items = parseDocument(text).meetings[0]!.items;
    expect(items.map((i) => i.private)).toEqual([false, false, false, false, false, false, false, true]);
  });

  it('marks items after an exclusion of the press and public as private', () => {
    const text = corpusText(FILES.minutes2018).replace(
      'The outstanding issues were picked up in the work programme.',
      'RESOLVED that under Section 100(A)(4) of the Local Government Act 1972, the press and public be excluded for the following item.',
    );
    const items = parseDocument(text).meetings[0]!.items;
    // "the following item" names one item: the one after it is public again.
    expect(items.map((i) => i.private)).toEqual([false, false, false, false, false, false, true, false]);
  });

  it('marks every item after an exclusion for "the following items" as private', () => {
    const text = corpusText(FILES.minutes2018).replace(
      'The outstanding issues were picked up in the work programme.',
      'RESOLVED that under Section 100(A)(4) of the Local Government Act 1972, the press and public be excluded for the following items of business.',
    );
    const items = parseDocument(text).meetings[0]!.items;
    expect(items.map((i) => i.private)).toEqual([false, false, false, false, false, false, true, true]);
  });
});

describe('a pack whose minutes lack a closing line', () => {
  it('ends the minutes where the next paper begins', () => {
    const text = corpusText(FILES.pack2017).replace('(Meeting closed at 2.30 pm)', '');
    const minutes = parseDocument(text).meetings.find((m) => m.kind === 'minutes')!;
    expect(minutes.closingTime).toBeNull();
    expect(minutes.items.map((i) => i.number)).toEqual(['88', '89', '90', '91']);
    expect(minutes.items[3]!.body).not.toContain('Purpose of the Note');
  });
});
