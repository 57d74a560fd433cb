import { describe, expect, it } from 'vitest';
import { classifyDocument } from '../../src/ingest/parse-document.ts';
import { READERS, type Reader, readWithBest } from '../../src/ingest/readers/registry.ts';

// A reader marked as the fallback explains no line, so it can only win where every reader before it found nothing; it
// is not read at all otherwise (reading each document a second time for nothing cost a quarter of the parse).
const MINUTES = [
  'Minutes of the meeting of the Eastfold Parish Council held on Monday 2 March 2026 at 7.00pm',
  '',
  'Present: Cllr A Marsh (Chair), Cllr B Tait',
  '',
  '1. Apologies for absence',
  'Apologies were received from Cllr C Wren.',
  '',
  '2. Footpaths',
  'RESOLVED that the clerk writes to the highway authority.',
].join('\n');

function countingFallback(calls: { n: number }): Reader {
  return {
    name: 'counting-fallback',
    fallback: true,
    detect: () => true,
    read() {
      calls.n++;
      return null;
    },
  };
}

describe('the fallback reader', () => {
  it('is not read when an earlier reader found a meeting', () => {
    const calls = { n: 0 };
    const chosen = readWithBest(classifyDocument(MINUTES), [...READERS.filter((r) => !r.fallback), countingFallback(calls)]);
    expect(chosen?.reading.meetings).toHaveLength(1);
    expect(calls.n).toBe(0);
  });

  it('is read when no earlier reader found anything', () => {
    const calls = { n: 0 };
    const chosen = readWithBest(classifyDocument(MINUTES), [countingFallback(calls)]);
    expect(chosen).toBeNull();
    expect(calls.n).toBe(1);
  });

  it('is the last reader, so that every reading it could lose to comes first', () => {
    const fallbacks = READERS.map((r, i) => (r.fallback ? i : -1)).filter((i) => i >= 0);
    expect(fallbacks).toEqual([READERS.length - 1]);
  });
});
