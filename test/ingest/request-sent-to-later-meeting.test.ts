// A matter sent to a meeting still to come is owed to it however the minute says so: a verb in the future passive with
// the meeting named in any words, a note that it is to be on a later agenda, a verb of putting off in any form with the
// matter between, or its further discussion named for a later month. What is decided or told for this meeting asks nothing.
import { describe, expect, it } from 'vitest';
import { requestKind } from '../../src/ingest/requests.ts';

const kind = (text: string) => requestKind(text, 'body');

describe('a matter sent to a later meeting, whatever the wording', () => {
  it('reads a meeting named with several words between "next" and "meeting", or as a different meeting', () => {
    expect(kind('Defibrillator – To be agendered for the next Village Hall Committee meeting.')).toBe('follow-up');
    expect(kind('How the vacancies are to be advertised will be discussed at a different meeting.')).toBe('follow-up');
  });

  it('reads a matter to be on a later agenda', () => {
    expect(kind('It would be helpful for the rents to be on the next agenda so that tenants can be told.')).toBe('follow-up');
    expect(kind('Speed signs – Item for next agenda.')).toBe('next-meeting');
  });

  it('reads a putting off in any form of the verb, the matter between', () => {
    expect(kind('It was agreed to defer paying the grant until the May meeting.')).toBe('follow-up');
    expect(kind('Noticeboard – further discussion in April.')).toBe('follow-up');
    expect(kind('Carried forward to next meeting.')).toBe('follow-up');
    expect(kind('Members agreed to hold this over until the next meeting.')).toBe('follow-up');
    expect(kind('Item deferred until next month.')).toBe('follow-up');
  });

  it('reads a later meeting named by its body or as next month', () => {
    expect(kind('Planning – to be discussed at the next Planning Committee.')).toBe('follow-up');
    expect(kind("To be put on next month's agenda.")).toBe('follow-up');
  });

  it('does not read the next meeting held, the record signed, or a discussion had at this meeting', () => {
    expect(kind('The next meeting will be held on 1st April 2025.')).toBeNull();
    expect(kind('The minutes would be signed at the next meeting.')).toBeNull();
    expect(kind('There was further discussion of the noticeboard.')).toBeNull();
    expect(kind('The item was discussed at the meeting in April with the contractor present.')).toBeNull();
  });
});
