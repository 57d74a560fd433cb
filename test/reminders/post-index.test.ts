// Reminder posts built from a store no engine keeps an index for (the running bot's own store in
// Slack, whose index is the answer thread's) search an index built by their first search: a requests
// digest or the news of a paper, which never search, build none; every post is as it would be with
// an index built before.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { storeContext } from '../../src/answers/context.ts';
import { buildOutstandingRequests } from '../../src/answers/requests/build-requests.ts';
import { BUNDLED_CORPUS, ingestPaths } from '../../src/ingest/ingest-paths.ts';
import { agendaReminderAnswer, digestFingerprint, newsAnswer, requestsDigestAnswer } from '../../src/reminders/posts.ts';
import { buildSearchIndex, searchIndexFor } from '../../src/search/search-index.ts';
import { openMemoryStore } from '../../src/store/lowdb-store.ts';

async function corpusStore() {
  const store = openMemoryStore({ clock: { now: () => new Date('2023-03-20T09:00:00Z') } });
  await ingestPaths(store, [BUNDLED_CORPUS]);
  return store;
}

describe('the index of reminder posts', () => {
  it('is not built for a requests digest or the news of new minutes, which read no search', async () => {
    const store = await corpusStore();
    const now = new Date('2023-03-20T09:00:00Z');
    const before = buildOutstandingRequests(storeContext(store, buildSearchIndex(store.record(), store.version()), now));
    const digest = requestsDigestAnswer(store, now, false, now);
    digestFingerprint(store, now);
    const record = store.record();
    const last = record.meetings.filter((m) => m.status === 'minutes').at(-1)!;
    const news = newsAnswer(
      store,
      {
        newMinutesMeetingIds: [last.id],
        newAgendaMeetingIds: [],
        newResolutionIds: record.resolutions.filter((r) => r.meetingId === last.id).map((r) => r.id),
        newRequestIds: record.requests.filter((r) => r.meetingId === last.id).map((r) => r.id),
      },
      now,
    );
    expect(news).not.toBeNull();
    expect(digest).toEqual(before);
    expect(searchIndexFor(store).ready).toBe(false);
    expect(searchIndexFor(store).consulted).toBe(0);
  }, 60_000);

  it('is built by the first post that searches, which reads as with an index built before', async () => {
    const store = await corpusStore();
    const meeting = store.record().meetings.find((m) => m.date === '2018-01-11')!;
    const now = new Date('2018-01-05T09:00:00Z');
    const built = agendaReminderAnswer(storeContext(store, buildSearchIndex(store.record(), store.version()), now), meeting.id, false, now);
    const index = searchIndexFor(store);
    expect(index.ready).toBe(false);
    const onDemand = agendaReminderAnswer(storeContext(store, index, now), meeting.id, false, now);
    expect(onDemand).toEqual(built);
    expect(index.ready).toBe(index.consulted > 0);
  }, 60_000);
});
