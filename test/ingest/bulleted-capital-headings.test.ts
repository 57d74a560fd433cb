// A page that put its headings in a bulleted list: every bullet a short line in capitals with its minute under it.
import { describe, expect, it } from 'vitest';
import { onlyMeeting } from './only-meeting.ts';

const head = ['MINUTES OF THE MEETING OF THE PARISH COUNCIL', 'HELD ON MONDAY MAY 8TH 2023 IN THE CHAPEL ROOM', 'PRESENT:', 'Councillors Amos, Burke and Cole.'];

describe('headings in a bulleted list', () => {
  it('reads every bullet as an item heading when each is a short capitals line with text under it', () => {
    const m = onlyMeeting(
      [...head, '- APRIL MINUTES', 'Agreed as a true record', '- FOOTPATHS', 'The stile at Low Wood has been mended.', '- PLANNING', 'Garage at Rose Farm – no objection'].join('\n'),
    );
    expect([m.date, m.items.map((i) => i.title)]).toEqual(['2023-05-08', ['APRIL MINUTES', 'FOOTPATHS', 'PLANNING']]);
  });

  it('leaves bullets that follow one another as a list inside a minute', () => {
    const m = onlyMeeting(
      [...head, '1. Reports', 'The Clerk listed the repairs:', '- BUS SHELTER', '- BENCH', '- NOTICE BOARD', 'All were done in April.', '2. Planning', 'None.'].join('\n'),
    );
    expect(m.items.map((i) => i.title)).toEqual(['Reports', 'Planning']);
  });
});
