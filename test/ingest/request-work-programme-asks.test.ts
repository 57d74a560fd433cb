// An ask whose clause puts a matter on the board's work programme in the subjunctive ("requests that X be included on
// the Committee's Work Programme", "asked that X be added to the work plan") is a request the board will see come back;
// a matter already added, one removed, a programme approved or a decision to add a matter asks nothing.
import { describe, expect, it } from 'vitest';
import { extractMinuteContent } from '../../src/ingest/minute-content.ts';

const requests = (text: string) => extractMinuteContent(text).requests.map((r) => r.text);

describe('asks that put a matter on the work programme', () => {
  it('reads an ask that a matter be added to the work plan', () => {
    expect(requests('The Chair asked that a review of empty shops be added to the work plan for the autumn.')).toHaveLength(1);
    expect(requests('RESOLVED: That the Panel asks that the pothole repair backlog be scheduled in the forward work programme.')).toHaveLength(1);
  });

  it('reads a clause requesting that a matter, with an aside between commas, be included on the programme', () => {
    expect(
      requests(
        "RESOLVED: That the Committee:-\n\n(a) notes the report; and\n\n(b) requests that the use of interim managers, to be considered as part of the budget monitoring, be included on the Committee's Work Programme 2026/27.",
      ),
    ).toEqual(["requests that the use of interim managers, to be considered as part of the budget monitoring, be included on the Committee's Work Programme 2026/27."]);
  });

  it('reads nothing in a matter already added, one removed or a programme approved', () => {
    expect(requests('The Committee noted that the review of grass cutting had been added to the work programme in May.')).toEqual([]);
    expect(requests('RESOLVED: That the item on the leisure trust be removed from the work programme.')).toEqual([]);
    expect(requests('RESOLVED: That the work programme, as set out in Appendix 1, be approved.')).toEqual([]);
    // The board deciding to add a matter is its own act, a resolution only.
    expect(requests('RESOLVED: That the report be noted and that the review of bus shelters be added to the work programme.')).toEqual([]);
  });
});
