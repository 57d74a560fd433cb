// Who asked for a request, as its own words say: a member named as asking, in the ways minutes
// put it; a request of the board as a whole names no one.
import { describe, expect, it } from 'vitest';
import { askersOf } from '../../src/members/raised-requests.ts';

describe('the member a request names as asking', () => {
  it.each([
    ['Councillor S Gray asked that the reoffending rates be circulated to Members.', ['Councillor S Gray']],
    ['At the request of Cllr. Okafor, officers would provide a breakdown by ward.', ['Cllr. Okafor']],
    ['A briefing note on school transport, raised by Mrs P Lindqvist, would be circulated.', ['Mrs P Lindqvist']],
    ['Cllr M J Benn requested figures on\n  exclusions by term; Councillor Tait also sought the costs.', ['Cllr M J Benn', 'Councillor Tait']],
  ])('%s', (text, askers) => {
    expect(askersOf(text)).toEqual(askers);
  });

  it.each([
    'The Board requested a report back in March.',
    'Councillor Gray welcomed the report and officers undertook to circulate the figures.',
    'Requests an update on private fostering awareness raising in schools.',
  ])('names no one in "%s"', (text) => {
    expect(askersOf(text)).toEqual([]);
  });
});
