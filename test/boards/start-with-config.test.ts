// `npm start` with a configuration file of two councils, serving Slack over HTTP: it syncs each
// council into its own store, answers each channel about its board, warns that no co-ordinator is
// set, and never loads the bundled demo papers into a configured deployment's records.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { BUNDLED_CORPUS } from '../../src/ingest/ingest-paths.ts';
import { openStore } from '../../src/store/lowdb-store.ts';
import { startFakeSlack, type FakeSlack } from '../support/fake-slack.ts';
import { startBot } from '../ops/support/child.ts';
import { SIGNING_SECRET, commandBody, signedPost } from '../slack/support/signed-slack.ts';
import { RIVER_CHANNEL, SB2_CHANNEL, twoCouncils, type TwoCouncils } from './support/two-councils.ts';

let councils: TwoCouncils;
let slack: FakeSlack;
beforeEach(async () => {
  councils = await twoCouncils();
  slack = await startFakeSlack();
});
afterEach(async () => {
  await slack.close();
  await councils.close();
});

it('serves two councils from a configuration file, each record synced alone and without the demo papers', async () => {
  const { SCRUTINY_ADMINS: _noCoordinator, ...env } = councils.env;
  const bot = startBot({
    ...env,
    SLACK_BOT_TOKEN: 'xoxb-config-test',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack.apiUrl,
    PORT: '0',
    SCRUTINY_NOW: '2026-02-20T10:00',
  });
  try {
    const port = await bot.port();
    const until = Date.now() + 60_000;
    while ((bot.stderr().match(/ModernGov sync \(/g) ?? []).length < 2) {
      if (Date.now() > until || bot.process.exitCode !== null) throw new Error(`the councils were not synced; stderr:\n${bot.stderr()}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(bot.stderr()).toContain('No scrutiny co-ordinator is set');

    const ask = async (channel: string, text: string, id: string) => {
      const reply = await signedPost(`http://127.0.0.1:${port}`, commandBody(text, { user: 'UMEMBER1', channel, responseUrl: slack.responseUrl(id) }), 'application/x-www-form-urlencoded');
      expect(reply.status).toBe(200);
      return (await slack.waitFor('response_url', { where: (c) => c.id === id })).body;
    };
    expect((await ask(SB2_CHANNEL, 'next meeting', 'sb2')).text).toContain('Thursday 12 March 2026');
    const river = await ask(RIVER_CHANNEL, 'next meeting of the Riverton audit', 'river');
    expect(river.text).toContain('Audit Committee (Riverton Borough Council)');
    expect(river.text).toContain('Thursday 5 March 2026');
  } finally {
    bot.process.kill('SIGTERM');
    await bot.exit;
  }

  const demo = new Set(readdirSync(BUNDLED_CORPUS));
  const dataDir = join(councils.dir, 'data');
  for (const path of [join(dataDir, 'scrutiny.json'), join(dataDir, 'councils', 'north.json'), join(dataDir, 'councils', 'river.json')]) {
    const store = await openStore(path);
    expect(store.record().documents.filter((d) => demo.has(d.name))).toEqual([]);
    expect(store.record().meetings.filter((m) => m.date !== null && m.date < '2020-01-01')).toEqual([]);
  }
  const river = await openStore(join(dataDir, 'councils', 'river.json'));
  expect(river.record().meetings.map((m) => m.committee)).toEqual(['Audit Committee', 'Audit Committee']);
  expect(river.state().council).toBe('river');
}, 120_000);
