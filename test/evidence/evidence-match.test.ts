// The rules of evidence on their own: citations of a minute and its year, the sentences that say it
// has not happened yet, an exempt item matched on its title only, and one minute with several requests.
import { describe, expect, it } from 'vitest';
import { candidateFacts, matchEvidence, requestFacts } from '../../src/answers/evidence/evidence-match.ts';
import { minuteCitations, sentencesOf, yearFits } from '../../src/answers/evidence/evidence-rules.ts';
import type { AgendaItem, Meeting, Request } from '../../src/model.ts';
import { londonInstant } from '../../src/london.ts';

function meeting(id: string, date: string): Meeting {
  return { id, committee: 'Board', date, time: '14:00', place: null, status: 'minutes', chair: null, present: [], apologies: [], closingTime: null, sources: [], externalId: null };
}

function item(id: string, meetingId: string, number: string, title: string, body = '', extra: Partial<AgendaItem> = {}): AgendaItem {
  return { id, meetingId, number, title, body, reportAuthor: null, pages: null, subItems: [], papers: [], private: false, sources: [], ...extra };
}

const asked = meeting('m1', '2018-01-11');
const later = meeting('m2', '2018-03-01');
const fostering = item('i1', 'm1', '34', 'Private Fostering');
const request: Request = { id: 'q1', meetingId: 'm1', itemId: 'i1', text: 'Requests a report back following implementation of the promotion/ communication plan.', kind: 'report-back', due: null };
const start = (m: Meeting) => londonInstant(m.date!, m.time!).getTime();
const facts = (siblings = 1, r: Request = request) => requestFacts(r, fostering, asked, start(asked), siblings);
const candidate = (i: AgendaItem) => candidateFacts(i, later, start(later));

describe('citations', () => {
  it('reads the minute number and the year written beside it, and checks the year', () => {
    expect(minuteCitations('Further to Minute 34/18, the Board ...').map((c) => [c.number, c.year])).toEqual([['34', '18']]);
    expect(minuteCitations('(Minute No. 27 refers)').map((c) => c.number)).toEqual(['27']);
    expect(yearFits('18', '2018-01-11')).toBe(true);
    expect(yearFits('17', '2018-01-11')).toBe(true); // the municipal year 2017/18
    expect(yearFits('2017-18', '2018-01-11')).toBe(true);
    expect(yearFits('16', '2018-01-11')).toBe(false);
  });

  it('proposes an item citing the minute, and not one citing another year\'s minute of that number', () => {
    const right = matchEvidence(facts(), candidate(item('i2', 'm2', '42', 'Private Fostering', 'Further to Minute 34/18, the Board received a briefing note.')));
    expect(right?.reasons[0]).toBe('cites Minute 34 of 11 Jan 2018');
    expect(right?.quote).toBe('Further to Minute 34/18, the Board received a briefing note.');
    expect(matchEvidence(facts(), candidate(item('i3', 'm2', '42', 'Highways', 'Further to Minute 34/16, the Board received a note on potholes.')))).toBeNull();
  });

  it('joins lines a PDF wrapped, and keeps list entries apart', () => {
    expect(sentencesOf('Further to Minute 17 of the meeting held on\n11 June 2024, the Committee received the costs.\n\n- one\n- two')).toEqual([
      'Further to Minute 17 of the meeting held on 11 June 2024, the Committee received the costs.',
      'one',
      'two',
    ]);
  });
});

describe('what rules an item out', () => {
  it('a matters-arising line that says it has not happened yet', () => {
    const cand = candidate(item('i2', 'm2', '41', 'Minutes', 'Minute 34 (Private Fostering) - the report back had not yet been received.'));
    expect(matchEvidence(facts(), cand)).toBeNull();
    const promised = candidate(item('i4', 'm2', '41', 'Minutes', 'Minute 34 - the report back would be circulated shortly.'));
    expect(matchEvidence(facts(), promised)).toBeNull();
  });

  it('an earlier item, whatever it says', () => {
    const earlier = candidateFacts(item('i0', 'm0', '20', 'Private Fostering - Report Back'), meeting('m0', '2017-11-30'), start(meeting('m0', '2017-11-30')));
    expect(matchEvidence(facts(), earlier)).toBeNull();
  });

  it('a citation of a minute that made several requests, with none of this request\'s words', () => {
    const other: Request = { ...request, id: 'q2', text: 'Requests figures on notifications by ward.', kind: 'information' };
    const cand = candidate(item('i2', 'm2', '41', 'Minutes', 'Further to Minute 34/18, the promotion and communication campaign had been completed and a report back was circulated.'));
    expect(matchEvidence(facts(2, other), cand)).toBeNull();
    expect(matchEvidence(facts(2), cand)).not.toBeNull();
  });
});

describe('exempt items', () => {
  it('are matched on their title alone, and their text is never quoted', () => {
    const exempt = item('i5', 'm2', '47', 'Private Fostering - Report Back', 'Further to Minute 34/18, confidential details of a named child.', { private: true });
    const proposal = matchEvidence(facts(), candidateFacts({ ...exempt, body: '' }, later, start(later)));
    expect(proposal?.quote ?? null).toBeNull();
    const withBody = matchEvidence(facts(), candidateFacts(exempt, later, start(later)));
    expect(JSON.stringify(withBody)).not.toContain('named child');
  });
});
