// People as the minutes name them: "Councillor A Masih", "Cllr Masih", "Councillors
// F Abbott", "Mrs S Hanson", "David Jackson (Observer)". A person is matched by
// surname, and by first initial when both sides give one.

const TITLES = /^(?:councillors?|cllrs?|mr|mrs|ms|miss|dr|prof|professor|sir|dame|lady|lord|rev|revd)$/;

export interface PersonKey {
  surname: string;
  initials: string[];
}

export function personKey(name: string): PersonKey | null {
  const words = name
    .replace(/\([^()]*\)/g, ' ')
    .replace(/[.,]/g, ' ')
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w && !TITLES.test(w));
  const surname = words.pop();
  if (!surname || !/[a-z]/.test(surname)) return null;
  // "CE" gives two initials; "David" gives one.
  const initials = words.flatMap((w) => (w.length <= 2 ? [...w] : [w[0]!]));
  return { surname, initials };
}

export function samePerson(query: PersonKey, name: string): boolean {
  return samePersonKey(query, personKey(name));
}

/** personKey, remembered per name: a look-up over a council's minutes reads the same few thousand names again and again. */
export function personKeys(): (name: string) => PersonKey | null {
  const keys = new Map<string, PersonKey | null>();
  return (name) => {
    let key = keys.get(name);
    if (key === undefined) keys.set(name, (key = personKey(name)));
    return key;
  };
}

/** samePerson, for a name whose key is already known (look-ups keep each mention's). */
export function samePersonKey(query: PersonKey, other: PersonKey | null): boolean {
  if (!other || other.surname !== query.surname) return false;
  if (query.initials.length === 0 || other.initials.length === 0) return true;
  return query.initials[0] === other.initials[0];
}

/** "Councillor Masih" -> "Masih": the name without titles or notes, for headings. */
export function displayName(name: string): string {
  return name.replace(/\([^()]*\)/g, ' ').replace(/\s+/g, ' ').trim();
}
