// The body a meeting belongs to, without what kind of meeting it was. Headings name the meeting, not only the body:
// "Annual Meeting, Council", "Monthly Meeting of Llanfair Community Council", "Extraordinary Hinton Parish Council",
// "Hinton Parish Council Annual", "Annual Parish Council Meeting of Hinton Parish Council", and a page may add the
// council's name before its committee ("Ashvale Council - Place Scrutiny Committee"), what the document is ("Rowan City
// Council Agenda", "Council - Minutes of Proceedings"), the year ("... 2019") or its number ("1 HINTON PARISH
// COUNCIL"). The meeting is filed under its body, so these are no part of the name. An annual parish meeting is itself
// the body (the parish's electors), so "Annual Parish Meeting" stays whole.

/** Words that say what kind of meeting it was, not whose. */
const KIND = '(?:annual(?: general)?|extra-?ordinary|special|ordinary|monthly|statutory|adjourned|inaugural)';

/** "Annual Meeting, Council", "Monthly Meeting of X", "Annual Parish Council Meeting of X": the meeting, then its body. */
const MEETING_OF_BODY = new RegExp(`^(?:the )?${KIND}\\b[^,]{0,40}? meeting(?:, ?| of (?:the )?)(?=\\S)`, 'i');
/** "Extraordinary Hinton Parish Council": a kind before a council's name. */
const KIND_BEFORE_COUNCIL = new RegExp(`^(?:the )?${KIND} (?=(?:[\\w'’&-]+ ){0,6}council$)`, 'i');
/** "Hinton Parish Council Annual", "Rowan City Council Agenda", "Council - Minutes of Proceedings", "... 2019". */
const AFTER_BODY = new RegExp(`(?:\\s[-–]\\s?|\\s)(?:${KIND}|agenda|minutes(?: of proceedings)?|(?:19|20)\\d\\d)$`, 'i');

const PAGE_NUMBER_LEAD = /^\d{1,4} (?=[A-Z])/;
/**
 * "(Public Pack)Agenda Document for Fenwold Police and Crime Panel": the title a committee system gives its PDF, which a
 * document-sharing host prints over the paper; the body is the one the document is for.
 */
const DOCUMENT_FOR = /^(?:\(public pack\) ?)?(?:(?:supplementary |printed )?(?:agenda|minutes|decisions?)(?: supplement)? )?document for (?=\S)/i;

/** A word that says a name is a body's (or, for a parish's electors, a meeting's). */
const BODY_WORD = /\b(?:council|committee|board|panel|cabinet|executive|forum|group|commission|authority|assembly|partnership|meeting)\b/i;

/**
 * "Ashvale Council - Place Scrutiny Committee", "THE ROWAN COUNCIL - POLICY ... COMMITTEE": the council's name before a
 * dash, then the committee of it that met; the committee is the body. ("County Council - Wednesday ..." names no
 * committee after its dash.)
 */
const COUNCIL_BEFORE_COMMITTEE = /^(?:the )?(?:[\w'’&.,-]+ ){0,6}?council ?[-–] ?(?=(?:[\w'’&,()-]+ ){0,10}?(?:committee|sub-committee|board|panel|cabinet|executive|forum|commission)\b)/i;

/** What ModernGov prints in brackets after a committee that is gone: its state, or the years it sat. */
const COMMITTEE_STATE = /^(?:expired|inactive|obsolete|ceased|disbanded|dissolved|defunct|historic(?:al)?|archived?)$/i;
const YEAR_IN = /\b(?:19|20)\d\d\b/;
/** Characters the bracketed years run to, at most ("May 2011-May 2018"). */
const STATE_LENGTH = 40;

/**
 * "Scrutiny Committee (expired)", "Scrutiny Board (May 2011-May 2018)": ModernGov keeps a committee that is gone under
 * its name and its state or years; the body is the name. ("Scrutiny Board (5)", "Panel (Communities)" are names.)
 */
function withoutCommitteeState(name: string): string {
  const open = name.lastIndexOf(' (');
  if (open <= 0 || !name.endsWith(')')) return name;
  const inside = name.slice(open + 2, -1);
  const state = COMMITTEE_STATE.test(inside) || (inside.length <= STATE_LENGTH && !inside.includes('(') && YEAR_IN.test(inside));
  return state ? name.slice(0, open) : name;
}

/** The body's name of a meeting's heading name; the name itself when it says nothing of the meeting's kind. */
export function meetingBody(name: string): string {
  // "1 KILBRIDE COMMUNITY COUNCIL": the page's number run into the line above the title.
  let body = withoutCommitteeState(name.trim().replace(PAGE_NUMBER_LEAD, '').replace(DOCUMENT_FOR, '').replace(COUNCIL_BEFORE_COMMITTEE, ''));
  const of = MEETING_OF_BODY.exec(body);
  if (of) body = body.slice(of[0].length);
  body = body.replace(KIND_BEFORE_COUNCIL, '');
  // Only after a body's name: "Annual Parish Meeting 2019" keeps "Annual" and loses its year; "September 2024" is no name.
  for (let cut = AFTER_BODY.exec(body); cut && BODY_WORD.test(body.slice(0, cut.index)); cut = AFTER_BODY.exec(body)) body = body.slice(0, cut.index).trimEnd();
  return body || name.trim();
}
