// A council's ModernGov service is outside the bot's control too: a meeting whose minutes HTML is
// built to freeze an HTML reader (300 KB of unclosed tags) is read in the paper worker, in one
// pass, and the sync goes on.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.ts';
import { openMemoryStore } from '../../src/store/lowdb-store.ts';
import { createModernGovClient } from '../../src/sync/moderngov-client.ts';
import { syncOnce } from '../../src/sync/sync-once.ts';
import { boardRoutes, startFakeModernGov, type FakeModernGov } from '../sync/fake-moderngov.ts';

let mg: FakeModernGov;
beforeEach(async () => {
  mg = await startFakeModernGov(boardRoutes());
});
afterEach(async () => {
  await mg.close();
});

const escapeXml = (html: string) => html.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

describe('ModernGov minutes built to freeze the reader', () => {
  it.each([
    ['an unclosed <a ', '<a '.repeat(100_000)],
    ['an unclosed <!--', '<!--'.repeat(75_000)],
    ['an unclosed <script>', '<script>'.repeat(37_500)],
  ])('minutes HTML with %s (300 KB): the sync reads the meeting and finishes', async (_what, tail) => {
    const minutes = escapeXml(`<p>RESOLVED that the substitutions be approved.</p>${tail}`);
    mg.routes.meeting['9103'] = mg.routes.meeting['9103']!.replace('<minutesnonemptyhtmlbody></minutesnonemptyhtmlbody>', `<minutesnonemptyhtmlbody>${minutes}</minutesnonemptyhtmlbody>`);
    expect(mg.routes.meeting['9103']!.length).toBeGreaterThan(300_000);
    const store = openMemoryStore();
    const client = createModernGovClient({ baseUrl: mg.url, sleep: async () => {} });
    const result = await syncOnce({ moderngov: { url: mg.url, committees: ['569'] }, store, clock: new ManualClock('2026-01-20T09:00:00Z'), client });
    expect(result.warnings.filter((w) => w.includes('9103'))).toEqual([]);
    const meeting = store.record().meetings.find((m) => m.externalId === 'moderngov:569:9103');
    expect(meeting?.date).toBe('2026-01-29');
    const apologies = store.record().items.find((i) => i.meetingId === meeting!.id && i.title === 'Apologies and Substitutions');
    expect(store.record().resolutions.filter((r) => r.itemId === apologies?.id).map((r) => r.text)).toEqual([expect.stringMatching(/substitutions be approved/)]);
  });
});
