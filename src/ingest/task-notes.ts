// A task set as a note: "The Pound – working party to be arranged", "The registration of three units to be
// transferred to the council". Minutes written as notes set what is still to be done by naming the thing and putting
// it in the passive infinitive, with no verb of their own and no one named; whatever the verb, something is owed
// after the meeting. The shape is read, not the words: a short subject with no verb, then "to be" and a participle.

/** A past participle: the "-ed" and "-en" forms and the irregular ones minutes use. */
const PARTICIPLE = String.raw`(?:[a-z]{2,20}(?:ed|en)|sent|made|put|set|sought|built|kept|paid|shown|told|brought|done|drawn|given|taken|written|chosen|bought|found)`;
/** Participles that say how something is or will be, or a courtesy, not an act owed ("to be held on", "to be based at", "to be thanked"). */
const NOT_AN_ACT = String.raw`(?:needed|required|expected|based|located|involved|interested|concerned|pleased|delighted|disappointed|affected|impacted|allowed|permitted|obliged|entitled|used|charged|opened|closed|held|seen|deemed|classed|covered|funded|paid|met|welcomed|appreciated|prepared|happened|owned|known|called|named|titled|housed|joined|chaired|attended|cancelled|postponed|elected|appointed|noted|received|approved|signed|agreed|adopted|accepted|thanked|congratulated|praised|commended|remembered)`;
/**
 * Where a note opens: the sentence's start, after a topic and its colon or dash ("The Pound – "), or after a semicolon
 * or a comma (captured, so that a decision's comma can be passed over; the subject holds no comma, so that each
 * opening is tried once and the scan stays linear);
 * then its subject and "to be" with a participle that does something, not followed by a colon ("Date for
 * representations to be received: 3 October" is a field and its value).
 */
const NOTE_TO_BE = new RegExp(String.raw`(?:^|^[A-Z][^.:;–—]{0,40}?(?::| [–—-]) |(; |, ))([^:;,–—]{2,120}?) to be (?:re-?)?(?!${NOT_AN_ACT}\b)${PARTICIPLE}\b(?! ?:)`, 'g');
/** A verb that makes the words before "to be" a sentence rather than a note: "needs to be", "is due to be", "were asked". */
const GOVERNS =
  /\b(?:was|were|is|are|has|have|had|will|would|shall|should|could|did|does|been|need|needs|due|likely|unlikely|about|going|ought|appears?|seems?|yet|want|wants|wish|wishes|hope|hopes|able|unable|continue|continues|needing|said|asked)\b/i;
/** Money and the public, not a task owed to the board ("fees to be charged", "residents to be consulted"). */
const NOT_OWED = /\b(?:costs?|funding|money|grants?|budgets?|fees?|charges?|prices?|rents?|vat|precept|residents|households|tenants|public|patients|parents|customers)\b/i;
/** A note names its thing in a few words; a longer run is a sentence whose infinitive belongs to a noun ("matters to be discussed"). */
const NOTE_SUBJECT_WORDS = 6;

/**
 * The thing a note names, in a few words with no verb of its own: "working party", "The registration of three units",
 * "A large-scale map showing locations" (not "The Chairman outlined the procedure", not the agenda's "To approve ...").
 */
function isNoteSubject(subject: string): boolean {
  const trimmed = subject.trim();
  const words = trimmed.split(' ');
  return (
    words.length <= NOTE_SUBJECT_WORDS &&
    /^[A-Za-z]/.test(trimmed) &&
    !/^(?:to|by|in|of|for|with|at|on|from|under|during|after|before|which|who|where|when|if|as) /i.test(trimmed) &&
    !words.some((w) => /^[a-z]{3,}ed$/i.test(w)) &&
    !GOVERNS.test(trimmed) &&
    !NOT_OWED.test(trimmed)
  );
}

/**
 * A task set as a note with no verb of its own: "letter to be sent", "working party to be arranged", or after a comma
 * in a narrative ("..., details to be posted on the website"). A decision's clause names its own details after a comma
 * ("to reseed the goalmouths, the seed to be bought from ..."): `commas` false reads only its start and semicolons.
 */
export function noteToBeDone(text: string, commas = true): boolean {
  NOTE_TO_BE.lastIndex = 0;
  try {
    for (let m = NOTE_TO_BE.exec(text); m; m = NOTE_TO_BE.exec(text)) {
      if ((commas || m[1] !== ', ') && isNoteSubject(m[2]!)) return true;
      // A sentence too long for a note may hold one after a later comma or semicolon: look again from the next opening.
      NOTE_TO_BE.lastIndex = m.index + 1;
    }
    return false;
  } finally {
    NOTE_TO_BE.lastIndex = 0;
  }
}
