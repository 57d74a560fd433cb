// A decision's stem and its sentences: a stem longer than a line is still the stem of the list under it; a stem that
// decides itself ("... be amended as follows:") is one decision with its list; a sentence after a labelled decision that
// records a decision of its own ("It was also agreed that ...") is a second decision, not the first one's tail.
import { describe, expect, it } from 'vitest';
import { extractMinuteContent } from '../../src/ingest/minute-content.ts';

const decisions = (text: string) => extractMinuteContent(text).resolutions.map((r) => r.text);

describe('stems and sentences of a decision', () => {
  it('reads the paragraph under a label whose line decides nothing ("Council RESOLVED to:", "RESOLVED to:") as the decision', () => {
    expect(decisions('The quotes were considered.\n \nCouncil RESOLVED to:\n \naccept the quotation of £2,860 for four benches.')).toEqual(['accept the quotation of £2,860 for four benches.']);
    expect(decisions('The quotes were considered.\n \nRESOLVED to:\n \naccept the quotation of £2,860 for four benches.')).toEqual(['accept the quotation of £2,860 for four benches.']);
    expect(decisions('The Committee RESOLVED:\n\nthat the minutes of the meeting held on 9 June be approved.')).toEqual(['the minutes of the meeting held on 9 June be approved.']);
  });

  it('keeps a list under "RESOLVED to:" as its clauses', () => {
    expect(decisions('RESOLVED to:\n1) Withdraw the scheme.\n2) Publish the revised plan.')).toEqual(['Withdraw the scheme.', 'Publish the revised plan.']);
  });

  it('reads a stem longer than a line under a bare label as the stem of the clauses under it', () => {
    const stem = 'The Cabinet Member for Leisure, Culture and Heritage, in consultation with the Leader of the Council, agrees the following:';
    expect(stem.length).toBeGreaterThan(80);
    const text = ['RESOLVED:', '', stem, '', '1.1   Approve the lease of the pavilion to the bowls club.', '', '1.2   Note the repair costs set out in section 4.'].join('\n');
    expect(decisions(text)).toEqual(['Approve the lease of the pavilion to the bowls club.', 'Note the repair costs set out in section 4.']);
  });

  it('keeps a long paragraph ending in a colon with no list under it as the decision it opens', () => {
    const text = ['RESOLVED:', '', 'That the report on the pavilion lease, its repair costs and the club\'s proposals for the coming season be noted.'].join('\n');
    expect(decisions(text)).toEqual(["That the report on the pavilion lease, its repair costs and the club's proposals for the coming season be noted."]);
  });

  it('quotes a stem that decides itself ("be amended as follows:") with its list, as one decision', () => {
    const text = ['RESOLVED', '', 'That the work programme be amended as follows:', '', '1. Bus services be moved to March.', '', '2. Library opening hours be added for June.'].join('\n');
    expect(decisions(text)).toEqual(['the work programme be amended as follows: 1) Bus services be moved to March. 2) Library opening hours be added for June.']);
  });

  it('reads each clause under a stem that names decisions ("The recommendations ... be approved as follows:")', () => {
    const text = ['The Cabinet resolved that:', '', 'The recommendations of the Parks Forum be approved as follows:', '', '1)   the survey results be noted; and', '', '2)   authority be delegated to the Head of Parks to let the kiosk.'].join('\n');
    expect(decisions(text)).toEqual(['the survey results be noted', 'authority be delegated to the Head of Parks to let the kiosk.']);
  });

  it('reads each clause that completes the stem\'s verb ("That Cabinet agrees to:"), whatever its own words', () => {
    const text = ['RESOLVED:   That Cabinet agrees to:', '', 'i)   Allocate £50,000 to the kiosk refit.', '', 'ii)   Approval of the lease terms being delegated to the Director of Place.'].join('\n');
    expect(decisions(text)).toEqual(['Allocate £50,000 to the kiosk refit.', 'Approval of the lease terms being delegated to the Director of Place.']);
  });

  it('reads each clause under "RESOLVED to:", whatever verb opens it', () => {
    const text = ['RESOLVED to:', '1) Withdraw the offer to host the joint board;', '2) Publish the revised membership on the website.'].join('\n');
    expect(decisions(text)).toEqual(['Withdraw the offer to host the joint board', 'Publish the revised membership on the website.']);
  });

  it('reads a decision in the present tense whatever the case of the body ("The committee notes ...")', () => {
    expect(decisions(['The Chair introduced the annual report.', '', 'The committee notes the annual report'].join('\n'))).toEqual(['The committee notes the annual report']);
  });

  it('still reads each clause under a stem that names only who decides ("That the Committee:")', () => {
    const text = ['RESOLVED: That the Committee:', '', '(a) notes the report; and', '', '(b) agrees the following items be added to the work programme.'].join('\n');
    expect(decisions(text)).toEqual(['notes the report', 'agrees the following items be added to the work programme.']);
  });

  it('reads "It was also agreed that ..." after a labelled decision as a decision of its own', () => {
    expect(decisions('Resolved: that the update be noted. It was also agreed that a site visit would be arranged before the next meeting.')).toEqual([
      'the update be noted.',
      'It was also agreed that a site visit would be arranged before the next meeting.',
    ]);
  });

  it('keeps a sentence that carries the decision on ("The Director be asked to ...") in the decision', () => {
    expect(decisions('RESOLVED that the report be noted. The Director be asked to circulate the figures.')).toEqual(['the report be noted. The Director be asked to circulate the figures.']);
  });
});
