// Requests of principal councils' minutes in three shapes: a post named by its title set to report ("That the Director
// of Adult Care report to the Committee in six months"), a paper promised with no one else named to receive it ("Further
// details would be provided."), and a paper named by a pronoun promised to the board ("undertook to provide these to
// Members following the meeting"); each beside a near miss that asks nothing.
import { describe, expect, it } from 'vitest';
import { extractMinuteContent } from '../../src/ingest/minute-content.ts';

const requests = (text: string) => extractMinuteContent(text).requests.map((r) => r.text);

describe('a post named by its title set to report', () => {
  it('reads a resolution setting a Director, an Assistant Director or a Head of service to report', () => {
    expect(requests('RESOLVED – That the Director of Adult Care and Wellbeing report to the Committee in six months on the waiting list.')).toEqual([
      'the Director of Adult Care and Wellbeing report to the Committee in six months on the waiting list.',
    ]);
    expect(requests('RESOLVED that the Assistant Director, Finance and Property be asked to report on the reserves to a future meeting.')).toHaveLength(1);
    expect(requests('RESOLVED that the Head of Neighbourhood Services report to the March meeting on the bin collection trial.')).toHaveLength(1);
  });

  it('reads a resolution asking a post to provide, submit or send a paper', () => {
    expect(requests('RESOLVED that the Executive Director of People be requested to provide a written update to Members on the transport review by the end of January.')).toHaveLength(1);
    expect(requests('RESOLVED that the Head of Waste Services be asked to submit a revised collection plan to the Committee.')).toHaveLength(1);
  });

  it('reads a post in the narrative only when it says it will report', () => {
    expect(requests('The Head of Highways would report to the Committee in the spring on the gully cleansing programme.')).toHaveLength(1);
    expect(requests('The Director of Public Health reports to the Chief Executive on the outbreak plan.')).toEqual([]);
  });

  it("leaves the post's report decided on, and a report received", () => {
    expect(requests('RESOLVED that the Head of Legal Services report on the constitution be noted.')).toEqual([]);
    expect(requests('RESOLVED that the report of the Director of Finance on the budget be noted.')).toEqual([]);
    expect(requests('The Head of Planning presented the report on the local plan.')).toEqual([]);
  });
});

describe('a paper promised with no one else named to receive it', () => {
  it('reads details or information that would be provided, to the board, after the meeting or alone', () => {
    expect(requests('Works at the depot had been funded from reserves. Further details would be provided.')).toEqual(['Further details would be provided.']);
    expect(requests('A breakdown by ward would be supplied after the meeting.')).toHaveLength(1);
  });

  it('leaves information provided to residents or families, and support given', () => {
    expect(requests('Information would be provided to residents through the helpline.')).toEqual([]);
    expect(requests('Details of the scheme would be sent to all households in the spring.')).toEqual([]);
    expect(requests('Support would be provided to families through the hubs.')).toEqual([]);
  });
});

describe('a paper promised by a pronoun for what the sentence before asked for', () => {
  it('reads "undertook to provide these to Members" and "provide it after the meeting"', () => {
    const asked = requests('A Member asked for the number of volunteers in each district. Mr Quayle undertook to provide these to Members following the meeting.');
    // The ask and the undertaking that meets it are one request.
    expect(asked).toEqual(['A Member asked for the number of volunteers in each district. Mr Quayle undertook to provide these to Members following the meeting.']);
    expect(requests('The Head of Service would provide it to the Committee after the meeting.')).toHaveLength(1);
  });

  it('leaves help given to members and a paper given to residents', () => {
    expect(requests('The Director agreed to provide them with support after the meeting.')).toEqual([]);
    expect(requests('Officers agreed to provide this to residents.')).toEqual([]);
  });
});

describe('a long resolution or sentence quoted by the part that asks', () => {
  it('quotes a long resolution by its opening words up to the comma by which it has asked', () => {
    const long =
      'RESOLVED that a further report on evening bus services be presented to the Committee in March 2026, to include the number of journeys withdrawn on each route since April and the patronage of the remaining services, together with the cost of tendering replacement journeys, the views of the operators and of the combined authority and the findings of the survey of passengers carried out in the autumn.';
    expect(requests(long)).toEqual(['a further report on evening bus services be presented to the Committee in March 2026']);
  });

  it('reads the later verb of the sentence\'s subject as an offer, quoted from that verb', () => {
    const said =
      "The Head of Passenger Transport explained that the operator had withdrawn the evening journeys on routes 14 and 22 at short notice because of a shortage of drivers, that the council had written to the operator seeking their reinstatement and had asked the combined authority to consider a tendered replacement, and undertook to circulate the operator's response to Members as soon as it was received, together with the cost of the tendered options.";
    expect(requests(said)).toEqual(["undertook to circulate the operator's response to Members as soon as it was received, together with the cost of the tendered options."]);
  });

  it('leaves a later verb that helps someone, and one whose subject is the board', () => {
    expect(requests('The Director explained that the scheme had closed, and agreed to provide support to the families affected.')).toEqual([]);
    expect(requests('Members noted the report, and agreed to share their views with the Cabinet Member.')).toEqual([]);
  });
});
