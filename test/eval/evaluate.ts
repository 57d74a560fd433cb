// Scoring the parser on every layout fixture, reading each document the way
// `scrutiny ingest` does: readDocument (HTML to text, encodings), then parseDocument.
import { parseDocument } from '../../src/ingest/parse-document.ts';
import { readDocument } from '../../src/ingest/read-document.ts';
import type { ParsedDocument } from '../../src/model.ts';
import { type Fixture, loadFixtures } from './fixtures.ts';
import { type FixtureScore, type Metrics, type Tallies, addTallies, emptyTallies, metrics, scoreParse } from './score.ts';

export interface FixtureResult extends FixtureScore {
  id: string;
  family: string;
  metrics: Metrics;
  /** Why the document gave no parse at all (the reader refused it), or null. */
  unread: string | null;
}

export interface GroupResult {
  name: string;
  fixtures: number;
  tallies: Tallies;
  metrics: Metrics;
}

export interface Evaluation {
  fixtures: FixtureResult[];
  families: GroupResult[];
  totals: GroupResult;
}

const NOTHING: Pick<ParsedDocument, 'meetings' | 'workProgramme'> = { meetings: [], workProgramme: [] };

export async function parseFixture(fixture: Fixture): Promise<{ doc: Pick<ParsedDocument, 'meetings' | 'workProgramme'>; unread: string | null }> {
  const read = await readDocument(fixture.documentPath);
  if (!read.ok) return { doc: NOTHING, unread: read.reason };
  return { doc: parseDocument(read.text, read.name), unread: null };
}

function group(name: string, results: FixtureResult[]): GroupResult {
  const tallies = results.reduce((sum, r) => addTallies(sum, r.tallies), emptyTallies());
  return { name, fixtures: results.length, tallies, metrics: metrics(tallies) };
}

export async function evaluate(fixtures: Fixture[] = loadFixtures()): Promise<Evaluation> {
  const results: FixtureResult[] = [];
  for (const fixture of fixtures) {
    const { doc, unread } = await parseFixture(fixture);
    const score = scoreParse(fixture.facts, doc);
    results.push({ id: fixture.id, family: fixture.family, ...score, metrics: metrics(score.tallies), unread });
  }
  return summariseResults(results);
}

/** Each family's tallies added up, and the totals. */
export function summariseResults(results: FixtureResult[]): Evaluation {
  const families = [...new Set(results.map((r) => r.family))].sort().map((family) => group(family, results.filter((r) => r.family === family)));
  return { fixtures: results, families, totals: group('total', results) };
}
