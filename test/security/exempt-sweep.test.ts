// Schedule 12A, swept: words written inside exempt items (in a body, a resolution, a request and a
// work-programme addition) must reach no surface. "Zephyrine" is written only inside exempt
// items, so it must appear nowhere: no answer to any kind of question (Block Kit, text, JSON, every
// page), no reminder, digest, news post, Home tab, file-share reply, saved search index or store
// file. "Quillbrook" is the hook the questions ask about; it too is only inside exempt items, so
// nothing but the echo of a question may show it.
//
// Exempt content arrives three ways: a parsed document marking an item private; minutes whose
// exclusion resolution makes the items after it private (read by the real parser in the paper
// worker); and an agenda that showed an item publicly which later minutes mark private.
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type AnswerEngine } from '../../src/answers/engine.ts';
import type { Answer } from '../../src/answers/answer.ts';
import { renderJson } from '../../src/answers/render-json.ts';
import { renderText } from '../../src/answers/render-text.ts';
import { ManualClock } from '../../src/clock.ts';
import { ingestPaths, type IngestReport } from '../../src/ingest/ingest-paths.ts';
import { ParsedDocument } from '../../src/model.ts';
import { composeNews, composeOccurrence } from '../../src/reminders/posts.ts';
import type { Occurrence } from '../../src/reminders/plan.ts';
import { answerBlocks } from '../../src/slack/blocks/answer-blocks.ts';
import { openStore } from '../../src/store/lowdb-store.ts';
import type { Store } from '../../src/store/store.ts';
import { FAKE_BOT_USER_ID } from '../support/fake-slack.ts';
import type { Board } from '../slack/support/board.ts';
import { ADMIN, CHANNEL, MEMBER, startSignedSlack } from '../slack/support/signed-slack.ts';

const MARKER = /zephyrine/i;
const HOOK = /quillbrook/i;
const COMMITTEE = "Children's Services Scrutiny Board";

/** Minutes read as a parsed document: item 7 is private (an exclusion resolution precedes it). */
const PARSED = ParsedDocument.parse({
  kind: 'minutes',
  meetings: [
    {
      committee: COMMITTEE,
      date: '2019-05-16',
      time: '10:00',
      kind: 'minutes',
      present: [{ name: 'Councillor R Okafor', role: 'member', chair: true }],
      items: [
        { number: '6', title: 'School Transport', body: 'The Board considered transport costs.', resolutions: [{ text: 'That the transport report be noted.' }] },
        {
          number: '7',
          title: 'Placement Review',
          private: true,
          body: 'The Board discussed the Quillbrook placement and the Zephyrine family in detail.',
          reportAuthor: 'Report of the Zephyrine Panel',
          papers: [{ title: 'Zephyrine appendix', url: 'https://example.org/zephyrine.pdf', restricted: true }],
          resolutions: [{ text: 'That the Quillbrook placement for the Zephyrine family be approved.' }],
          requests: [{ text: 'The Board requested the Quillbrook costs of the Zephyrine placement.', kind: 'information' }],
          workProgrammeAdditions: ['Quillbrook Zephyrine placements'],
        },
      ],
    },
  ],
});

const PUBLIC_THEN_EXEMPT_AGENDA = `Children's Services Scrutiny Board

Agenda

Date: Thursday 14 November 2019
Time: 10.00 am
Place: Committee Room 2, Civic Centre

1. Apologies

2. Residential Care Review

3. Complaint Outcome

Briefing note on the Quillbrook home and the Zephyrine contract.
`;

const MINUTES = `Children's Services Scrutiny Board

Minutes of the meeting held on Thursday 14 November 2019 at 10.00 am

Present: Councillor R Okafor (Chair), Councillor T Lindqvist

1. Apologies

There were no apologies.

2. Residential Care Review

RESOLVED that the press and public be excluded from the meeting for the following item of business on the grounds that it involves the likely disclosure of exempt information as defined in Paragraph 1 of Part 1 of Schedule 12A of the Local Government Act 1972.

3. Complaint Outcome

The Board considered the Quillbrook complaint about the Zephyrine service.

RESOLVED that:

(a) the Zephyrine recommendation on Quillbrook be approved;

(b) Quillbrook Zephyrine staffing be added to the work programme for 2019/20.

The Board requested figures on Quillbrook Zephyrine referrals by ward.

(Meeting closed at 11.40 am)
`;

const QUESTIONS = [
  'help',
  'next meeting',
  'last meeting',
  'meeting on 16/05/2019',
  'meeting on 14/11/2019',
  'what was resolved on placement review?',
  'resolutions',
  'outstanding requests',
  'all requests',
  'requests about complaint outcome',
  'work programme',
  'history of residential care',
  'when did we last discuss complaint outcome?',
  'attendance of councillor okafor',
  'complaint outcome',
  'placement review',
  // The hook: questions that would find exempt words, were any stored.
  'quillbrook',
  'what was resolved on quillbrook?',
  'did we get figures on quillbrook referrals?',
  'history of quillbrook',
  'requests about quillbrook',
];

let dir: string;
let store: Store;
let engine: AnswerEngine;
let clock: ManualClock;
const reports: IngestReport[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scrutiny-12a-'));
  clock = new ManualClock('2019-11-01T09:00:00Z');
  store = await openStore(join(dir, 'scrutiny.json'));
  await store.ingest(PARSED, { name: 'minutes-2019-05-16.txt', sha256: 'parsed-2019-05-16', bytes: 1000, kind: 'minutes' });
  // The agenda shows item 2 publicly; the minutes that follow exclude the public before item 3.
  for (const [name, text] of [['agenda-2019-11-14.txt', PUBLIC_THEN_EXEMPT_AGENDA], ['minutes-2019-11-14.txt', MINUTES]] as const) {
    await writeFile(join(dir, name), text);
    reports.push(await ingestPaths(store, [join(dir, name)]));
  }
  engine = await createEngine({ store, clock });
  await engine.loaded();
}, 120_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function expectClean(what: string, text: string, options: { hook?: boolean } = {}): void {
  expect(MARKER.test(text), `${what} shows words of an exempt item:\n${text.slice(0, 2000)}`).toBe(false);
  if (options.hook !== false) expect(HOOK.test(text), `${what} shows words of an exempt item:\n${text.slice(0, 2000)}`).toBe(false);
}

/** Every page of an answer, in every rendering. */
function renderings(question: string): string[] {
  const out: string[] = [];
  for (let page = 0; page < 20; page++) {
    const answer: Answer = engine.ask(question, { page });
    const slack = answerBlocks(answer, { page, share: true });
    out.push(JSON.stringify(slack), renderText(answer), renderJson(answer));
    if (!JSON.stringify(slack.blocks).includes('show_more')) break;
  }
  return out;
}

describe('Schedule 12A holds everywhere', () => {
  it('the record knows the exempt items, by title only', () => {
    const record = store.record();
    const exempt = record.items.filter((i) => i.private).map((i) => i.title).sort();
    // The parser reads the exclusion resolution: its item and those after it are private.
    expect(exempt).toEqual(expect.arrayContaining(['Complaint Outcome', 'Placement Review']));
    for (const item of record.items.filter((i) => i.private)) {
      expect(item).toMatchObject({ body: '', reportAuthor: null, pages: null, subItems: [], papers: [] });
    }
  });

  it.each(QUESTIONS)('"%s": no answer page in any rendering shows them', (question) => {
    for (const rendered of renderings(question)) {
      // A question that names the hook is echoed in its own answer; only its marker would be a leak.
      expectClean(question, rendered, { hook: !HOOK.test(question) });
    }
  });

  it('reminders, the digest and the news posts show none of them', () => {
    const meetings = store.record().meetings;
    for (const meeting of meetings) {
      const occurrence: Occurrence = {
        key: `C1|agenda|${meeting.id}`,
        channel: 'C1',
        subscriptionId: 's1',
        kind: 'agenda',
        occurrence: meeting.id,
        dueAt: clock.now(),
        usefulUntil: new Date('2030-01-01T00:00:00Z'),
        meeting,
      };
      for (const target of ['slack', 'console'] as const) expectClean(`agenda reminder for ${meeting.date}`, JSON.stringify(composeOccurrence(store, occurrence, clock.now(), false, target)));
    }
    const digest: Occurrence = { key: 'C1|requests|2019-11-01', channel: 'C1', subscriptionId: 's2', kind: 'requests', occurrence: '2019-11-01', dueAt: clock.now(), usefulUntil: new Date('2030-01-01T00:00:00Z'), meeting: null };
    for (const target of ['slack', 'console'] as const) expectClean('requests digest', JSON.stringify(composeOccurrence(store, digest, clock.now(), false, target)));
    for (const report of reports) {
      for (const target of ['slack', 'console'] as const) expectClean('news post', JSON.stringify(composeNews(store, report, clock.now(), target)));
    }
  });

  it('news posts count only what may be shown', () => {
    const minutes = reports[1]!;
    const post = composeNews(store, minutes, clock.now(), 'console');
    // Item 1 resolved nothing, item 2 only excluded the public; the exempt item's resolutions and request are not news.
    expect(post?.text).toMatch(/Minutes of Thursday 14 November 2019, 10\.00 am: 1 new resolution, 0 new requests/);
  });

  it('the saved search index and the store files hold none of them', async () => {
    await engine.saved();
    const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile() && e.name.startsWith('scrutiny'));
    // The record, its state, and the saved index at least.
    expect(files.map((f) => f.name)).toEqual(expect.arrayContaining(['scrutiny.json', 'scrutiny.index.json']));
    for (const file of files) expectClean(`the file ${file.name}`, await readFile(join(file.parentPath, file.name), 'utf8'));
  });

  it('the Home tab and a file-share reply in Slack show none of them', async () => {
    const board: Board = { dir, store, engine, clock, requestId: () => '', close: async () => {} };
    const h = await startSignedSlack(board);
    try {
      await h.event({ type: 'app_home_opened', user: MEMBER, channel: 'DMEMBER1', tab: 'home' });
      expectClean('the Home tab', JSON.stringify((await h.slack.waitFor('views.publish')).body));

      const again = MINUTES.replace('There were no apologies.', 'There were no apologies from members.');
      const file = h.slack.addFile({ id: 'F12A', name: 'minutes-again.txt', bytes: Buffer.from(again), mimetype: 'text/plain', filetype: 'text' });
      await h.event({ type: 'message', channel_type: 'im', subtype: 'file_share', channel: 'D0ADMIN', user: ADMIN, text: '', ts: '1573722000.000100', files: [file] });
      const reply = await h.slack.waitFor('chat.postMessage', { where: (c) => c.body.thread_ts === '1573722000.000100', timeoutMs: 60_000 });
      expect(reply.body.text).toBe('Added minutes-again.txt to the record.');
      expectClean('the file-share reply', JSON.stringify(reply.body));

      await h.event({ type: 'app_mention', user: MEMBER, channel: CHANNEL, text: `<@${FAKE_BOT_USER_ID}> what was resolved on complaint outcome?`, ts: '1573722000.000200' });
      expectClean('a mention', JSON.stringify((await h.slack.waitFor('chat.postMessage', { where: (c) => c.body.thread_ts === '1573722000.000200' })).body));
    } finally {
      await h.stop();
    }
  });
});
