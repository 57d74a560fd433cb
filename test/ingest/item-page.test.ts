import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/ingest/parse-document.ts';
import { FILES, corpusText } from './corpus.ts';

describe('ModernGov agenda-item page of item 4, 20 October 2022', () => {
  const doc = parseDocument(corpusText(FILES.itemPage2022), FILES.itemPage2022);
  const page = doc.meetings[0]!;
  const pageItem = page.items[0]!;
  const minutesItem = parseDocument(corpusText(FILES.minutes2022)).meetings[0]!.items.find((i) => i.number === '4')!;

  it('is one undated item of an unnamed meeting', () => {
    expect(doc.kind).toBe('item-page');
    expect(doc.meetings).toHaveLength(1);
    expect(page).toMatchObject({ kind: 'item-page', date: null, committee: null });
    expect(page.items).toHaveLength(1);
    expect(pageItem.title).toBe("Children's Services Ofsted Outcome");
    expect(pageItem.reportAuthor).toBe("Briefing Note of the Director of Children's Services");
  });

  it('reads the same title, author, resolutions and requests as the minutes do', () => {
    expect(pageItem.title).toBe(minutesItem.title);
    expect(pageItem.reportAuthor).toBe(minutesItem.reportAuthor);
    expect(pageItem.resolutions).toEqual(minutesItem.resolutions);
    expect(pageItem.requests).toEqual(minutesItem.requests);
    expect(pageItem.resolutions).toHaveLength(3);
    expect(pageItem.requests).toHaveLength(4);
  });

  it('normalises the body the same way: straight quotes, single spaces, bullets as "- "', () => {
    expect(pageItem.body).not.toMatch(/[\u2018\u2019\u00a0•·]/);
    expect(pageItem.body).not.toMatch(/ {2}/);
    expect(pageItem.body).toContain("- The response to children aged 16 and 17 who are homeless.");
    expect(pageItem.body).toContain('could also be found at: www.reports.ofsted.gov.uk/provider/44/80456.');
    expect(minutesItem.body).toContain('could also be found at: www.reports.ofsted.gov.uk/provider/44/80456.');
    expect(pageItem.body).not.toContain('Supporting documents');
  });
});
