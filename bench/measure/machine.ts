// The machine a benchmark ran on, and how busy it was: other work on a shared
// machine skews every figure, so the report says how much there was.
import { execFileSync } from 'node:child_process';
import os from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  memory: string;
  node: string;
  platform: string;
  date: string;
  /** Load averages (1, 5, 15 minutes). */
  load: [number, number, number];
  /** The busiest other processes at the time (CPU %, command). */
  busiest: string[];
}

function busiestProcesses(): string[] {
  try {
    const text = execFileSync('ps', ['-eo', 'pcpu=,rss=,comm=', '--sort=-pcpu'], { encoding: 'utf8', timeout: 5000 });
    return text
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .filter((l) => !/\bps$/.test(l))
      .slice(0, 5)
      .map((l) => {
        const [cpu, rss, ...command] = l.split(/\s+/);
        return `${command.join(' ')} ${cpu}% CPU, ${Math.round(Number(rss) / 1024)} MB`;
      });
  } catch {
    return [];
  }
}

export function describeMachine(now: Date = new Date()): Machine {
  const cpus = os.cpus();
  const [a = 0, b = 0, c = 0] = os.loadavg();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memory: `${(os.totalmem() / 1024 ** 3).toFixed(1)} GB`,
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    date: now.toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    load: [a, b, c],
    busiest: busiestProcesses(),
  };
}
