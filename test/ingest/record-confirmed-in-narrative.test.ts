// The minutes of the last meeting confirmed in the narrative of their own item, in the words minutes use for it,
// and "it was agreed that ..." beside a labelled decision; each beside the near miss that decides nothing.
import { describe, expect, it } from 'vitest';
import { extractMinuteContent } from '../../src/ingest/minute-content.ts';

const decisions = (text: string, title = 'Minutes of the last meeting') => extractMinuteContent(text, { title }).resolutions.map((r) => r.text);

describe('the record confirmed without the words "approved as a correct record"', () => {
  it('reads minutes "found to be correct" under any title', () => {
    expect(decisions('The minutes of the meeting held on 4 March were found to be correct.', 'Matters')).toEqual(['The minutes of the meeting held on 4 March were found to be correct.']);
  });

  it('reads a pronoun or a bare verdict for the minutes only under the minutes\' own item', () => {
    const signed = 'These had been circulated and were read and signed by the Chair.';
    const moved = 'They were proposed as a correct record by Cllr Venn and this was seconded by Cllr Oduya.';
    const verdict = 'Agreed, subject to the correction of the date in item 4.';
    for (const text of [signed, moved, verdict]) {
      expect(decisions(text)).toEqual([text]);
      expect(decisions(text, 'Correspondence')).toEqual([]);
    }
  });

  it('reads the record once when a sentence told it and a pronoun tells it again', () => {
    expect(decisions('The minutes of the meeting held on 4 March were agreed as a correct record. They were signed by the Chair.')).toEqual([
      'The minutes of the meeting held on 4 March were agreed as a correct record.',
    ]);
    expect(decisions('RESOLVED that the minutes of the meeting held on 4 March be approved.\n\nThey were signed by the Chair.')).toEqual([
      'the minutes of the meeting held on 4 March be approved.',
    ]);
  });
});

describe('"it was agreed that ..." beside a labelled decision', () => {
  it('is a decision of its own before the label, read from "it was" after a lead-in with no comma', () => {
    expect(decisions('Following a show of hands it was agreed that the verge survey would be repeated in May.\n\nRESOLVED that the report be noted.', 'Verges')).toEqual([
      'it was agreed that the verge survey would be repeated in May.',
      'the report be noted.',
    ]);
  });

  it('is not a second decision when it retells the labelled one, nor when another meeting decided it', () => {
    expect(decisions('It was agreed that approval of the budget for the verges would be deferred to the March meeting.\n\nRESOLVED that approval of the verges budget be deferred to March.', 'Verges')).toEqual([
      'approval of the verges budget be deferred to March.',
    ]);
    expect(decisions('At the Council meeting held on 2 May, it was agreed to delegate the verges budget to this Panel.\n\nRESOLVED that the report be noted.', 'Verges')).toEqual(['the report be noted.']);
  });
});
