// In Slack the bot's own thread reads its copy of the record after start (the answer threads hold
// theirs): Home and Mark done that come sooner wait for it, and show what a bot that had read it shows.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeRequestRef } from '../../src/slack/blocks/action-values.ts';
import { ActionIds } from '../../src/slack/ids.ts';
import { buttonsIn as buttonsOf, signedSlackOver } from '../support/slack-test-bed.ts';
import { READ_TOO_SOON, storeReadOnlyOnceReady } from '../support/record-later.ts';
import { boardOf, createBoard } from './support/board.ts';
import { ADMIN, buttonClick } from './support/signed-slack.ts';

describe('a bot whose own copy of the record is read after start', () => {
  it('takes Mark done and publishes Home once the record is read, not before', async () => {
    const written = await createBoard('2018-02-01T09:00:00Z');
    const store = await storeReadOnlyOnceReady(join(written.dir, 'scrutiny.json'));
    const { h } = await signedSlackOver(boardOf(written.dir, store, written.engine, written.clock));
    // The answer comes from the engine, which holds its own copy; the click is this thread's first read.
    await h.command('outstanding requests', { responseId: 'requests', user: ADMIN });
    const answer = (await h.slack.waitFor('response_url', { where: (c) => c.id === 'requests' })).body.blocks;
    const [button] = buttonsOf(answer, ActionIds.markRequestDone);
    await h.action(buttonClick({ harness: h, user: ADMIN, actionId: ActionIds.markRequestDone, value: button!.value, responseId: 'click', container: { type: 'message', is_ephemeral: true } }));
    await h.slack.waitFor('response_url', { where: (c) => c.id === 'click' });
    const id = decodeRequestRef(button!.value)!.r;
    expect(store.requestState(id)).toMatchObject({ status: 'done', changedBy: ADMIN });

    await h.event({ type: 'app_home_opened', user: ADMIN, channel: 'DADMIN1', tab: 'home' });
    const view = (await h.slack.waitFor('views.publish')).body.view;
    const text = JSON.stringify(view.blocks);
    expect(text).toContain('Thursday 8 March 2018');
    expect(text).toContain('Open requests (');
    expect(h.logger.lines.filter((line) => line.includes(READ_TOO_SOON) || line.includes('ERROR'))).toEqual([]);
  });

  it('publishes Home, when it is the first thing asked for, once the record is read', async () => {
    const written = await createBoard('2018-02-01T09:00:00Z');
    const store = await storeReadOnlyOnceReady(join(written.dir, 'scrutiny.json'));
    const { h } = await signedSlackOver(boardOf(written.dir, store, written.engine, written.clock));
    await h.event({ type: 'app_home_opened', user: ADMIN, channel: 'DADMIN1', tab: 'home' });
    const text = JSON.stringify((await h.slack.waitFor('views.publish')).body.view.blocks);
    expect(text).toContain('Thursday 8 March 2018');
    expect(h.logger.lines.filter((line) => line.includes(READ_TOO_SOON) || line.includes('ERROR'))).toEqual([]);
  });

  it('serves a calendar, when it is the first thing asked for, once the record is read', async () => {
    const written = await createBoard('2018-02-01T09:00:00Z');
    const store = await storeReadOnlyOnceReady(join(written.dir, 'scrutiny.json'));
    const { h } = await signedSlackOver(boardOf(written.dir, store, written.engine, written.clock));
    const res = await fetch(`${h.url}/calendar/education-and-childrens-services-scrutiny-board-2.ics`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('DTSTART;TZID=Europe/London:20180308T');
    expect(h.logger.lines.filter((line) => line.includes(READ_TOO_SOON) || line.includes('ERROR'))).toEqual([]);
  });
});
