// Things principal councils' minutes print that leave nothing to wait for: a question put and answered at the meeting
// ("Members requested clarification on ... The Head of ... explained that ..."), a resolution receiving the report before
// the meeting ("That the Committee receive the report"), what a paper is for ("the purpose of the Strategy being to
// provide ...") and what a speaker needed to tell the meeting; each beside the same words that do ask.
import { describe, expect, it } from 'vitest';
import { extractMinuteContent } from '../../src/ingest/minute-content.ts';

const requests = (text: string) => extractMinuteContent(text).requests.map((r) => r.text);

describe('an ask answered at the meeting', () => {
  it('leaves an ask for information answered by the next sentence', () => {
    expect(requests('Members requested clarification on the funding. The Director of Finance explained that the grant was ring-fenced.')).toEqual([]);
    expect(requests('Members requested figures on exclusions by school. In response, the Head of Inclusion said that these were in appendix 2.')).toEqual([]);
  });

  it('keeps the ask when nothing answers it, when it asks for something later or in writing, and an answer that promises', () => {
    expect(requests('Members requested figures on exclusions by school.')).toEqual(['Members requested figures on exclusions by school.']);
    expect(requests('Members requested a written breakdown of the funding. The Director of Finance explained that the grant was ring-fenced.')).toEqual([
      'Members requested a written breakdown of the funding.',
    ]);
    expect(requests('Members requested clarification on the funding. The Director of Finance explained that a note would be circulated after the meeting.')).not.toEqual([]);
  });
});

describe('a resolution receiving the report before the meeting', () => {
  it('leaves "receive the report" with no time still to come', () => {
    expect(requests('RESOLVED that the Committee receive the report.')).toEqual([]);
  });

  it('reads a report or an update to be received later', () => {
    expect(requests('RESOLVED that the Committee receive a further report in six months.')).toHaveLength(1);
    expect(requests('RESOLVED that the Committee receive the report on the pilot at its meeting in June 2026.')).toHaveLength(1);
  });
});

describe('a paper named like a post, and a speaker telling the meeting', () => {
  it("leaves what a strategy or a plan is to provide, and what a speaker needed or wished to tell members", () => {
    expect(requests('Demand for allotments was rising, the purpose of the Strategy being to provide the necessary direction and guidance.')).toEqual([]);
    expect(requests('Firstly, he needed to inform Members of the death of a long-serving member of staff.')).toEqual([]);
  });

  it('keeps a post offering a paper and a clerk set to inform members', () => {
    expect(requests('The Head of Planning Services would provide a note on the appeals.')).toHaveLength(1);
    expect(requests('Clerk to inform members of the outcome.')).toHaveLength(1);
  });
});
