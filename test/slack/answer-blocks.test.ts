// The Block Kit rendering of answers: Slack's limits are kept by paging and splitting, never by cutting.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Answer, AnswerEntry } from '../../src/answers/answer.ts';
import { BUTTON_VALUE_LIMIT, decodeAnswerRef, decodeRequestRef } from '../../src/slack/blocks/action-values.ts';
import { answerBlocks, entryBlocks, MAX_MESSAGE_BLOCKS } from '../../src/slack/blocks/answer-blocks.ts';
import { escapeMrkdwn, splitText } from '../../src/slack/blocks/mrkdwn.ts';
import { patchRequestBlocks } from '../../src/slack/blocks/patch-request.ts';
import { ActionIds } from '../../src/slack/ids.ts';

type AnyBlock = Record<string, any>;

const open = { status: 'open' as const, changedBy: null, changedAt: null };

function requestEntry(i: number, text = `The Board requested information number ${i} on school admissions.`): AnswerEntry {
  return {
    text,
    quote: true,
    label: `Minute ${i} · Admissions`,
    detail: [`raised 11 Jan 2018 · due 31 Mar 2018`],
    cite: { date: '2018-01-11', minute: String(i), documents: ['2018-01-11-minutes.txt'] },
    request: { id: `q-${i}`, state: open, overdue: i % 2 === 0 },
  };
}

function answerWith(entries: AnswerEntry[], extra: Partial<Answer> = {}): Answer {
  return {
    kind: 'requests',
    question: 'outstanding requests',
    title: `${entries.length} open requests`,
    summary: 'As of Thursday 1 February 2018, oldest first.',
    sections: [{ heading: 'Raised at the meeting of Thursday 11 January 2018', entries }],
    notes: ['A co-ordinator can mark a request done.'],
    asOf: '2018-02-01T09:00:00.000Z',
    ...extra,
  };
}

function requestIdsIn(blocks: AnyBlock[]): string[] {
  return blocks.filter((b) => b.accessory?.action_id === ActionIds.markRequestDone).map((b) => decodeRequestRef(b.accessory.value)!.r);
}

/** Every page of an answer, following Show more. */
function allPages(answer: Answer): Array<{ text: string; blocks: AnyBlock[] }> {
  const pages = [];
  for (let page = 0; page < 100; page++) {
    const message = answerBlocks(answer, { page });
    pages.push(message);
    if (!(message.blocks as AnyBlock[]).some((b) => (b.elements ?? []).some((e: AnyBlock) => e.action_id === ActionIds.showMore))) break;
  }
  return pages;
}

function sectionTexts(blocks: AnyBlock[]): string[] {
  return blocks.filter((b) => b.type === 'section').map((b) => b.text.text as string);
}

describe('answerBlocks', () => {
  it('pages a long list with Show more, every entry once, every page within Slack limits', () => {
    const answer = answerWith(Array.from({ length: 57 }, (_, i) => requestEntry(i + 1)));
    const seen: string[] = [];
    let page = 0;
    for (;;) {
      const message = answerBlocks(answer, { page, share: true, requestButtons: true });
      expect(message.text.length).toBeGreaterThan(0);
      expect(message.blocks.length).toBeLessThanOrEqual(MAX_MESSAGE_BLOCKS);
      for (const text of sectionTexts(message.blocks)) expect(text.length).toBeLessThanOrEqual(3000);
      seen.push(...requestIdsIn(message.blocks));
      const more = (message.blocks as AnyBlock[]).flatMap((b) => b.elements ?? []).find((e: AnyBlock) => e.action_id === ActionIds.showMore);
      if (!more) break;
      const ref = decodeAnswerRef(more.value)!;
      expect(ref).toEqual({ q: 'outstanding requests', t: '2018-02-01T09:00:00.000Z', p: page + 1 });
      page = ref.p;
    }
    expect(page).toBeGreaterThan(0);
    expect(seen).toEqual(answer.sections[0]!.entries.map((e) => e.request!.id));
  });

  it('splits a long entry over several sections, and pages, without losing a character', () => {
    const long = Array.from({ length: 400 }, (_, i) => `Clause ${i}: the Board notes the report & its appendices.`).join(' ');
    // 23,000 characters: more than one message holds, so the entry goes on over pages.
    const pages = allPages(answerWith([requestEntry(1, long)]));
    expect(pages.length).toBeGreaterThan(1);
    // The entry's own sections: not the title, nor the section's heading (shown again, "continued").
    const texts = pages.flatMap((m) => m.blocks.filter((b) => b.type === 'section' && b.block_id !== 'answer_title' && !b.text.text.startsWith('*Raised at')).map((b) => b.text.text as string));
    for (const text of texts) expect(text.length).toBeLessThanOrEqual(3000);
    const joined = texts.join(' ').replace(/\s+/g, ' ');
    const expected = escapeMrkdwn(long).replace(/\s+/g, ' ');
    expect(joined.replace(/ ?>/g, '')).toContain(expected.slice(0, 200));
    expect(joined.replace(/ ?>/g, '').replace(/\s+/g, '')).toContain(expected.replace(/\s+/g, ''));
  });

  it('escapes member and document text so it cannot ping or link', () => {
    const answer = answerWith([{ text: 'Ask <!channel> & <@U999> about <https://evil.example|this>' }], {
      question: '<!here> resolutions',
      title: 'Results for <!here>',
    });
    // Button values are data for the app, never shown; everything else is text Slack renders.
    const json = JSON.stringify(answerBlocks(answer, { share: true, sharedBy: 'U123' }), (key, value) => (key === 'value' ? undefined : value));
    expect(json).not.toMatch(/<!channel>|<!here>|<@U999>|<https:/);
    expect(json).toContain('&lt;!channel&gt; &amp; &lt;@U999&gt;');
    expect(json).toContain('<@U123>');
  });

  it('shows an exempt item by its title and "exempt" only', () => {
    const blocks = entryBlocks({ label: 'Minute 36', text: 'Outcome of a complaint', exempt: true, detail: ['Confidential: named child'], links: [{ title: 'Report', url: 'https://x.example/r.pdf' }] }, 0);
    const json = JSON.stringify(blocks);
    expect(json).toContain('Outcome of a complaint');
    expect(json).toContain('exempt');
    expect(json).not.toContain('Confidential');
    expect(json).not.toContain('r.pdf');
  });

  it('gives open requests Mark done and done requests Reopen, and cites the source', () => {
    const done = { ...requestEntry(2), request: { id: 'q-2', state: { status: 'done' as const, changedBy: 'UADMIN1', changedAt: '2018-01-20T10:00:00.000Z' }, overdue: false } };
    const [openSection, openCite] = entryBlocks(requestEntry(1), 0, undefined, { requestButtons: true }) as AnyBlock[];
    const [doneSection] = entryBlocks(done, 1, undefined, { requestButtons: true }) as AnyBlock[];
    expect(openSection!.accessory.action_id).toBe(ActionIds.markRequestDone);
    expect(doneSection!.accessory.action_id).toBe(ActionIds.reopenRequest);
    // A screen reader hears which request each button is for, within Slack's 75 characters.
    expect(openSection!.accessory.accessibility_label).toMatch(/^Mark done: \S/);
    expect(doneSection!.accessory.accessibility_label).toMatch(/^Reopen: \S/);
    for (const section of [openSection!, doneSection!]) expect(section.accessory.accessibility_label.length).toBeLessThanOrEqual(75);
    expect(openSection!.accessory.accessibility_label.slice('Mark done: '.length, -1)).toBe(requestEntry(1).text.slice(0, openSection!.accessory.accessibility_label.length - 'Mark done: '.length - 1));
    expect(doneSection!.text.text).toContain('Done by <@UADMIN1> on 20 Jan 2018');
    expect(openCite).toMatchObject({ type: 'context' });
    expect(JSON.stringify(openCite)).toContain('Thursday 11 January 2018 · Minute 1');
  });

  it('shows no Mark done or Reopen where not everyone who sees the message could use them, but keeps the status line', () => {
    const message = answerBlocks(answerWith([requestEntry(1)]), { share: true });
    expect(requestIdsIn(message.blocks as AnyBlock[])).toEqual([]);
    expect(JSON.stringify(message.blocks)).not.toContain(ActionIds.reopenRequest);
    expect(sectionTexts(message.blocks as AnyBlock[]).some((t) => t.split('\n').at(-1) === 'Open' || t.includes('OVERDUE'))).toBe(true);
  });

  it('keeps button values within 2,000 characters, shortening a long question at a word', () => {
    const question = `what was resolved on ${'children missing education '.repeat(150)}`.trim();
    const message = answerBlocks(answerWith([requestEntry(1)], { question }), { share: true, requestButtons: true });
    const values = (message.blocks as AnyBlock[]).flatMap((b) => [b.accessory, ...(b.elements ?? [])]).filter((e) => e?.value).map((e) => e.value as string);
    expect(values.length).toBeGreaterThan(1);
    for (const value of values) expect(value.length).toBeLessThanOrEqual(BUTTON_VALUE_LIMIT);
    const share = decodeAnswerRef(values.find((v) => !v.includes('"r"'))!)!;
    expect(share.q.endsWith('…')).toBe(true);
    expect(question.startsWith(share.q.slice(0, -1))).toBe(true);
  });

  it('renders plain lists (help) compactly as bullets', () => {
    const help: Answer = {
      kind: 'help',
      question: 'help',
      title: 'Ask about the board',
      sections: [
        { heading: 'Meetings', entries: [{ text: 'next meeting' }, { text: 'meeting on 11 January 2018' }] },
        { heading: 'Requests', entries: [{ text: 'outstanding requests' }] },
      ],
      asOf: '2018-02-01T09:00:00.000Z',
    };
    const message = answerBlocks(help);
    expect(message.blocks).toHaveLength(3);
    expect(sectionTexts(message.blocks)[1]).toBe('*Meetings*\n• next meeting\n• meeting on 11 January 2018');
  });
});

describe('splitText', () => {
  it('never exceeds the limit and loses nothing but whitespace at the cuts', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 9000 }), fc.integer({ min: 20, max: 3000 }), (text, max) => {
        const chunks = splitText(text, max);
        for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(max);
        expect(chunks.join('').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
      }),
      { numRuns: 200 },
    );
  });
});

describe('patchRequestBlocks', () => {
  it('swaps the button and status of that request only', () => {
    const blocks = [...entryBlocks(requestEntry(1), 0, undefined, { requestButtons: true }), ...entryBlocks(requestEntry(2), 1, undefined, { requestButtons: true })];
    const patched = patchRequestBlocks(blocks, 'q-2', { status: 'done', changedBy: 'UADMIN1', changedAt: '2018-02-01T09:00:00.000Z' }) as AnyBlock[];
    const [first, second] = patched.filter((b) => b.accessory);
    expect(first!.accessory.action_id).toBe(ActionIds.markRequestDone);
    expect(second!.accessory.action_id).toBe(ActionIds.reopenRequest);
    expect(second!.text.text.split('\n').at(-1)).toBe(':white_check_mark: Done by <@UADMIN1> on 1 Feb 2018');
    expect(patchRequestBlocks(blocks, 'q-unknown', { status: 'done', changedBy: 'U1', changedAt: null })).toBeNull();
  });
});

describe('request status', () => {
  it('is said once, on the line that Mark done rewrites', () => {
    const entry = { ...requestEntry(4), detail: ['raised 11 Jan 2018 · due 31 Mar 2018 · OVERDUE'] };
    const [section] = entryBlocks(entry, 0) as AnyBlock[];
    expect(section!.text.text).toContain('raised 11 Jan 2018 · due 31 Mar 2018\n');
    expect(section!.text.text.match(/OVERDUE/g)).toHaveLength(1);
    expect(section!.text.text.split('\n').at(-1)).toBe(':warning: Open · *OVERDUE*');
  });
});

describe('answerBlocks renders what a page needs', () => {
  /** Entries whose words count how often they are read: each read is the entry rendered. */
  function countedEntries(count: number, words: (i: number) => string): { entries: AnswerEntry[]; reads: number[] } {
    const reads = new Array<number>(count).fill(0);
    const entries = Array.from({ length: count }, (_, i) => {
      const entry = requestEntry(i + 1, words(i));
      const text = entry.text;
      Object.defineProperty(entry, 'text', { enumerable: true, get: () => ((reads[i] = reads[i]! + 1), text) });
      return entry;
    });
    return { entries, reads };
  }

  it('renders each entry of the page shown once, and none of the later pages of an answer with entries not built', () => {
    // 50 entries built of 180: "Show more" pages through what was built, then the answer is asked again.
    const { entries, reads } = countedEntries(50, (i) => `The Board requested figures on admissions, item ${i + 1}.`);
    const message = answerBlocks(answerWith(entries, { notListed: 130 }), { page: 0, share: true, followButtons: true });
    expect((message.blocks as AnyBlock[]).filter((b) => b.accessory?.action_id === ActionIds.follow)).toHaveLength(10);
    // entryText reads the words once, the Follow button's label once more.
    expect(reads.slice(0, 10)).toEqual(new Array(10).fill(2));
    // The next page's first entry is rendered to find that the page is full; nothing after it.
    expect(reads.slice(11)).toEqual(new Array(39).fill(0));
  });

  it('pages an answer with entries not built as it pages one built whole: the same pages, "page N" and the count not built added to Show more', () => {
    const arbitrary = fc.record({
      lengths: fc.array(fc.oneof(fc.integer({ min: 20, max: 300 }), fc.integer({ min: 2500, max: 14000 })), { minLength: 1, maxLength: 60 }),
      notListed: fc.integer({ min: 1, max: 5000 }),
      page: fc.integer({ min: 0, max: 8 }),
      sections: fc.integer({ min: 1, max: 4 }),
      coordinator: fc.boolean(),
    });
    fc.assert(
      fc.property(arbitrary, ({ lengths, notListed, page, sections, coordinator }) => {
        const entries = lengths.map((n, i) => requestEntry(i + 1, `Figures on admissions ${i}. `.repeat(Math.ceil(n / 28)).slice(0, n)));
        const per = Math.ceil(entries.length / sections);
        const split = Array.from({ length: sections }, (_, s) => ({ heading: `Raised at meeting ${s + 1}`, entries: entries.slice(s * per, (s + 1) * per) }));
        const whole = answerWith([], { sections: split });
        const options = { page, share: true, requestButtons: coordinator, followButtons: true };
        const full = answerBlocks(whole, options);
        const partial = answerBlocks({ ...whole, notListed }, options);
        const moreOf = (m: { blocks: unknown[] }) => (m.blocks as AnyBlock[]).flatMap((b) => b.elements ?? []).find((e: AnyBlock) => e.action_id === ActionIds.showMore);
        const [fullMore, partialMore] = [moreOf(full), moreOf(partial)];
        const count = (more: AnyBlock | undefined) => Number(/\((\d+) more\)/.exec(more?.text.text ?? '')?.[1] ?? 0);
        // Where the whole answer has no page after this one, the one with more not built says so too.
        expect(Boolean(partialMore)).toBe(Boolean(fullMore));
        if (fullMore) expect(count(partialMore)).toBe(count(fullMore) + notListed);
        const wording = (value: unknown) => JSON.stringify(value).replace(/ _\((?:page \d+|\d+ of \d+)\)_| \((?:page \d+|\d+ of \d+)\)/g, '').replace(/Show more(?: \(\d+ more\))?/g, 'Show more');
        expect(wording(partial)).toBe(wording(full));
      }),
      { numRuns: 150 },
    );
  });
});
