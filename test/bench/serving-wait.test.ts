// The serving step waits for the bot to say its answers are ready; a bot that has exited never will.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForLogLine } from '../../bench/measure/serving.ts';

const READY = 'Answers ready: the index is in memory';
// Far longer than the test may run: a wait that polls to its deadline fails the test by its time limit.
const STEP_MS = 10 * 60_000;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'scrutiny-serving-wait-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('waiting for a line of the bot\'s log', () => {
  it('stops waiting once the bot has exited, and says with what code', async () => {
    const log = path.join(dir, 'exited.log');
    await writeFile(log, 'Listening on port 3000\nThe store could not be read\n');
    let exit!: (code: string) => void;
    const exited = new Promise<string>((resolve) => (exit = resolve));
    const waiting = waitForLogLine(log, READY, STEP_MS, exited);
    setTimeout(() => exit('1'), 50);
    await expect(waiting).resolves.toEqual({ exited: '1' });
  });

  it('gives the line when the bot logged it, even if it exited straight after', async () => {
    const log = path.join(dir, 'logged.log');
    await writeFile(log, `Listening on port 3000\n${READY}\n`);
    await expect(waitForLogLine(log, READY, STEP_MS, Promise.resolve('0'))).resolves.toBe('logged');
    await expect(waitForLogLine(log, READY, STEP_MS, new Promise<string>(() => {}))).resolves.toBe('logged');
  });

  it('gives up at the deadline while the bot runs on without saying it', async () => {
    const log = path.join(dir, 'silent.log');
    await writeFile(log, 'Listening on port 3000\n');
    await expect(waitForLogLine(log, READY, 0, new Promise<string>(() => {}))).resolves.toBe('timeout');
  });
});
