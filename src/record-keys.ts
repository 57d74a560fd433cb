// How the record tells that two spellings name one thing: a committee, an item
// title, a meeting. Council documents spell the same committee or title with
// different case, punctuation, "&"/"and" and curly or straight quotes, so
// identity never rests on the raw text. Shared by the parser, the merge and sync.

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
  let key = committeeKeys.get(committee);
  if (key === undefined) {
    key = normaliseText(committee).replace(/^the /, '');
    // A council has tens of committees; the bound only guards against a flood of odd names.
    if (committeeKeys.size > 10_000) committeeKeys.clear();
    committeeKeys.set(committee, key);
  }
  return key;
}

/** A committee key without a trailing board number or letter ("scrutiny board 2" -> "scrutiny board"). */
export function committeeFamilyKey(key: string): string {
  return key.replace(/ (?:\d{1,2}|[a-z])$/, '');
}

/**
 * One committee written two ways: the same key, or one with a number or letter more
 * ("Scrutiny Board (2)" and "Scrutiny Board", as headings and running text often shorten it).
 * Two numbered boards ("(1)" and "(2)") are two committees.
 */
export function committeeVariants(a: string, b: string): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  const [fa, fb] = [committeeFamilyKey(a), committeeFamilyKey(b)];
  return fa === fb && (fa === a || fb === b);
}

/** Committee names seen -> their keys: a merge asks for the same few names again and again. */
const committeeKeys = new Map<string, string>();

/** An item title's identity, without a leading minute or agenda number. */
export function titleKey(title: string): string {
  return normaliseText(title.replace(/^\s*(?:\d+[a-z]?|[a-z])[.)]\s+/i, ''));
}

/** Meeting identity: committee and London date (null date: the undated placeholder). */
export function meetingKey(committee: string | null, date: string | null): string {
  return `${committeeKey(committee)}|${date ?? 'undated'}`;
}
