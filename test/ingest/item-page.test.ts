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

describe('an item page saved with neither its head, its labels nor its footer', () => {
  it('is one item: the title, the agenda\'s words apart from the minute, and the minute\'s decision', () => {
    const doc = parseDocument(
      [
        'Verge Cutting Contract',
        'To consider the report of the Head of Highways on renewing the verge cutting contract.',
        'Members asked whether the rural verges would be cut twice a year; officers confirmed they would.',
        'RESOLVED that the contract be renewed for two years from 1 May 2026.',
      ].join('\n'),
    );
    expect(doc.kind).toBe('item-page');
    const item = doc.meetings[0]!.items[0]!;
    expect(item.title).toBe('Verge Cutting Contract');
    expect(item.resolutions.map((r) => r.text)).toEqual(['the contract be renewed for two years from 1 May 2026.']);
    expect(item.body).not.toContain('To consider the report');
  });

  it('keeps the agenda\'s words out of the requests when the title was lost too', () => {
    const doc = parseDocument(
      [
        'To receive the report of the Play Areas Working Group with a view to its recommendations being reported to a future meeting.',
        'This item was deferred so that the Working Group\'s chair could present the report at the next meeting.',
      ].join('\n'),
    );
    expect(doc.kind).toBe('item-page');
    const item = doc.meetings[0]!.items[0]!;
    expect(item.requests.map((r) => r.text).join(' ')).not.toContain('To receive the report');
  });

  it('is no item page when the agenda\'s words stand under two titles (a meeting\'s page saved bare)', () => {
    const doc = parseDocument(
      [
        'Apologies for Absence',
        'To receive any apologies for absence.',
        'Apologies were received from Councillor Hart.',
        'Minutes of the Previous Meeting',
        'To approve the minutes of the meeting held on 3 March 2026.',
        'The minutes were approved as a correct record.',
      ].join('\n'),
    );
    expect(doc.kind).not.toBe('item-page');
  });
});

describe("an issue's page saved without its head, opening on the item's numbered title", () => {
  const page = (label: string) =>
    [
      '7. Car Park Tariffs PDF 180 KB',
      'To report to the Committee a decision taken by the Director of Place on the grounds of urgency.',
      label,
      'Following consideration, the Committee resolved to:',
      '(1) Note the urgent decision taken and the reasons for it;',
      '(2) Ask the Director of Place to report back in January 2027 on the takings.',
    ].join('\n');

  it.each(['Decision:', 'Minutes:'])('is one item with its number and title, read under "%s"', (label) => {
    const doc = parseDocument(page(label));
    expect(doc.kind).toBe('item-page');
    const item = doc.meetings[0]!.items[0]!;
    expect([item.number, item.title]).toEqual(['7', 'Car Park Tariffs']);
    expect(item.resolutions.map((r) => r.text)).toEqual(['Note the urgent decision taken and the reasons for it', 'Ask the Director of Place to report back in January 2027 on the takings.']);
    expect(item.requests).toHaveLength(1);
  });
});

describe('an agenda-item page whose minute prints the parts of a record of decision', () => {
  it('is that item\'s page, and its decision without a stop ends where "Reason for Decision" begins', () => {
    const text = [
      'Agenda item',
      '',
      'Street Trading Policy',
      '',
      'To consider a recommendation from the Licensing Committee.',
      'Minutes:',
      'The Chair of the Licensing Committee presented the revised policy.',
      'Proposed by Cllr Ivo Pengelly, seconded by Cllr Ruth Amadi',
      'Decision',
      'That the Street Trading Policy 2026 - 2031 be adopted',
      'Reason for Decision',
      'To meet',
      'the duty to review the policy every five years.',
      'Supporting documents:',
    ].join('\n');
    const doc = parseDocument(text);
    expect(doc.meetings.map((m) => [m.kind, m.items.map((i) => [i.title, i.resolutions.map((r) => r.text)])])).toEqual([
      ['item-page', [['Street Trading Policy', ['That the Street Trading Policy 2026 - 2031 be adopted']]]],
    ]);
  });
});
