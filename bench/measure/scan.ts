// The baseline the index is compared with: a linear scan over the record's text,
// made fair. Every text is tokenised and stemmed once, up front (not timed per
// question), into arrays of term numbers; a question then (1) finds the terms
// of the vocabulary that match each of its words as the index would (the same
// stem, a prefix, or a typo within the search options' distance), in one pass
// over the vocabulary, and (2) walks every entry's term numbers once, scoring
// with the index's field boosts. No inverted index: that is what the index adds.
import type { BoardRecord } from '../../src/model.ts';
import { BOOST, DEFAULT_SEARCH, fuzzyFor, SEARCH_OPTIONS, searchTerms } from '../../src/search/search-options.ts';
import type { Question, QuestionKind } from './questions.ts';

/** Edit distance of a and b, or max + 1 once it is sure to exceed max. */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      row.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length]!;
}

/** A text's terms as the index holds them: the index's own tokeniser and term processing. */
function indexedTerms(text: string): string[] {
  const out: string[] = [];
  for (const token of SEARCH_OPTIONS.tokenize!(text, undefined)) {
    const term = SEARCH_OPTIONS.processTerm!(token, undefined);
    if (typeof term === 'string') out.push(term);
    else if (Array.isArray(term)) out.push(...term);
  }
  return out;
}

const MAX_FUZZY = typeof DEFAULT_SEARCH.maxFuzzy === 'number' ? DEFAULT_SEARCH.maxFuzzy : 2;

/** How well one query stem matches one indexed stem: 1 exact, less for a prefix or a typo, 0 none. */
export function termMatch(query: string, word: string): number {
  if (word === query) return 1;
  if (query.length >= 3 && word.startsWith(query)) return 0.5;
  const fuzzy = fuzzyFor(query);
  if (fuzzy === false) return 0;
  const max = Math.min(MAX_FUZZY, Math.round(fuzzy * query.length));
  return max > 0 && boundedDistance(query, word, max) <= max ? 0.4 : 0;
}

interface Entry {
  /** Term numbers of each field, weighted by the field's boost. */
  fields: { terms: Int32Array; boost: number }[];
}

/** Topic questions need every word; free search any. */
const ALL_WORDS: ReadonlySet<QuestionKind> = new Set(['resolutions', 'requests-about', 'history']);

export class ScanBaseline {
  readonly #vocabulary: string[] = [];
  readonly #ids = new Map<string, number>();
  readonly #entries: Entry[] = [];

  /** Tokenises and stems the whole record once. */
  constructor(record: Readonly<BoardRecord>) {
    const titles = new Map(record.items.map((i) => [i.id, i.title]));
    const hidden = new Set(record.items.filter((i) => i.private).map((i) => i.id));
    const field = (text: string, boost: number) => ({ terms: Int32Array.from(indexedTerms(text), (t) => this.#id(t)), boost });
    for (const i of record.items) this.#entries.push({ fields: [field(i.title, BOOST.title), field(i.private ? '' : i.body, BOOST.body)] });
    for (const r of [...record.resolutions, ...record.requests]) {
      if (hidden.has(r.itemId)) continue;
      this.#entries.push({ fields: [field(titles.get(r.itemId) ?? '', BOOST.title), field(r.text, BOOST.text)] });
    }
    for (const w of record.workProgramme) this.#entries.push({ fields: [field(w.title, BOOST.title), field(`${w.detail ?? ''} ${w.leads.join(' ')}`, BOOST.body)] });
  }

  #id(term: string): number {
    let id = this.#ids.get(term);
    if (id === undefined) {
      id = this.#vocabulary.length;
      this.#vocabulary.push(term);
      this.#ids.set(term, id);
    }
    return id;
  }

  get entries(): number {
    return this.#entries.length;
  }

  get vocabulary(): number {
    return this.#vocabulary.length;
  }

  /** How many entries the question's answer would list (at most 10 for free search). */
  answer(question: Question): number {
    const words = [...new Set(searchTerms(question.subject ?? question.text))];
    if (words.length === 0) return 0;
    // One weight array per query word: the vocabulary pass.
    const weights = words.map((w) => {
      const row = new Float32Array(this.#vocabulary.length);
      this.#vocabulary.forEach((term, id) => {
        row[id] = termMatch(w, term);
      });
      return row;
    });
    const all = ALL_WORDS.has(question.kind);
    const scores: number[] = [];
    for (const entry of this.#entries) {
      let score = 0;
      let matchedWords = 0;
      for (const row of weights) {
        let best = 0;
        for (const f of entry.fields) {
          for (let k = 0; k < f.terms.length; k++) {
            const w = row[f.terms[k]!]! * f.boost;
            if (w > best) best = w;
          }
        }
        if (best > 0) matchedWords++;
        score += best;
      }
      if (matchedWords === 0 || (all && matchedWords < weights.length)) continue;
      scores.push(score * matchedWords);
    }
    if (all) return scores.length;
    scores.sort((a, b) => b - a);
    return Math.min(10, scores.length);
  }
}
