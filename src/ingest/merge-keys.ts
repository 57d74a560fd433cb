// How the merge decides that two mentions are the same thing: normalised keys,
// short stable ids and a word-overlap score. Council documents spell the same
// committee or item title with different case, punctuation, "&"/"and" and
// curly or straight quotes, so identity never rests on the raw text.
import { createHash } from 'node:crypto';

/** Lower case, no accents, straight quotes, "&" as "and", punctuation as spaces. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    // "Co-ordination" and "Coordination", "Children's" and "Childrens" are one word.
    .replace(/['\u2018\u2019\u02bc`\u00b4-]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A committee's identity: "Education & Children’s Services Scrutiny Board (2)" = "education and childrens services scrutiny board 2". */
export function committeeKey(committee: string | null): string {
  if (!committee) return '';
  return normaliseText(committee).replace(/^the /, '');
}

/** An item title's identity, without a leading minute or agenda number. */
export function titleKey(title: string): string {
  return normaliseText(title.replace(/^\s*(?:\d+[a-z]?|[a-z])[.)]\s+/i, ''));
}

/** Meeting identity: committee and London date (null date: the undated placeholder). */
export function meetingKey(committee: string | null, date: string | null): string {
  return `${committeeKey(committee)}|${date ?? 'undated'}`;
}

export function shortHash(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('base64url').slice(0, 16);
}

const STOP_WORDS = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'for', 'from', 'had', 'has', 'have', 'in', 'is', 'it', 'its',
  'of', 'on', 'or', 'that', 'the', 'this', 'to', 'was', 'were', 'which', 'with',
]);

/** Content words, crudely singular ("Declarations of Interests" ~ "Declaration of Interest"). */
export function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const word of normaliseText(text).split(' ')) {
    if (!word || STOP_WORDS.has(word)) continue;
    words.add(word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word);
  }
  return words;
}

/** Dice overlap of two word sets, 0..1. */
export function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** How alike two item titles are: 1 when equal, high when one only adds a word or two to the other. */
export function titleSimilarity(a: string, b: string): number {
  if (titleKey(a) === titleKey(b)) return 1;
  const wa = contentWords(a);
  const wb = contentWords(b);
  const score = overlap(wa, wb);
  const [small, large] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  const contained = small.size > 0 && [...small].every((w) => large.has(w));
  // "Minutes" and "Minutes of the previous meeting"; not "Outcome" and a long unrelated title.
  return contained && large.size - small.size <= 2 ? Math.max(score, 0.8) : score;
}

/** The municipal year of a date: it starts with the annual meeting in May ("2017/18"). */
export function municipalYearOfDate(date: string): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  const start = m >= 5 ? y : y - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}
