// The main thread's young generation is capped by the command that starts the bot; a worker's is the one
// it is started with. Measured in a Node process started as `npm start` starts the bot, where a worker
// with a 24 MB young generation (two 8 MB semi-spaces) is made to fill it with objects that live a while.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const MODULE = fileURLToPath(new URL('../src/young-generation.ts', import.meta.url));

/** The new space (both semi-spaces) of a busy worker and of the main thread, in MB, in a process started with the main thread's cap. */
function newSpaces(clear: boolean): { worker: number; main: number } {
  const worker = `
    const { parentPort } = require('node:worker_threads');
    const { getHeapSpaceStatistics } = require('node:v8');
    let kept = [];
    for (let i = 0; i < 3e6; i++) { kept.push({ i }); if (kept.length > 200000) kept = []; }
    parentPort.postMessage(getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size);
  `;
  const script = `
    import { Worker } from 'node:worker_threads';
    import { getHeapSpaceStatistics } from 'node:v8';
    import { youngGenerationsAsStarted } from ${JSON.stringify(MODULE)};
    if (${clear}) youngGenerationsAsStarted();
    let kept = [];
    for (let i = 0; i < 3e6; i++) { kept.push({ i }); if (kept.length > 200000) kept = []; }
    const main = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size;
    const w = new Worker(${JSON.stringify(worker)}, { eval: true, execArgv: [], resourceLimits: { maxYoungGenerationSizeMb: 24 } });
    w.once('message', (bytes) => { console.log(JSON.stringify({ worker: bytes / 1048576, main: main / 1048576 })); w.terminate(); });
  `;
  const run = spawnSync(process.execPath, ['--max-semi-space-size=4', '--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf-8', timeout: 60_000 });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout.trim()) as { worker: number; main: number };
}

describe('young generations', () => {
  it('a worker started after the main thread clears its cap gets the young generation it was started with', () => {
    expect(newSpaces(true)).toEqual({ worker: 16, main: 8 });
  });

  it('left set, the main thread\'s cap would hold the worker to its own two 4 MB semi-spaces', () => {
    expect(newSpaces(false)).toEqual({ worker: 8, main: 8 });
  });
});
