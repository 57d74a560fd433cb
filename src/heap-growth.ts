// How far each heap of the bot (the main thread's, the answer threads', the paper worker's) may grow
// past what it held alive at its last full collection before the next one. V8 chooses the factor
// itself, up to 4 where the machine has memory to spare, from how fast it collects against how fast
// the program allocates: at council scale an answer thread holding 250 MB alive kept 600 MB, most of it
// garbage that was never given back while the bot served. A fixed factor of 1.3 keeps that headroom
// to 30%, for some more collections while answers are built (each marks what is alive, which the
// record and the index make large), and none while the bot is idle.
//
// The limit is set once the record is read, not before: while a heap grows from nothing to the record,
// 30% headroom means a full collection every 30% of growth, each marking all that was read so far.
// At tier L that cost the bot 0.3-0.9 s of CPU before its first answer; once it serves, the collections
// after the read set each heap's limit from what is alive then, and it holds what it held before.
import { setFlagsFromString } from 'node:v8';

/** Percent a heap may grow past what was alive after its last full collection. */
export const HEAP_GROWING_PERCENT = 30;

/** A V8 flag is the process's own: every thread's heap follows it, the ones already running too. */
export function limitHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}

/** What `reading` gives (or throws), with the heaps' growth limited once it has settled. */
export async function limitHeapGrowthAfter<T>(reading: Promise<T>, limit: () => void = limitHeapGrowth): Promise<T> {
  try {
    return await reading;
  } finally {
    limit();
  }
}
