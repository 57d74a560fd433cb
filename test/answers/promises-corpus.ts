// The bundled corpus plus invented later papers of the same board (test/fixtures/promises/coventry):
// minutes of 1 March and 26 April 2018 and a work programme revised in March 2018.
import { fileURLToPath } from 'node:url';
import { ManualClock } from '../../src/clock.ts';
import { createEngine, type AnswerEngine } from '../../src/answers/engine.ts';
import { BUNDLED_CORPUS, ingestPaths } from '../../src/ingest/ingest-paths.ts';
import { openMemoryStore } from '../../src/store/lowdb-store.ts';
import type { Store } from '../../src/store/store.ts';

export const LATER_PAPERS = fileURLToPath(new URL('../fixtures/promises/coventry/', import.meta.url));

export function laterPaper(name: string): string {
  return fileURLToPath(new URL(`../fixtures/promises/coventry/${name}`, import.meta.url));
}

/** The bundled corpus, then the given later papers (default: all of them), in one memory store. */
export async function laterPapersEngine(papers: string[] = [LATER_PAPERS]): Promise<{ store: Store; engine: AnswerEngine }> {
  const store = openMemoryStore();
  const report = await ingestPaths(store, [BUNDLED_CORPUS, ...papers]);
  if (!report.allOk) throw new Error(`papers did not ingest: ${report.files.filter((f) => !f.ok).map((f) => `${f.path}: ${f.message}`).join('; ')}`);
  const engine = await createEngine({ store, clock: new ManualClock('2026-11-22T12:00:00Z'), snapshotPath: null });
  return { store, engine };
}
