// Schedule 12A whatever the words: an agenda or minutes may open its private part in any wording and place (a heading
// alone or numbered, a mark before or after the item's number, a paragraph of the statute after the title, an exclusion
// told in the minute above, a lone "CONFIDENTIAL", Welsh, page furniture between). Nothing written inside the exempt
// item may reach any item, decision, request, attendance list or meeting fact of the sealed record; and a net that hid
// public business would lose its record, so the public item before the private part must still be read.
import { describe, expect, it } from 'vitest';
import { sealParsedDocument } from '../../src/exempt.ts';
import { classifyDocument, parseDocument } from '../../src/ingest/parse-document.ts';
import { continuesAbove, privateLineKind, titleCarriesPrivateMark } from '../../src/ingest/private-part.ts';
import { EXEMPT_CASES, OTHER_LAYOUT_CASES, PUBLIC_CASES } from './support/exempt-wordings.ts';

function sealed(text: string) {
  const doc = sealParsedDocument(parseDocument(text));
  return { doc, items: doc.meetings.flatMap((m) => m.items) };
}

describe('a private part in any wording', () => {
  it.each(EXEMPT_CASES.map((c) => [c.name, c] as const))('%s: no word of the exempt item is read', (_name, c) => {
    const { doc, items } = sealed(c.text);
    expect(JSON.stringify(doc)).not.toMatch(/zephyrine/i);
    const exempt = items.find((i) => i.number === c.exemptNumber);
    expect(exempt, 'the exempt item is read as an item').toBeDefined();
    expect(exempt!.private).toBe(true);
    expect(exempt!.title).toMatch(/Lease of Former Ferry Terminal/);
  });

  it.each(EXEMPT_CASES.map((c) => [c.name, c] as const))('%s: the public item before it is still read', (_name, c) => {
    const publicItem = sealed(c.text).items.find((i) => /Harbour Wall Repairs/.test(i.title));
    expect(publicItem?.private).toBe(false);
    expect(JSON.stringify(publicItem)).toMatch(/Marrowfield/);
  });

  it.each(Object.entries(OTHER_LAYOUT_CASES))('%s: no word of the exempt minute is read, the public one is', (_name, text) => {
    const { doc, items } = sealed(text);
    expect(JSON.stringify(doc)).not.toMatch(/zephyrine/i);
    expect(JSON.stringify(items.filter((i) => !i.private))).toMatch(/Marrowfield/);
  });

  it.each(PUBLIC_CASES.map((c) => [c.name, c] as const))('%s: every item stays public', (_name, c) => {
    const { items } = sealed(c.text);
    expect(items.length).toBeGreaterThan(2);
    expect(items.filter((i) => i.private).map((i) => i.title)).toEqual([]);
  });
});

describe('a line made only of the words of privacy and of a meeting\'s parts', () => {
  it.each([
    ['PART 2 - NOT FOR PUBLICATION', 'part'],
    ['Items not open to the public', 'part'],
    ['Reserved Matters', 'part'],
    ['B ITEMS', 'part'],
    ['RHAN 2 - EITEMAU CYFRINACHOL', 'part'],
    ['Items containing exempt information under Schedule 12A', 'part'],
    ['CONFIDENTIAL', 'mark'],
    ['Exempt - Paragraph 3', 'mark'],
    ['Not for publication by virtue of paragraph 3 of Part 1 of Schedule 12A of the Local Government Act 1972', 'mark'],
  ])('"%s" is private (%s)', (line, kind) => {
    expect(privateLineKind(line)).toBe(kind);
  });

  it.each([
    'Appendix 2 - Confidential',
    'Confidential Reporting Policy',
    'The decision is exempt from call-in',
    'Exclusion of the Press and Public',
    'This item may contain exempt information',
    'Closed',
    'PART 1 - PUBLIC BUSINESS',
    'Private Sector Housing',
  ])('"%s" brings words of its own: not a private part', (line) => {
    expect(privateLineKind(line)).toBeNull();
  });

  it('a title carries a mark in a bracket or after a dash, or the paragraph that makes it exempt', () => {
    expect(titleCarriesPrivateMark('Sale of Land (Paragraph 3)')).toBe(true);
    expect(titleCarriesPrivateMark('(Restricted) Sale of Land')).toBe(true);
    expect(titleCarriesPrivateMark('Sale of Land - Not for publication by virtue of paragraph 3 of Part 1 of Schedule 12A')).toBe(true);
    expect(titleCarriesPrivateMark('Sale of Land (North Ward)')).toBe(false);
    expect(titleCarriesPrivateMark('Review of Paragraph 3 of the Constitution')).toBe(false);
  });

  it('a privacy line that carries on the sentence above is a wrapped line of it, not a heading', () => {
    expect(continuesAbove('disclosure of exempt information relating to individuals as defined in', 'Paragraphs 1 and 2 of Part 1 of Schedule 12A')).toBe(true);
    expect(continuesAbove('To consider the report on the sea wall.', 'PART II')).toBe(false);
    expect(continuesAbove('3. Harbour Wall Repairs', 'PART II')).toBe(false);
    const lines = classifyDocument(['RESOLVED that the public be excluded for the following item as it involves the likely', 'disclosure of exempt information as defined in', 'Paragraph 3 of Part 1 of Schedule 12A', '', 'Exempt Items'].join('\n'));
    expect(lines.filter((l) => l.section === 'private').map((l) => l.text)).toEqual(['Exempt Items']);
  });
});
