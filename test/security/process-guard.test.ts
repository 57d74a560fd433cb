// The process-level guard: an error that escapes every handler (a rejected promise nobody awaits, an
// exception thrown in a callback) is logged, and the process keeps serving instead of ending.
import { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { guardProcess } from '../../src/process-guard.ts';

const ROOT = new URL('../../', import.meta.url);

function runNode(script: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, env: { ...process.env, NODE_OPTIONS: '' } });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => resolve({ code, out }));
  });
}

describe('the process guard', () => {
  it('keeps a real process alive through an unhandled rejection and an uncaught exception', async () => {
    const script = `
      import { createLogger } from ${JSON.stringify(new URL('src/logger.ts', ROOT).href)};
      import { guardProcess } from ${JSON.stringify(new URL('src/process-guard.ts', ROOT).href)};
      guardProcess(createLogger({ level: 'info' }));
      Promise.reject(new Error('rejected where nobody awaits'));
      setTimeout(() => { throw new Error('thrown in a callback'); }, 10);
      setTimeout(() => { console.log(['still', 'serving'].join(' ')); process.exit(0); }, 300);
    `;
    const { code, out } = await runNode(script);
    expect(out).toContain('rejected where nobody awaits');
    expect(out).toContain('thrown in a callback');
    expect(out).toContain('still serving');
    expect(code).toBe(0);
  }, 60_000);

  it('without it, the same rejection ends the process (so the test above shows the guard at work)', async () => {
    const { code, out } = await runNode(`Promise.reject(new Error('rejected where nobody awaits')); setTimeout(() => console.log(['still', 'serving'].join(' ')), 300);`);
    expect(out).not.toContain('still serving');
    expect(code).not.toBe(0);
  }, 60_000);

  it('counts and logs what escaped', () => {
    const logger = createLogger({ capture: true, level: 'info' });
    const target = new EventEmitter() as unknown as NodeJS.Process;
    const guard = guardProcess(logger, target);
    const emit = target.emit.bind(target) as (event: string, ...args: unknown[]) => boolean;
    emit('unhandledRejection', new Error('lost'), Promise.resolve());
    emit('uncaughtException', new Error('thrown'), 'uncaughtException');
    expect(guard.escaped()).toBe(2);
    expect(logger.lines.filter((l) => l.includes('the bot keeps serving'))).toHaveLength(2);
    guard.remove();
    expect(target.listenerCount('unhandledRejection')).toBe(0);
  });
});
