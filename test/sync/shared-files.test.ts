import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.ts';
import { BUNDLED_CORPUS } from '../../src/ingest/ingest-paths.ts';
import { createLogger } from '../../src/logger.ts';
import { openMemoryStore } from '../../src/store/lowdb-store.ts';
import type { Store } from '../../src/store/store.ts';
import { ingestSharedFiles, MAX_SHARED_FILE_BYTES, type SharedFile } from '../../src/sync/shared-files.ts';
import { startFakeSlack, type FakeSlack } from '../support/fake-slack.ts';
import { spies } from './spies.ts';
import { parserFingerprint } from '../../src/ingest/parser-fingerprint.ts';
import { olderReading, paper } from '../store/support/older-reading.ts';

const MINUTES = readFileSync(join(BUNDLED_CORPUS, '2018-01-11-minutes.txt'));
const TOKEN = 'xoxb-111-222-sharedfiles';

let slack: FakeSlack;
beforeEach(async () => {
  slack = await startFakeSlack();
});
afterEach(async () => {
  await slack.close();
});

function context(files: SharedFile[], options: { isAdmin?: boolean; token?: string; store?: Store } = {}) {
  const store = options.store ?? openMemoryStore();
  const logger = createLogger({ capture: true, level: 'debug' });
  const { engine, reminders, announced, refreshes } = spies();
  const ctx = {
    files,
    user: 'U0COORD',
    isAdmin: options.isAdmin ?? true,
    botToken: options.token ?? TOKEN,
    slackApiUrl: slack.apiUrl,
    store,
    engine,
    clock: new ManualClock('2026-01-20T09:00:00Z'),
    logger,
    reminders,
  };
  return { ctx, store, logger, announced, refreshes };
}

const shared = (file: Parameters<FakeSlack['addFile']>[0]) => slack.addFile(file) as unknown as SharedFile;

describe('papers shared with the bot', () => {
  it("a co-ordinator's minutes are downloaded with the bot token, ingested and described", async () => {
    const file = shared({ id: 'F1', name: '2018-01-11-minutes.txt', bytes: MINUTES });
    const { ctx, store, logger, announced, refreshes } = context([file]);
    const answer = await ingestSharedFiles(ctx);

    const downloads = slack.calls('file_download');
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.token).toBe(TOKEN);

    const meetings = store.record().meetings.filter((m) => m.date === '2018-01-11');
    expect(meetings).toHaveLength(1);
    expect(answer.kind).toBe('notice');
    expect(answer.title).toBe('Added 2018-01-11-minutes.txt to the record.');
    const entry = answer.sections[0]!.entries[0]!;
    expect(entry.label).toBe('Minutes');
    expect(entry.text).toBe("Education and Children's Services Scrutiny Board (2): Thursday 11 January 2018, 2.00 pm");
    const record = store.record();
    const itemCount = record.items.filter((i) => i.meetingId === meetings[0]!.id).length;
    const resolutionCount = record.resolutions.filter((r) => r.meetingId === meetings[0]!.id).length;
    expect(itemCount).toBe(8);
    expect(entry.detail).toEqual([`8 items · ${resolutionCount} resolutions · ${record.requests.length} requests`]);
    expect(answer.summary).toMatch(/^New to the record: \d+ resolutions and \d+ requests\.$/);

    expect(refreshes()).toBe(1);
    expect(announced).toHaveLength(1);
    expect(announced[0]!.newMinutesMeetingIds).toEqual([meetings[0]!.id]);
    expect(logger.lines.join('\n')).not.toContain(TOKEN);
  });

  it('anyone else is refused politely and nothing is fetched', async () => {
    const file = shared({ id: 'F2', name: '2018-01-11-minutes.txt', bytes: MINUTES });
    const { ctx, store, refreshes } = context([file], { isAdmin: false });
    const answer = await ingestSharedFiles(ctx);
    expect(answer.title).toBe('Thank you, but only the scrutiny co-ordinators can add papers to the record.');
    expect(slack.calls('file_download')).toEqual([]);
    expect(store.record().documents).toEqual([]);
    expect(refreshes()).toBe(0);
  });

  it('the same paper twice changes nothing and says so', async () => {
    const file = shared({ id: 'F3', name: 'minutes.txt', bytes: MINUTES });
    const first = context([file]);
    await ingestSharedFiles(first.ctx);
    const version = first.store.version();
    const again = context([file], { store: first.store });
    const answer = await ingestSharedFiles(again.ctx);
    expect(answer.sections[0]!.entries[0]!.text).toBe('Already in the record: nothing new.');
    expect(first.store.record().documents.map((d) => d.name)).toEqual(['minutes.txt']);
    expect(first.store.version()).toBe(version);
    expect(again.announced).toEqual([]);
  });

  it('a paper the record holds as an older parser read it is read again when shared again, and is no news', async () => {
    const older = await paper(join(BUNDLED_CORPUS, '2018-01-11-minutes.txt'), 'older');
    const store = openMemoryStore();
    await store.ingest(olderReading(older.parsed), { ...older.source, name: 'minutes.txt' });
    expect(store.record().requests.map((r) => r.text)).toContain('Officers to circulate page 4.');
    const file = shared({ id: 'F9', name: 'minutes.txt', bytes: MINUTES });
    const again = context([file], { store });
    await ingestSharedFiles(again.ctx);
    expect(store.record().documents.map((d) => [d.name, d.parser])).toEqual([['minutes.txt', await parserFingerprint()]]);
    expect(store.record().requests.map((r) => r.text)).not.toContain('Officers to circulate page 4.');
    expect(again.logger.lines.join('\n')).toContain("read again with this version's parser");
    expect(again.announced).toEqual([]);
  });

  it('a file too large is refused before it is downloaded', async () => {
    const file = { ...shared({ id: 'F4', name: 'pack.pdf', bytes: Buffer.from('%PDF-1.4') }), size: MAX_SHARED_FILE_BYTES * 1.25 };
    const { ctx, store } = context([file]);
    const answer = await ingestSharedFiles(ctx);
    expect(answer.title).toBe('Could not add pack.pdf to the record.');
    expect(answer.sections[0]!.entries[0]!.text).toMatch(/^Could not add it: it is 25\.0 MB; papers up to 20\.0 MB can be added\.$/);
    expect(slack.calls('file_download')).toEqual([]);
    expect(store.record().documents).toEqual([]);
  });

  it('says when Slack hands over its sign-in page instead of the file', async () => {
    const file = shared({ id: 'F5', name: 'minutes.txt', bytes: MINUTES, token: 'xoxb-another-token' });
    const { ctx, store } = context([file]);
    const answer = await ingestSharedFiles(ctx);
    expect(answer.sections[0]!.entries[0]!.text).toContain('files:read');
    expect(store.record().documents).toEqual([]);
  });

  it('a text that is not a council document gets the reason, and a good file beside it still goes in', async () => {
    const junk = shared({ id: 'F6', name: 'shopping.txt', bytes: Buffer.from('Eggs\nMilk\nBread and butter\nTea bags\n') });
    const good = shared({ id: 'F7', name: '2018-01-11-minutes.txt', bytes: MINUTES });
    const { ctx, store } = context([junk, good]);
    const answer = await ingestSharedFiles(ctx);
    expect(answer.title).toBe('Added 1 paper; 1 paper could not be read.');
    expect(answer.sections[0]!.heading).toBe('shopping.txt');
    expect(answer.sections[0]!.entries[0]!.text).toMatch(/^Could not read it: .*not a council document/);
    expect(answer.sections[0]!.entries[0]!.text).not.toContain('scrutiny-paper-');
    expect(answer.sections[1]!.entries[0]!.label).toBe('Minutes');
    expect(store.record().meetings.some((m) => m.date === '2018-01-11')).toBe(true);
  });
});
