// A matter sent, in the future passive of any verb, to a meeting still to come is owed to that meeting; the board's own
// record signed later, or a meeting's venue, asks nothing.
import { describe, expect, it } from 'vitest';
import { requestKind } from '../../src/ingest/requests.ts';

const kind = (text: string) => requestKind(text, 'body');

describe('a matter sent to a later meeting in the future passive', () => {
  it('is read whatever the verb, for a meeting named as next, future or by its month', () => {
    expect(kind('The fourth question concerned a matter not on the agenda and would be answered at the March meeting of the Committee.')).toBe('follow-up');
    expect(kind('The matter of funding would be considered at a future meeting of the finance committee.')).toBe('follow-up');
    expect(kind('The fuller figures will be received at a future meeting of the Working Group.')).toBe('follow-up');
  });

  it('is not read from the minutes to be signed later or a meeting to be held somewhere', () => {
    expect(kind('The minutes would be signed at the next meeting.')).toBeNull();
    expect(kind('The annual meeting would be held at the Village Hall.')).toBeNull();
  });
});
