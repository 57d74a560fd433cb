// The look-ups built in the background after start include what every search reads (the index's
// table of what each document number stands for), so questions asked while the bot serves build
// none of it and keep none of it alive.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SearchIndex } from '../../src/search/search-index.ts';
import { corpusEngine } from './corpus.ts';

describe('look-ups prepared after start', () => {
  afterEach(() => vi.restoreAllMocks());

  it('work out the index document numbers before any question is asked', async () => {
    const reads = vi.spyOn(SearchIndex.prototype, 'readSlots');
    const { engine } = await corpusEngine();
    await engine.prepared();
    expect(reads).toHaveBeenCalled();
    expect(reads.mock.contexts.every((index) => (index as SearchIndex).ready)).toBe(true);
    // Read in slices, to the end, by the time the look-ups are ready.
    expect(reads.mock.results.every((read) => read.type === 'return' && read.value?.done === true)).toBe(true);
  });
});
