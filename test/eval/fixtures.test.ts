// The fixtures hold together: every facts file follows the format and sits in its
// family's folder beside its document, and what the facts quote is in the document
// (titles, clauses, requests and names as printed), so a fact cannot drift from its text.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/ingest/read-document.ts';
import { clauseKey, nameKey, words, wordsAppearIn } from './compare.ts';
import { FixtureError, loadFixtures } from './fixtures.ts';

const fixtures = loadFixtures();

describe('the layout fixtures', () => {
  it('are found in their family folders, each with its facts', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(9);
    for (const f of fixtures) expect(path.basename(path.dirname(f.documentPath))).toBe(f.family);
  });

  it('quote only what their documents print', async () => {
    const problems: string[] = [];
    for (const fixture of fixtures) {
      const read = await readDocument(fixture.documentPath);
      if (!read.ok) {
        problems.push(`${fixture.id}: ${read.reason}`);
        continue;
      }
      // A minute number glued to its title ("512/02DECLARATIONS", "2Declarations") prints the title all the same.
      const text = words(read.text.replace(/(\d)(?=[A-Z]{3}|[A-Z][a-z]{2,}\b)/g, '$1 '));
      const clauses = clauseKey(read.text);
      // PDF text may put a running head or a page number inside a quoted clause; nothing else may.
      const gaps = fixture.documentPath.endsWith('.pdf.txt') ? 2 : 0;
      const check = (kind: string, value: string, key: string, haystack: string) => {
        if (!wordsAppearIn(key, haystack, gaps)) problems.push(`${fixture.id}: ${kind} not in the document: ${value}`);
      };
      for (const meeting of fixture.facts.meetings) {
        for (const name of [...meeting.present, ...meeting.apologies, ...(meeting.chair ? [meeting.chair] : [])]) check('name', name, nameKey(name), text);
        for (const item of meeting.items) {
          if (item.title !== null) check('title', item.title, words(item.title), text);
          for (const clause of item.resolutions) check('resolution', clause, clauseKey(clause), clauses);
          for (const request of item.requests) check('request', request, words(request), text);
        }
      }
      for (const row of fixture.facts.workProgramme) check('work-programme row', row.title, words(row.title), text);
    }
    expect(problems).toEqual([]);
  });
});

describe('the fixture loader', () => {
  const folder = (files: Record<string, string>) => {
    const root = mkdtempSync(path.join(tmpdir(), 'layouts-'));
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
      writeFileSync(path.join(root, name), content);
    }
    return root;
  };
  const facts = (family: string) =>
    JSON.stringify({ family, imitates: 'https://democracy.example.gov.uk/mgAi.aspx?ID=1', notes: 'n', meetings: [], workProgramme: [] });

  it('reads a .pdf.txt document as the fixture of its name', () => {
    const root = folder({ 'pdf-minutes-parish/a.pdf.txt': 'text', 'pdf-minutes-parish/a.expected.json': facts('pdf-minutes-parish') });
    expect(loadFixtures(root).map((f) => [f.id, path.basename(f.documentPath)])).toEqual([['pdf-minutes-parish/a', 'a.pdf.txt']]);
  });

  it('names the file that does not hold together', () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ 'cmis-page/a.txt': 'text', 'cmis-page/a.expected.json': facts('forward-plan') }, /cmis-page\/a: facts say family "forward-plan"/],
      [{ 'cmis-page/a.txt': 'text' }, /cmis-page\/a\.txt: no a\.expected\.json/],
      [{ 'cmis-page/a.expected.json': facts('cmis-page') }, /cmis-page\/a: a\.expected\.json has no document/],
      [{ 'minutes/a.txt': 'text' }, /minutes\/: not a fixture family/],
      [{ 'cmis-page/a.txt': 'text', 'cmis-page/a.expected.json': '{"family": "cmis-page"}' }, /cmis-page\/a: a\.expected\.json does not follow the format/],
    ];
    for (const [files, message] of cases) expect(() => loadFixtures(folder(files))).toThrow(message);
    expect(() => loadFixtures(folder({ 'cmis-page/a.txt': 'text' }))).toThrow(FixtureError);
  });

  it('refuses facts that read an exempt item or date a row that has no date', () => {
    const meeting = { kind: 'agenda', committee: null, date: null, time: null, chair: null, present: [], apologies: [] };
    const exempt = { number: '9', title: 'Land Disposal', private: true, resolutions: ['That the land be sold.'], requests: [] };
    const bad = (extra: object) =>
      JSON.stringify({ family: 'cmis-page', imitates: 'https://democracy.example.gov.uk/', notes: 'n', meetings: [], workProgramme: [], ...extra });
    const root1 = folder({ 'cmis-page/a.txt': 't', 'cmis-page/a.expected.json': bad({ meetings: [{ ...meeting, items: [exempt] }] }) });
    expect(() => loadFixtures(root1)).toThrow(/exempt item records no resolutions/);
    const root2 = folder({ 'cmis-page/a.txt': 't', 'cmis-page/a.expected.json': bad({ workProgramme: [{ title: 'X', date: '2024-01-01', slot: 'pending' }] }) });
    expect(() => loadFixtures(root2)).toThrow(/"dated" row has a date/);
  });
});
