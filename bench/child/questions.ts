// Child process: read a tier's store and write the questions the benchmark asks
// about it (bench/measure/questions.ts) to a JSON file.
//   questions.ts DB OUT.json PER_KIND SEED [NOW]
import { writeFile } from 'node:fs/promises';
import { openStore } from '../../src/store/lowdb-store.ts';
import { buildQuestions } from '../measure/questions.ts';
import { printResult } from './print-result.ts';

const [db, out, perKind, seed, now] = process.argv.slice(2);
if (!db || !out) {
  process.stderr.write('usage: questions.ts DB OUT.json PER_KIND SEED [NOW]\n');
  process.exit(2);
}
const store = await openStore(db);
const set = buildQuestions(store.record(), { perKind: Number(perKind ?? 500), seed: Number(seed ?? 1), ...(now ? { now } : {}) });
await writeFile(out, JSON.stringify(set));
const counts: Record<string, number> = {};
for (const q of set.questions) counts[q.kind] = (counts[q.kind] ?? 0) + 1;
printResult({ counts, misrouted: set.misrouted, now: set.now });
