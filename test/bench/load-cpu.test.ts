// CPU per answer during the load, from the threads' times the probe reads before and after it.
import { describe, expect, it } from 'vitest';
import { loadCpu } from '../../bench/measure/serving.ts';
import type { ProbeStats } from '../../bench/measure/bot.ts';

const stats = (pid: number, threads: ProbeStats['threads']): ProbeStats => ({
  pid,
  uptimeMs: 0,
  windowMs: 0,
  eventLoop: { maxMs: 0, p99Ms: 0, meanMs: 0, longestGapMs: 0, longestGapAtMs: 0 },
  memory: { rss: 0, peakRss: 0, peakRssEver: 0, heapUsed: 0, heapTotal: 0, external: 0, arrayBuffers: 0 },
  cpuMs: 0,
  threads,
});

describe('CPU spent during the load', () => {
  it('gives the main thread by the process id, the busiest other thread as the answer thread, and the rest together', () => {
    const before = stats(700, [
      { tid: 700, cpuMs: 5_000 },
      { tid: 701, cpuMs: 200 },
      { tid: 702, cpuMs: 9_000 },
      { tid: 703, cpuMs: 100 },
    ]);
    const after = stats(700, [
      { tid: 700, cpuMs: 6_200 },
      { tid: 701, cpuMs: 500 },
      { tid: 702, cpuMs: 10_400 },
      { tid: 703, cpuMs: 160 },
      // Started during the load: all its time is the load's.
      { tid: 704, cpuMs: 40 },
    ]);
    expect(loadCpu(before, after, 900, 400)).toEqual({ answers: 400, mainMs: 1_200, answerThreadMs: 1_400, otherThreadsMs: 400, clientMs: 900 });
  });

  it('gives nothing where the threads cannot be read', () => {
    expect(loadCpu(stats(1, []), stats(1, []), 10, 4)).toBeNull();
  });
});
