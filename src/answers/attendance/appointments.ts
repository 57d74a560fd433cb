// Who joined or left the board, as a resolution says it: "approves the co-option of Mr
// Ghulam Vohra as a non-voting co-optee", "that Mrs A Baker be appointed", "the resignation
// of Councillor X". A resolution that only names co-opted members as a group ("be
// circulated to co-opted Members") makes no one a member.

// A name as papers print it: "John Gregg", "Mr Ghulam Vohra", "Gennie Holmes".
export const NAME = String.raw`(?:(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr)\.? )?[A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’.-]*){0,3}`;
// A co-option or appointment: "approves the co-option of Mr Ghulam Vohra as a non-voting co-optee to the Board".
export const APPOINTED = new RegExp(
  String.raw`\b(?:co-?option of|co-?opts?|appointment of|appoints?|appointed|nominat(?:ion of|es?|ed)|election of|elects?|welcomed) (${NAME})(?: (?:as|to be|to serve as|to the role of) ([^.;]{3,160}))?`,
  'u',
);
// The name that resigned starts a word: tried from inside a long run of letters, it read the run again from each letter.
export const LEFT = new RegExp(String.raw`\b(?:resignation of|retirement of|departure of) (${NAME})|(?<![\p{L}'’-])(${NAME}) (?:had |has )?(?:resigned|stood down|stepped down|retired|left)\b`, 'u');
// A titled name, and a name before the verb that makes them a member ("Mrs A Baker be appointed", "Jane Doe be co-opted").
const TITLED_NAME = /\b(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr)\.? [A-Z]/;
const MEMBERSHIP_VERB = /\b(?:co-?opt\w*|appoint\w*|nominat\w*|elect(?:ed|s|ion)?)\b/i;
const CAPITALISED = /^[A-Z][\p{L}'’-]+$/u;
const MADE_AFTER_NAME = /^(?:be|is|was|has been|had been) (?:appointed|co-?opted|elected|nominated)\b/;

/** "Jane Doe be co-opted": two capitalised words, then the verb that makes them a member. Read word by word: as one pattern it rescans. */
function namedThenMade(flat: string): boolean {
  const words = flat.split(' ');
  for (let i = 0; i + 3 < words.length; i++) {
    if (CAPITALISED.test(words[i]!) && CAPITALISED.test(words[i + 1]!) && MADE_AFTER_NAME.test(words.slice(i + 2, i + 6).join(' '))) return true;
  }
  return false;
}

/** Whether a resolution makes someone a member of the board ('joined') or records one leaving ('left'). */
export function makesMembership(text: string, change: 'joined' | 'left'): boolean {
  const flat = text.replace(/\s+/g, ' ');
  if (change === 'left') return LEFT.test(flat);
  return APPOINTED.test(flat) || namedThenMade(flat) || (TITLED_NAME.test(flat) && MEMBERSHIP_VERB.test(flat) && !LEFT.test(flat));
}
