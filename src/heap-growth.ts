// How far each heap of the bot (the main thread's, the answer threads', the paper worker's) may grow
// past what it held alive at its last full collection before the next one. V8 chooses the factor
// itself, up to 4 where the machine has memory to spare, from how fast it collects against how fast
// the program allocates: at council scale an answer thread holding 250 MB alive kept 600 MB, most of it
// garbage that was never given back while the bot served. A fixed factor of 1.3 keeps that headroom
// to 30%, for some more collections while answers are built (each marks what is alive, which the
// record and the index make large), and none while the bot is idle.
import { setFlagsFromString } from 'node:v8';

/** Percent a heap may grow past what was alive after its last full collection. */
export const HEAP_GROWING_PERCENT = 30;

/** A V8 flag is the process's own: every thread's heap follows it, the ones already running too. */
export function limitHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
