// Something still awaited is owed to the board however the minute says it is waited for: "awaiting", "waiting for", or
// "await" after the council's own side or opening a note. Someone else waiting for their own things asks nothing.
import { describe, expect, it } from 'vitest';
import { requestKind } from '../../src/ingest/requests.ts';

const kind = (text: string) => requestKind(text, 'body');

describe('a matter still awaited', () => {
  it('is read where the clerk, a panel or "we" are waiting for an answer, a paper or prices', () => {
    expect(kind('Bus shelter - Not repaired yet and Clerk waiting for prices from two glaziers.')).toBe('follow-up');
    expect(kind('The Finance Panel was waiting for a response to its comments on the budget.')).toBe('follow-up');
    expect(kind('The drainage survey was discussed and we now await further details from the county.')).toBe('follow-up');
  });

  it('is read from a note that opens with "Await"', () => {
    expect(kind('Await consultation and ask residents for their views.')).toBe('follow-up');
  });

  it('is not read where an outside body waits, or someone waits for something of their own', () => {
    expect(kind('The Drainage Board were waiting for a report from the river authority.')).toBeNull();
    expect(kind('The bowls club is still waiting for new benches from its supplier.')).toBeNull();
    expect(kind('Residents waiting for the bus were thanked for keeping the shelter tidy.')).toBeNull();
  });
});
