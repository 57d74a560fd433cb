// Running the benchmark's child scripts: a fresh Node process each, started
// with tsx (no --expose-gc: nothing forces a collection), with a time limit so no step is unbounded.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const CHILD_DIR = fileURLToPath(new URL('../child/', import.meta.url));

export interface ChildRun<T> {
  /** Wall time from spawn to the JSON line (ms). */
  wallMs: number;
  result: T | null;
  error: string | null;
  /** Every JSON line the child printed (progress lines, then the result). */
  lines: unknown[];
}

/** A child's heap, for a child doing what the bot does in a thread with limits of its own. */
export interface ChildHeap {
  /** Its old generation's limit (MB). */
  heapMb?: number | undefined;
  /** Each of its young generation's two semi-spaces (MB): the size the answer thread collects its young objects at. */
  semiSpaceMb?: number | undefined;
}

/** Runs a child script and resolves with its last JSON line on stdout. */
export function runChild<T>(script: string, args: string[], timeoutMs: number, { heapMb, semiSpaceMb }: ChildHeap = {}): Promise<ChildRun<T>> {
  return new Promise((resolve) => {
    const started = performance.now();
    const heap = [...(heapMb === undefined ? [] : [`--max-old-space-size=${heapMb}`]), ...(semiSpaceMb === undefined ? [] : [`--max-semi-space-size=${semiSpaceMb}`])];
    const child = spawn(process.execPath, [...heap, '--import', 'tsx', `${CHILD_DIR}${script}`, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let wallMs = 0;
    let settled = false;
    const finish = (value: ChildRun<T>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(value);
    };
    const jsonLines = () =>
      stdout
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .flatMap((l) => {
          try {
            return [JSON.parse(l) as unknown];
          } catch {
            return [];
          }
        });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      finish({ wallMs: performance.now() - started, result: null, error: `did not finish within ${Math.round(timeoutMs / 1000)} s`, lines: jsonLines() });
    }, timeoutMs);
    // Decoded as a stream: a character split between two chunks of a long line stays whole.
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      if (wallMs === 0 && chunk.includes('\n')) wallMs = performance.now() - started;
      stdout += chunk;
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
    });
    child.on('close', (code) => {
      const line = stdout.trim().split('\n').pop() ?? '';
      try {
        const last = JSON.parse(line) as Record<string, unknown>;
        // A progress line last means the child stopped before its result.
        if ('progress' in last) throw new Error('no result');
        finish({ wallMs: wallMs || performance.now() - started, result: last as T, error: code === 0 ? null : `exit ${code}`, lines: jsonLines() });
      } catch {
        // The error's own line (Node prints its source and stack around it), else the last lines.
        const lines = stderr.trim().split('\n').map((l) => l.trim()).filter(Boolean);
        const last = (pattern: RegExp) => [...lines].reverse().find((l) => pattern.test(l));
        const error = last(/^\w*Error\b/) ?? last(/out of memory|\bERR_[A-Z_]+\b/i);
        const reason = error ?? (lines.slice(-3).join(' | ') || `exit ${code}`);
        finish({ wallMs: performance.now() - started, result: null, error: reason, lines: jsonLines() });
      }
    });
  });
}
