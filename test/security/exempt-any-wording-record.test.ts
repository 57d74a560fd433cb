// The invented papers of exempt-wordings.ts, each a private part in other words, ingested into one record: no answer
// in any rendering, no saved search index and no store file may hold a word of an exempt item, and the public item's
// words are still found.
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type AnswerEngine } from '../../src/answers/engine.ts';
import { renderJson } from '../../src/answers/render-json.ts';
import { renderText } from '../../src/answers/render-text.ts';
import { ManualClock } from '../../src/clock.ts';
import { ingestPaths } from '../../src/ingest/ingest-paths.ts';
import { answerBlocks } from '../../src/slack/blocks/answer-blocks.ts';
import { openStore } from '../../src/store/lowdb-store.ts';
import type { Store } from '../../src/store/store.ts';
import { EXEMPT_CASES } from './support/exempt-wordings.ts';

let dir: string;
let store: Store;
let engine: AnswerEngine;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scrutiny-12a-wordings-'));
  store = await openStore(join(dir, 'scrutiny.json'));
  // One meeting a day, so no paper's items merge into another's.
  const paths = await Promise.all(
    EXEMPT_CASES.map(async (c, n) => {
      const [month, monthName] = n < 28 ? ['03', 'March'] : ['04', 'April'];
      const day = (n % 28) + 1;
      const date = `${day} ${monthName} 2024`;
      const text = c.text.replace('Tuesday 12 March 2024', date).replace('Tuesday, 12th March, 2024', date);
      const path = join(dir, `${/^minutes/.test(c.name) ? 'minutes' : 'agenda'}-2024-${month}-${String(day).padStart(2, '0')}.txt`);
      await writeFile(path, text);
      return path;
    }),
  );
  await ingestPaths(store, paths);
  engine = await createEngine({ store, clock: new ManualClock('2024-05-01T09:00:00Z') });
  await engine.loaded();
}, 300_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function renderings(question: string): string {
  const answer = engine.ask(question);
  return [JSON.stringify(answerBlocks(answer, { page: 0, share: true })), renderText(answer), renderJson(answer)].join('\n');
}

describe('Schedule 12A on a record read from papers in many wordings', () => {
  it('every paper is read, its exempt item by title only', () => {
    const record = store.record();
    expect(record.meetings.length).toBe(EXEMPT_CASES.length);
    expect(record.items.filter((i) => i.private && /Ferry Terminal/.test(i.title))).toHaveLength(EXEMPT_CASES.length);
  });

  it.each(['zephyrine', 'what was resolved on the ferry terminal?', 'requests about the ferry terminal', 'lease of former ferry terminal', 'history of the ferry terminal', 'all requests', 'resolutions'])(
    '"%s": no answer shows the exempt words',
    (question) => {
      // A question naming the word is echoed in its answer: the exempt items' own phrases may not show.
      const leak = /zephyrine/i.test(question) ? /zephyrine (?:holdings|offer|lease|tender)/i : /zephyrine/i;
      expect(renderings(question)).not.toMatch(leak);
    },
  );

  it('the public item is still found', () => {
    expect(renderings('marrowfield sea wall')).toMatch(/Harbour Wall Repairs/);
  });

  it('the store files and the saved index hold none of the exempt words', async () => {
    await engine.saved();
    const files = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile() && e.name.startsWith('scrutiny'));
    expect(files.map((f) => f.name)).toEqual(expect.arrayContaining(['scrutiny.json', 'scrutiny.index.json']));
    for (const file of files) expect(await readFile(join(dir, file.name), 'utf8'), file.name).not.toMatch(/zephyrine/i);
  });
});
