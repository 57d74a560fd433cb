// Typos in the words that say what kind of answer a question wants ("privte items", "agneda",
// "mintues"): mended before the question is read, so the kind is not lost to a slip of the thumb.
//
// Only the two slips typed on a phone that rarely make another English word are mended: one letter
// left out (never the first or the last: "minute" is a word of its own, "hairs" is not "chairs")
// and two neighbouring letters swapped. A letter typed wrong is not mended: "planted" is a word,
// not a typo of "planned".

/** Words that decide the kind of answer, as the patterns of read-question expect them. */
const KEYWORDS = `private exempt confidential agenda agendas minutes resolved resolution resolutions decided decision decisions
agreed request requests requested outstanding overdue attendance attended apologies programme meeting meetings planned
chaired membership waiting promised recommendations recommended scheduled coming discussed considered circulated received`.split(/\s+/);

const MIN_TYPED = 5;

/** Each slip of a keyword, and the keyword it came from; a slip two keywords share is left alone. */
function slipsOf(keywords: string[]): Map<string, string> {
  const slips = new Map<string, string | null>();
  const add = (slip: string, word: string) => {
    if (slip.length < MIN_TYPED || keywords.includes(slip)) return;
    const prior = slips.get(slip);
    slips.set(slip, prior === undefined || prior === word ? word : null);
  };
  for (const word of keywords) {
    for (let i = 1; i < word.length - 1; i++) add(word.slice(0, i) + word.slice(i + 1), word);
    for (let i = 0; i + 1 < word.length; i++) {
      if (word[i] !== word[i + 1]) add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2), word);
    }
  }
  return new Map([...slips].filter((e): e is [string, string] => e[1] !== null));
}

const SLIPS = slipsOf(KEYWORDS);

/** The question with each keyword typo mended; every other word as typed. */
export function mendKeywordTypos(text: string): string {
  return text.replace(/\p{L}+/gu, (word) => (word.length < MIN_TYPED ? word : (SLIPS.get(word.toLowerCase()) ?? word)));
}
