import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/ingest/parse-document.ts';
import { looksFlattened, relineFlattened } from '../../src/ingest/reline-flattened.ts';
import { summariseResults } from '../eval/evaluate.ts';
import { loadFixtures } from '../eval/fixtures.ts';
import { metrics, scoreParse } from '../eval/score.ts';

/** A text as a PDF's text layer gives it when its line breaks are lost. */
function flatten(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

// An invented parish council's minutes, printed as one run of text.
const PARISH_RUN = flatten(`
Ashwell Green Parish Council
Minutes of a Meeting of Ashwell Green Parish Council held at 7.30pm on Tuesday 8 April 2025 in the Village Hall.
AG/25/40 Present: Cllr R Penhale (Chairman), Cllr D Yardley, Cllr S Okonjo and Cllr T Fairweather.
AG/25/41 Apologies for Absence Apologies were received from Cllr M Ashdown.
AG/25/42 Minutes The minutes of the meeting of 11 March 2025 were approved. The Clerk noted that agenda item 9 of that meeting was carried forward.
AG/25/43 Play Area Members discussed the inspection report.
RESOLVED to replace the two swing seats at a cost of £412.
AG/25/44 Footpaths The Clerk to write to the County Council about the flooded stile on footpath 12.
The meeting closed at 8.50pm.
`);

// An invented district council's minutes with numbers and capital headings, as one run.
const DISTRICT_RUN = flatten(`
Minutes of the Licensing Committee held on Wednesday 14 May 2025 at 10.00 am.
Present: Councillor Hal Brennock (Chair), Councillor Uma Petrie, Councillor Lowri Tasker.
14 APOLOGIES FOR ABSENCE
Apologies were received from Councillor Niall Varga.
15 DECLARATIONS OF INTEREST
There were none.
16 STREET TRADING POLICY REVIEW
The Licensing Manager presented the draft policy, referring members to paragraph 3 of the report and to page 12 of appendix 2.
RESOLVED: That the draft Street Trading Policy be approved for consultation.
17 FEES AND CHARGES 2025/26
RESOLVED that the fees set out at Appendix A be recommended to Council.
`);

describe('relineFlattened (a text whose line breaks were lost)', () => {
  it('leaves every text that has its lines exactly as it was', () => {
    const corpus = new URL('../../data/corpus/', import.meta.url);
    const texts = [
      ...readdirSync(corpus).filter((f) => /\.(md|txt)$/.test(f)).map((f) => readFileSync(new URL(f, corpus), 'utf8')),
      ...loadFixtures().map((f) => readFileSync(f.documentPath, 'utf8')),
    ];
    expect(texts.length).toBeGreaterThan(100);
    for (const text of texts) {
      expect(looksFlattened(text)).toBe(false);
      expect(relineFlattened(text)).toBe(text);
    }
  });

  it('puts a line break before each minute reference of a series, and not before a number that breaks it', () => {
    const lines = relineFlattened(PARISH_RUN).split('\n');
    expect(lines.filter((l) => /^AG\/25\/\d\d /.test(l)).map((l) => l.slice(0, 9))).toEqual(['AG/25/40', 'AG/25/41', 'AG/25/42', 'AG/25/43', 'AG/25/44'].map((r) => `${r} `));
    expect(lines.some((l) => l.startsWith('9 of that meeting'))).toBe(false);
    expect(lines).toContain('RESOLVED to replace the two swing seats at a cost of £412.');
  });

  it('reads the meeting, its items and its decisions from minutes printed as one run', () => {
    const doc = parseDocument(PARISH_RUN, 'ashwell-green.pdf');
    expect(doc.meetings).toHaveLength(1);
    const meeting = doc.meetings[0]!;
    expect(meeting.date).toBe('2025-04-08');
    const play = meeting.items.find((i) => i.title.startsWith('Play Area'));
    expect(play?.resolutions.map((r) => r.text)).toEqual(['to replace the two swing seats at a cost of £412.']);
    expect(meeting.items.map((i) => i.number)).toEqual(expect.arrayContaining(['AG/25/43', 'AG/25/44']));
  });

  it('ends a heading printed in capitals where its first sentence begins, and keeps references to paragraphs and pages inside the text', () => {
    const doc = parseDocument(DISTRICT_RUN, 'licensing.pdf');
    const meeting = doc.meetings[0]!;
    expect(meeting.date).toBe('2025-05-14');
    expect(meeting.items.map((i) => `${i.number} ${i.title}`)).toEqual([
      '14 APOLOGIES FOR ABSENCE',
      '15 DECLARATIONS OF INTEREST',
      '16 STREET TRADING POLICY REVIEW',
      '17 FEES AND CHARGES 2025/26',
    ]);
    expect(meeting.items[2]!.resolutions.map((r) => r.text)).toEqual(['the draft Street Trading Policy be approved for consultation.']);
    expect(meeting.apologies.map((a) => a.name)).toEqual(['Councillor Niall Varga']);
    expect(meeting.present.find((p) => p.chair)?.name).toBe('Councillor Hal Brennock');
  });

  it('finds the meeting and most items of the PDF-family fixtures when their line breaks are lost', () => {
    const pdfFamilies = loadFixtures().filter((f) => f.family.startsWith('pdf-minutes-') && f.documentPath.endsWith('.txt'));
    const results = pdfFamilies.map((f) => {
      const score = scoreParse(f.facts, parseDocument(flatten(readFileSync(f.documentPath, 'utf8')), f.id));
      return { id: f.id, family: f.family, ...score, metrics: metrics(score.tallies), unread: null };
    });
    const totals = summariseResults(results).totals.metrics;
    // As lined texts these fixtures score near 1; flattened they scored 0 before the breaks were put back.
    expect(totals.meetings ?? 0).toBeGreaterThanOrEqual(0.8);
    expect(totals.items ?? 0).toBeGreaterThanOrEqual(0.78);
  });
});
