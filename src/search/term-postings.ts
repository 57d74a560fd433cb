// Answers straight from MiniSearch's term map, without its per-match objects.
// Topic answers sort what they find by date, so they need the set of matching
// documents (`match`), not a ranking; free search needs the best ten (`rank`),
// scored as MiniSearch scores them but without sorting tens of thousands. Its
// `search` builds an object per match and sorts them all: for a common word in a
// council's record, that was where a question's time went.
//
// MiniSearch's `_index`, `_documentIds`, `_fieldIds`, `_fieldLength` and
// `_avgFieldLength` are `protected` in its type definitions (there for extension).
// test/search/term-postings.test.ts checks both answers against `search` itself,
// so a MiniSearch release that changes them fails a test instead of answering wrongly.
import type MiniSearch from 'minisearch';
import type SearchableMap from 'minisearch/SearchableMap';
import { isGlossaryToken } from './glossary.ts';
import type { RecordIdOf } from './search-documents.ts';
import type { Steps } from './slices.ts';
import { BOOST, fuzzyFor, searchTerms, typedTerms, type SearchDoc, type SearchDocKind } from './search-options.ts';

type FieldTermData = Map<number, Map<number, number>>;

interface MiniSearchInternals {
  _index: SearchableMap<FieldTermData>;
  _documentIds: Map<number, unknown>;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _documentCount: number;
}

export type SearchField = 'title' | 'text' | 'body';

const KINDS: SearchDocKind[] = ['item', 'resolution', 'request', 'work-programme', 'meeting'];
/** MiniSearch's default cap on edit distance, as in DEFAULT_SEARCH. */
const MAX_FUZZY = 2;
/** Words typed shorter than this are never read as typos: too many short words are one letter from another. */
const SHORTEST_TYPO = 6;
/** MiniSearch's defaults: weights of prefix and fuzzy matches, and BM25+. */
const WEIGHTS = { fuzzy: 0.45, prefix: 0.375 };
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

export interface RankedMatch {
  kind: SearchDocKind;
  refId: string;
  /** The index's number for the document (see TermPostings.slots). */
  doc: number;
  score: number;
  /** Indexed terms that matched (stems), for snippets. */
  terms: string[];
  queryTermsMatched: number;
}

export interface RankRequest extends TermMatchRequest {
  combineWith?: 'AND' | 'OR';
  /** How many of the best to return (default: all). */
  limit?: number;
  /** Only those scoring at least this share of the best: found in the one pass that scores them all. */
  share?: number;
}

/** One indexed word standing for a query term, with MiniSearch's weight for how it matched. */
interface Expansion {
  term: string;
  data: FieldTermData;
  weight: number;
}

export interface TermMatch {
  kind: SearchDocKind;
  refId: string;
  /** The index's number for the document (see TermPostings.slots). */
  doc: number;
  /** How many of the query's own terms the document has (with their word forms and typos unless exact). */
  matched: number;
  /** How many of them are in its title or, for resolutions and requests, their own text. */
  matchedInTitle: number;
  /** How often the least mentioned of the terms it has occurs in it (all fields searched): 1 is a passing mention. */
  mentions: number;
}

export interface TermMatchRequest {
  kinds?: SearchDocKind[];
  /** Only these fields count (default: all). */
  fields?: SearchField[];
  /** Stems only, as the record spells them: no prefixes, no typos, no glossary reading (text taken from the record). */
  exact?: boolean;
}

export class TermPostings {
  readonly #internals: MiniSearchInternals;
  /** Kind (index into KINDS) and record id of each short document id, read once. */
  #kinds: Uint8Array | null = null;
  #refIds: string[] = [];
  /** The table being read in steps, until #kinds is set (see readingDocuments). */
  #reading: Steps<void> | null = null;
  /** Each field's length in each document, by field id and short id (MiniSearch keeps them in a Map of arrays). */
  #lengths: Uint32Array[] = [];
  #masks = new Uint32Array(0);
  #titleMasks = new Uint32Array(0);
  #scores = new Float64Array(0);
  #counts = new Uint32Array(0);
  #mentions = new Uint32Array(0);
  /** The short ids a call touched, in the order touched: overall, and by the term being read. */
  #touched = new Uint32Array(0);
  #touchedByTerm = new Uint32Array(0);
  /**
   * The forms of query terms found before (not `exact`), by the length typed and the term: the
   * council's words recur in question after question, and each one's prefixes and typos are a walk
   * of the term tree. Valid until the index takes in or drops a document (`learn`, `forget`), which
   * can add forms; at most EXPANSIONS_KEPT forms in all, then it starts again.
   */
  #expanded = new Map<string, Expansion[]>();
  #expandedForms = 0;

  readonly #recordId: RecordIdOf | null;
  /** `sharingRecordIds` has run to the end: documents learnt since take the record's ids as they come. */
  #recordIdsShared = false;

  /**
   * `recordId`: where a document's record id is taken from (see recordIdsOf): for a document added
   * since the table of documents was read, and for the table's ids once `sharingRecordIds` has run.
   * By default, and until then, each is cut from the document's id.
   */
  constructor(engine: MiniSearch<SearchDoc>, recordId: RecordIdOf | null = null) {
    this.#internals = engine as unknown as MiniSearchInternals;
    this.#recordId = recordId;
  }

  /** The record id of a document of kind number `kind`, whose index id is `id` (`<kind>:<record id>`, the colon at `at`). */
  #refIdOf(kind: number, id: string, at: number): string {
    const refId = id.slice(at + 1);
    const kindName = KINDS[kind];
    return (kindName && this.#recordId?.(kindName, refId)) ?? refId;
  }

  #documents(): { kinds: Uint8Array; refIds: string[] } {
    if (!this.#kinds) {
      // What the steps left (see readingDocuments), now: a question cannot wait for the next slice.
      const reading = (this.#reading ??= this.#readDocuments());
      while (!reading.next().done) {
        // one step after another
      }
    }
    return { kinds: this.#kinds!, refIds: this.#refIds };
  }

  /**
   * Steps that read the table of documents (each one's kind, record id and field lengths),
   * DOCUMENTS_PER_STEP at a time: read at once, it is one turn of a quarter of a second at council
   * scale, which a question arriving meanwhile would wait for. A search that needs the table before
   * the steps end reads the rest at once; a document added or dropped meanwhile starts the reading again.
   */
  *readingDocuments(): Steps<void> {
    while (!this.#kinds) {
      this.#reading ??= this.#readDocuments();
      if (!this.#reading.next().done) yield;
    }
  }

  *#readDocuments(): Steps<void> {
    const ids = this.#internals._documentIds;
    let max = 0;
    for (const short of ids.keys()) max = Math.max(max, short);
    const kinds = new Uint8Array(max + 1).fill(255);
    const refIds: string[] = [];
    const fieldLengths = this.#internals._fieldLength;
    const lengths = Array.from({ length: Object.keys(this.#internals._fieldIds).length }, () => new Uint32Array(max + 1));
    let read = 0;
    for (const [short, id] of ids) {
      if (++read % DOCUMENTS_PER_STEP === 0) yield;
      const own = fieldLengths.get(short);
      if (own) for (let field = 0; field < lengths.length; field++) lengths[field]![short] = own[field] ?? 0;
      const text = String(id);
      const at = text.indexOf(':');
      const kind = KINDS.indexOf(text.slice(0, at) as SearchDocKind);
      if (kind < 0) continue;
      kinds[short] = kind;
      refIds[short] = text.slice(at + 1);
    }
    this.#kinds = kinds;
    this.#refIds = refIds;
    this.#lengths = lengths;
    this.#reading = null;
  }

  /** The index changed while its table was being read in steps: what was read may miss the change, so the reading starts again. */
  #restartReading(): void {
    this.#reading?.return(undefined);
    this.#reading = null;
  }

  /**
   * Steps that put the record's own copy of each document's record id in the table in place of
   * the one cut from its index id (equal strings: no answer changes), RECORD_IDS_PER_STEP at a
   * time. Looking each up costs some 1.5 us (a quarter of a second at council scale), so it is the
   * bot's background work rather than the first search's; what it saves is one string per document
   * for every full collection to mark.
   */
  *sharingRecordIds(): Steps<void> {
    const recordId = this.#recordId;
    if (!recordId || this.#recordIdsShared) return;
    this.#documents();
    for (let short = 0; short < this.#refIds.length; short++) {
      if (short % RECORD_IDS_PER_STEP === RECORD_IDS_PER_STEP - 1) yield;
      // Read again at each step: a document learnt meanwhile grows the table (with its record's id already).
      const kind = KINDS[this.#kinds![short]!];
      const cut = this.#refIds[short];
      if (kind === undefined || cut === undefined) continue;
      const own = recordId(kind, cut);
      if (own !== undefined) this.#refIds[short] = own;
    }
    this.#recordIdsShared = true;
  }

  #learnLengths(short: number): void {
    const lengths = this.#internals._fieldLength.get(short);
    if (!lengths) return;
    for (let field = 0; field < this.#lengths.length; field++) this.#lengths[field]![short] = lengths[field] ?? 0;
  }

  /** A byte per kind number: 1 for the kinds asked for (a Set look-up per posting costs more than the rest of its scoring). */
  #wanted(kinds: SearchDocKind[] | undefined): Uint8Array {
    return TermMatchTable.kindMask(kinds ?? KINDS);
  }

  /**
   * How many document numbers the index has given out: every match's `doc` is below it, and a number
   * stands for one document for as long as the index does not change (a changed document gets a new one).
   */
  slots(): number {
    return this.#documents().kinds.length;
  }

  /** A document added to the index since the table was read (its short id). */
  learn(short: number, id: string): void {
    this.#forgetExpansions();
    if (!this.#kinds) return this.#restartReading();
    const at = id.indexOf(':');
    const kind = KINDS.indexOf(id.slice(0, at) as SearchDocKind);
    if (short >= this.#kinds.length) {
      const grown = new Uint8Array(Math.max(short + 1, this.#kinds.length * 2)).fill(255);
      grown.set(this.#kinds);
      this.#kinds = grown;
    }
    this.#kinds[short] = kind < 0 ? 255 : kind;
    this.#refIds[short] = this.#refIdOf(kind, id, at);
    if (short >= this.#lengths[0]!.length) {
      this.#lengths = this.#lengths.map((old) => {
        const grown = new Uint32Array(this.#kinds!.length);
        grown.set(old);
        return grown;
      });
    }
    this.#learnLengths(short);
  }

  /** A document discarded from the index: its postings stay until MiniSearch vacuums them, so it is skipped. */
  forget(short: number): void {
    this.#forgetExpansions();
    if (!this.#kinds) return this.#restartReading();
    if (short < this.#kinds.length) this.#kinds[short] = 255;
  }

  /** The index took in or dropped a document: forms found before may be missing new words. */
  #forgetExpansions(): void {
    this.#expanded.clear();
    this.#expandedForms = 0;
  }

  /** The forms of one query term (see #expand), found once while the index stays as it is. */
  #expansions(term: string, exact: boolean, typed: number): readonly Expansion[] {
    if (exact) return this.#expand(term, true, typed);
    const key = `${typed} ${term}`;
    const known = this.#expanded.get(key);
    if (known) return known;
    const found = this.#expand(term, false, typed);
    if (this.#expandedForms + found.length > EXPANSIONS_KEPT) this.#forgetExpansions();
    this.#expanded.set(key, found);
    this.#expandedForms += found.length + 1;
    return found;
  }

  /** The forms of one query term found in the index, weighted as MiniSearch weighs them: itself, its prefixes' words, its typos. */
  #expand(term: string, exact: boolean, typed: number): Expansion[] {
    const index = this.#internals._index;
    const out: Expansion[] = [];
    const exactData = index.get(term);
    if (exactData) out.push({ term, data: exactData, weight: 1 });
    if (exact) return out;
    const prefixed: Expansion[] = [];
    if (term.length >= 3 && !isGlossaryToken(term)) {
      for (const [key, data] of index.atPrefix(term)) {
        const longer = key.length - term.length;
        if (longer) prefixed.push({ term: key, data, weight: (WEIGHTS.prefix * key.length) / (key.length + 0.3 * longer) });
      }
    }
    const typos = this.#typos(term, typed, !exactData && prefixed.length === 0);
    for (const p of prefixed) {
      typos?.delete(p.term);
      out.push(p);
    }
    for (const [key, [data, edits]] of typos ?? []) {
      if (!edits) continue;
      out.push({ term: key, data, weight: (WEIGHTS.fuzzy * key.length) / (key.length + edits) });
    }
    return out;
  }

  /**
   * The index's words a typo away from a query term: one edit in words of 6+ letters, two in long
   * ones (fuzzyFor, on the stem). A word typed with 6+ letters whose stem is shorter is read as a
   * typo too when the record never uses the stem nor any longer word starting with it (`unknown`):
   * "privte" (stem "privt") is "private". "lunch", 5 letters, is never "launch".
   */
  #typos(term: string, typed: number, unknown: boolean): Map<string, [FieldTermData, number]> | null {
    const fuzzy = fuzzyFor(term);
    let distance = fuzzy ? Math.min(MAX_FUZZY, Math.round(term.length * fuzzy)) : 0;
    if (!distance && unknown && typed >= SHORTEST_TYPO && !isGlossaryToken(term)) distance = 1;
    return distance ? this.#internals._index.fuzzyGet(term, distance) : null;
  }

  /**
   * The term as the record spells it: itself when the index holds it or a longer word starting with it,
   * else the nearest typo `rank` would match ("accomodation" -> "accommod"), else itself.
   */
  spelling(term: string, typed = term.length): string {
    const index = this.#internals._index;
    if (index.has(term) || isGlossaryToken(term)) return term;
    if (term.length >= 3) for (const _longer of index.atPrefix(term).keys()) return term;
    let best: [string, number] | null = null;
    for (const [key, [, edits]] of this.#typos(term, typed, true) ?? []) if (edits > 0 && (!best || edits < best[1])) best = [key, edits];
    return best?.[0] ?? term;
  }

  /** Whether the index holds a query term in any form `rank` and `match` would find (itself, a longer word, a typo). */
  knows(term: string, typed = term.length): boolean {
    const index = this.#internals._index;
    if (index.has(term)) return true;
    if (term.length >= 3 && !isGlossaryToken(term)) for (const _longer of index.atPrefix(term).keys()) return true;
    return (this.#typos(term, typed, true)?.size ?? 0) > 0;
  }

  /**
   * The best documents for a query, scored as MiniSearch's `search` scores them
   * (BM25+, field boosts, prefix and typo weights, times the query terms matched),
   * with typed arrays instead of an object per match, and only the best `limit` sorted.
   */
  rank(query: string, request: RankRequest = {}): RankedMatch[] {
    // One bit per distinct term in a 32-bit mask; questions are cut to 24 words before this.
    const typed = typedTerms(query, { literal: request.exact === true });
    const terms = searchTerms(query, { literal: request.exact === true });
    const unique = [...new Set(terms)].slice(0, 31);
    const all = terms.filter((t) => unique.includes(t));
    if (unique.length === 0) return [];
    const { kinds, refIds } = this.#documents();
    const internals = this.#internals;
    const wanted = this.#wanted(request.kinds);
    const fields = (request.fields ?? ['title', 'text', 'body']).map((f) => ({ id: internals._fieldIds[f]!, boost: BOOST[f] }));
    this.#ensureArrays(kinds.length);
    const masks = this.#masks;
    const scores = this.#scores;
    // Each document once, in the order first scored (a common word's run to tens of thousands: no array grows).
    const touched = this.#touched;
    let touchedCount = 0;
    const used: Expansion[] = [];
    for (const term of all) {
      const bit = 1 << unique.indexOf(term);
      for (const expansion of this.#expansions(term, request.exact === true, typed.get(term) ?? term.length)) {
        used.push(expansion);
        for (const field of fields) {
          const docs = expansion.data.get(field.id);
          if (!docs) continue;
          const idf = Math.log(1 + (internals._documentCount - docs.size + 0.5) / (docs.size + 0.5));
          const average = internals._avgFieldLength[field.id]!;
          const weight = expansion.weight * field.boost;
          const lengths = this.#lengths[field.id]!;
          // forEach, not for-of: the index keeps most postings in packed lists (./posting-list.ts).
          docs.forEach((tf, short) => {
            if (wanted[kinds[short]!] !== 1) return;
            const length = lengths[short] ?? 0;
            const score = idf * (BM25.d + (tf * (BM25.k + 1)) / (tf + BM25.k * (1 - BM25.b + (BM25.b * length) / average)));
            if (masks[short] === 0) touched[touchedCount++] = short;
            masks[short]! |= bit;
            scores[short]! += weight * score;
          });
        }
      }
    }
    const everyTerm = (1 << unique.length) - 1;
    const floor = request.share === undefined ? Number.NEGATIVE_INFINITY : request.share * bestScore(touched, touchedCount, masks, scores, request.combineWith === 'AND' ? everyTerm : 0);
    const limit = request.limit ?? touchedCount;
    // The best `limit` in score order; ties keep the order first found, as MiniSearch's stable sort does.
    // A few kept by insertion; many (every match of common words) by one stable sort, not insertion.
    const best: { short: number; score: number; matched: number }[] = [];
    const inserting = limit <= INSERTION_LIMIT;
    for (let t = 0; t < touchedCount; t++) {
      const short = touched[t]!;
      const mask = masks[short]!;
      const matched = bits(mask);
      const score = scores[short]! * matched;
      masks[short] = 0;
      scores[short] = 0;
      if (request.combineWith === 'AND' && mask !== everyTerm) continue;
      if (score < floor) continue;
      if (!inserting) {
        best.push({ short, score, matched });
        continue;
      }
      if (best.length === limit && (limit === 0 || score <= best[limit - 1]!.score)) continue;
      let at = best.length;
      while (at > 0 && best[at - 1]!.score < score) at--;
      best.splice(at, 0, { short, score, matched });
      if (best.length > limit) best.pop();
    }
    if (!inserting) {
      best.sort((a, b) => b.score - a.score);
      best.length = Math.min(best.length, limit);
    }
    const fieldIds = fields.map((f) => f.id);
    const termsOf = best.length > INSERTION_LIMIT ? termsByPass(best, used, fieldIds) : (short: number) => [...new Set(used.filter((e) => fieldIds.some((f) => e.data.get(f)?.has(short))).map((e) => e.term))];
    return best.map(({ short, score, matched }) => ({
      kind: KINDS[kinds[short]!]!,
      refId: refIds[short]!,
      doc: short,
      score,
      terms: termsOf(short),
      queryTermsMatched: matched,
    }));
  }

  #ensureArrays(size: number): void {
    if (this.#masks.length >= size) return;
    this.#masks = new Uint32Array(size);
    this.#titleMasks = new Uint32Array(size);
    this.#scores = new Float64Array(size);
    this.#counts = new Uint32Array(size);
    this.#mentions = new Uint32Array(size);
    this.#touched = new Uint32Array(size);
    this.#touchedByTerm = new Uint32Array(size);
  }

  /** Every document with at least one of the query's terms, with how many it has. */
  match(query: string, request: TermMatchRequest = {}): TermMatch[] {
    return this.matchTable(query, request).toMatches();
  }

  /**
   * What `match` finds, column by column in the same order: a common word matches tens of
   * thousands of documents, and an object for each was most of a topic question's garbage.
   */
  matchTable(query: string, request: TermMatchRequest = {}): TermMatchTable {
    const typed = typedTerms(query, { literal: request.exact === true });
    const terms = [...typed.keys()].slice(0, 24);
    if (terms.length === 0) return TermMatchTable.EMPTY;
    const { kinds, refIds } = this.#documents();
    const fieldIds = this.#internals._fieldIds;
    const wanted = this.#wanted(request.kinds);
    const fields = new Set((request.fields ?? ['title', 'text', 'body']).map((f) => fieldIds[f]));
    const titleFields = new Set([fieldIds.title, fieldIds.text]);
    // Bit sets by short id, reused between calls (matching is synchronous): a common
    // word has tens of thousands of documents, and arrays beat maps by far there.
    this.#ensureArrays(kinds.length);
    const masks = this.#masks;
    const titleMasks = this.#titleMasks;
    // Each document once, in the order first matched; and once per term (no array grows).
    const touched = this.#touched;
    const touchedByTerm = this.#touchedByTerm;
    let touchedCount = 0;
    const counts = this.#counts;
    const mentions = this.#mentions;
    terms.forEach((term, i) => {
      const bit = 1 << i;
      let byTermCount = 0;
      for (const { data } of this.#expansions(term, request.exact === true, typed.get(term) ?? term.length)) {
        for (const [field, docs] of data) {
          if (!fields.has(field)) continue;
          const inTitle = titleFields.has(field);
          docs.forEach((tf, short) => {
            if (wanted[kinds[short]!] !== 1) return;
            if (masks[short] === 0) touched[touchedCount++] = short;
            if (counts[short] === 0) touchedByTerm[byTermCount++] = short;
            masks[short]! |= bit;
            counts[short]! += tf;
            if (inTitle) titleMasks[short]! |= bit;
          });
        }
      }
      for (let t = 0; t < byTermCount; t++) {
        const short = touchedByTerm[t]!;
        const count = counts[short]!;
        mentions[short] = mentions[short] === 0 ? count : Math.min(mentions[short]!, count);
        counts[short] = 0;
      }
    });
    const size = touchedCount;
    const table = new TermMatchTable(size, new Uint8Array(size), new Array<string>(size), new Uint32Array(size), new Uint8Array(size), new Uint8Array(size), new Uint32Array(size));
    for (let i = 0; i < size; i++) {
      const short = touched[i]!;
      table.kindCodes[i] = kinds[short]!;
      table.docs[i] = short;
      table.refIds[i] = refIds[short]!;
      table.matched[i] = bits(masks[short]!);
      table.matchedInTitle[i] = bits(titleMasks[short]!);
      table.mentions[i] = mentions[short]!;
      masks[short] = 0;
      titleMasks[short] = 0;
      mentions[short] = 0;
    }
    return table;
  }
}

/**
 * Matches as parallel columns: the i-th match is of kind `KINDS[kindCodes[i]]` (see `kindOf`),
 * record id `refIds[i]`, with `matched[i]` of the query's terms, and so on as in TermMatch.
 */
export class TermMatchTable {
  static readonly EMPTY = new TermMatchTable(0, new Uint8Array(0), [], new Uint32Array(0), new Uint8Array(0), new Uint8Array(0), new Uint32Array(0));

  constructor(
    readonly size: number,
    readonly kindCodes: Uint8Array,
    readonly refIds: string[],
    /** The index's number for each document (see TermPostings.slots). */
    readonly docs: Uint32Array,
    readonly matched: Uint8Array,
    readonly matchedInTitle: Uint8Array,
    readonly mentions: Uint32Array,
  ) {}

  kindOf(i: number): SearchDocKind {
    return KINDS[this.kindCodes[i]!]!;
  }

  /** A byte per kind code, 1 for the kinds given: `wanted[table.kindCodes[i]] === 1` keeps match i. */
  static kindMask(kinds: readonly SearchDocKind[]): Uint8Array {
    const wanted = new Uint8Array(256);
    for (const kind of kinds) {
      const at = KINDS.indexOf(kind);
      if (at >= 0) wanted[at] = 1;
    }
    return wanted;
  }

  /** The matches as objects, in order. */
  toMatches(): TermMatch[] {
    const out: TermMatch[] = new Array(this.size);
    for (let i = 0; i < this.size; i++) {
      out[i] = { kind: this.kindOf(i), refId: this.refIds[i]!, doc: this.docs[i]!, matched: this.matched[i]!, matchedInTitle: this.matchedInTitle[i]!, mentions: this.mentions[i]! };
    }
    return out;
  }
}

/** Record ids shared per step of `sharingRecordIds`: a few milliseconds' work. */
const RECORD_IDS_PER_STEP = 2_000;

/** Documents read per step of `readingDocuments`: a few milliseconds' work (some 1.5 us each). */
const DOCUMENTS_PER_STEP = 2_000;

/** Forms of query terms kept between questions (see TermPostings.#expanded): a few MB at most. */
const EXPANSIONS_KEPT = 100_000;

/** Up to this many best matches are kept by insertion as they are scored; more are sorted once at the end. */
const INSERTION_LIMIT = 64;

/**
 * Each kept document's matched terms (in the order the expansions were used), by one pass over the
 * expansions' postings: for many documents, cheaper than looking each one up in every expansion.
 */
function termsByPass(best: ReadonlyArray<{ short: number }>, used: readonly Expansion[], fieldIds: readonly number[]): (short: number) => string[] {
  const found = new Map<number, Set<string>>(best.map(({ short }) => [short, new Set<string>()]));
  for (const expansion of used) {
    for (const field of fieldIds) {
      expansion.data.get(field)?.forEach((_tf, short) => found.get(short)?.add(expansion.term));
    }
  }
  return (short) => [...(found.get(short) ?? [])];
}

/** The best score among the documents touched (those with every term of `required`, when it is not 0), as `rank` scores them; 0 for none. */
function bestScore(touched: Uint32Array, count: number, masks: Uint32Array, scores: Float64Array, required: number): number {
  let best = 0;
  for (let t = 0; t < count; t++) {
    const short = touched[t]!;
    const mask = masks[short]!;
    if (required !== 0 && mask !== required) continue;
    const score = scores[short]! * bits(mask);
    if (score > best) best = score;
  }
  return best;
}

function bits(mask: number): number {
  let n = 0;
  for (let m = mask; m; m &= m - 1) n++;
  return n;
}
