// What the opening of an item page says about its own paper ("The Head of Finance submitted a report to assist
// Members ...", "... the report ..., which would be presented to the Council") and a member's question put at the
// meeting ("How will Members be kept informed ...?") owe the board nothing; terse parish asks do: the clerk named as
// waiting, the meeting asking its clerk in a question's word order, someone to be directed elsewhere.
import { describe, expect, it } from 'vitest';
import { extractMinuteContent } from '../../src/ingest/minute-content.ts';

const requests = (text: string) => extractMinuteContent(text).requests.map((r) => r.text);

describe('the paper before the meeting and questions put at it', () => {
  it('leaves a post submitting the paper, whatever the title words before the verb', () => {
    expect(requests('The Head of Finance submitted a report to assist Members in agreeing a list of topics.')).toEqual([]);
    expect(requests('The Head of Housing and Communities presented the report to update Members on voids.')).toEqual([]);
  });

  it('still reads a post set to act', () => {
    expect(requests('Head of Housing and Communities to circulate the void figures by ward.')).toHaveLength(1);
  });

  it('leaves the body the paper goes on to, and keeps an ask in the same sentence', () => {
    expect(requests('The Committee considered the report of the Director of Resources which would be presented to the Council to give an annual update.')).toEqual([]);
    expect(
      requests('The Committee considered the report of the Director of Resources which would be presented to the Council, and asked for an update on the tracker at the next meeting.'),
    ).toHaveLength(1);
    expect(requests('A scoping paper would be presented to Cabinet in October 2026.')).toHaveLength(1);
  });

  it('leaves a question put at the meeting', () => {
    expect(requests('How will Members be kept informed of progress on the recommendations?')).toEqual([]);
    expect(requests('Members asked how the scrutiny panel would be kept updated on progress.')).toHaveLength(1);
  });
});

describe('terse asks of parish minutes', () => {
  it('reads the clerk or chair named as waiting', () => {
    expect(requests('Clerk awaiting details of the first aid course.')).toHaveLength(1);
    expect(requests('Noticeboard Clerk awaiting quotations for a new board')).toHaveLength(1);
    expect(requests('Chairman still awaiting a third estimate for the roof.')).toHaveLength(1);
  });

  it('reads the meeting asking its clerk in a question\'s word order', () => {
    expect(requests('Could clerk put a notice on the website about the vacancy')).toHaveLength(1);
    expect(requests('The clerk would be able to help if needed.')).toEqual([]);
  });

  it('reads someone to be directed elsewhere', () => {
    expect(requests('Resident to be pointed to the county council reporting page.')).toHaveLength(1);
  });
});

describe('what the board is to have, worded as still to come', () => {
  it('reads an ask put as a question, and leaves it when the next sentence answers it', () => {
    expect(requests('Members asked whether officers could provide the number of empty homes in each ward.')).toHaveLength(1);
    expect(requests('Members asked whether officers could provide the number of empty homes. The Director explained that there were 230.')).toEqual([]);
  });

  it('reads papers and answers still to come', () => {
    expect(requests('The figures were not available at the meeting but would be sent on.')).toHaveLength(1);
    expect(requests('A response from the housing association on the two blocks would be forthcoming.')).toHaveLength(1);
    expect(requests('The service would return to the Committee in March with an update.')).toHaveLength(1);
    expect(requests('The matter would be raised with the police at the next liaison meeting.')).toHaveLength(1);
    expect(requests('A briefing session for all Members on the new contract would be arranged.')).toHaveLength(1);
  });

  it('leaves the next meeting\'s date and members returning to an item', () => {
    expect(requests('The next meeting will be held on 5 May.')).toEqual([]);
    expect(requests('Members would return to the item after the break.')).toEqual([]);
  });
});

describe('the paper on its way elsewhere, and an owner in brackets', () => {
  it('leaves this meeting\'s paper going on to the Executive, and keeps a further report promised', () => {
    expect(requests('The report would be presented to the Executive on 3 February for a decision.')).toEqual([]);
    expect(requests('A further report would be presented to Cabinet in October 2026.')).toHaveLength(1);
  });

  it('reads a line closed by its owner in brackets', () => {
    expect(requests('Play area SD & JF to carry out monthly inspection (Act SD&JF)')).toEqual(['Play area SD & JF to carry out monthly inspection']);
    expect(requests('Hedge by the lane needs cutting (Action: Clerk)')).toHaveLength(1);
  });
});

describe('asks over a list, to a dated meeting, and offers worded as possible', () => {
  it('reads a paragraph that asks in its own words before "as follows:"', () => {
    expect(requests('The Committee considered the areas of focus and agreed to hold a workshop for all Members in the spring, as follows:\n\n·         Statutory duties\n\n·         Funding')).toHaveLength(1);
  });

  it('reads a matter deferred to a day and month', () => {
    expect(requests('The Town Centre Masterplan to be deferred from November 2025 to 3 March 2026.')).toHaveLength(1);
  });

  it('reads an offer worded as possible, not one refused', () => {
    expect(requests('Officers advised that they could provide a breakdown of the charges to members after the meeting.')).toHaveLength(1);
    expect(requests('He said that they could provide no further detail.')).toEqual([]);
  });
});

