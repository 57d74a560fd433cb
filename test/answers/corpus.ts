// The bundled corpus ingested into a memory store, once per test file.
import { ManualClock } from '../../src/clock.ts';
import { createEngine, type AnswerEngine } from '../../src/answers/engine.ts';
import type { Answer, AnswerEntry } from '../../src/answers/answer.ts';
import { londonInstant } from '../../src/london.ts';
import { BUNDLED_CORPUS, ingestPaths } from '../../src/ingest/ingest-paths.ts';
import { openMemoryStore } from '../../src/store/lowdb-store.ts';
import type { Store } from '../../src/store/store.ts';

export async function corpusEngine(): Promise<{ store: Store; engine: AnswerEngine }> {
  const store = openMemoryStore();
  const report = await ingestPaths(store, [BUNDLED_CORPUS]);
  if (!report.allOk) throw new Error(`bundled corpus did not ingest: ${report.files.map((f) => f.message).join('; ')}`);
  const engine = await createEngine({ store, clock: new ManualClock('2026-11-22T12:00:00Z'), snapshotPath: null });
  return { store, engine };
}

/** A London wall-clock moment: "2017-07-10" or "2017-07-13", "09:59". */
export function at(date: string, time = '12:00'): { now: Date } {
  return { now: londonInstant(date, time) };
}

export function entries(answer: Answer, heading?: string | RegExp): AnswerEntry[] {
  return answer.sections
    .filter((s) => heading === undefined || (typeof heading === 'string' ? s.heading === heading : heading.test(s.heading)))
    .flatMap((s) => s.entries);
}

export function texts(answer: Answer, heading?: string | RegExp): string[] {
  return entries(answer, heading).map((e) => e.text);
}
