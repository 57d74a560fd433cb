// A small English stemmer in the manner of Porter's first and last steps: enough
// for the word forms members type (fostering / fostered / foster, carers / carer,
// figures / figure, meetings / meeting) without pulling in a language library.
// Both the index and the questions go through it, so a stem only has to be
// consistent, not a dictionary word.

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

function isConsonant(word: string, i: number): boolean {
  const c = word[i]!;
  if (VOWELS.has(c)) return false;
  if (c === 'y') return i === 0 || !isConsonant(word, i - 1);
  return true;
}

/** Porter's measure: the number of vowel-consonant sequences. */
function measure(word: string): number {
  let m = 0;
  let i = 0;
  const n = word.length;
  while (i < n && isConsonant(word, i)) i++;
  while (i < n) {
    while (i < n && !isConsonant(word, i)) i++;
    if (i >= n) break;
    while (i < n && isConsonant(word, i)) i++;
    m++;
  }
  return m;
}

function hasVowel(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (!isConsonant(word, i)) return true;
  return false;
}

/** Ends consonant-vowel-consonant, the last not w, x or y ("hop", "car"). */
function endsCvc(word: string): boolean {
  const n = word.length;
  if (n < 3) return false;
  const last = word[n - 1]!;
  return isConsonant(word, n - 3) && !isConsonant(word, n - 2) && isConsonant(word, n - 1) && !'wxy'.includes(last);
}

function endsDoubleConsonant(word: string): boolean {
  const n = word.length;
  return n >= 2 && word[n - 1] === word[n - 2] && isConsonant(word, n - 1);
}

export function stem(input: string): string {
  let word = input;
  if (word.length <= 3 || !/^[a-z]+$/.test(word)) return word;

  // Plurals. Latin-looking "-us" and "-is" (census, status, analysis) are not plurals.
  if (word.endsWith('sses')) word = word.slice(0, -2);
  else if (word.endsWith('ies')) word = word.length > 4 ? `${word.slice(0, -3)}y` : word.slice(0, -1);
  else if (word.endsWith('s') && !/(ss|us|is)$/.test(word)) word = word.slice(0, -1);

  // Past tense and -ing forms.
  if (word.endsWith('eed')) {
    if (measure(word.slice(0, -3)) > 0) word = word.slice(0, -1);
  } else {
    for (const suffix of ['ing', 'ed']) {
      if (!word.endsWith(suffix)) continue;
      const base = word.slice(0, -suffix.length);
      if (base.length < 2 || !hasVowel(base)) break;
      word = base;
      if (/(at|bl|iz)$/.test(word)) word = `${word}e`;
      else if (endsDoubleConsonant(word) && !/[lsz]$/.test(word)) word = word.slice(0, -1);
      else if (measure(word) === 1 && endsCvc(word)) word = `${word}e`;
      break;
    }
  }

  // A final silent e: figure / figur, service / servic; short words (care) keep it.
  if (word.endsWith('e')) {
    const base = word.slice(0, -1);
    const m = measure(base);
    if (m > 1 || (m === 1 && !endsCvc(base))) word = base;
  }
  if (word.endsWith('ll') && measure(word) > 1) word = word.slice(0, -1);
  return word;
}
