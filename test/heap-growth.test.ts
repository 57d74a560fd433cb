// The heaps' growth is limited once the record has been read, not while it is read.
import { describe, expect, it } from 'vitest';
import { limitHeapGrowthAfter } from '../src/heap-growth.ts';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

const turns = async (n = 5) => {
  for (let i = 0; i < n; i++) await new Promise((r) => setImmediate(r));
};

describe('limitHeapGrowthAfter', () => {
  it('limits the growth only once the read has finished, and gives what was read', async () => {
    const read = deferred<string>();
    const calls: string[] = [];
    const limited = limitHeapGrowthAfter(read.promise, () => calls.push('limit'));
    await turns();
    expect(calls).toEqual([]);
    read.resolve('the record');
    await expect(limited).resolves.toBe('the record');
    expect(calls).toEqual(['limit']);
  });

  it('limits it too when the read fails, and passes the failure on', async () => {
    const read = deferred<string>();
    const calls: string[] = [];
    const limited = limitHeapGrowthAfter(read.promise, () => calls.push('limit'));
    await turns();
    expect(calls).toEqual([]);
    read.reject(new Error('the catalogue is not valid JSON'));
    await expect(limited).rejects.toThrow('not valid JSON');
    expect(calls).toEqual(['limit']);
  });
});
