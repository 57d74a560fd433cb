// A decision told in narrative after a lead-in of any words, closed by a comma or a bracket: quoted from the body that
// decides; beside it the near misses (an officer's promise, a clause joined on by "and", another meeting's decision).
import { describe, expect, it } from 'vitest';
import { extractMinuteContent } from '../../src/ingest/minute-content.ts';

const decisions = (text: string, title = 'Leisure Contract') => extractMinuteContent(text, { title }).resolutions.map((r) => r.text);

describe('a body deciding after a lead-in', () => {
  it('reads the decision from the body after a comma or a closing bracket', () => {
    expect(decisions('In order to spread the meetings evenly, Members agreed to move the July meeting to June.')).toEqual(['Members agreed to move the July meeting to June.']);
    expect(decisions('Arising from the options appraisal (Appendix B) the Committee approved the five year extension.')).toEqual(['the Committee approved the five year extension.']);
  });

  it('reads nothing when the one agreeing is an officer, the clause is joined on by "and", or another meeting decided', () => {
    expect(decisions('In response to a question from Councillor Pike, the Chief Executive agreed to arrange a briefing for all councillors.')).toEqual([]);
    expect(decisions('In response to a question, the Leader of the Council agreed to write to the operator.')).toEqual([]);
    expect(decisions('The Chair suggested, and the Committee accepted, that the site visit be held in May.')).toEqual([]);
    expect(decisions('When the matter was last considered, at the meeting in March, the Committee agreed to defer it.')).toEqual([]);
  });
});
