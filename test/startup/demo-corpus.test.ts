import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { loadDemoCorpus, wantsDemoCorpus } from '../../src/demo-corpus.ts';
import { BUNDLED_CORPUS, ingestPaths } from '../../src/ingest/ingest-paths.ts';
import { openMemoryStore } from '../../src/store/lowdb-store.ts';

const quiet = { debug() {}, info() {}, warn() {}, error() {}, setLevel() {}, getLevel: () => 'info', setName() {} } as never;
const SLACK_SOCKET = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' };
const SLACK_HTTP = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'secret' };
const MODERNGOV = { MODERNGOV_URL: 'https://democracy.example.gov.uk', MODERNGOV_COMMITTEES: '12' };

describe('the demo papers', () => {
  it('go into a new store only when nothing is configured, or when asked for', () => {
    const empty = openMemoryStore();
    expect(wantsDemoCorpus(loadConfig({}), empty)).toBe(true);
    expect(wantsDemoCorpus(loadConfig(SLACK_SOCKET), empty)).toBe(false);
    expect(wantsDemoCorpus(loadConfig(SLACK_HTTP), empty)).toBe(false);
    expect(wantsDemoCorpus(loadConfig(MODERNGOV), empty)).toBe(false);
    expect(wantsDemoCorpus(loadConfig({ SCRUTINY_CORPUS: 'none' }), empty)).toBe(false);
    expect(wantsDemoCorpus(loadConfig({ ...SLACK_HTTP, ...MODERNGOV, SCRUTINY_CORPUS: 'bundled' }), empty)).toBe(true);
    expect(() => loadConfig({ SCRUTINY_CORPUS: 'coventry' })).toThrow(/SCRUTINY_CORPUS must be bundled .* or none/);
  });

  it('never go into a store that holds other papers, unless asked for', async () => {
    const store = openMemoryStore();
    await ingestPaths(store, [path.join(BUNDLED_CORPUS, '2018-01-11-minutes.txt')]);
    expect(wantsDemoCorpus(loadConfig({}), store)).toBe(false);
    await loadDemoCorpus(loadConfig({}), store, quiet);
    expect(store.counts().documents).toBe(1);
    await loadDemoCorpus(loadConfig({ SCRUTINY_CORPUS: 'bundled' }), store, quiet);
    expect(store.counts().documents).toBe(5);
  });

  it('cost no write when the store has them already', async () => {
    const store = openMemoryStore();
    await loadDemoCorpus(loadConfig({}), store, quiet);
    const version = store.version();
    let writes = 0;
    store.onChange(() => writes++);
    await loadDemoCorpus(loadConfig({ SCRUTINY_CORPUS: 'bundled' }), store, quiet);
    expect(writes).toBe(0);
    expect(store.version()).toBe(version);
  });
});
