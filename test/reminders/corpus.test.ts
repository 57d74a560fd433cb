// Reminder posts built from the bundled corpus, as members would read them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.ts';
import { createLogger } from '../../src/logger.ts';
import { openMemoryStore } from '../../src/store/lowdb-store.ts';
import type { Store } from '../../src/store/store.ts';
import { BUNDLED_CORPUS, ingestPaths } from '../../src/ingest/ingest-paths.ts';
import { startReminders } from '../../src/reminders/scheduler.ts';
import { startFakeSlack, type FakeSlack } from '../support/fake-slack.ts';
import { reminderPosts, startSlackReminders, subscribe, unusedEngine } from './fixtures.ts';

let slack: FakeSlack;
beforeEach(async () => {
  slack = await startFakeSlack();
});
afterEach(async () => {
  await slack.close();
});

async function corpusStore(): Promise<Store> {
  const store = openMemoryStore();
  const report = await ingestPaths(store, [BUNDLED_CORPUS]);
  expect(report.allOk).toBe(true);
  return store;
}

function consoleReminders(store: Store, clock: ManualClock) {
  const printed: { channel: string; text: string }[] = [];
  const reminders = startReminders({
    store,
    engine: unusedEngine,
    clock,
    logger: createLogger({ capture: true }),
    outlet: { kind: 'console', print: (channel, text) => printed.push({ channel, text }) },
    intervalMs: 0,
  });
  return { reminders, printed };
}

describe('reminders from the bundled corpus', () => {
  it('the agenda of 13 July 2017 is posted at 09:00 BST on 6 July, with its items, authors and place', async () => {
    const store = await corpusStore();
    await subscribe(store, { channel: 'C1', kind: 'agenda', createdAt: '2017-07-01T09:00:00Z' });
    const clock = new ManualClock('2017-07-06T07:59:00Z');
    const reminders = startSlackReminders(store, clock, slack);
    await reminders.tick();
    expect(reminderPosts(slack, 'C1')).toHaveLength(0);
    clock.set('2017-07-06T08:00:00Z');
    await reminders.tick();
    const posts = reminderPosts(slack, 'C1');
    expect(posts).toHaveLength(1);
    expect(posts[0]!.text).toMatch(/^Reminder: meeting on Thursday 13 July 2017, 10\.00 am/);
    const blocks = JSON.stringify(posts[0]!.blocks);
    expect(blocks).toContain('Support to Young Carers');
    expect(blocks).toContain('Briefing Note of the Deputy Chief Executive (People)');
    expect(blocks).toContain('Committee Room 3');
  });

  it('a meeting known only from the work programme is reminded of as planned, with its planned items', async () => {
    const store = await corpusStore();
    await subscribe(store, { channel: 'C1', kind: 'agenda', createdAt: '2017-09-01T09:00:00Z' });
    const { reminders, printed } = consoleReminders(store, new ManualClock('2017-09-07T08:00:00Z'));
    await reminders.tick();
    expect(printed).toHaveLength(1);
    expect(printed[0]!.text).toMatch(/^Reminder: planned meeting on Thursday 14 September 2017/);
    expect(printed[0]!.text).toContain('LSCB Interim Annual Report');
    expect(printed[0]!.text).toContain('no agenda has been published yet');
  });

  it('the digest of Monday 3 April 2023 lists the open requests of 20 October 2022 and 16 March 2023, oldest first', async () => {
    const store = await corpusStore();
    await subscribe(store, { channel: 'console', kind: 'requests', createdAt: '2023-04-01T09:00:00Z' });
    // 09:00 BST.
    const { reminders, printed } = consoleReminders(store, new ManualClock('2023-04-03T08:00:00Z'));
    await reminders.tick();
    expect(printed).toHaveLength(1);
    // Compare as a member reads it, whatever the terminal's line wrapping.
    const text = printed[0]!.text.replace(/\s+/g, ' ');
    expect(text).toMatch(/^\d+ open requests?/);
    const october = text.indexOf('Raised at the meeting of Thursday 20 October 2022');
    const march = text.indexOf('Raised at the meeting of Thursday 16 March 2023');
    expect(october).toBeGreaterThan(0);
    expect(march).toBeGreaterThan(october);
    const octoberPart = text.slice(october, march);
    for (const request of [
      'The process/consequences of bidding for short term funding.',
      'Up to date Census figures.',
      'Services to support care leavers at risk of becoming homeless.',
    ]) {
      expect(octoberPart).toContain(request);
    }
    // The agenda-item page repeats the October minutes: its requests are not listed twice.
    expect(text.split('Up to date Census figures.').length - 1).toBe(1);
    expect(text.slice(march)).toContain('Best Start in Life Programme');
    expect(text.slice(march)).toMatch(/due 31 May 2024/);
    // "an update ... in March 2018" is long overdue by 2023.
    const update = text.slice(text.indexOf('Requests an update on areas requiring improvement'));
    expect(update.slice(0, update.indexOf('“'))).toContain('OVERDUE');
  });

  it('in Slack the digest pages the rest, without buttons members cannot use', async () => {
    const store = await corpusStore();
    await subscribe(store, { channel: 'C2', kind: 'requests', createdAt: '2023-04-01T09:00:00Z' });
    const reminders = startSlackReminders(store, new ManualClock('2023-04-03T08:00:00Z'), slack);
    await reminders.tick();
    const [post] = reminderPosts(slack, 'C2');
    expect(post!.text).toMatch(/^\d+ open requests, \d+ overdue \(1 of \d+\)$/);
    const blocks = JSON.stringify(post!.blocks);
    expect(blocks).not.toContain('mark_request_done');
    expect(blocks).toContain('show_more');
    expect(blocks).toContain('Raised at the meeting of Thursday 29 June 2017');
  });
});
