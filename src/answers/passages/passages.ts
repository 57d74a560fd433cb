// Facts that live in a paper's body, not in a resolution or a title: "how many open
// cases are there", "what's the young carers programme", "when is the DfE review".
// The index picks the few items whose bodies match best; only their sentences are
// read and scored, so a question never scans the record's bodies. Exempt items have
// no body in the index and are skipped here too.
import type { AgendaItem, Meeting } from '../../model.ts';
import { isGlossaryToken } from '../../search/glossary.ts';
import { processTerm, searchTerms, tokenize } from '../../search/search-options.ts';
import type { AnswerEntry } from '../answer.ts';
import { cite, citeLabel, clip } from '../answer-parts.ts';
import type { AnswerContext } from '../context.ts';
import { heldBy, ofCommittee, papersOutBy } from '../record-view.ts';
import { withoutGenericWords } from '../topics/topic-hits.ts';
import { dateIn, type Period } from '../question/question-periods.ts';

/** Items whose bodies are read for one question. */
const ITEMS_READ = 8;
/** Passages shown: enough to answer, short enough for a phone. */
const MAX_PASSAGES = 3;
const PASSAGE_CHARS = 300;

/** Words asking for a figure: sentences with numbers weigh more. */
export const FIGURE_QUESTION = /\b(?:how many|how much|how long|how often|figures?|numbers?|rates?|percentage|per cent|proportion|stats?|statistics|totals?|count)\b|%/i;
/** Questions after a fact: a figure, a date, a programme or what something is. */
/** "What did Ofsted say in 2017", "how were we rated": a verdict, which the papers give in words of judging. */
export const VERDICT_QUESTION = /\b(?:what (?:did|does|do|has|have) (?:[a-z'’]+ ){1,3}(?:say|said|find|found|judge|judged|rate|rated|conclude|concluded|think|report|reported)|(?:rating|rated|judgement|judgment|grade|graded|verdict|outcome) (?:of|for|from|by|in|was|were|is)|how (?:were|was|are|is) (?:we|they|it|the council|services|children'?s services) (?:rated|judged|graded))\b/i;
const VERDICT_WORDS = /\b(?:judged?|judgements?|judgments?|rated|rating|graded|overall|inadequate|requires improvement|outstanding|good)\b/i;

export const FACT_QUESTION = /^(?:how (?:many|much|long|often|big|far)|(?:what (?:is|are|was|were)|what'?s|whats|wats) (?:the |our )?|when (?:is|was|will|are) (?:the |our )?|whens (?:the |our )?|which |what percentage|what proportion|is there an?\b)/i;

export interface Passage {
  text: string;
  item: AgendaItem;
  meeting: Meeting;
  score: number;
}

/** A sentence of a body, with the one after it in the same paragraph (which often completes a figure). */
interface Sentence {
  text: string;
  next: string | null;
  /** The sentence before it (in the paragraph, or the last of the one before), or null. */
  before: string | null;
}

/** A body as sentences: lines first (bullets and numbered paragraphs), then sentence ends. */
function sentencesOf(body: string): Sentence[] {
  const out: Sentence[] = [];
  for (const line of body.split(/\n+/)) {
    const text = line.replace(/^[\s\-–•·*]*(?:\d+(?:\.\d+)*\)?\s+)?/, '').trim();
    if (text.length < 20) continue;
    const parts = text.split(/(?<=[.!?])\s+(?=[A-Z0-9“"(])/).map((s) => s.trim());
    parts.forEach((sentence, i) => {
      if (sentence.length >= 20) out.push({ text: sentence, next: parts[i + 1] ?? null, before: parts[i - 1] ?? out.at(-1)?.text ?? null });
    });
  }
  return out;
}

/** How many figures a sentence gives: numbers other than years, section numbers and list numbers. */
function figureCount(sentence: string): number {
  return (sentence.replace(/\b(?:19|20)\d\d\b|\b(?:section|act|regulation|minute|item|paragraph|appendix|page)s? \d+/gi, '').match(/\d[\d,.]*%?/g) ?? []).length;
}

/** The stems of a sentence's words as the index holds them, glossary terms included, and its numbers ("3,500" as 3500 too). */
function termsOf(sentence: string): Set<string> {
  const found = new Set<string>();
  for (const token of tokenize(sentence)) {
    const term = processTerm(token);
    if (term) found.add(term);
  }
  for (const n of sentence.match(/\d[\d,]*/g) ?? []) found.add(n.replace(/,/g, ''));
  return found;
}

/** Whether the record knew this item's body by now: an agenda's paper once out, minutes once held. */
function bodyKnown(ctx: AnswerContext, meeting: Meeting): boolean {
  if (!ofCommittee(ctx, meeting) || !papersOutBy(meeting, ctx.t)) return false;
  return meeting.status !== 'minutes' || heldBy(ctx.view, meeting, ctx.t);
}

/**
 * The sentences of item bodies that best answer `query`, best first. A sentence must hold
 * most of the query's words (always its rarest, glossary terms first); numbers the
 * question gives weigh most, and figures count when `figures` is asked.
 */
export function findPassages(ctx: AnswerContext, query: string, options: { figures?: boolean; verdict?: boolean; period?: Period | null } = {}): Passage[] {
  const core = withoutGenericWords(query) || query;
  const wanted = [...new Set(searchTerms(core))];
  if (wanted.length === 0) return [];
  const numbers = new Set((core.match(/\d[\d,]*/g) ?? []).map((n) => n.replace(/,/g, '')));
  const hits = ctx.index.search(core, { kinds: ['item'], combineWith: 'OR', limit: ITEMS_READ * 2 });
  const best = hits[0]?.score ?? 0;

  // The sentences of the best items known by now, with their words.
  const candidates: { sentence: Sentence; has: Set<string>; around: Set<string>; item: AgendaItem; meeting: Meeting; fit: number }[] = [];
  let read = 0;
  for (const hit of hits) {
    if (read === ITEMS_READ) break;
    const item = ctx.view.store.item(hit.refId);
    const meeting = item ? ctx.view.meetings.get(item.meetingId) : undefined;
    if (!item || !meeting || item.private || !item.body || !bodyKnown(ctx, meeting) || !dateIn(options.period, meeting.date)) continue;
    read++;
    const titled = termsOf(item.title);
    for (const sentence of sentencesOf(item.body)) {
      // Words of the item's title, or of the sentence before, count for half: "referred to the programme" after "the Saplings Programme".
      const around = sentence.before ? new Set([...titled, ...termsOf(sentence.before)]) : titled;
      candidates.push({ sentence, has: termsOf(sentence.text), around, item, meeting, fit: best > 0 ? hit.score / best : 0 });
    }
  }
  // A word few of these sentences hold tells more than one most of them hold ("referred" beside "children").
  const rarity = new Map<string, number>();
  for (const t of wanted) {
    const df = candidates.filter((c) => c.has.has(t)).length;
    rarity.set(t, Math.log(1 + candidates.length / (1 + df)));
  }
  // A number the question gives is the surest sign; a named subject (glossary term) next.
  const weight = (t: string) => (numbers.has(t) ? 3 : isGlossaryToken(t) ? 1.5 : 1) * (0.5 + rarity.get(t)!);
  const total = wanted.reduce((sum, t) => sum + weight(t), 0);
  const needed = total * (wanted.length > 2 ? 0.5 : 0.6);

  // A verdict asked of no date is the latest one: newer papers weigh a little more.
  const starts = candidates.map((c) => ctx.view.starts.get(c.meeting.id) ?? 0);
  const oldest = Math.min(...starts);
  const span = Math.max(1, Math.max(...starts) - oldest);
  const recency = (meeting: Meeting) => (options.verdict && !options.period ? (0.3 * ((ctx.view.starts.get(meeting.id) ?? oldest) - oldest)) / span : 0);
  const titles = new Map<AgendaItem, Set<string>>();
  const titled = (item: AgendaItem) => titles.get(item) ?? titles.set(item, termsOf(item.title)).get(item)!;
  const found: Passage[] = [];
  for (const { sentence, has, around, item, meeting, fit } of candidates) {
    const matched = wanted.filter((t) => has.has(t));
    if (matched.length === 0 || matched.every((t) => numbers.has(t))) continue;
    let score = matched.reduce((sum, t) => sum + weight(t), 0);
    // Only a subject carries over from the sentence before; a verb or a figure does not.
    for (const t of wanted) if (!has.has(t) && (titled(item).has(t) || (isGlossaryToken(t) && around.has(t)))) score += weight(t) / 2;
    if (score < needed) continue;
    score /= total;
    if (options.figures) {
      const figures = figureCount(sentence.text);
      if (figures > 0) score += 0.3 + 0.05 * Math.min(4, figures);
    }
    if (options.verdict && VERDICT_WORDS.test(sentence.text)) score += 0.4 + recency(meeting);
    // The better the item matched as a whole, the more its sentences count.
    score += fit * 0.2;
    // A short sentence keeps the one after it when that completes it ("65 appointed ... 60 retained").
    const text = sentence.next && sentence.text.length + sentence.next.length < PASSAGE_CHARS - 20 ? `${sentence.text} ${sentence.next}` : sentence.text;
    found.push({ text, item, meeting, score });
  }
  // Best first; the same sentence in two papers (an item page and its minutes) once.
  const seen = new Set<string>();
  return found
    .sort((a, b) => b.score - a.score)
    .filter((p) => {
      const key = p.text.toLowerCase().replace(/\s+/g, ' ');
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, MAX_PASSAGES);
}

export function passageEntry(ctx: AnswerContext, passage: Passage): AnswerEntry {
  return {
    text: clip(passage.text, PASSAGE_CHARS),
    quote: true,
    label: citeLabel(passage.meeting, passage.item),
    cite: cite(ctx.view, passage.meeting, passage.item),
  };
}
