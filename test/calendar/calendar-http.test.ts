// The boards' calendars as a subscriber and a member meet them: served by the real app over HTTP
// (beside /slack/events and /healthz) and by the health listener in Socket Mode, from a record the
// fake ModernGov sync built; `/scrutiny calendar` gives the address.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createHealth } from '../../src/health.ts';
import { createLogger } from '../../src/logger.ts';
import { startSlack } from '../../src/slack/start.ts';
import { startFakeSocketMode } from '../ops/support/fake-socket-mode.ts';
import { createBoard } from '../slack/support/board.ts';
import { COMMITTEE, PUBLIC_URL, SLUG, TOKEN, startSyncedBoard, type SyncedBoard } from './support/synced-board.ts';

function unfold(text: string): string {
  return text.replace(/\r\n[ \t]/g, '');
}

describe('the calendar over HTTP, with a token', () => {
  let s: SyncedBoard;
  beforeEach(async () => {
    s = await startSyncedBoard({ CALENDAR_TOKEN: TOKEN, PUBLIC_URL });
  });
  afterEach(async () => {
    await s.stop();
  });

  it("serves the board's meetings as text/calendar at its tokened address", async () => {
    const res = await fetch(`${s.h.url}/calendar/${TOKEN}/${SLUG}.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const text = unfold(await res.text());
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(4);
    expect(text).toContain(`X-WR-CALNAME:${COMMITTEE}`);
    // The cancelled meeting of 27 January 2026, marked.
    const cancelled = text.split('BEGIN:VEVENT').find((e) => e.includes('20260127T100000'))!;
    expect(cancelled).toContain('STATUS:CANCELLED');
    expect(cancelled).toContain('UID:moderngov-569-9102@127.0.0.1');
    // The agenda's link and items; the exempt item by title alone.
    const withMinutes = text.split('BEGIN:VEVENT').find((e) => e.includes('20250918T140000'))!;
    expect(withMinutes).toContain(`URL:${s.mg.url}/ieListDocuments.aspx?CId=569&MId=9101`);
    expect(withMinutes).toContain('LOCATION:Diamond Rooms 1 and 2\\, Council House');
    expect(withMinutes).toContain("6. Children's Residential Care Placements Contract (exempt)");
    expect(text).not.toMatch(/preferred bidder|Evaluation of Bids|s70005/);
  });

  it('answers 404 without the token, with a wrong one, and for a board it does not serve', async () => {
    for (const path of [`/calendar/${SLUG}.ics`, `/calendar/wrong-token-0123456789/${SLUG}.ics`, `/calendar/${TOKEN}/planning-committee.ics`, `/calendar/${TOKEN}/`, `/calendar/${TOKEN}/../${SLUG}.ics`]) {
      const res = await fetch(`${s.h.url}${path}`);
      expect(res.status, path).toBe(404);
      expect(await res.text()).not.toContain('BEGIN:VCALENDAR');
    }
  });

  it('answers a subscriber who has the calendar already with 304, and HEAD without a body', async () => {
    const url = `${s.h.url}/calendar/${TOKEN}/${SLUG}.ics`;
    const first = await fetch(url);
    const etag = first.headers.get('etag')!;
    expect(etag).toBeTruthy();
    s.board.clock.set('2026-01-20T10:00:00Z');
    expect((await fetch(url, { headers: { 'if-none-match': etag } })).status).toBe(304);
    const head = await fetch(url, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('answers /scrutiny calendar with the address, which serves the calendar', async () => {
    await s.h.command('calendar', { responseId: 'cal' });
    const body = (await s.h.slack.waitFor('response_url', { where: (c) => c.id === 'cal' })).body;
    const address = `https://scrutiny.example.gov.uk/calendar/${TOKEN}/${SLUG}.ics`;
    expect(body.text).toContain(address);
    expect(JSON.stringify(body.blocks)).toContain(address);
    // The address's path is the one the app serves.
    expect((await fetch(`${s.h.url}${new URL(address).pathname}`)).status).toBe(200);
  });
});

describe('the calendar over HTTP, without a token', () => {
  it('is at /calendar/<board>.ics, and /scrutiny calendar gives the path when the public address is not set', async () => {
    const s = await startSyncedBoard();
    try {
      expect((await fetch(`${s.h.url}/calendar/${SLUG}.ics`)).status).toBe(200);
      await s.h.command('calendar', { responseId: 'cal' });
      const body = (await s.h.slack.waitFor('response_url', { where: (c) => c.id === 'cal' })).body;
      expect(body.text).toContain(`/calendar/${SLUG}.ics`);
      expect(JSON.stringify(body.blocks)).toContain('PUBLIC_URL');
    } finally {
      await s.stop();
    }
  });
});

describe('the calendar in Socket Mode', () => {
  it('is served by the health listener', async () => {
    const board = await createBoard();
    const socket = await startFakeSocketMode();
    const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-socket-token', SLACK_APP_TOKEN: 'xapp-socket-token', SLACK_API_URL: socket.apiUrl, HEALTH_PORT: '0', CALENDAR_TOKEN: TOKEN });
    const health = createHealth({ store: board.store, clock: board.clock });
    const running = await startSlack({ config, store: board.store, engine: board.engine, clock: board.clock, logger: createLogger({ capture: true }), health });
    const healthPort = running.port;
    try {
      const res = await fetch(`http://127.0.0.1:${healthPort}/calendar/${TOKEN}/${SLUG}.ics`);
      expect(res.status).toBe(200);
      const text = unfold(await res.text());
      expect(text).toContain('DTSTART;TZID=Europe/London:20180111T140000');
      expect(text).toContain('LOCATION:Committee Room 3\\, Council House');
      expect(text).toContain('36. Outcome of a complaint (exempt)');
      expect(text).not.toContain('Confidential');
      expect((await fetch(`http://127.0.0.1:${healthPort}/calendar/${SLUG}.ics`)).status).toBe(404);
      expect((await fetch(`http://127.0.0.1:${healthPort}/healthz`)).status).toBe(200);
    } finally {
      await running.stop();
      await socket.close();
      await board.close();
    }
  });
});
