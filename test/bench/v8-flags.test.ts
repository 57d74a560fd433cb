// `npm run bench -- --v8-flags "--trace-gc"`: the bot serving runs with those V8 flags, set by the probe
// inside it, and the probe marks its windows in the bot's output so what the flags print can be placed.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { botEnvironment, freePort, PROBE } from '../../bench/measure/bot.ts';
import { parseBenchArgs, tierOptions } from '../../bench/run.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'scrutiny-v8-flags-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const bot = { db: 'db.json', port: 3000, slackApiUrl: 'http://127.0.0.1:1/api/', now: '2024-01-01T00:00:00Z', logFile: 'x.log' };

describe('V8 flags for the bot serving', () => {
  it('are read from --v8-flags and given to the bot with the probe, and to no bot without them', () => {
    const args = parseBenchArgs(['--tier', 'L', '--v8-flags', '--trace-gc']);
    if (typeof args === 'string') throw new Error(args);
    expect(tierOptions('L', args, () => {}).v8Flags).toBe('--trace-gc');
    expect(botEnvironment({ ...bot, probePort: 4000, v8Flags: '--trace-gc' }).BENCH_V8_FLAGS).toBe('--trace-gc');
    expect(botEnvironment({ ...bot, probePort: 4000 }).BENCH_V8_FLAGS).toBeUndefined();
    const plain = parseBenchArgs(['--tier', 'L']);
    if (typeof plain === 'string') throw new Error(plain);
    expect(tierOptions('L', plain, () => {}).v8Flags).toBeUndefined();
  });

  it('are set by the probe, and its windows are marked in the output with each thread\'s CPU', async () => {
    const port = await freePort();
    const main = path.join(dir, 'probed-main.mjs');
    await writeFile(
      main,
      `let kept = [];
for (let i = 0; i < 200_000; i++) kept.push({ i, text: 'x' + i });
kept = null;
await fetch('http://127.0.0.1:${port}/reset');
await fetch('http://127.0.0.1:${port}/stats');
`,
    );
    const { stdout } = await promisify(execFile)(process.execPath, [`--import=${PROBE}`, main], {
      env: { ...process.env, BENCH_PROBE_PORT: String(port), BENCH_PROBE_MAIN: 'probed-main\\.mjs$', BENCH_V8_FLAGS: '--trace-gc' },
    });
    expect(stdout).toMatch(/Scavenge|Mark-Compact/);
    expect(stdout).toMatch(/^\[probe\] window \d+ ms \[\[\d+,"[^"]*",\d+\]/m);
    expect(stdout).toMatch(/^\[probe\] stats \d+ ms \[\[/m);
  });
});
