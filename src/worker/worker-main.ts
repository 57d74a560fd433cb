// The worker thread's side of ./isolated.ts: runs one job at a time, each an exported function of
// one of the app's own modules (named by the main thread, never by input), and posts its result.
import { parentPort } from 'node:worker_threads';
import type { JobReply, JobRequest } from './isolated.ts';

if (!parentPort) throw new Error('worker-main.ts runs only as a worker thread');
const port = parentPort;

const modules = new Map<string, Promise<Record<string, unknown>>>();

port.on('message', (request: JobRequest) => {
  void run(request).then((reply) => port.postMessage(reply));
});

async function run(request: JobRequest): Promise<JobReply> {
  try {
    let loading = modules.get(request.module);
    if (!loading) {
      loading = import(request.module) as Promise<Record<string, unknown>>;
      modules.set(request.module, loading);
    }
    const exported = (await loading)[request.name];
    if (typeof exported !== 'function') throw new Error(`${request.module} has no function ${request.name}`);
    const value: unknown = await (exported as (...args: unknown[]) => unknown)(...request.args);
    return { id: request.id, ok: true, value };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    return { id: request.id, ok: false, error: { name: e.name, message: e.message } };
  }
}
