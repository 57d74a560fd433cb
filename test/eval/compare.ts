// How the scorer compares what was parsed with the facts. Kept apart from the
// parser's own normalisation on purpose: a fault there must not hide here.
// A parser is not penalised for differences a reader would not notice (case,
// white space, curly quotes, dashes, list markers, a closing full stop), and
// nothing matches by accident (an item needs its number or most of its title).

const QUOTES = /[\u2018\u2019\u201a\u201b\u2032`\u00b4\u201c\u201d\u201e\u201f\u2033"']/g;
const DASHES = /[\u2010-\u2015\u2212\u00ad]/g;
// A list marker standing alone: "1)", "(a)", "iv)", "2.", "•", "-". Unlike "2.5" or "(2024)".
const LIST_MARKER = /(?<=^|\s)(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,5})\)|\d{1,2}\.|[•\u2022\u25cf\u25aa\u00b7*-])(?=\s|$)/g;

// A superscript ordinal that text extraction split from its number: "19 th" is "19th".
const SPLIT_ORDINAL = /(\d) (st|nd|rd|th)\b/g;

/** Lower-case words of letters and digits, one space apart. */
export function words(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(SPLIT_ORDINAL, '$1$2')
    .replace(QUOTES, '')
    .replace(DASHES, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// A capitalised word printed letter by letter for emphasis: "T H A T".
const LETTER_SPACED = /\b[A-Z](?: [A-Z]){2,}\b/g;

// The label a decision is printed under, when the clause is quoted with it: "RESOLVED that", "it was agreed that",
// "The Committee AGREED", "UNANIMOUSLY RESOLVED TO RECOMMEND TO COUNCIL that". Only the label: "noted" stays.
const DECISION_LABEL =
  /^(?:(?:following consideration|thereafter|having considered the report) )?(?:(?:the )?(?:committee|sub committee|board|panel|cabinet|council|commission|executive) |it was )?(?:unanimously )?(?:resolved|agreed|decided|recommended)(?: to recommend(?: to(?: the)? council)?)? ?/;

/** A decision clause for comparison: list markers, "T H A T" spacing, a leading "That" and a closing "; and" do not count. */
export function clauseKey(text: string): string {
  const joined = text.normalize('NFKC').replace(/\s+/g, ' ').replace(LETTER_SPACED, (m) => m.replace(/ /g, ''));
  const spaced = joined.toLowerCase().replace(DASHES, '-');
  return words(spaced.replace(LIST_MARKER, ' '))
    .replace(DECISION_LABEL, '')
    .replace(/^that /, '')
    .replace(/ (?:and|or)$/, '');
}

/** A title for comparison: case, white space, quotes, dashes and a closing full stop do not count. */
export function titleKey(text: string): string {
  return words(text);
}

/** An item number as printed: "5.", "Item 5", "(5)" and "5" are the same; "3(a)" is "3a". */
export function numberKey(number: string | null): string | null {
  if (number === null) return null;
  const key = number
    .toLowerCase()
    .replace(/^\s*(?:agenda\s+)?(?:item|minute|min)\.?\s*(?:no\.?\s*)?/, '')
    .replace(/[\s().:]+/g, '');
  return key || null;
}

/** Titles a name may carry, police ranks among them ("PC", "Sergeant", "Inspector"): the README's rule on names. */
const NAME_TITLES =
  /^(?:(?:county|city|borough|district|town|parish|community)\s+)?(?:councillors?|cllrs?|mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|lord|lady|rev|revd|reverend|canon|alderman|alderwoman|ald|deputy|baroness|baron|the|pcso|p\.c\.s\.o|pc|p\.c|sgt|sergeant|insp|inspector|chief inspector|superintendent)\b\.?\s*/i;

/** A person's name for comparison: titles, a bracketed note ("(Chair)"), dots and case do not count. */
export function nameKey(name: string): string {
  let text = name.replace(/\([^)]*\)/g, ' ').trim();
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(NAME_TITLES, '');
  }
  return words(text);
}

/** Sørensen-Dice on the multisets of words of two titles: 1 for the same words, 0 for none shared. */
export function similarity(a: string, b: string): number {
  const left = titleKey(a).split(' ').filter(Boolean);
  const right = titleKey(b).split(' ').filter(Boolean);
  if (left.length === 0 || right.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const w of left) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of right) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(w, n - 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

/**
 * One-to-one matching that keeps both lists in order (a weighted longest common
 * subsequence): the most pairs, and among those the pairs that fit best.
 * `fit` is null where two entries may not be paired, otherwise in [0, 1].
 */
export function alignInOrder<A, B>(left: readonly A[], right: readonly B[], fit: (a: A, b: B) => number | null): [number, number][] {
  const n = left.length;
  const m = right.length;
  // best[i][j]: the best score for left[i..] and right[j..]; a pair is worth 1 plus a little for its fit.
  const best: Float64Array[] = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  const fits: (number | null)[][] = left.map((a) => right.map((b) => fit(a, b)));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const f = fits[i]![j]!;
      const pair = f === null ? -Infinity : 1 + f / (n + m + 1) + best[i + 1]![j + 1]!;
      best[i]![j] = Math.max(pair, best[i + 1]![j]!, best[i]![j + 1]!);
    }
  }
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < n && j < m; ) {
    const f = fits[i]![j]!;
    if (f !== null && best[i]![j] === 1 + f / (n + m + 1) + best[i + 1]![j + 1]!) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (best[i]![j] === best[i + 1]![j]) i++;
    else j++;
  }
  return pairs;
}

/** Whether `needle`'s words stand in `haystack` in order, allowing a few short gaps (a page break's running head). */
export function wordsAppearIn(needle: string, haystack: string, gaps = 2, gapWords = 15): boolean {
  const want = needle.split(' ').filter(Boolean);
  const have = haystack.split(' ').filter(Boolean);
  if (want.length === 0) return true;
  for (let start = 0; start < have.length; start++) {
    if (have[start] !== want[0]) continue;
    let k = start + 1;
    let used = 0;
    let ok = true;
    for (let j = 1; j < want.length && ok; j++) {
      if (have[k] === want[j]) {
        k++;
        continue;
      }
      const next = have.slice(k, k + gapWords + 1).indexOf(want[j]!);
      if (next < 0 || ++used > gaps) ok = false;
      else k += next + 1;
    }
    if (ok) return true;
  }
  return false;
}
