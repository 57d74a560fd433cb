// Each thread's young generation is the one its starter chose: the main thread's by the command that
// starts the bot (`node --max-semi-space-size=4` in `npm start` and the Dockerfile), a worker's by the
// resourceLimits it is started with (the answer threads' in serving/answer-thread.ts, the paper
// worker's in worker/isolated.ts). V8 reads a semi-space size given as a flag for every heap made after
// it, and the flag wins over a worker's own limit: left set, it held the answer threads, started with a
// 24 MB young generation (two 8 MB semi-spaces), to the main thread's two 4 MB ones, so the answer
// thread collected its young generation twice as often as it was set to. The main thread's heap is made
// before any of the bot's code runs; from then on the flag has done its work, and is cleared.
import { setFlagsFromString } from 'node:v8';

/** Threads started from now on take their young generation from their own resourceLimits (the main thread keeps its own). */
export function youngGenerationsAsStarted(): void {
  setFlagsFromString('--max-semi-space-size=0');
}
