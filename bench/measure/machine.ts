// The machine a benchmark ran on, for the report.
import os from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  memory: string;
  node: string;
  platform: string;
  date: string;
  /** 1-minute load average when the run started: other work on the machine skews every figure. */
  load: number;
}

export function describeMachine(now: Date = new Date()): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memory: `${(os.totalmem() / 1024 ** 3).toFixed(1)} GB`,
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    date: now.toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    load: os.loadavg()[0] ?? 0,
  };
}
