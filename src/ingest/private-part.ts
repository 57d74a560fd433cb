// Schedule 12A, read by structure rather than by wording. Councils print the start of a private part in endless words
// ("PART 2 - NOT FOR PUBLICATION", "Items not open to the public", "Reserved Matters", "B ITEMS", "RHAN 2 - EITEMAU
// CYFRINACHOL", "Not for publication by virtue of paragraph 3 of Part 1 of Schedule 12A ..."), and each wording a reader
// did not know has run an exempt item's words into the public item above it. What the wordings share is their make-up:
// a line made of nothing but the language of privacy (a privacy word, the statute's reference) and the language of
// parts of a meeting (part, items, business, session, the, of, paragraph 3 ...). A title, a sentence or a paper's name
// always brings a word of its own ("Appendix 2 - Confidential", "Confidential Reporting Policy", "The decision is exempt
// from call-in"), so a line made only of those two vocabularies is a part's heading or an item's mark whatever its order.
//
// Exclusion words ("Exclusion of the press and public") are left out on purpose: an exclusion item names the exclusion,
// often only as a question, and says itself which items it covers; the exclusion readers decide those.

/** Words that make a line private on their own. */
const PRIVATE_WORDS = new Set([
  'exempt',
  'confidential',
  'private',
  'restricted',
  'nonpublic',
  'privileged',
  // Welsh: confidential, private, exempt.
  'cyfrinachol',
  'preifat',
  'eithriedig',
  'esempt',
]);
/** Words private only beside a part of the meeting ("Closed Session", "Reserved Matters"; "Closed" alone is a status). */
const PRIVATE_WITH_PART = new Set(['closed', 'reserved']);
/** Parts of a meeting: a line naming one is a heading over the items after it, not one item's mark. */
const PART_WORDS = new Set(['part', 'parts', 'items', 'item', 'business', 'matters', 'matter', 'session', 'section', 'agenda', 'reports', 'rhan', 'eitemau', 'eitem', 'busnes', 'materion']);
/** Words any heading of a part may carry around them, the statute's citation among them. */
const FILLER_WORDS = new Set(
  (
    'the of to be by and or for which that in on under with virtue paragraph paragraphs para paras schedule section act local government ' +
    'scotland wales amended as public press consideration considered consider containing contains contain involving involves involve likely ' +
    'disclosure information following remaining if any category categories class relevant is are a an taken ' +
    'y yr a o ar gyfer gwybodaeth'
  ).split(' '),
);
/** Phrases that say private in several words: rewritten to one private word before the words are counted. */
const PRIVATE_PHRASES = /\b(?:not for (?:general )?publication|not open to (?:the )?(?:press and |public and )?(?:public|press)|in camera|non public|schedule (?:12|7) ?a|section (?:100|50) ?a)\b/g;
/** "Part 2", "RHAN 2", "B items": a part of the meeting that is private by its number alone. */
const PRIVATE_PART_PHRASES = /\b(?:(?:part|rhan) (?:2|ii|two|b|dau)|b (?:items|business))\b/g;
/** "Part 1 of Schedule 12A": the statute's part in a citation, no part of the meeting. */
const CITED_PART = /\bpart (?:1|i|one|4|iv|four) of\b/g;
/** "4", "1972", "ii", "(4)": numbers a citation or a heading's own number brings. */
const NUMBER_WORD = /^(?:\d{1,4}[a-z]?|[ivx]{1,4})$/;
/** Longer than any heading of a part: a sentence about privacy, not a heading. */
const MOST_WORDS = 24;

export type PrivateLine = 'part' | 'mark';

/**
 * A line made only of the words of privacy and of a meeting's parts: "part" when it names a part of the meeting (the
 * items after it are private), "mark" when it marks one item ("Exempt - Paragraph 3", "CONFIDENTIAL"); null otherwise.
 */
export function privateLineKind(text: string): PrivateLine | null {
  if (text.length > 200) return null;
  const words = text
    .toLowerCase()
    .replace(/[‘’']/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(CITED_PART, ' of ')
    .replace(PRIVATE_PHRASES, ' exempt ')
    .replace(PRIVATE_PART_PHRASES, ' exempt part ')
    .trim()
    .split(/ +/);
  if (words.length > MOST_WORDS) return null;
  let privateWord = false;
  let guarded = false;
  let part = false;
  for (const word of words) {
    if (PRIVATE_WORDS.has(word)) privateWord = true;
    else if (PRIVATE_WITH_PART.has(word)) guarded = true;
    else if (PART_WORDS.has(word)) part = true;
    else if (!FILLER_WORDS.has(word) && !NUMBER_WORD.test(word)) return null;
  }
  if (!privateWord && !(guarded && part)) return null;
  return part ? 'part' : 'mark';
}

/** "(Paragraph 3)", "Paras 1 and 2": the ground of an exemption given after an item's title, its number alone. */
const PARAGRAPH_GROUND = /^(?:exempt )?(?:under )?para(?:graph)?s?\.? ?\d{1,2}(?:(?: ?, ?| and | & )\d{1,2}){0,4}$/i;

/**
 * A title that carries a private mark around its own words: "(Confidential) Sale of Land", "Sale of Land (Paragraph 3)",
 * "Sale of Land - Not for publication by virtue of paragraph 3 of Part 1 of Schedule 12A". The mark is a bracket or a
 * dash's tail (or head) made only of privacy words, or of the paragraph that makes it exempt.
 */
export function titleCarriesPrivateMark(title: string): boolean {
  const text = title.trim();
  const bracket = /^\(([^()]{1,120})\)|\(([^()]{1,160})\)$/.exec(text);
  const inBracket = bracket?.[1] ?? bracket?.[2];
  if (inBracket && (privateLineKind(inBracket) || PARAGRAPH_GROUND.test(inBracket.trim()))) return true;
  const parts = text.split(/ [-–—:] | ?: /);
  if (parts.length < 2) return false;
  return [parts[0]!, parts[parts.length - 1]!].some((part) => privateLineKind(part) !== null || PARAGRAPH_GROUND.test(part.trim()));
}

/** A line that stops mid-sentence: a connecting word, a citation's word or a comma at its end. */
const RUNS_ON = /(?:[,(]|\b(?:in|of|the|as|to|and|or|by|under|with|for|from|at|on|an?|that|which|is|are|be|been|being|within|per|paragraphs?|paras?|schedule|section|part))$/i;

/**
 * A privacy line that only continues the sentence above it ("... exempt information as defined in" / "Paragraph 3 of
 * Part 1 of Schedule 12A"): part of a wrapped resolution, not a heading. A heading stands on its own: after a blank
 * line, or after a line that ends where a sentence or a title ends.
 */
export function continuesAbove(above: string | null, text: string): boolean {
  if (/^[a-z]/.test(text)) return true;
  if (above === null) return false;
  // Only a line that plainly stops mid-sentence: a long title ending in a word, over a part's heading, stays a title.
  return RUNS_ON.test(above.trimEnd());
}
