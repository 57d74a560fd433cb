// Requests owed by an officer the minute names by first name and surname, and a paper still to come that is to carry
// the matter; each beside a near miss that asks nothing.
import { describe, expect, it } from 'vitest';
import { extractMinuteContent } from '../../src/ingest/minute-content.ts';

const requests = (text: string) => extractMinuteContent(text).requests.map((r) => r.text);

describe('an officer named by first name and surname', () => {
  it('reads what they would get, offered or agreed to provide', () => {
    expect(requests('Priya Rennard would get clarification for Councillor Oakes.')).toHaveLength(1);
    expect(requests('Tomas Belling, Head of Highways Operations, offered to provide the Panel with the refill figures.')).toHaveLength(1);
    expect(requests('Jo McAllister agreed to circulate the staffing breakdown to Members.')).toHaveLength(1);
  });

  it('leaves what they reported, and bodies or places in capitals that only look like names', () => {
    expect(requests('Priya Rennard said that the survey had been finished in December.')).toEqual([]);
    expect(requests('Tomas Belling explained that the cost had been met from the fleet budget.')).toEqual([]);
    expect(requests('County Council would provide funding towards the scheme in future years.')).toEqual([]);
  });
});

describe('a paper still to come that is to carry the matter', () => {
  it("reads someone's word that a forthcoming report will take the matter up", () => {
    expect(requests('The Cabinet Member would ensure the forthcoming report on the asset plan referred to the concerns raised.')).toHaveLength(1);
    expect(requests('The cost of the spreaders would be reflected within the report on the fleet budget.')).toHaveLength(1);
    expect(requests('It was agreed to refer to the take up of the service in the annual report.')).toHaveLength(1);
  });

  it('reads a paper promised with what it is on between the paper and the promise', () => {
    expect(requests('Updates on progress with the recommendations would be submitted in six months’ time.')).toHaveLength(1);
    expect(requests('Reports on the scheme had been submitted to Cabinet in 2022.')).toEqual([]);
  });

  it('reads a matter fed back to the board in the passive', () => {
    expect(requests('The views of the task group would be fed back to the Panel in the spring.')).toHaveLength(1);
  });

  it('leaves a report that already carried something, and the paper before the meeting', () => {
    expect(requests('The comments had been reflected in the annual report.')).toEqual([]);
    expect(requests('The annual report included a section on fly-tipping.')).toEqual([]);
    expect(requests('To receive the report.')).toEqual([]);
    expect(requests('The Board would receive the report on the fleet budget in March.')).toHaveLength(1);
  });
});
