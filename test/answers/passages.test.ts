// Passages from the papers: the sentence that gives a figure, cited, and never a word of an exempt item.
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.ts';
import { createEngine } from '../../src/answers/engine.ts';
import { renderText } from '../../src/answers/render-text.ts';
import { openMemoryStore } from '../../src/store/lowdb-store.ts';
import { smallRecord } from './small-record.ts';

async function engineWith(bodies: Record<string, string>) {
  const record = smallRecord();
  for (const item of record.items) if (bodies[item.id]) item.body = bodies[item.id]!;
  const store = openMemoryStore({ record });
  return createEngine({ store, clock: new ManualClock('2024-04-01T12:00:00Z'), snapshotPath: null });
}

describe('passages from the papers', () => {
  it('quotes the sentence with the figure asked for, citing its meeting and item', async () => {
    const engine = await engineWith({
      i1: 'The Board considered home to school transport for pupils with SEND. Routes were reviewed in the autumn.\nThere were 412 pupils on routes in January, up from 380.',
    });
    const text = renderText(engine.ask('how many pupils are on transport routes', { now: new Date('2024-04-01T12:00:00Z') }));
    expect(text).toContain('There were 412 pupils on routes in January');
    expect(text).toContain('7 March 2024');
    expect(text).toContain('School Transport');
  });

  it('never quotes an exempt item, however well it matches', async () => {
    const engine = await engineWith({ i2: 'The bus contract covers 412 pupils on routes at a cost of 9,000 pounds a week.' });
    const text = renderText(engine.ask('how many pupils are on the bus contract routes', { now: new Date('2024-04-01T12:00:00Z') }));
    expect(text).not.toContain('9,000');
    expect(text).not.toContain('412');
  });

  it('knows nothing of minutes before their meeting', async () => {
    const engine = await engineWith({ i1: 'There were 412 pupils on routes in January, up from 380.' });
    const text = renderText(engine.ask('how many pupils are on routes', { now: new Date('2024-03-01T12:00:00Z') }));
    expect(text).not.toContain('412');
  });

  it('says where a paper answered the board: a figure under its requests for further information', async () => {
    const engine = await engineWith({
      i1: '3 Transport Review\nRoutes were reviewed in the autumn, and 412 pupils travel on them.\n4 Requests for further information\n4.1 The number of drivers vetted this year\n4.2 All 37 drivers were vetted by December.\n5 Next steps\nA further 12 drivers will be vetted in spring.',
    });
    const now = { now: new Date('2024-04-01T12:00:00Z') };
    const vetted = renderText(engine.ask('did we ever get the vetted drivers figures', now));
    expect(vetted).toContain('Yes, as far as the papers show');
    expect(vetted).toContain('All 37 drivers were vetted');
    // Outside that section, a figure answers no request.
    expect(renderText(engine.ask('did we ever get the pupils on routes figures', now))).not.toContain('Yes, as far as the papers show');
  });
});

