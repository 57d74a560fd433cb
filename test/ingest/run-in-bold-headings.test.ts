// A paragraph that opens with its heading in bold and runs on into the minute, in HTML and in markdown.
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/ingest/html-to-text.ts';
import { parseDocument } from '../../src/ingest/parse-document.ts';

const HEAD = 'Minutes of the Parish Council Meeting held on Monday 3rd March 2025 at 7.30pm in the Village Hall';
const PARAGRAPHS: Array<[string, string]> = [
  ['Apologies', 'Apologies were received from Cllr K Lamb.'],
  ['Declarations of Interest', 'None were declared.'],
  ['Minutes', 'The minutes of the meeting held on 3rd February 2025 were approved and signed.'],
  ['Planning', 'The council had no objection to application 25/0123.'],
];

describe('a heading in bold run in at a paragraph\'s start', () => {
  it('keeps the bold of a paragraph\'s opening span where the paragraph runs on, and drops every other bold', () => {
    expect(htmlToText('<p><strong>Planning</strong> No objection.</p><p><b>Whole line</b></p><p>Text <b>mid</b> bold.</p>')).toBe('**Planning** No objection.\n\nWhole line\n\nText mid bold.');
  });

  it('heads an item of its own, from HTML and from markdown', () => {
    const html = `<h2>${HEAD}</h2><p>Present: Cllrs A Brook (Chair), C Dale and E Finch.</p>${PARAGRAPHS.map(([h, t]) => `<p><strong>${h}</strong> ${t}</p>`).join('')}`;
    const markdown = `${HEAD}\n\nPresent: Cllrs A Brook (Chair), C Dale and E Finch.\n\n${PARAGRAPHS.map(([h, t]) => `**${h}** ${t}`).join('\n\n')}\n`;
    for (const text of [htmlToText(html), markdown]) {
      expect(parseDocument(text).meetings[0]?.items.map((i) => i.title)).toEqual(PARAGRAPHS.map(([h]) => h));
    }
  });

  it('leaves a name in bold opening a sentence, and a bold decision label, in their paragraphs', () => {
    const text = `${HEAD}\n\nPresent: Cllrs A Brook (Chair), C Dale and E Finch.\n\n${PARAGRAPHS.map(([h, t]) => `**${h}** ${t}`).join('\n\n')}\n\n**Cllr Dale** asked about the bus shelter.\n\n**RESOLVED:** That the accounts be approved.\n`;
    const titles = parseDocument(text).meetings[0]?.items.map((i) => i.title) ?? [];
    expect(titles).not.toContain('Cllr Dale');
    expect(titles).not.toContain('RESOLVED:');
  });
});
