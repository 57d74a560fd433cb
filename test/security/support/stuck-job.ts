// Jobs for the paper worker's tests: one that never finishes and one that never stops allocating,
// as a pathological paper would.
import type { PaperResult } from '../../../src/ingest/paper-job.ts';

export function neverFinishes(_bytes: Uint8Array, _name: string): PaperResult {
  for (;;) {
    // Spin, as a backtracking pattern would.
  }
}

export function neverStopsAllocating(): number {
  const kept: number[][] = [];
  for (;;) kept.push(Array.from({ length: 100_000 }, (_, i) => i));
}

export function throwsPlainly(): never {
  throw new RangeError('the paper said no');
}

export function echo<T>(value: T): T {
  return value;
}

/** Fills buffers outside the JavaScript heap, as a PDF stream unpacked into a typed array does. */
export function neverStopsFillingBuffers(): number {
  const kept: Buffer[] = [];
  for (;;) kept.push(Buffer.alloc(16 * 1024 * 1024, 1));
}
