// Where a decision ends: at the end of its sentence, its numbered or lettered part, or its list; never in the
// next part, the next numbered paragraph or the next minute run on after it.
import { describe, expect, it } from 'vitest';
import { extractMinuteContent } from '../../src/ingest/minute-content.ts';

const decisions = (text: string) => extractMinuteContent(text).resolutions.map((r) => r.text);

describe('the end of a decision', () => {
  it('ends a sentence before a numbered paragraph or minute run on after it', () => {
    expect(decisions('The stile had collapsed. It was agreed to ask the Ranger to replace it. 14.2 The Clerk reported that the shelter had been repaired.')).toEqual([
      'It was agreed to ask the Ranger to replace it.',
    ]);
    expect(decisions('It was agreed to obtain quotes for the swing chains. 48/23 Planning No objections were raised to application 23/0456.')).toEqual([
      'It was agreed to obtain quotes for the swing chains.',
    ]);
  });

  it('reads each part numbered under its minute ("7/16 i", "7/16 ii") as a paragraph of its own', () => {
    const text = ['7/16 i The bank reconciliation was checked and APPROVED.', '7/16 ii The following payments were approved:', 'Clerk salary £412.50', 'HMRC £103.20', '7/16 iii The Clerk reported that the VAT claim had been repaid.'].join('\n');
    expect(decisions(text)).toEqual(['The bank reconciliation was checked and APPROVED.', 'The following payments were approved: Clerk salary £412.50 HMRC £103.20']);
  });

  it('ends a list under a lettered part where the next part begins', () => {
    const text = ['a) The inspection report was received.', 'b) The following payments were approved:', '- Clerk salary £412.50', '- Mowing £180.00', 'c) The Clerk reported that the VAT claim had been repaid.'].join('\n');
    expect(decisions(text)).toEqual(['The following payments were approved: - Clerk salary £412.50 - Mowing £180.00']);
  });

  it('keeps a sub-list under a part that is not the next part ("(i)", "(ii)" under "b)")', () => {
    const text = ['b) The following grants were approved:', '(i) Youth club £200', '(ii) Gardening club £50', 'c) The Clerk reported that the accounts had been audited.'].join('\n');
    expect(decisions(text)).toEqual(['The following grants were approved: (i) Youth club £200 (ii) Gardening club £50']);
  });

  it('quotes a vote recorded inside a sentence with the sentence, a vote being no label', () => {
    expect(decisions('Budget requirements for the play area were discussed and it was voted 5 - 1 that £1,500 be set aside from reserves.')).toEqual([
      'Budget requirements for the play area were discussed and it was voted 5 - 1 that £1,500 be set aside from reserves.',
    ]);
    // A label is quoted from where it stands, as before.
    expect(decisions('The siting of the skip was discussed and it was agreed that it stand by the pond.')).toEqual(['it was agreed that it stand by the pond.']);
  });
});

describe('a decision printed twice is recorded once', () => {
  it('keeps the resolution, not the motion it restates in fuller words', () => {
    const text = [
      'It was proposed and seconded that Councillor Ann Loft be elected Vice-Chairman.',
      '',
      'It was further proposed that Ray Tull be elected Vice-Chairman.  The proposal fell.',
      '',
      'RESOLVED:',
      '',
      'That Councillor Ann Loft be elected Vice-Chairman of the Committee for the remainder of the year 2025/26.',
    ].join('\n');
    expect(decisions(text)).toEqual(['That Councillor Ann Loft be elected Vice-Chairman of the Committee for the remainder of the year 2025/26.']);
  });

  it('keeps the clauses of one decision apart however alike', () => {
    const text = ['RESOLVED:', '1. That the annual progress report of the auditors be noted.', '2. That the annual progress report of the auditors be noted and published on the website.'].join('\n');
    expect(decisions(text)).toEqual(['That the annual progress report of the auditors be noted.', 'That the annual progress report of the auditors be noted and published on the website.']);
  });

  it('reads a sentence opened by its label once, not again as narrative', () => {
    expect(decisions('RESOLVED – the Minutes of the meeting held on 3 March 2025 were approved and signed by the Chairman. (Minute 12 refers.)')).toEqual([
      'the Minutes of the meeting held on 3 March 2025 were approved and signed by the Chairman. (Minute 12 refers.)',
    ]);
  });
});
