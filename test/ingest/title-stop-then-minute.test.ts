// A numbered title that ends at a stop, its minute after it on the same line.
import { describe, expect, it } from 'vitest';
import { classifyLine } from '../../src/ingest/line-kinds.ts';

const heading = (text: string) => classifyLine({ text, blank: false, bullet: false, emphasis: false, indent: 0 } as never, 0).heading;

describe('a title and its minute on one line, a stop between them', () => {
  it('ends the title at the stop between two sentences', () => {
    expect(heading('3. Minutes of the last meeting. Approved and signed.')).toMatchObject({ title: 'Minutes of the last meeting', rest: 'Approved and signed.' });
    expect(heading('1. Apologies for absence. M Ellwood and N Fenner - work commitments.')).toMatchObject({ title: 'Apologies for absence', rest: 'M Ellwood and N Fenner - work commitments.' });
  });

  it('keeps a title whose only stop ends it, or follows an abbreviation', () => {
    expect(heading('4. Matters arising.')).toMatchObject({ title: 'Matters arising.', rest: null });
    expect(heading('5. St. Mary\'s Church Hall.')).toMatchObject({ rest: null });
  });

  it('ends a heading in capitals where its capitals end, not at the stop after its first sentence', () => {
    expect(heading('512/04 ALLOTMENTS The waiting list now stood at 14. RESOLVED: That the plots be offered.')).toMatchObject({ title: 'ALLOTMENTS' });
  });
});
