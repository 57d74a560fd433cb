// A request officers said they could not meet: the answer says what the minutes say,
// not "still open"; a later "not yet" is still "not yet".
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.ts';
import { createEngine } from '../../src/answers/engine.ts';
import { renderText } from '../../src/answers/render-text.ts';
import type { BoardRecord } from '../../src/model.ts';
import { openMemoryStore } from '../../src/store/lowdb-store.ts';
import { comparable } from './eval/ask-eval.ts';
import { smallRecord } from './small-record.ts';

async function engineWithLater(body: string) {
  const record: BoardRecord = smallRecord();
  record.meetings.push({ ...record.meetings[0]!, id: 'm4', date: '2024-04-11', time: '14:00', status: 'minutes', present: [], apologies: [] });
  record.items.push({ id: 'i4', meetingId: 'm4', number: '20', title: 'Minutes', body, reportAuthor: null, pages: null, subItems: [], papers: [], private: false, sources: ['d1'] });
  const store = openMemoryStore({ record });
  const engine = await createEngine({ store, clock: new ManualClock('2024-04-20T12:00:00Z'), snapshotPath: null });
  await engine.loaded();
  return (question: string, now = '2024-04-20T12:00:00Z') => comparable(renderText(engine.ask(question, { now: new Date(now) })));
}

describe('a request officers could not meet', () => {
  const refused = 'The minutes of the meeting held on 7 March 2024 were agreed. Matters arising: Minute 12 (School Transport) - officers advised that route figures for each school could not be provided as the data was not held by the service.';

  it('says what the minutes record instead of "still open"', async () => {
    const ask = await engineWithLater(refused);
    const text = ask('did we get the route figures for each school');
    expect(text).toContain(comparable('Not as asked'));
    expect(text).toContain(comparable('could not be provided as the data was not held by the service'));
    expect(text).toContain(comparable('minutes of Thursday 11 April 2024'));
    expect(text).not.toContain(comparable('Not yet, as far as the record shows'));
  });

  it('knows nothing of the refusal before the meeting that recorded it', async () => {
    const ask = await engineWithLater(refused);
    const text = ask('did we get the route figures for each school', '2024-04-01T12:00:00Z');
    expect(text).toContain(comparable('Not yet, as far as the record shows'));
    expect(text).not.toContain(comparable('could not be provided'));
  });

  it('keeps "not yet" for minutes that say the figures are still to come', async () => {
    const ask = await engineWithLater('Matters arising: Minute 12 (School Transport) - the route figures for each school had not yet been circulated and would be provided shortly.');
    const text = ask('did we get the route figures for each school');
    expect(text).toContain(comparable('Not yet, as far as the record shows'));
    expect(text).not.toContain(comparable('Not as asked'));
  });
});
