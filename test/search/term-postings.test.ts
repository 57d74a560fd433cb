// The index answers from MiniSearch's term map directly (src/search/term-postings.ts):
// unscored matches for topic answers, and a ranking for free search. Both must
// agree with MiniSearch's own `search` over the same index, document for document.
import MiniSearch from 'minisearch';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_CORPUS, ingestPaths } from '../../src/ingest/ingest-paths.ts';
import { buildSearchIndex, loadSearchSnapshot, type SearchIndex } from '../../src/search/search-index.ts';
import { parseDocId, recordIdsOf } from '../../src/search/search-documents.ts';
import { SEARCH_OPTIONS, words, type SearchDoc } from '../../src/search/search-options.ts';
import { SlicedJob } from '../../src/search/slices.ts';
import { TermPostings, type RankRequest } from '../../src/search/term-postings.ts';
import { openMemoryStore } from '../../src/store/lowdb-store.ts';

let built: SearchIndex;
let loaded: SearchIndex;
let reference: MiniSearch<SearchDoc>;

beforeAll(async () => {
  const store = openMemoryStore();
  await ingestPaths(store, [BUNDLED_CORPUS]);
  built = buildSearchIndex(store.record(), store.version());
  const snapshot = built.toSnapshot();
  loaded = loadSearchSnapshot(snapshot, store.version())!;
  reference = MiniSearch.loadJS<SearchDoc>(built.toJSON(), SEARCH_OPTIONS);
});

/** MiniSearch's own search, as the index used to call it (record text, `exact`, read word for word). */
function miniSearch(query: string, request: RankRequest) {
  const kinds = request.kinds ? new Set<string>(request.kinds) : null;
  return reference
    .search(query, {
      combineWith: request.combineWith ?? 'OR',
      ...(request.fields ? { fields: request.fields } : {}),
      ...(request.exact ? { fuzzy: false, prefix: false, tokenize: words } : {}),
      ...(kinds ? { filter: (r) => kinds.has(parseDocId(String(r.id)).kind) } : {}),
    })
    .map((r) => ({ ...parseDocId(String(r.id)), score: r.score, terms: [...r.terms].sort(), queryTermsMatched: new Set(r.queryTerms).size }));
}

const QUERIES = ['private fostering', 'children report meeting council board', 'fostring', 'Ofsted inspection', 'census figures', 'social workers', "children's services improvement", 'Maundy', 'young carers', 'educ', 'the'];
const REQUESTS: RankRequest[] = [
  {},
  { kinds: ['resolution', 'item'] },
  { kinds: ['request', 'item'], fields: ['title', 'text'] },
  { kinds: ['item', 'resolution', 'request'], fields: ['title'], exact: true },
  { kinds: ['resolution', 'request'], fields: ['text'], exact: true, combineWith: 'AND' },
];

describe('answers from the term map', () => {
  it('match the same documents as MiniSearch, with the same words matched', () => {
    let compared = 0;
    for (const ix of [built, loaded]) {
      for (const query of QUERIES) {
        for (const request of REQUESTS) {
          const expected = miniSearch(query, { ...request, combineWith: 'OR' }).map((h) => `${h.kind}:${h.refId}:${h.queryTermsMatched}`).sort();
          const found = ix.matches(query, request).map((m) => `${m.kind}:${m.refId}:${m.matched}`).sort();
          expect(found, `${query} ${JSON.stringify(request)}`).toEqual(expected);
          compared += expected.length;
        }
      }
    }
    expect(compared).toBeGreaterThan(200);
  });

  it('rank as MiniSearch ranks: same documents, scores, words and order, cut to the limit', () => {
    let compared = 0;
    for (const ix of [built, loaded]) {
      for (const query of QUERIES) {
        for (const request of REQUESTS) {
          const expected = miniSearch(query, request);
          const ranked = ix.search(query, request).map((h) => ({ ...h, terms: [...h.terms].sort() }));
          expect(ranked.map((h) => `${h.kind}:${h.refId}`), `${query} ${JSON.stringify(request)}`).toEqual(expected.map((h) => `${h.kind}:${h.refId}`));
          ranked.forEach((h, i) => {
            expect(h.score).toBeCloseTo(expected[i]!.score, 9);
            expect(h.terms).toEqual(expected[i]!.terms);
            expect(h.queryTermsMatched).toBe(expected[i]!.queryTermsMatched);
          });
          const top = ix.search(query, { ...request, limit: 5 });
          expect(top.map((h) => h.refId)).toEqual(expected.slice(0, 5).map((h) => h.refId));
          // A limit above what is kept by insertion: sorted once, then cut.
          const many = ix.search(query, { ...request, limit: 70 });
          expect(many.map((h) => `${h.kind}:${h.refId}`)).toEqual(expected.slice(0, 70).map((h) => `${h.kind}:${h.refId}`));
          // Those within a share of the best score: all of them, in the same order.
          const floor = (expected[0]?.score ?? 0) * 0.6;
          const near = ix.search(query, { ...request, share: 0.6 });
          expect(near.map((h) => `${h.kind}:${h.refId}`)).toEqual(expected.filter((h) => h.score >= floor - 1e-9).map((h) => `${h.kind}:${h.refId}`));
          compared += expected.length;
        }
      }
    }
    expect(compared).toBeGreaterThan(200);
    // Some rankings are longer than those kept by insertion, so the sorted way is compared too.
    expect(Math.max(...QUERIES.map((q) => built.search(q).length))).toBeGreaterThan(70);
  });

  it('tell words in the title or text apart from words only in the discussion', () => {
    const all = built.matches('private fostering', { kinds: ['item'] });
    const titled = new Set(miniSearch('private fostering', { kinds: ['item'], fields: ['title', 'text'] }).filter((h) => h.queryTermsMatched === 2).map((h) => h.refId));
    expect(titled.size).toBeGreaterThan(0);
    expect(all.some((m) => m.matched === 2 && m.matchedInTitle < 2)).toBe(true);
    expect(new Set(all.filter((m) => m.matchedInTitle === 2).map((m) => m.refId))).toEqual(titled);
  });
});

describe('a word the record never uses', () => {
  it('is read as a typo of one it does when typed with six letters or more, though its stem is shorter', () => {
    // "privte" stems to "privt", five letters: too short for the typo allowance of stems, yet the word
    // typed is six letters and the record has neither "privt" nor a word starting with it.
    const both = built.matches('privte fostering', { kinds: ['item'] }).filter((m) => m.matched === 2);
    expect(both.length).toBeGreaterThan(0);
    expect(built.knows('privt', 'privte'.length)).toBe(true);
    expect(built.search('privte fostering', { kinds: ['item'], combineWith: 'AND' }).length).toBeGreaterThan(0);
  });

  it('is not read as a typo when typed with five letters or fewer ("lunch" is not "launch")', () => {
    expect(built.knows('launch')).toBe(true);
    expect(built.knows('lunch')).toBe(false);
    expect(built.matches('lunch')).toEqual([]);
  });

  it('is not read as a typo when the record uses it or a longer word starting with it', () => {
    // "fost" is the start of "fostering": a prefix, not a typo of "post" or "cost".
    const found = built.matches('fost', { kinds: ['item'] });
    expect(found.length).toBeGreaterThan(0);
    expect(built.knows('fost')).toBe(true);
  });
});

describe('the forms of query terms, kept between questions', () => {
  it('take in the words of a document added since: a prefix and a typo asked before find it', async () => {
    const store = openMemoryStore();
    await ingestPaths(store, [BUNDLED_CORPUS]);
    const index = buildSearchIndex(store.record(), store.version());
    const found = (query: string) => index.matches(query).map((m) => `${m.kind}:${m.refId}`);
    // Asked once before the document comes: nothing has these words.
    expect(found('zebrafish')).toEqual([]);
    expect(found('zebrafsh hatchery')).toEqual([]);
    index.put({ id: 'item:zebrafish-1', title: 'Zebrafish hatchery at the city farm', text: '', body: '' });
    expect(found('zebrafish')).toEqual(['item:zebrafish-1']);
    // The typo ("zebrafsh") and the word's prefix ("zebra") now reach it too.
    expect(found('zebrafsh hatchery')).toContain('item:zebrafish-1');
    expect(index.search('zebra').map((h) => h.refId)).toContain('zebrafish-1');
    index.remove('item:zebrafish-1');
    expect(found('zebrafish')).toEqual([]);
  });
});

describe('the table of documents, read in steps', () => {
  const query = 'children report council plan';
  const addPanels = (index: SearchIndex, count: number) => {
    for (let i = 0; i < count; i++) index.put({ id: `item:panel-${i}`, title: `Fostering panel again ${i}`, text: '', body: '' });
  };

  it('reads a step at a time and answers as the table read at once does', async () => {
    const store = openMemoryStore();
    await ingestPaths(store, [BUNDLED_CORPUS]);
    const index = buildSearchIndex(store.record(), store.version());
    addPanels(index, 4_500);
    const steps = new TermPostings(index.engine!).readingDocuments();
    let yielded = 0;
    while (!steps.next().done) yielded++;
    // A step per 2,000 documents.
    expect(yielded).toBe(Math.floor(index.engine!.documentCount / 2_000));
    const stepped = new TermPostings(index.engine!);
    new SlicedJob(stepped.readingDocuments()).finishNow();
    const atOnce = new TermPostings(index.engine!);
    expect(stepped.slots()).toBe(atOnce.slots());
    expect(stepped.match(query)).toEqual(atOnce.match(query));
    expect(stepped.rank(query, { limit: 20 })).toEqual(atOnce.rank(query, { limit: 20 }));
  });

  it('is read to the end by a search that comes between two steps', async () => {
    const store = openMemoryStore();
    await ingestPaths(store, [BUNDLED_CORPUS]);
    const index = buildSearchIndex(store.record(), store.version());
    // A table bigger than one step.
    addPanels(index, 2_500);
    const reference = new TermPostings(index.engine!).match('fostering panel again');
    const postings = new TermPostings(index.engine!);
    const steps = postings.readingDocuments();
    expect(steps.next().done).toBe(false);
    expect(postings.match('fostering panel again')).toEqual(reference);
    expect(steps.next().done).toBe(true);
  });

  it('starts again when a document is added or dropped between two steps, and the table has it', async () => {
    const store = openMemoryStore();
    await ingestPaths(store, [BUNDLED_CORPUS]);
    const index = buildSearchIndex(store.record(), store.version());
    addPanels(index, 2_500);
    const postings = new TermPostings(index.engine!);
    const steps = postings.readingDocuments();
    expect(steps.next().done).toBe(false);
    // Added and dropped as SearchIndex.put and remove tell the postings: a new number past those read, one read already.
    const engine = index.engine!;
    const shortId = (id: string) => engine['_idToShortId'].get(id) as number;
    engine.add({ id: 'item:zebrafish-1', title: 'Zebrafish hatchery at the city farm', text: '', body: '' });
    postings.learn(shortId('item:zebrafish-1'), 'item:zebrafish-1');
    const first = [...engine['_documentIds'].values()][0] as string;
    const dropped = shortId(first);
    engine.discard(first);
    postings.forget(dropped);
    while (!steps.next().done) {
      // to the end
    }
    expect(postings.match('zebrafish').map((m) => `${m.kind}:${m.refId}`)).toEqual(['item:zebrafish-1']);
    expect(postings.slots()).toBeGreaterThan(shortId('item:zebrafish-1'));
    expect(postings.match(query).some((m) => `${m.kind}:${m.refId}` === first)).toBe(false);
    expect(postings.match(query).length).toBeGreaterThan(0);
  });
});

describe("the documents' record ids", () => {
  it("are taken from the record's own entries where the store has them, else cut from the document's id", async () => {
    const store = openMemoryStore();
    await ingestPaths(store, [BUNDLED_CORPUS]);
    const given: string[] = [];
    const index = buildSearchIndex(store.record(), store.version());
    const ids = recordIdsOf(store);
    // Marked, so that where each id came from shows in the matches.
    const postings = new TermPostings(index.engine!, (kind, refId) => {
      given.push(kind);
      const own = ids(kind, refId);
      return own === undefined ? undefined : `${own}#own`;
    });
    const query = 'children report council plan';
    expect(postings.match(query).some((m) => m.refId.endsWith('#own'))).toBe(false);
    new SlicedJob(postings.sharingRecordIds()).finishNow();
    const found = postings.match(query);
    expect(found.length).toBeGreaterThan(0);
    for (const match of found) {
      if (match.kind === 'work-programme') expect(match.refId.endsWith('#own')).toBe(false);
      else expect(match.refId).toMatch(/#own$/);
    }
    expect(new Set(found.map((m) => m.kind))).toEqual(new Set(['meeting', 'item', 'resolution', 'request', 'work-programme']));
    // Each document's id asked once: not again for a question, nor by the job run again (after each change to the record).
    const asked = given.length;
    expect(asked).toBe(index.slots());
    new SlicedJob(postings.sharingRecordIds()).finishNow();
    postings.match('children');
    expect(given.length).toBe(asked);
  });

  it('are the same strings as before, for the bot\u2019s own index of the store', async () => {
    const store = openMemoryStore();
    await ingestPaths(store, [BUNDLED_CORPUS]);
    const plain = buildSearchIndex(store.record(), store.version());
    const shared = buildSearchIndex(store.record(), store.version()).withRecordIdsOf(store);
    shared.shareRecordIds()!.finishNow();
    for (const query of QUERIES) expect(shared.matches(query)).toEqual(plain.matches(query));
  });
});
