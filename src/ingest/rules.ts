// Every pattern the parser asks of a council document's lines, named once.
//
// The classify stage (line-kinds.ts) runs these over each normalised line once
// and records what it found; readers then ask the recorded kinds, never a
// pattern again. Patterns of dates and times live in dates.ts and the wordings
// of requests in requests.ts, each named once there.
//
// Every pattern runs in time linear in its input (the regex-safety test checks
// them): no two neighbouring quantified parts can match the same characters, and
// text around a match is trimmed in code rather than by `\s*$`.

// ---------------------------------------------------------------------------
// Page furniture and markup

/** A line that is only a page number or a printer's note. */
/** "Chairman's initials ..........": the box for the chair to initial each page, printed at a page's foot. */
export const CHAIR_INITIALS = /^(?:(?:the )?(?:chair(?:man|person|woman)?|mayor|convener)'?s? initials\b ?:? ?(?:\.{2,}|_{2,}|…)?|initials ?:? ?(?:\.{2,}|_{2,}|…))$/i;
export const PAGE_NUMBER = /^(?:page \d{1,4}(?: of \d{1,4})?|[-–—] ?\d{1,4} ?[-–—]|\d{1,4} of \d{1,4})$/i;
export const BLANK_PAGE = /^this page (?:is |has been )?intentionally (?:been )?left blank\.?$/i;
/** Words a saved web page puts around an item that belong to no item. */
/**
 * A web page's own lines around its content: "Posted on 15 January 2025", "Share this:", "Related", the footer's links,
 * "© 2025 ..." ("(c)" only before "Copyright" or a year: "(c) receives a further report ..." is a lettered clause).
 */
export const WEB_PAGE_FURNITURE =
  /^(?:(?:posted|published|updated|last (?:updated|modified|reviewed))(?: on| by)? [^:]{1,60}|share this:?|share on \w{1,20}|related(?: posts| pages| documents)?:?|privacy (?:policy|notice)|accessibility(?: statement)?|cookies?(?: policy| settings)?|cookie policy|terms (?:and|&) conditions|site ?map|(?:©|copyright|\(c\)(?= (?:copyright\b|\d{4}\b))) .{1,80}|menu|search|home|back to top|return to top)$/i;
export const WEB_FURNITURE =
  /^(?:additional documents|supporting documents|background papers|share this item|view the (?:reasons|background)\b[^:]{0,80}|items|media|meeting details|meeting summary|documents|visitors|loading\.{0,3}|skip to (?:main )?content(?: skip to (?:main content|content|(?:the )?(?:left |right )?(?:sidebar|footer|navigation|menu)))*|feedback|back to the top of the page|print this page|(?:\.\.\. ?)?view the full (?:minutes|agenda|decision) text for item [\w./]{1,12}\.?|undefined)[ :.]{0,3}$/i;
/**
 * A meeting page's link to the meeting's broadcast: "Virtual Meeting - Link to View", "Watch the meeting", "View the
 * webcast", "Link to the recording", "Watch live on YouTube". A link of the page, no business: a numbered item
 * ("5. Webcasting of Meetings") keeps its number and stays an item.
 */
export const MEETING_LINK =
  /^(?:(?:virtual|online|remote|hybrid|live) meeting ?[-–—:|]? ?(?:link|link to (?:view|watch|join)(?: the meeting)?|view|watch)|(?:click here to |please |you can )?(?:watch|view|listen to|join)(?: the| this)? (?:meeting|webcast|live ?stream|recording|broadcast|video)(?: of (?:the|this) meeting)?(?: (?:live|online|here|now))?(?: (?:on|via) (?:youtube|teams|zoom|the council'?s? (?:website|youtube channel)))?|(?:watch|view) (?:it )?live(?: (?:on|via) (?:youtube|teams|zoom))?|link to (?:view|watch|join)(?: the meeting)?|link to (?:the )?(?:recording|webcast|meeting|live ?stream|video|broadcast)(?: of (?:the|this) meeting)?|(?:webcast|recording|live ?stream|video) link)(?: \(opens in (?:a )?new (?:window|tab)\))?[ :.]{0,3}$/i;
/** "Minutes Template": the name of the Word template a document was made from, printed as its first line; no title. */
export const TEMPLATE_NAME = /^(?:minutes|agenda|decisions?|report|notice) template$/i;
/** "<AI3>" and "</AI3>": the marks around each agenda item that minutes exported from ModernGov's Word template keep. */
export const AGENDA_ITEM_MARK = /^<(\/?)AI(\d{1,4})>$/;
/**
 * A bullet glyph starting a line: also those Word and PDF-to-text leave for its symbol fonts (a private-use character,
 * "Ø" for Wingdings' arrow, "➢", "■") and Word's second-level "o" before a tab.
 */
export const BULLET = /^(?:[-•·▪◦●○*–—→✓§➢➤►■□❖♦◆Ø\uF000-\uF0FF]|\\-|o(?=\t))[ \t]/;
/** "pdf icon PDF 82 KB" after a title that links a paper. */
export const ATTACHMENT_MARK = /(?:pdf icon )?\b(?:PDF|DOC|DOCX|XLSX?|PPTX?|RTF|ODT) \d{1,6}(?:\.\d{1,3})? ?[KM]B\b/i;
/**
 * The part label ModernGov prints under an item's title and agenda words when the item has papers beyond its first:
 * "Additional documents:". With the paper mark after a title it is how the template shows an item on every council's page.
 */
export const ADDITIONAL_DOCUMENTS = /^additional documents ?:?$/i;
/** CMIS links a paper with its type before the title and its size after: "pdf Minutes (61Kb)". */
export const TYPE_AND_SIZE_MARK = /^(?:pdf|docx?|xlsx?|pptx?|rtf|odt) (?=[A-Z0-9])(.{2,250}?) ?\(\d{1,6}(?:\.\d{1,3})? ?[KM]b\)$/i;

// ---------------------------------------------------------------------------
// What a document says it is

/** "Coventry City Council", "WESTBRIDGE BOROUGH COUNCIL", "London Borough of X Council". */
export const COUNCIL_LINE =
  /^(?:the )?(?:(?:london |royal )?borough of |city of |county of )?(?:[A-Z][\w'&.-]{0,30} ){0,5}(?:(?:city|county|borough|district|metropolitan|town|parish|community|unitary|county borough|metropolitan borough) )?council$/i;
export const CYNGOR_LINE = /^cyngor(?: [\w'-]{1,30}){1,5}$/i;
/** Words that make a short line something other than a council's name. */
export const NOT_A_NAME = /^(?:minutes|agenda|meeting|report|notice|full|the full|special|extraordinary|annual)\b/i;

/** "Minutes of the Meeting of X held ...", "DRAFT MINUTES OF ...", "Minutes - X". */
/** "Cofnodion o gyfarfod ...": a Welsh council's minutes, titled in Welsh ("cofnodion", minutes; "o gyfarfod", of a meeting). */
/**
 * "Minutes of ...", and Scotland's singular "Minute of Meeting of the Council", "Minute Special General Meeting of the
 * Council ...": the title of a set of minutes (the singular only before "of" or a meeting, never "Minute 12 refers").
 */
export const MINUTES_TITLE = /^(?:(?:draft|confirmed|unconfirmed|approved|signed|public|printed) )?(?:minutes|minute(?= of\b| (?:(?:special|general|ordinary|extraordinary|annual|statutory|adjourned) ){0,3}meeting\b)|cofnodion)\b(?: ?[-–:] ?| of (?:the |a )?| for | o (?:gyfarfod |'r |y )?| y (?:cyfarfod )?)?/i;
/**
 * "Set out below is a summary of the decisions taken at the Executive meeting held on Thursday, 14 September 2023.",
 * "Notice of Decisions taken at the Cabinet meeting held on ...", "Record of decisions made at the meeting of X held on
 * ...": the title of a decision sheet, the minutes' decisions published before the minutes.
 */
export const DECISION_SHEET_TITLE =
  /^(?:set out below is )?(?:a |the )?(?:summary|notice|record|schedule) of (?:the )?decisions? (?:taken|made|agreed) (?:at|by) (?:the |a )?(?:meeting of (?:the )?)?([^.]{1,120}?)(?: meeting)? held on\b/i;
/** "notice must be given ... no later than 4pm on Monday 10 October": a deadline (for a call-in, a question), never the meeting's date or time. */
export const DEADLINE_SENTENCE = /\b(?:no|not) later than\b|\bdeadline\b|\bcall(?:ed)?[- ]in\b/i;
/** An item about the minutes of a meeting, however its title words it ("Minutes (6 July 2005)", "Confirm the minutes of the previous meeting", "Council Minutes"). */
export const MINUTES_ITEM_TITLE = /\b(?:minutes|cofnodion)\b/i;
/**
 * "Minutes of the previous meeting", "Minutes from the last meeting", "Minutes of the Last Meeting held on 4 May": the agenda item that confirms the last
 * meeting's record, on every council's agenda and minutes; never the title of a document of minutes.
 */
export const PREVIOUS_MINUTES_TITLE = /^minutes? (?:of|from) (?:the )?(?:previous|last|preceding)\b/i;
/** "The County Council met at ..." / "A meeting of X was held ...": minutes that do not say "Minutes". */
export const MET_VERB = / (?:met|was held|held a meeting)\b/;
/** "At a Meeting of the X Committee held at County Hall on ...": the formula that opens minutes in place of "Minutes of". */
export const AT_A_MEETING = /^At (?:an? |the )(?:(?:ordinary|special|extraordinary|annual|adjourned|reconvened|remote|virtual) )?meeting of /i;
/** Where the body's name ends after "At a meeting of": " held". */
export const HELD_VERB = / held\b/;
/** What stands before "met": a body ("The County Council", "A meeting of the Planning Committee (2)"). */
export const MET_SUBJECT = /^(?:the |a |an )?[A-Z][\w'&,() -]{0,150}\b(?:council|committee|board|panel|commission|cabinet|sub-committee|forum|executive)(?: \([\w. ]{1,12}\))?$/i;
export const MEETING_OF_TITLE = /^(?:(?:an? )?(?:ordinary|special|extraordinary|annual|remote|virtual)? ?meeting of (?:the )?)/i;
/** Words after the committee in a title: where its name ends. */
/** A name that is a body's: it names a council, committee, board ... ("TUES", "Ordinary" do not). */
export const BODY_NAME = /\b(?:council|committee|sub-committee|board|panel|cabinet|executive|forum|group|commission|authority|trust|partnership|assembly)\b/i;
/** A meeting's heading before its date, no dash between: a body's name, then "Meeting" ("Full Council Meeting", "PLANNING COMMITTEE MEETING"). */
export const BODY_THEN_MEETING = /^((?:[A-Z][\w'&, -]{0,80}? )?(?:council|committee|sub-committee|board|panel|cabinet|forum|executive|assembly)) meeting$/i;
/** A word in lower case other than a joining word: no body's name ("The next Parish Council Meeting ..."). */
export const LOWER_CASE_WORD = /(?:^| )(?!(?:of|and|for|the|on|in|to)\b)[a-z]/;
export const TITLE_TAIL = /(?:^| )(?:held|on|at|in|which took place|taking place|convened|commencing|starting|that took place)\b/i;

/** A CMIS meeting page's date line: "25 Apr 2022 - 16:00 to 16:05", "19 Feb 2019 - 09:30". */
export const CMIS_WHEN = /^\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec) \d{4} - \d{1,2}:\d{2}(?: to \d{1,2}:\d{2})?$/i;
/** The headings a CMIS meeting page prints above its committee and date. */
export const CMIS_HEADER_WORD = /^meeting (?:details|summary)$/i;
/** The tabs a CMIS meeting page lists under its date. */
export const CMIS_TAB = /^(?:documents|attendance|visitors|declarations of interests?|members|attendees|webcast|media)$/i;
/** The state a CMIS meeting page gives its meeting under the date. */
export const CMIS_STATUS = /^(?:scheduled|occurred|cancelled|postponed|moved|rescheduled)$/i;
/** The part of a meeting a CMIS page heads its business with: "Standard Items", "Public Items", "Agenda Items", "Items". */
/** "Items Of Business": where a council's CMIS page starts its items, below the notices and the minute's preamble (chair, attendance). */
export const CMIS_BUSINESS = /^items of business$/i;
export const CMIS_PART = /^(?:(?:standard|public|private|exempt|agenda|confidential|other) )?items$/i;
/** "RECOMMENDED that ...", "Recommendation:": what an agenda proposes the meeting decide, not a decision taken. */
export const PROPOSED_DECISION = /^recommend(?:ed|ations?)\b/i;
/** A site's trail or title above a page's content: "You are Here : Home > Your Council > Meetings", "Welcome to X | X". */
export const SITE_TRAIL = /(?:^you are here\b|\S\s?[>|»]\s?\S)/i;

/** The title line of a ModernGov meeting page (the app's banner may end on it: "Agenda and decisions app available"). */
export const PAGE_TITLE =
  /^(?:agenda(?:, decisions)?(?: and (?:draft |printed )?(?:decisions|minutes))?|(?:draft |printed )?minutes|decisions|meeting documents|agendas?, meetings and minutes(?: - agenda and minutes)?|councillors and committees)(?: app available)?$/i;
/** A ModernGov page title that says the meeting's record is published: "Agenda and minutes", "Agenda, decisions and draft minutes". */
export const RECORD_PAGE_TITLE = /^agenda(?:, decisions)? and /i;
/** The head of a ModernGov page's item table: "No. Item", "No. | Item |", "ItemDescriptionResolution". */
/** The older "Meeting documents" page's table head, its cells run together or apart. */
export const RESOLUTION_COLUMN_HEAD = /^item[ \t|]{0,3}description[ \t|]{0,3}\/?[ \t|]{0,3}resolution(?:[ \t|]{1,3}status)?(?:[ \t|]{1,3}action)?[ \t|]{0,3}$/i;
/** A ModernGov page's own papers, named by the meeting: "Printed minutes 26th-Mar-2024 14.00 Cabinet pdf icon PDF 180 KB". */
export const MEETING_PAPER_NAME = /^(?:agenda frontsheet|agenda(?: and)? reports? pack|public reports? pack|printed (?:minutes|decisions|plans|resolutions)|supplementary (?:agenda|reports?|information|papers?)|(?:draft |confirmed )?minutes|decisions|additional papers|agenda) (?=\d{1,2}(?:st|nd|rd|th)?-[a-z]{3}-\d{4}\b)/i;
/** "14.00" after a paper's date: the meeting's time on a 24-hour clock. */
/** A ModernGov page's window title: "Agenda for Cabinet on Tuesday, 5th March, 2024, 6.00 pm - <council>". */
export const WINDOW_TITLE = /^(?:agenda|minutes|decisions|agenda and minutes|agenda, decisions and minutes) for (\S.{1,150}?) on (?=(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d)/i;
/** The heading over a page's own papers. */
export const PAPERS_HEADING = /^(?:(?:meeting |supporting |background )?documents|papers)$/i;
export const PAPER_TIME = /^ ?([01]?\d|2[0-3])[.:]([0-5]\d)\b/;
/**
 * "No. Item", "No. | Item |": a table's head, with as many empty columns after it as the page's table had ("No. | Item
 * | |||||"); a council's own agenda table heads its columns in other words ("| Number | Item |", "| Item | Title |").
 */
export const TABLE_HEAD = /^(?:items )?(?:note[ \t]?\|?[ \t]?)?(?:no\.?|number|item no\.?|item number|item(?=[ \t|]{1,3}(?:title|subject|business)\b))[ \t]?\|?[ \t]?(?:item|title|subject|business)\b[ |\t]{0,400}$|^item[ \t|]{0,3}description(?:[ \t|]{0,3}\/?[ \t|]{0,3}resolution)?(?:[ \t|]{1,3}status)?(?:[ \t|]{1,3}action)?[ \t|]{0,3}$/i;
/** A committee system's head over a meeting's table of minutes: "Item Description Decision", "Item Number Item/Resolution". */
export const MINUTES_TABLE_HEAD = /^item[ \t|]{1,3}(?:description[ \t|]{1,3}decision|number[ \t|]{1,3}item ?\/ ?resolution)[ \t|]{0,3}$/i;
export const TABLE_HEAD_NO = /^no\.?$/i;
export const TABLE_HEAD_ITEM = /^items?$/i;

/** "AGENDA", "Public Document Pack", "Notice of meeting", "Summons"; a web page's "March 2023 Agenda". */
export const AGENDA_WORD =
  /^(?:(?:(?:jan|febr)uary|march|april|may|june|july|august|(?:septem|octo|novem|decem)ber) \d{4} )?(?:agenda|notice of (?:the )?meeting|summons|public document pack|agenda (?:pack|front sheet)|supplementary agenda|meeting agenda|agenda part \d|items for (?:consideration|decision|discussion)|order of business|business to be transacted|items of business)$/i;

/** "To consider the minutes ...", "Minutes – to confirm and sign ...": what the meeting is to do, in an agenda's words. */
export const AGENDA_WORDS_LINE = /(?:^(?:\d{1,3}[.)]? {1,3})?|[–-] )(?:To|to) (?:receive|consider|note|approve|agree|confirm|review|determine|sign|authorise|discuss|appoint|elect|report)\b/;
/** "Agenda item", "Agenda item 4 - Title": the head of a ModernGov agenda-item page. */
export const ITEM_PAGE_START = /^agenda item\b/i;
export const ISSUE_PAGE_HEAD = /^(?:issue|decisions for issue[^]{0,200}|issue details) ?[-–] ?(?:meetings|decisions|details)$|^decisions for issue\b|^issue ?[-–] ?items at meetings\b/i;
/** "Meeting: 19/09/2022 - Communities Scrutiny Commission (Item 7)". */
export const ISSUE_MEETING_REF = /^meeting ?: ?/i;
/**
 * The parts a decision record prints after the decision's words: why it was taken and what else was weighed. They
 * stand as headings alone on their lines, with or without a colon, or run into the decision's line when a page is saved
 * as one paragraph ("... be agreed. b) Reasons for decisions Recommendations adopted ...").
 */
const RECORD_TRAILER_WORDS = String.raw`(?:reasons? for (?:the )?(?:decisions?|recommendations?)|(?:any )?(?:other |alternative )options? (?:considered|rejected)(?: and rejected)?)`;
export const RECORD_TRAILER_HEADING = new RegExp(String.raw`^${RECORD_TRAILER_WORDS}$`, 'i');
/** The same part opening its line, its words after a colon or a dash ("REASONS FOR DECISION - This was an information report."). */
export const RECORD_TRAILER_LINE = new RegExp(String.raw`^${RECORD_TRAILER_WORDS}\b ?[:\-–—] ?`, 'i');
/** "a) Decisions RESOLVED: ...": the first of those lettered parts, its heading run into the decision's words. */
export const RECORD_DECISION_RUN_IN = /^\(?[a-z1-9][.)] +[Dd]ecisions?:? (?=[A-Z])/;
/** The same part run into a line after the decision's words, with the letter or number the page gave it ("b) "). */
export const RECORD_TRAILER_RUN_IN = new RegExp(String.raw`(?<=[.;:!?)]) +(?:\(?[a-z0-9]{1,2}[.)] +)?${RECORD_TRAILER_WORDS}\b ?[:\-–]? ?`, 'i');
/**
 * The labelled fields of a ModernGov decision record ("Decision details", "Decisions published"):
 * the group says which fact the field gives; "other" fields are the record's furniture.
 */
export const DECISION_RECORD_FIELDS: readonly (readonly [RegExp, 'meeting' | 'maker' | 'date' | 'other'])[] = [
  [/^(?:made|decided|taken) at meeting ?: ?/i, 'meeting'],
  [/^decision maker ?: ?/i, 'maker'],
  [/^(?:date of decision|decision date|date decision made) ?: ?/i, 'date'],
  [
    /^(?:decision published|publication date|date of publication|effective from|decision status|call-?in (?:deadline|expiry date)|is key decision\??|key decision|lead officer|wards? affected|reasons? for (?:the )?decisions?|alternative options(?: considered)?(?: and rejected)?|implementation of decisions?|accompanying documents|relevant scrutiny committee|(?:is )?subject to call[- ]?in\??|report author|interests? and exemptions|declarations? of interest|purpose|record of decision|outcome|is callable in\??) ?: ?/i,
    'other',
  ],
  // The parts that follow a decision, printed as headings of their own without a colon ("Reason for decision",
  // "Reasons for the decision", "Any alternative options considered and rejected").
  [RECORD_TRAILER_HEADING, 'other'],
  [RECORD_TRAILER_LINE, 'other'],
  // "Related Meeting" over the meeting's name and date: what a republished record prints after the decision's words.
  [/^related meetings?$/i, 'other'],
];
/**
 * The dated fields of a plan's entry ("Decision due: 3 Feb 2026", "Decision: 14 February 2017",
 * "Notice of proposed decision first published: 16/01/2017"): many entries share one date, so the
 * line recurs, yet it is no page's running head.
 */
export const PLAN_ENTRY_FIELD = /^(?:decision(?: due)?(?: date)?|due date|originally due|notice of (?:proposed )?decision(?: first published)?|earliest date decision can be taken) ?: ?/i;
/** "11/06/2025 - Committee Planner", "10/06/2025 - CEMETERY EXTENSION ref: 2210 Approved": a record dated first, then its title. */
// "30/05/2019 - *Title": a mark before the title (a star) is the listing's, not the title's.
export const DATED_TITLE_DASH = /^ ?[-–] ?\*? ?(?=[A-Za-z"'(])/;
/** " ref: 2207": where a record's title ends (its reference and status follow). */
export const RECORD_REF = / ref:? ?\d{1,7}\b/i;
export const DECISION_DETAILS_HEAD = /^decision details$/i;
/** "This decision has been taken in private as it contains exempt information": a record with nothing public to read. */
export const TAKEN_IN_PRIVATE = /\b(?:taken|made|considered) in private\b/i;
/** "• Meeting of The Council, Thursday, 7th March, 2024 1.30 pm (Item 10.)" on an agenda-item page. */
export const ITEM_PAGE_MEETING = /^meeting of (?:the )?/i;
export const ITEM_REF = /\(item (\d{1,4}[a-z]?)\.?\)/i;

export const BRIEFING_NOTE = /^(?:briefing note|briefing paper|report to|public report|committee report)$/i;
export const SUBJECT_LINE = /^(?:subject|title|report title) ?: ?/i;
export const APPENDIX_LINE = /^appendix [\w.]{1,6}$/i;
export const WORK_PROGRAMME_WORDS = /\bwork ?programme\b/i;

// ---------------------------------------------------------------------------
// The meeting's header

/** A front sheet's mention of the last meeting ("minutes of the meeting held on ..."): its date is not the meeting's. */
export const PREVIOUS_MEETING_REF = /\b(?:minutes|last meeting|previous meeting)\b/i;
/** The head of an agenda's page column ("Page", "Page No.", "Page Nos.", "Pages"). */
export const PAGE_COLUMN_HEAD = /(?:^|\s)pages?(?: nos?\.?| numbers?)?$/i;
/** "held on", "will be held", "is to take place": the words saying when a meeting sits. */
export const MEETING_HELD = /\b(?:held|took place|(?:will|is to|to) (?:be held|take place)|convened)\b/i;
/** "You are summoned to attend a meeting of Ashcombe Parish Council, to be held ...": the meeting named in a summons. */
export const SUMMONS = /\b(?:(?:summoned|invited|requested) to attend|notice is (?:hereby )?given that) (?:a|an|the) (?:[\w-]{1,20} ){0,3}meeting of (?:the )?/i;
/**
 * "A meeting of the Fenwold Park Authority will be held in ... on <date>": a summons put as a statement, the meeting named
 * after "meeting of" (only where the sentence opens the line and says the meeting is to be held, never "the next meeting").
 */
export const MEETING_CALLED = /^an? (?:[\w-]{1,20} ){0,3}meeting of (?:the )?(?=[^.]{1,200}?\b(?:will|is to|shall) (?:be held|take place)\b)/i;
/** A sentence saying the meeting is still to come: "The meeting will be held remotely", "This webcast is scheduled for ...". */
export const MEETING_TO_COME = /\b(?:will|shall) (?:be held|take place|be (?:live[- ]?)?(?:streamed|webcast|broadcast))\b|\bis scheduled (?:for|to)\b|\bto be held\b/i;
/** "Meeting: Overview and Scrutiny Committee" on a front sheet: the meeting's name as a labelled field. */
export const MEETING_NAME_LABEL = /^(?:meeting|meeting of|committee|name of (?:meeting|committee))(?: ?: ?|\t)(?=[A-Z])/i;
/** A page title before the committee in a page's heading ("Agenda and minutes - Planning Committee - 4 March 2025"). */
export const PAGE_TITLE_PREFIX = /^(?:agenda(?:, decisions)?(?: and (?:draft |printed )?(?:decisions|minutes))?|(?:draft |printed )?minutes|decisions|meeting documents|issue details|meeting details) ?[-–:] ?/i;
/** A page's title before the committee's name with no dash between them: "Agenda and minutes Cabinet", "Agenda and minutes | Cabinet". */
export const PAGE_TITLE_LEAD = /^[Aa]genda(?:, [Dd]ecisions)?(?: and (?:[Dd]raft |[Pp]rinted )?(?:[Dd]ecisions|[Mm]inutes))? ?\|? (?=[A-Z])/;
/** The committee's name after such a title: capitalised words, not a sentence ("OF THE MEETING HELD ON"). */
export const COMMITTEE_AFTER_TITLE = /^[A-Z][\w&'’()]*(?: (?:[A-Z(][\w&'’()-]*|and|of|for|the|&)){0,12}$/;
/** Words of a sentence about a meeting, never of a committee's name: "OF THE MEETING HELD ON". */
export const NOT_A_COMMITTEE = /^(?:of|for|to|the)\b|\b(?:held|meeting)\b/i;
export const DATE_LABEL = /^(?:time and date|date and time|date of meeting|meeting date|date|time|when)\b ?:? ?/i;
export const PLACE_LABEL = /^(?:place|venue|location|where|meeting venue)\b ?:? ?/i;
export const CONTACT_LABEL = /^(?:contact(?: officer)?|enquiries to|clerk to the committee)\b ?: ?/i;
export const PERSON_TO_CONTACT = /\bperson to contact\b/i;
export const MEMBERSHIP_LABEL = /^(?:membership|members of the (?:committee|board|panel))\b ?:? ?/i;
export const END_OF_AGENDA_ITEMS = /^(?:membership|notes?|please note|contact|distribution|public access|information for the public|to:|copy:)\b/i;
/** "Committee Room 3, Council House" after "in" or "at": the start of a named place, tried where " in " or " at " stand. */
export const PLACE_NAME =
  /^(?:the )?(?:committee room|council chamber|chamber|civic (?:centre|offices|hall|suite)|town hall|village hall|parish (?:hall|room|office)|council house|council offices|guildhall|county hall|city hall|shire hall|memorial hall|community (?:centre|hall)|room \w{1,4}\b|[A-Z][\w'-]{1,30} (?:room|suite|house|hall|centre|pavilion)\b)/i;
export const VIRTUAL_PLACE = /\b(?:via (?:microsoft teams|zoom|teams)|remote meeting|virtual meeting|ms teams|online)\b/i;

// ---------------------------------------------------------------------------
// Attendance

/** Labels that open a group of people, in the order they are tried; the group names who they are. */
export const ATTENDANCE_LABELS: readonly (readonly [RegExp, AttendanceGroup])[] = [
  [/^(?:present in the chair|in the chair|chair(?:man|person)?(?: of the meeting)?|presiding)\b/i, 'chair'],
  [/^(?:vice|deputy)[- ]?chair(?:man|person)?\b/i, 'vice-chair'],
  [/^(?:apologies and )?reasons? for (?:absence|non-attendance)\b|^apolog(?:y|ies) for(?= (?:councillors?|cllrs?|mr|mrs|ms|dr)\b)|^apolog(?:y|ies)(?: (?:for (?:authorised )?|of )absence)?(?:(?: (?:were|was|had been|have been))? (?:received|submitted|tendered|given|intimated|accepted|noted)(?: (?:from|on behalf of|by))?| from)?\b|^apologies for absence and substitutions?\b/i, 'apologies'],
  [/^(?:absent|not present|absent without apologies)\b/i, 'absent'],
  [/^co-? ?opted (?:members?|representatives?)\b/i, 'co-opted'],
  [/^cabinet (?:members?|portfolio holders?)\b/i, 'cabinet'],
  [/^(?:other|non-board|non-committee|visiting|ward) (?:members?|councillors?)(?: present| in attendance| attending)?\b|^(?:county|district|borough|city|unitary) (?:councillors?|cllrs?)(?= ?:)|^(?:members|councillors) (?:in attendance|attending) (?:remotely|virtually|online|by video)\b/i, 'other-member'],
  [/^(?:invited|by invitation|invitees?|(?:also )?in attendance(?: at the (?:above )?meeting)?(?: were)?|also present(?: at the (?:above )?meeting)?(?: were)?|also attending|invited guests?|guests?|witnesses|attending|also(?: present)?(?: councillors?| members?)|members of (?:the )?(?:public|community)(?: present| attending)?|representatives (?:attending|present)|(?:whole|part) of (?:the )?meeting(?= ?:))\b/i, 'invited'],
  [/^substitut(?:es?|ions?)(?: members?)?\b|^named substitutes?\b/i, 'substitute'],
  [/^(?:(?:council )?employees(?: present)?|officials in attendance|officers in attendance|officers present|officers?|council officers|staff|officials|(?:(?:town|parish|locum|deputy|assistant|acting) )?clerk)\b/i, 'employee'],
  [/^(?:(?:board|committee|panel|commission|council|parish|town) )?(?:members?|councillors?|cllrs)(?: present| in attendance)?\b/i, 'member'],
  [/^(?:present(?: were| was)?|p r e s e n t|sederunt|those (?:attending|present)(?: were)?|attendees|attendance|members present|in person|religious representatives|church representatives|(?:parent )?governor representatives)\b/i, 'member'],
];
/** The Welsh side of a bilingual attendance label ("Presennol / Present:", "Ymddiheuriadau / Apologies"). */
export const WELSH_LABEL = /^(?:(?:hefyd )?yn )?(?:presennol|bresennol|mynychu|ymddiheuriadau|absennol|swyddogion|aelodau)(?: (?:am absenoldeb|hefyd))?$/i;
/** Welsh words in a list of people: titles, "a"/"ac" (and), roles. */
export const WELSH_IN_LIST = /\b(?:Cyng|Cynghorydd|Cynghorwyr|[Cc]adeirydd|[Cc]lerc|a\/and|ac\/and)\b/;
/** "Cyng/", "Cyng. / ", "a/", "cadeirydd / ", "Cynghorydd Sir / ": the Welsh side of a bilingual pair in a list. */
export const WELSH_BEFORE_SLASH = /\b(?:Cyng(?:horydd(?: Sir)?|horwyr)?\.?|a|ac|(?:is-)?[Cc]adeirydd|[Cc]lerc|[Mm]aer|[Ss]wyddog) ?\/ ?(?=[A-Za-z])/g;
/** "COMMITTEE. Present:- Councillor ...": the attendance label after a sentence on the same line. */
export const PRESENT_AFTER_SENTENCE = /\. Present ?:-? (?=(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Dr|Provost|Bailie)\b)/;
export type AttendanceGroup =
  | 'member'
  | 'co-opted'
  | 'cabinet'
  | 'other-member'
  | 'invited'
  | 'substitute'
  | 'employee'
  | 'apologies'
  | 'absent'
  | 'chair'
  | 'vice-chair';
/**
 * What follows a label: a colon (or "(by Directorate):", a dash, a semicolon typed for a colon: "PRESENT;", a colon
 * and a spaced dash: "Present: – Cllr ...") ends it; "Members requested ..." is prose.
 */
export const LABEL_END = /^ ?(?:\([^)]{0,60}\) ?)?(?:[:;](?:[-–]| [-–—](?= |$))?|[-–] |\.?$)/;
/** A line that is only a label in capitals: "PRESENT", "APOLOGIES" (in Welsh "PRESENNOL", "YMDDIHEURIADAU"). */
export const BARE_LABEL = /^(?:present|p r e s e n t|sederunt|(?:members|councillors) (?:present|in attendance)|present members|apologies|apologies for absence|in attendance|also present|officers|absent|attendance|attendees|presennol|yn bresennol|ymddiheuriadau)[ :.-]{0,3}$/i;

/** "Councillor X in the Chair", "X took the Chair", "X presided". */
export const IN_THE_CHAIR = /\b(?:in the chair|took the chair|presided|presiding|chaired the meeting|was in the chair|assumed the chair|(?:meeting|it) was chaired by|acted as (?:the )?chair(?:man|woman|person)?(?: (?:of|for) the meeting)?(?![\w-]))/i;
/**
 * "Councillor Ann Holt was elected Chair ...", "RESOLVED that Cllr Holt be appointed as Chairman ...", "that Councillor
 * Nichols chair the meeting", "be appointed to Chair this meeting", "that Cllr X take the chair for this meeting": the name stands before.
 */
export const CHAIR_ELECTED =
  / (?:(?:(?:was|be|is) (?:duly |unanimously )?(?:re-?)?(?:elected|appointed)(?: as)?|(?:would|will|should) be)(?: the)? (?:Chair|Chairman|Chairwoman|Chairperson|Convener|(?:Lord )?(?:Mayor|Provost))\b|(?:(?:be|was) (?:appointed|elected|asked) to )?[Cc]hair (?:the|this) meeting\b|(?:should )?take the [Cc]hair(?= for (?:the|this) meeting\b))/;
/** What may follow an election that makes its chair the meeting's: "for the meeting", "of the Committee", "(Lord Mayor) of the City of Yarrow", the sentence's end (a chair "of the Flooding Panel" chairs another body). */
export const CHAIR_ELECTED_FOR =
  /^(?: for\b| of (?:the|this) (?:meeting|committee|board|panel|council|sub-committee|commission)\b| of (?:[A-Z][\w'’-]{1,25} ){1,4}(?:(?:Parish|Town|Community|City|District|Borough|County) )?Council\b| of the (?:City|Borough|Royal Borough|County|Town|District) of [A-Z]|[.,;]|$)/i;
/** "Election of Chairman", "Appointment of Chair of the Council", "Election of (Lord) Mayor": an item that chooses the chair (never the vice-chair nor the deputy). */
export const CHAIR_ELECTION_TITLE = /^(?:(?:to )?(?:elect|appoint)|(?:re-?)?election|appointment) (?:of )?(?:a |the )?(?:chair|chairman|chairwoman|chairperson|convener|(?:lord )?(?:mayor|provost))\b/i;
/** "As there were no other proposals, Cllr M Cain was elected.", "Councillor Holt was duly re-elected": under such an item, the role goes without saying. */
export const ELECTED_ALONE = / (?:was|be|is) (?:duly |unanimously )?(?:re-?)?(?:elected|appointed)(?=[.,;]|$| for the (?:ensuing|coming|forthcoming|next|municipal|council) )/;
/** "The Chairman, Councillor Graham Ellery, welcomed ...", "The Chair (Cllr Holt) opened the meeting": the name follows. */
export const CHAIR_APPOSITION = /\b[Tt]he (?:[Cc]hair(?:man|woman|person)?|Convener),? \(?(?=(?:Councillor|Cllr|County Councillor|Mr|Mrs|Ms|Miss|Dr)\b)/;
/**
 * "Councillor Rhodri Bevan, Chair of the Council extended ...": a titled name, then the chair of the body meeting (of "the
 * Council", "the Committee" ...), then the sentence's verb. A chair of a body named in full chairs another body.
 */
export const CHAIR_OF_THE_BODY_AFTER_NAME =
  /, (?:the )?(?:Chair|Chairman|Chairwoman|Chairperson)(?: of the (?:Council|Committee|Board|Panel|Cabinet|Commission|Sub-Committee|Forum|Partnership|meeting))?,? (?=[a-z])(?!of\b|for\b)/;
/**
 * "Chair: Ann Vane; Proposed by B. Cole", "Chair Ann Vane was proposed by C", "nomination for Chairman, Ann Vane was
 * proposed": the chair's office (not a vice-chair's, nor a chair "of" another body), then the candidate, then the motion.
 */
export const CHAIR_THEN_CANDIDATE =
  /(?<!\b(?:[Vv]ice|VICE|[Dd]eputy|DEPUTY)[- ]?)\b(?:Chair(?:man|person|woman)?|CHAIR(?:MAN)?|Convener)[:,]? ((?:(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr)\.? )?[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2})[;,]? (?:was )?(?:[Pp]roposed|[Nn]ominated)\b/;
/** "Councillor Holt (Chair) thanked officers": the name stands before. */
export const CHAIR_BRACKETED = / ?\((?:the )?(?:Chair|Chairman|Chairwoman|Chairperson|Convener)\)/;
/** "(Chair)", "(Chairman)", "- Chair", "(In the Chair)" beside a name. */
export const CHAIR_NOTE = /^(?:the )?(?:chair|chairman|chairperson|chairwoman|convener|convenor|(?:town |city |borough )?mayor|in the chair|chair of the meeting|presiding)$/i;
export const VICE_CHAIR_NOTE = /^(?:the )?(?:vice|deputy)[- ]?(?:chair|chairman|chairperson|convener|convenor)$/i;
/** A personal title before a name. */
export const PERSON_TITLE =
  /^(?:(?:county borough|county|city|borough|district|town|parish|community) )?(?:councill?ors?|cllrs?\.?|cll|mr|mrs|ms|miss|mx|dr|prof|professor|rev(?:erend|d)?|father|sir|dame|lady|lord|alderman|alderwoman|ald|canon|deputy|the (?:rt )?hon|baroness|baron)\b\.?/i;
/** "Councillors", "Cllrs", "County Councillors", "County Borough Councillors" (a Welsh county borough's members). */
export const PLURAL_TITLE = /^(?:(?:county (?:borough )?)?councillors|cllrs\.?)(?= |$)/i;
/** "Apologies for absence were received from X and Y", "There were apologies from X". */
export const APOLOGIES_SENTENCE =
  /\b(?:apolog(?:y|ies)(?: and (?:valid |the )?reasons? for absence)?(?: (?:for (?:authorised )?|of )(?:absence|his absence|her absence|their absence|inability to attend the meeting|non-attendance))?(?: from (?:the|this) meeting)?(?: were| was| had been| have been)?(?: also)?(?: received| submitted| given| noted| tendered| reported| accepted| intimated| recorded| received and accepted)?(?:,? (?:and )?(?:noted|accepted)){0,2}(?: (?:from|on behalf of|by)) (?:the following(?: members| councillors)?:?[-–]? )?|there were (?:also )?apologies from |(?:(?:had|has|have) )?(?:sent|sends|gave|gives|tendered|tenders|offered) (?:his |her |their )?apologies\b(?! (?:to|for (?!(?:his |her |their )?(?:absence|inability|non-attendance))))|apologi[sz]ed for (?:his |her |their )?(?:inability to attend|absence|not attending)\b|\bthe apolog(?:y|ies)(?: for absence)? of )/i;
/** An apologies sentence's verb whose subject is the people: "sent apologies", "had tendered his apologies", "apologised for". */
export const SUBJECT_GIVES_APOLOGIES = /^(?:(?:had|has|have) )?(?:sent|sends|gave|gives|tendered|tenders|offered)\b|^apologi[sz]ed\b/i;
/**
 * An apologies heading alone on its line, a number before it perhaps: "Apologies for Absence", "1(1) Apologies",
 * "APOLOGIES/SUBSTITUTES", "To receive apologies for absence": the list under it is the apologies.
 */
export const APOLOGIES_HEADING =
  /^(?:[\dA-Z]{1,3}(?:[.)]|\(\d{1,2}\)|\.\d{1,2})? )?(?:to (?:receive|note)(?: and (?:accept|note))? )?apolog(?:y|ies)(?: for absence)?(?: ?(?:\/|and|&) ?(?:substitut\w{0,6}|changes in membership|declarations? of interests?))?(?: \(if any\))?\.?$/i;
/**
 * A sentence that opens by giving apologies from people, in words the specific readers do not know: "Apologises were
 * received from Dr X", "Apologies had been forwarded by Y", "Apologies for absence with valid reasons given were received
 * and accepted from Cllrs A and B", "Apologies for absence were given for Cllr C", "Apologieswere received from D" (a PDF
 * text that lost the space). It opens the line or follows a sentence's stop; up to eight words of any wording stand
 * between "apologies" and the word that turns to the people, which "for" is only before a title.
 */
export const APOLOGIES_FROM_LOOSE =
  /(?:^|[.;:] )(?:\d{1,3}\.? +)?(?:[Aa]n? |[Tt]he )?(?:[Aa]polog(?:y|ies|ises)|APOLOG(?:Y|IES))(?:were|was)?(?: (?!from\b|by\b)(?:[a-z]{2,15}|[A-Z]{2,15})){0,8} (?:from|by|on behalf of|for(?= (?:Cllrs?|Councill?ors?|Mr|Mrs|Ms|Miss|Dr)\b))(?: the following(?: members| councillors)?)?:? (?=[A-Z])/;
export const NO_APOLOGIES = /^(?:there were )?no apologies\b|^(?:none|nil)(?: received| declared)?\.?$/i;
/** The heading of a meeting page's attendance tab, alone on its line. */
export const ATTENDANCE_TAB = /^(?:attendance(?: details)?|(?:other )?attendees)$/i;
/** A part's heading; "Also in attendance at the above meeting were:" heads a CMIS page's "Other Attendees" tab. */
export const TAB_PRESENT = /^(?:attended(?: [-–] (?:other )?(?:committee )?members)?|members present|present|attendees|name\t?role|also in attendance at the (?:above )?meeting were:?)$/i;
export const TAB_APOLOGIES = /^(?:apologies(?: for absence)?|name\t?reason for (?:sending )?apolog(?:y|ies)(?:\t?substituted by)?)$/i;
export const TAB_ABSENT = /^(?:absent|name\t?reason for absence(?:\t?substituted by)?)$/i;
/** What ends the attendance tab: the page's next tab. */
export const TAB_END = /^(?:declarations? of interests?|visitors?(?: information)?|documents|media|member name\t?item ref)\b/i;
/** A grid's head run together by the rendering: "NameRoleAttendance", "AttendeeRoleAttendanceAttendance comment". */
export const GRID_HEAD_RUN_TOGETHER = /^(name|attendee|member) ?(role)? ?(attendance) ?(attendance comment)?$/i;
/** The head cell over a grid's names. */
export const GRID_NAME_CELL = /^(?:name|names|attendee|attendees|member|members)$/i;
/** A grid row's attendance cell at the row's end, when its cells were run together: "... Member Present". */
export const GRID_ATTENDANCE_AT_END =
  /(?:^|\s)(present(?: as (?:a )?substitute)?|in attendance|attended|virtual|remote|apologies(?: received)?|apology|sent apologies|absent|did not attend|not present|expected)\.?$/i;
/** A role cell run into the name before the attendance: "Councillor X Vice-Chairman Present". */
export const GRID_ROLE_AT_END =
  /\s((?:(?:vice|deputy)[- ]?)?chair(?:man|person|woman)?|(?:vice[- ])?conven[eo]r|(?:lord |depute |deputy )?(?:provost|mayor)|co-?opted member|substitute(?: member)?|(?:committee |board |panel )?member|officer|leader|deputy leader)$/i;
/** An attendance cell saying the person came. */
export const GRID_CAME = /^(?:present|in attendance|attended|virtual|remote)\b/i;
/** The pager under a grid: "1 2", "Page 1 of 2", "< Previous", "Next >". */
export const GRID_PAGER = /^(?:\d{1,2}(?: \d{1,2})+|page \d+ of \d+|[<>«»]{0,2} ?(?:first|prev(?:ious)?|next|last) ?[<>«»]{0,2})$/i;
/** A civic head's office, who chairs the council's meetings when no one else holds the chair's role. */
export const CIVIC_HEAD = /^(?:the )?(?:lord |(?:town |city |borough )?)?(?:provost|mayor)$/i;
/** "No absentee information has been recorded for the meeting." */
export const NOTHING_RECORDED = /\b(?:has|have) been recorded\b|\bis not yet available\b|^none\.?$/i;
/** The head cells of a table of people: "Name", "Role", "Councillor", "Position". */
export const PEOPLE_TABLE_HEAD = /^(?:name|names|role|position|councillors?|members?|title|representing|organisation|attendance)$/i;
/** "P: Present", "A = Apologies for absence submitted": a legend for the letters beside names. */
export const MARK_LEGEND = /^([A-Z][a-z]?) ?[:=–-] ?(present|attended|in attendance|apologies|absent|did not attend)\b/i;
/** "Received from Councillor Iqbal." under an apologies heading. */
export const RECEIVED_FROM = /^(?:apologies |(?:these|they) (?=were|had|have))?(?:were |had been |have been )?(?:received|submitted|tendered|given|sent)(?: and accepted)? from:? /i;
/** "Apologies for lateness": the person came. */
export const LATENESS = /\blateness\b|\blate arrival\b|\bwould be late\b|\b(?:would arrive|arrived) late\b|\bapolog(?:y|ies) for (?:having to )?leav(?:e|ing)\b/i;
/** "Apologies for lateness were received from": the names follow. */
export const LATENESS_FROM = /\b(?:apolog(?:y|ies) )?for (?:lateness|late arrival)(?: (?:was|were))?(?: (?:received|submitted|given|made))? from /i;
/** "; and for lateness from": where an apologies sentence turns to people who came late. */
export const LATE_CLAUSE = /[;,]? ?(?:and )?(?:apolog(?:y|ies) )?for (?:lateness|late arrival)\b/i;
/** "X gave apologies for lateness", "X would be late", "X arrived late": the name stands before. */
export const LATE_SAID = / (?:gave|sent|had given|submitted|offered) (?:(?:his|her|their) )?apolog(?:y|ies) for (?:lateness|late arrival|(?:having to )?leav(?:e|ing)\b)| (?:would be|would arrive|arrived) late\b/;
/** "Councillor X entered the meeting", "Cllr Y joined the meeting", "Cllr Z arrived during the discussion of minute 64": the person came. */
/** "welcomed Lena Tovey, Head of Customer Services and Colm Eade to the meeting": the guests between the verb and the meeting. */
export const WELCOMED_TO_MEETING = /\bwelcomed ([A-Z][^.;:]{2,200}?) to (?:the|this|today['’]s) meeting\b/g;
export const CAME_IN = / (?:had )?(?:(?:re-?)?entered|(?:re-?)?joined|returned to) the meeting\b| arrived (?:during|at \d)/g;
/**
 * "Clackmannanshire Council", "Central Scotland Police", "Monitoring Officer", "Senior Leadership Team": an entry of a list
 * that ends on the noun of a body or a post. A person's name ends on a surname; such an entry names no one.
 */
/** "Chief Executive", "Head of Legal and Governance", "Depute Chief Executive/Director of ...": a post opening the line, its holder unnamed (no first name is one of these words). */
export const POST_OPENING = /^(?:Chief|Head|Director|Depute|Executive|Strategic|Corporate) (?:[A-Z]|of\b)/;
export const BODY_OR_POST = /\b(?:(?:Audit|Police|Historic|Natural|Sport|Health|NHS|Transport|Development|Education|Creative|Visit) (?:Scotland|Wales|England)|Council|Police|Constabulary|Trust|Partnership|Association|Authority|Service|Services|Team|Board|Group|Society|Federation|Agency|Commission|Department|Directorate|Company|Ltd|Limited|Officer|Manager|Director|Adviser|Advisor|Co-?ordinator|Administrator|ICB|CCG|Healthwatch|NHS England)\.?$/;
/** "(Chair), Nina Fox", "(Vice-Chairman)": a line of a list that opens with a short bracketed note (the note of the name the line above ended on). */
export const NOTE_OPENING_LINE = /^\([A-Za-z][A-Za-z .'’-]{0,38}\)(?:[,;.]|$| and\b| &)/;
/** "Councillor X substituted for Councillor Y", "X attended as substitute for Y". */
/** "X attended as a substitute for Y", "X confirmed he was attending as substitute": the name stands before. */
/** "... and Councillor Y was substituting", "(Councillor Y substituting)": the same, said with the verb alone. */
export const SUBSTITUTE_SAID =
  / (?:(?:confirmed|said|indicated) (?:that )?(?:he|she|they) (?:was|were) attending|attended|was attending|were attending|(?:was|were) (?:also )?present|(?:was|were) in attendance,?|attended the meeting) as (?:a |the )?(?:named |respective )?[Ss]ubstitutes?\b| (?:was |were )?substituting\b| substituted for\b| (?:attended|was present) in place of\b/g;
/** "(substituted by Cllr Jeal)", "(substitute: Councillor Nelson)": the member who came in an absent member's place, in brackets after the apology. */
export const SUBSTITUTE_IN_BRACKET = /\((?:substituted by|substitute ?[:–-]) ?([^()]{3,80})\)/gi;
/** What only a minute records: "were agreed", "was approved", "declared an interest", "There were no declarations of interest" (apologies "were received" or "noted" say nothing of business). */
export const RECORDED_BUSINESS = /\b(?:were|was) (?:put to (?:a|the) vote and )?(?:agreed|approved|confirmed|adopted|carried)\b|\bdeclared an? (?:[a-z-]{1,20} ){0,3}interest\b|\bno declarations of interest\b/i;
/** The people a sentence names start at their first title: "It was noted that Councillors A and B would be late". */
export const FIRST_PERSON_TITLE = /\b(?:County )?(?:Councill?ors?|Cllrs?\.?|Mr|Mrs|Ms|Miss|Dr)\b /;
export const SUBSTITUTE_FOR = /\b(?:substitut\w{0,6}|as (?:a )?substitute|in place of|attended for)\b/i;

// ---------------------------------------------------------------------------
// Items

/** "Item 5:", "Agenda item 5 -", "Minute No. 31 –", "Minute 151:", "MIN 23". */
export const ITEM_WORD_NUMBER = /^(?:(?:agenda )?item|minute|min\.?)(?: no\.?)? ?(\d{1,4}(?:\.\d{1,2})?(?:\([a-z]\)|[a-z]?\b))\.?(?: ?[-–—:.)] ?| )/i;
/** "19/24", "C048/23", "C 08/042", "Cou/285/07-08", "RGSC/22/21", "77/21", "41a/19", "10457/04/19": a minute reference with its year (and a sub-item's letter). */
export const SLASH_REF = /^((?:[A-Za-z]{1,8}[ ./]?)?(\d{1,5})([a-z])?\/(\d{1,4})(?:[-/](\d{1,4}))?[a-z]?)\.?(?= |$)/;
/**
 * "380/01APOLOGIES", "FC/25/01MINUTES", "004/21To approve the notes ...", "031/24Highways: ...", "112/24The Minutes of ...":
 * a minute reference glued to its title in capitals or to a title's first word (a text that lost the gap between them).
 */
export const GLUED_SLASH_REF = /^((?:[A-Za-z]{1,8}[ ./]?)?(\d{1,4})([a-z])?\/(\d{1,4})(?:[-/](\d{1,4}))?)(?=[A-Z]{3}|[A-Z][a-z]{1,20}(?: [A-Za-z–-]|:))/;
/**
 * "OV5323", "CYP.23", "PC12": a committee's letters and a number; "Co.33", "Ex.12": its short name's abbreviation,
 * closed by a stop, then the number (how a ModernGov Word template numbers a council's minutes); "A1", "B12": a part's
 * letter and the item's number within it.
 */
export const LETTERED_REF =
  /^(?!(?:PART|PAGE|ITEM|SECTION|APPENDIX|ANNEX|TABLE|CHAPTER|STAGE|PHASE|LEVEL|ROOM|WARD|YEAR|AGENDA|MINUTE|NOTE|PARA|SCHEDULE)\b|(?:No|Nos|Vol|Tel|Fig|Ref|Para|Art|Sec|Min|Mob|Ext|Pg|Pp|Op|St)\.)([A-Z](?:[A-Z]{1,5}\.? ?(\d{1,5})|[a-z]{1,3}\.(\d{1,5})|\.?(\d{1,2}))[a-z]?)\.?(?= |$)/;
/** "MH07/17.01", "MH12/15.5:": a minute reference of the meeting's letters, month and year, then the minute's running number after a stop. */
export const DATED_RUNNING_REF = /^(([A-Z]{1,6})(\d{1,2})\/(\d{2})\.(\d{1,3})):?(?= |$)/;
/** "C / 63/07 / APOLOGIES FOR ABSENCE": a body's letter, the minute's number and year, each set off by a spaced slash. */
export const SPACED_SLASH_REF = /^([A-Z]{1,8} \/ (\d{1,4})\/(\d{2,4})) \/ (?=\S)/;
/** "IV. LAND AT MILL LANE": an item numbered by a Roman numeral in capitals (up to XXXIX), closed by a stop, before a title. */
export const ROMAN_ITEM_NUMBER = /^(?=[IVX])(X{0,3}(?:IX|IV|V?I{0,3}))\.(?= {1,8}[A-Z(])/;
/** "| Minutes |": the title's cell after an item's number in a table saved with its bars. */
export const PIPE_TITLE_CELL = /^\| ?([^|]{1,200}?) ?\|/;
/** "4 For, 0 Against, 1 Abstention": a vote, not an item. */
export const VOTE_RECORD = /^\d{1,3} (?:for|against|in favour|abstentions?)\b/i;
/** "32.", "32", "3a.", "3(a)", "62 :", "5 -": a plain item number, then space. */
export const PLAIN_NUMBER = /^(\d{1,4})([a-z]|\([a-z]\))?(?:\.|:| :| [-–—]|\)|\/(?= ))?(?= |$)/;
/** "1) To receive apologies": an item number closed by a bracket (a parish agenda's style). */
export const PAREN_ITEM_NUMBER = /^\d{1,3}\) [A-Z]/;
/** "5.1 Title", "338.1 Text": a sub-number. */
export const SUB_NUMBER = /^(\d{1,4})\.(\d{1,2})\.?(?= |$)/;
/** A number glued to its title: "1APOLOGIES", "4COUNCIL REPORTS", "1.Welcome and apologies", "2.DECLARATIONS", "3.TO RECEIVE" (a PDF text that lost the space). */
export const GLUED_NUMBER = /^(\d{1,2})(?:\.(?=[A-Z][a-z]|[A-Z]{2}[A-Z ][A-Z])|(?=[A-Z]{3}|[A-Z][a-z]{2,}\b))/;
/** A paragraph number on its own: "6.1", "8.4.2". */
export const PARAGRAPH_NUMBER_ALONE = /^\d{1,4}\.\d{1,2}(?:\.\d{1,2})?\.?$/;
/** Words a title never holds: a sentence's verbs. */
/** " Hollins", " Cllr Ann Mbeki": a name and nothing else after a label with no colon. */
export const NAME_ALONE = /^ (?:(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\.? )?[A-Z][a-z'’-]{1,25}(?: [A-Z][a-z'’-]{1,25}){0,2}$/;
export const FINITE_VERB =
  /\b(?:was|were|is|are|has|have|had|will|would|shall|should|could|did|does|been|noted|agreed|advised|explained|reported|confirmed|stated|asked|informed|said|thanked|welcomed|declared|resolved|highlighted|outlined|suggested|expressed|queried|commented|moved|seconded|added|attended|arrived|joined|apologised)\b/i;
/** Where an agenda says its paper stands: "details to follow", "report of the Director enclosed", "previously circulated". */
export const PAPER_STATE =
  /^(?:(?:the |a )?(?:details|reports?|papers?|documents?|information|minutes|presentation)s?\b(?: (?:of|from|by) [^.:;]{1,80}?)? )?(?:to follow|enclosed|attached|herewith|to be tabled|previously circulated)\b/i;
/** Lines that begin an agenda's or a minute's words, not a title: "To receive ...", "The Committee ...". */
export const SENTENCE_START =
  /^(?:to (?:receive|consider|note|approve|agree|confirm|review|determine|sign|authorise|report|discuss|update|invite|allow|appoint|elect|identify)\b|the (?:committee|board|panel|council|chair(?:man)?|minutes|report|meeting|cabinet|members?|clerk|officers?)\b|members (?:were|are|noted|asked|discussed)\b|it was\b|there (?:was|were|are|is)\b)/i;
/** A line cut off mid-sentence ends with a small word (tested on its last word); a title never does. */
export const TRAILING_FUNCTION_WORD = /^(?:of|the|and|to|for|in|on|with|a|an|by|from|that|which|so|or|as|at|is|are|be|this|their|its|our|would|will|was|were)$/i;
/**
 * A stop that ends a sentence inside a paragraph: after a word of three letters or more, a number or a small word in
 * lower case ("... seconded it. As there ..."), or a word in capitals ("... presented and APPROVED. The ..."), but not after an initial or a capitalised abbreviation ("J. Smith", "No. 5"
 * go on), and never after a title printed before a name ("Cllr. Pascoe", "Cllrs. Bowden and Hart", "Rev. Hale"). A bracket
 * closing an abbreviation in capitals ends one too ("... £480 (one sixth recoverable VAT). Actual ...").
 * So does a stop after a short word that is no title or abbreviation: a member's initials ("... presented by MP. The
 * Council ..."), a capitalised word of three letters ("... from Mr Ian Fox. It was agreed ...", not "Jan.", "Col.")
 * and a postcode closing an address ("... Wellbrook, WB6 2BT. It was agreed ..."): minutes name people and places
 * that way, and the decision after the stop is a sentence of its own.
 * A stop before a minute's number and a capital ("... swing chains. 48/23 Planning ...", "... signed. 4. Finance") ends
 * one too: text flattened from a page runs the next minute on after the last sentence of this one; and so does one
 * before the letter of the minute's next part ("... listed on the schedule. b. Precept. The precept ...").
 * `quoted` also ends one before an opening quote or bracket. A new pattern each call: callers walk it with lastIndex.
 */
export function sentenceStop(quoted = false): RegExp {
  return quoted
    ? /(?<=[a-z\d)'’]{3}|\d|\b[a-z]{2}|[A-Z]{3}|[A-Z]{2}\)|\b[A-Z]{2}|\d[A-Z]{2}|\b[A-Z][a-z]{2})(?<!\b(?:Cllrs?|Mrs|Revd?|Prof|Capt|Sgt|Supt|Insp|Col|Gen|Maj|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Ave|Inc|Est|Vol|Fig))[.!?] (?=[A-Z"“(]|\(?[a-h][.)] [A-Z]|\d{1,4}(?:[./]\d{1,4}){0,2}[.)]?(?: \(?(?:[ivx]{1,4}|[a-h])[.)]?)? [A-Z])/g
    : /(?<=[a-z\d)'’]{3}|\d|\b[a-z]{2}|[A-Z]{3}|[A-Z]{2}\)|\b[A-Z]{2}|\d[A-Z]{2}|\b[A-Z][a-z]{2})(?<!\b(?:Cllrs?|Mrs|Revd?|Prof|Capt|Sgt|Supt|Insp|Col|Gen|Maj|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Ave|Inc|Est|Vol|Fig))[.!?] (?=[A-Z]|\(?[a-h][.)] [A-Z]|\d{1,4}(?:[./]\d{1,4}){0,2}[.)]?(?: \(?(?:[ivx]{1,4}|[a-h])[.)]?)? [A-Z])/g;
}
/** "This information is classed as exempt under paragraph 3 ...": the sentence that gives an exclusion its ground. */
export const EXEMPT_GROUND = /^(?:this|the|such) information is (?:classed|classified|considered|deemed|defined|categorised) as exempt\b/i;
/** A title ending: "etc." or an abbreviation whose stop is not a sentence's. */
export const ABBREVIATION_END = /\b(?:etc|Ltd|Co|St|Nos?|inc|plc|Cllr|Dr|Mr|Mrs|approx)\.$/;

/** "Public Business", "PART 1 - PUBLIC", "PART A", "Open Items". */
export const PUBLIC_SECTION = /^(?:part (?:1|i|one|a)\b ?[-–:]? ?(?:public(?: business| items?| agenda)?)?|public business|public items|open (?:business|items)|items for (?:public )?decision)$/i;
/**
 * "Private Business", "Part 2 - exempt", "CONFIDENTIAL ITEMS", "Exempt items", "Closed Items (if any):" as a section of the meeting;
 * "Items which the Committee may wish to consider with the press and public excluded" as its heading (a relative clause:
 * an item titled "Items to be considered in the absence of the public" only names the exclusion still to be moved).
 */
export const PRIVATE_SECTION =
  /^(?:part (?:2|ii|two|b)\b[ :()–-]{0,4}(?:private|exempt|confidential|not for publication|closed|items? not open to the (?:press and )?public)[\w ()–-]{0,80}|(?:private|exempt|confidential) (?:business|items|session|section|part)|closed (?:business|items|session)(?: \(if any\))?:?|items? (?:considered |taken |dealt with )?in private|not for publication|part (?:2|ii|two|b)$|(?:the following )?(?:items?|business|matters?|reports?) (?:which|that) (?:the [a-z]+(?: [a-z]+)? )?(?:may wish to|is likely to|are likely to|is expected to|are expected to|will|may) (?:consider|take|hear|deal with|be (?:considered|taken|heard|dealt with))\b[^.]{0,40}?\b(?:in private|in camera|(?:with|in the absence of) the (?:press and public|public and press|public|press)(?: (?:being )?excluded)?)\b[^.]{0,80}$)/i;
/** A minute saying the public came back in: a private part is over. */
export const READMITTED = /\b(?:public|press)\b[^.]{0,40}\b(?:were |was )?(?:re-?admitted|readmitted|returned to the meeting|re-?joined)\b/i;

// ---------------------------------------------------------------------------
// Parts of a ModernGov item

export const MINUTES_PART = /^minutes ?: ?/i;
export const DECISION_PART = /^decisions? ?: ?/i;
export const AGENDA_AUTHOR =
  /^(?:(?:joint )?(?:briefing note|report|presentation|verbal (?:update|report)|update)(?: of| from| by)(?= )|(?:report |decision )?author ?:)/i;
export const PAGES_REF = /\(pages? (\d{1,4}) ?(?:[-–]|to) ?(\d{1,4})\)|\(page (\d{1,4})\)/i;

// ---------------------------------------------------------------------------
// Decisions

/**
 * A decision label at the start of a line: "RESOLVED", "It was RESOLVED that",
 * "UNANIMOUSLY RESOLVED", "8.4 RESOLVED:", "Resolved to RECOMMEND", "Following
 * discussion, it was resolved that". "resolved" in any case; the rest of the line follows.
 */
export const RESOLVED_LABEL =
  /^(?:\d{1,3}\.\d{1,2}\.? |\d{1,4}\/\d{2,4} ?)?(?:(?:following|after|having|upon|on) [^.;:]{0,80}, |(?:following|after|upon|on) (?:consideration|discussion|debate|a vote|being put to the vote|a recorded vote)(?: of (?:the|this) (?:report|item|matter|application))? (?=it was))?(?:it was (?:therefore |further |also |then |accordingly |unanimously |duly )?|(?:the )?(?:committee|board|panel|council|cabinet|commission|members?|sub-committee) )?(?:unanimously |further |also )?resolved\b(?: unanimously)?(?: to recommend)?[ :,.\-–—]{0,4}/i;
/** Labels councils print in capitals: "AGREED", "DECIDED", "DECISION", "RECOMMENDED", "Unanimously AGREED". */
export const CAPITAL_DECISION_LABEL = /^(?:[Uu]nanimously |[Ii]t was )?(?:AGREED|DECIDED|RECOMMENDED|DECISION|RESOLUTION|RECOMMENDATION)(?: UNANIMOUSLY)?(?: to (?:recommend|RECOMMEND)\b)?(?: (?:TO|to) (?:THE |the )?(?:FULL |full )?(?:COUNCIL|Council)\b)?\b[ :,.\-–—]{0,4}/;
/**
 * A decision word in any case set off from its decision by a colon or a dash, as a label is: "Agreed – to take no
 * further action", "8.2 Decided: that the clerk ...". The mark, not the case, makes the word a label.
 */
export const SET_OFF_DECISION_LABEL = /^(?:\d{1,3}\.\d{1,2}\.? )?(?:[Uu]nanimously )?(?:[Aa]greed|[Dd]ecided|Recommended)(?: unanimously)? ?[:–—-] ?/;
/** "The Committee AGREED the rate ...", "Members AGREED that ...": a decision in a sentence of its own, quoted whole. */
export const SUBJECT_DECIDED = /^(?:the )?(?:[A-Z][\w&()'-]{0,30} ){0,6}(?:committee|board|panel|council|cabinet|commission|members|sub-committee|meeting|executive) (?:unanimously )?(?:AGREED|DECIDED|RESOLVED|NOTED|APPROVED|ENDORSED|RECOMMENDED)\b/i;
/**
 * A decision label where a sentence starts inside a line, as parish and town minutes print them:
 * "PA24/0411 – Extension at 3 Fore Street: RESOLVED to support.", "The group reported. RESOLVED to
 * defer ...", "Proposed by Cllr X, seconded by Cllr Y and RESOLVED that ...", "... and it was resolved
 * that ...", "The Panel, having heard all the parties, RESOLVED that ...". The label in capitals, or
 * "it was resolved" in any case; the match ends where the label starts.
 */
export const MID_LINE_DECISION_LABEL =
  /(?:[.:;!?)/,] |[–—-] | and )(?=(?:(?:[Ii]t was |[Tt]he (?:[A-Z][a-z]{1,20} ){0,2}(?:[Cc]ouncil|[Cc]ommittee|[Bb]oard|[Pp]anel|[Mm]eeting) )?(?:[Uu]nanimously )?(?:RESOLVED|AGREED|DECIDED)\b|[Ii]t was (?:unanimously |therefore |further )?resolved (?:that|to)\b|(?:Resolved|Agreed|Decided) ?[:–—-] |Resolved (?:that|to)\b))| (?=RESOLVED(?: ?[:–—-]| (?:that|to|It was)\b))/;
/**
 * A decision in capitals inside a sentence: "Payments for March totalling £2,314.60 were APPROVED.",
 * "The minutes ... were APPROVED and signed by the Chair". The sentence is the decision, quoted whole.
 */
export const CAPITAL_PASSIVE_DECISION = /\b(?:was|were|is|are) (?:duly |unanimously |formally )?(?:APPROVED|AGREED|ADOPTED|ACCEPTED|CONFIRMED|RATIFIED|ENDORSED|NOTED|REFUSED|GRANTED)\b/;
/**
 * A decision's word after the sentence it decides, as parish minutes print it: "... was co-opted onto Council.
 * Resolved.", "Agreed unanimously.", "Approved unanimously.". The sentence before it is the decision.
 */
export const DECISION_CLOSER =
  /(?:^|[.!?] )(?:(?:RESOLVED|Resolved|AGREED|Agreed|APPROVED|Approved)(?: unanimously| UNANIMOUSLY| by all members)?(?: and noted| accordingly)?(?: and signed(?: by the (?:Chair|Chairman|Chairperson|Mayor))?)?|All (?:agreed|in favour)|(?:Unanimously|UNANIMOUSLY) (?:agreed|resolved|approved|AGREED|RESOLVED|APPROVED)(?: and signed(?: by the (?:Chair|Chairman|Chairperson|Mayor))?)?|(?:This|That|These|Which) (?:was|were) (?:unanimously |duly )?(?:agreed|approved|resolved|accepted)(?: to| unanimously| by all(?: members)?)?)\.(?:$| (?!That\b)(?=[A-Z]))/;
/** "... from October. RESOLVED": a bare label closing the sentence before it (a bullet's or a paragraph's), with no stop of its own. */
export const TRAILING_DECISION_LABEL = /[.!?] (?:RESOLVED|Resolved|AGREED|Agreed|APPROVED|Approved)$/;
/** "Proposed by Cllr X seconded by Cllr Y and unanimously approved." on a line of its own: it closes the sentence above it. */
export const MOTION_CLOSER =
  /^(?:Proposed|Moved) by .{1,60}?,? (?:and )?seconded by .{1,60}? and (?:unanimously |duly )?(?:approved|agreed|resolved|carried|accepted)(?: unanimously| by all(?: members)?)?\.(?:$| (?!That\b)(?=[A-Z]))/;
/**
 * A parish council's answer to a planning application, printed after it with no label: "24/00311/HOU, Meadow
 * Cottage – single storey extension. No objection." The answer is the decision.
 */
// ... or, after a dash on the application's own line, the one word of its verdict: "24/0311/FUL Rear extension - object",
// "... – support", "... – approve".
export const PLANNING_RESPONSE =
  /(?:^|[.:;] |[–—-] )(no (?:objections?|comments?|observations)(?: (?:raised|to make|were raised))?\.?)$|[–—-] (object|objection|support|approve|refuse)\.?$/i;
/** An application's reference ("24/00311/HOU", "P/24/0412/FUL", "DC/23/1187") or the word. */
export const APPLICATION_REF = /\b(?:[A-Z]{1,4}\/)?\d{2,4}\/\d{3,6}(?:\/[A-Z]{2,6})?\b|\bapplications?\b/i;
/**
 * "It was proposed by Cllr. D. Jenkins and seconded by Cllr. S. Lloyd that ...", "Motion (MD) & seconded (AH) that
 * ...", "proposed Cllr A, seconded Cllr B, that ...": what was moved is the decision.
 */
export const PROPOSED_THAT = /^(?:it was |(?:these|they) were |this was )?(?:proposed|moved|motion)(?: by)? .{1,80}?(?:,? and |, | & )seconded(?: by)? .{1,80}? that /i;
/** "It was proposed by Cllr A and seconded by Cllr B to accept the quote": the seconder's name, then what was moved. */
export const PROPOSED_TO =
  /^(?:[Ii]t was |[Tt]his was )?(?:[Pp]roposed|[Mm]oved)(?: by)? [^,;]{1,60}?(?:,? and |, | & )seconded(?: by)? (?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.? )?(?:[A-Z][\w'’.-]{0,20} ){1,4}(?=to (?!(?:the|a|an|be|this|that|these|those|all|him|her|them|it)\b)[a-z]{3,} )/;
/**
 * "The Chairman of the Council MOVED and it was duly SECONDED that ...", "Councillor A MOVED and Councillor B SECONDED
 * that ...": a mover named first, then what was moved.
 */
export const MOVER_SECONDED_THAT =
  /^(?:the )?(?:[A-Z][\w'’.-]{0,20} ){1,6}(?:(?:of|for) (?:the )?(?:[A-Z][\w'’.-]{0,20} ){1,4})?(?:moved|proposed) and (?:it was |(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.? )?(?:[A-Z][\w'’.-]{0,20} ){1,3})?(?:duly )?seconded(?: by [^.;]{1,60}?)? that /i;

/** "Cllr Laura Hale proposed", "Councillor Pellow proposed", "Mrs D Amos proposed", "JS proposed", "S. Farrow proposed": a motion opened by its proposer's name and title, initials, or initial and surname ("The Convener proposed" is the chair's proposal, decided below it). */
export const NAMED_PROPOSER = /^(?:(?:After|Following|Having|Upon|On) [^,.;]{1,80}, )?(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.? (?:[A-Z][\w'’.-]{0,20} ){1,4}|[A-Z]{2,4} |[A-Z]\. [A-Z][\w'’-]{1,20} )(?:proposed|moved)\b/;
/**
 * "Following discussion, it was proposed ...", "In view of the conversations held before the meeting, it was proposed
 * ...", "With the absence of the Vice Chairman it was proposed ...": a phrase that sets the scene before the motion.
 */
export const LEAD_IN_TO_MOTION = /^(?:after|following|with|in|on|upon|having|due to|given|as|at|prior to|once)\b[^.;:]{1,160}?,? (?=it was (?:proposed|moved)\b)/i;
/** "It was proposed by Cllr Rawlinson that ...": a motion with its proposer and no seconder in the same sentence. */
export const PROPOSED_BY_THAT = /^it was (?:proposed|moved) by (?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.? )?(?:[A-Z][\w'’.-]{0,20} ){1,4}that /i;
/** "... and Cllr Y seconded it", "; the proposal was seconded by ...", ", seconded by JP and resolved": where a motion's own words end and its seconding begins. */
export const SECONDING_CLAUSE = /^(?:,? and |; ?|, )(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.? )?(?:(?:[A-Z][\w'’.-]{0,20} ){1,4}|the proposal was |this was |it was )?seconded\b/;
/**
 * "Cllr A proposed, Cllr B seconded.", "Cllr A proposed Cllr C as Chair, Cllr B seconded.": who moved and who seconded,
 * with no motion worded ("that ...", "to <verb> ...").
 */
export const MOVER_AND_SECONDER = /^(?=[^.;]{0,160}\b(?:proposed|moved)\b)(?=[^.;]{0,160}\bseconded\b)(?![^.;]{0,160}\b(?:that|to [a-z]{3,})\b)[^.;]{0,160}\.?$/i;
/**
 * "Proposed by A and seconded B.", "(Prop: AB, Sec: CD – agreed).", "Proposed; EF, seconded; GH.": a sentence naming a
 * proposer and a seconder and nothing moved ("that ...", "to <verb>", "as Chair"), nor a vote against. "Cllr A proposed
 * Cllr B", "Rosa Akers was proposed by A and seconded by B": a nomination, not yet carried.
 */
export const PROPOSER_AND_SECONDER_ONLY =
  /^(?=[^.]{0,120}\b(?:[Pp]roposed|PROPOSED|[Pp]rop)\b)(?=[^.]{0,120}\b(?:[Ss]econded|SECONDED|[Ss]ec)\b)(?![^.]{0,120}\b(?:[Tt]hat|[Tt]o [a-z]{3,}|[Aa]s|against|lost|fell|withdrawn|was proposed|were proposed)\b)(?![^.]{0,120}\b[A-Z][\w'’-]* proposed\b)[^.]{0,120}\.?\)?\.?$/;
/** "..., all in favour.", "... – carried unanimously.": the vote that carried a motion, closing its sentence. */
export const VOTE_CARRIED_END = /[,;–—-] ?(?:all in favour|all agreed|carried(?: unanimously)?|unanimously (?:agreed|carried))\.?$/i;
/** "A proposal was made to ...", "CC A proposed B for ...", "It was moved by ...": a sentence that puts a motion. */
export const PROPOSAL_TOLD = /\b(?:proposed|proposal|proposition|moved|nominated)\b/i;
/** What a proposal puts, worded after it: "that ...", "to approve ...", "for the position of ...", "as Chair". */
export const MOTION_WORDED = /\b(?:that|to|for|as)\b/i;
/** "All present agreed.", "... all Cllrs were in favour.", "... put to the vote and carried.": the vote that carried a motion. */
export const VOTE_CARRIED = /\b(?:all (?:present |members |those present )?agreed|all (?:[A-Za-z]{2,12} ){0,2}(?:were |voted )?in favour|(?:was |were |and |vote and )carried|unanimously (?:agreed|approved|carried)|agreed unanimously)\b/i;
/** A motion that failed: it decides nothing. */
export const MOTION_FAILED = /\b(?:fell|was lost|(?:was )?not carried|was defeated|was withdrawn)\b/i;
/** "Cllr Jolliffe was duly elected unanimously.": the sentence after a motion that says it was carried, not a second decision. */
export const MOTION_OUTCOME = /\b(?:was|were) (?:duly |unanimously |then |therefore )?(?:re-?)?(?:elected|appointed|carried|co-opted)\b/i;
/** "Brian Ambrose proposed that ...", "The Chairman moved that ...": a person, named or by office, proposing a motion worded after "that". */
export const PROPOSER_THAT = /^(?:[^.:;]{1,60}: )?(?:[A-Z][\w'’.-]{0,20} ){1,4}(?:proposed|moved) that (?=\S)/;
/** "Shona Rigby nominated Sue Rowntree as Vice-Chairman.": a person proposing without "that", the sentence the motion. */
export const PROPOSER_OPENS = /^(?:[A-Z][\w'’.-]{0,20} ){1,4}(?:proposed|moved|nominated)\b/;
/** "This was seconded by Y.", "It was duly seconded by Y and agreed.": the seconding of the motion told before it. */
export const SECONDING_TOLD = /^(?:this|it|the (?:motion|proposal)) (?:was|were) (?:duly )?seconded\b/i;
/** "This was seconded by the Chairman and agreed by all members.": the sentence after a motion that says it was seconded and carried. */
export const SECONDED_AND_CARRIED = /^(?:this|it|the (?:motion|proposal))(?: was| were)? (?:duly )?seconded\b.{0,80}?\b(?:agreed|carried|approved)\b/i;
/** "The Committee:-" alone, its decisions listed below it. */
export const BODY_LABEL = /^(?:(?:Thereafter|Accordingly|After discussion|Following discussion),? [Tt]he|The) (?:[Cc]ommittee|[Bb]oard|[Pp]anel|[Cc]ouncil|[Cc]abinet|[Cc]ommission|[Ss]ub-[Cc]ommittee|[Ee]xecutive|[Ss]crutiny [Bb]oard(?: \(\w{1,4}\))?) ?:[-–]?$/;
/** "That the Committee:-" alone on its line: a decision's stem over its clauses. */
export const THAT_THE_BODY =
  /^That (?:the )?(?:[Cc]ommittee|[Bb]oard|[Pp]anel|[Cc]ouncil|[Cc]abinet|[Cc]ommission|[Ss]ub-[Cc]ommittee|[Ee]xecutive|[Ss]crutiny [Bb]oard(?: \(\w{1,4}\))?) ?:[-–]?$/;
/** "That Executive" / "That Cabinet" alone on its line over its clauses: the stem "That Executive:" printed without its colon. */
export const THAT_THE_BODY_UNCOLONED =
  /^That (?:the )?(?:[Cc]ommittee|[Bb]oard|[Pp]anel|[Cc]ouncil|[Cc]abinet|[Cc]ommission|[Ss]ub-[Cc]ommittee|[Ee]xecutive|[Ss]crutiny [Bb]oard(?: \(\w{1,4}\))?)$/;
/** "Agreed that ...", "Decision:", "Decisions", "Outcome:", "The Committee agreed that:" (the colon makes it a label), "It was agreed that:". */
/** "The following was agreed:", "The following were resolved:-": a label over the decisions listed under it. */
export const FOLLOWING_DECIDED = /^the following (?:was|were|is|are) (?:unanimously )?(?:agreed|resolved|decided) ?:[-–]?$/i;
export const WORDED_DECISION_LABEL =
  /^(?:agreed that\b|the following (?:was|were) (?:unanimously )?(?:agreed|resolved|decided) ?:[-–]?$|decisions? ?:|decisions?$|outcomes? ?:|(?:the )?(?:committee|board|panel|council|cabinet|commission|sub-committee|members) (?:unanimously )?(?:agreed|decided|resolved)(?: that)?[ :-]{0,3}$|it was (?:unanimously )?(?:agreed|decided)(?: that)?[ :-]{0,3}$|(?:the )?(?:committee|board|panel|council|cabinet|commission|sub-committee) (?:unanimously )?(?:agreed|decided) that ?:)/i;
/**
 * A decision in the present tense with no label: "The Committee notes the report and agrees ...",
 * "The Scrutiny Board (2) approve ...". Narrative is in the past tense.
 */
export const PRESENT_TENSE_DECISION =
  /^The (?:[A-Z][\w()'&-]{0,40} ){0,8}?(?:[Cc]ommittee|[Bb]oard|[Pp]anel|[Cc]ommission|[Ss]ub-[Cc]ommittee|[Ff]orum|[Cc]ouncil|[Cc]abinet|[Ee]xecutive|[Gg]roup) (?:(?:unanimously|formally|therefore) )?(?:notes?|agrees?|approves?|endorses?|recommends?|requests?|supports?|asks?|resolves?|welcomes?|accepts?|receives?|decides?|confirms?|adopts?|thanks?)\b/;
/**
 * Decisions recorded in narrative, for a minute printed without any decision label (council web pages, parish
 * minutes): "The Committee noted the report and agreed to ...", "Members agreed that ...", "It was agreed to ...",
 * "The minutes of the meeting held on ... were agreed as a correct record", "The following payments were approved:".
 */
export const BODY_DECIDED =
  /^(?:(?:after|following|having|upon|on|due to|given|in view of) [^,.;]{1,80}?,? )?(?:the )?(?:[A-Z][\w&()'-]{0,30} ){0,6}?(?:committee|board|panel|council|cabinet|commission|members|councillors|cllrs|sub-committee|forum|group|executive|meeting)(?: (?:then|therefore|also|unanimously|formally|further|duly))? (?:(?:noted|considered|received|discussed|debated|[a-z]{3,16}ed)(?: [^.;]{1,200}?)? and (?:then |also |unanimously )?)?(?:agreed|resolved|decided|approved|endorsed|recommended|supported|accepted|adopted|objected|opposed|rejected|voted|appointed|co-opted|elected)\b/i;
/** "the Council ...", "Members ...", "the Licensing Committee ...": a clause whose subject is the meeting's body (not a post such as "the Chief Executive" or "the Leader of the Council"). */
export const MEETING_BODY_OPENS = /^(?:[Tt]he )?(?:[A-Z][\w&'-]{0,30} ){0,4}?(?:[Cc]ouncil|[Cc]ommittee|[Mm]embers|[Cc]ouncillors|[Pp]anel|[Bb]oard|[Cc]abinet|[Ss]ub-[Cc]ommittee|[Cc]ommission|[Ff]orum)\b/;
/** "Agreed we ask that ...", "Agreed the Clerk write ...", "Agreed to ...": a decision whose subject the minute left out. */
export const AGREED_OPENS = /^(?:unanimously )?agreed(?: unanimously)?,? (?:that |to |(?=(?:we|the|a|an|this|these|cllr|councillor)\b))/i;
export const IT_WAS_DECIDED =
  /^(?:(?:after|following|having|upon|on|due to|given|in view of) [^,.;]{1,80}, )?it was (?:(?:then|therefore|also|further|unanimously|duly|finally|subsequently|eventually) ){0,2}(?:(?:discussed|considered|debated) and )?(?:(?:agreed|decided|resolved)(?: unanimously)? (?:that|(?:not )?to|(?=(?:the|a|an|this|these|cllr|councillor)\b)|(?=[a-z]{3,20} (?:to be|be|should|would|will)\b))|voted (?:\d{1,2} ?(?:[–-]|to) ?\d{1,2} )?(?:that|to)|the (?:unanimous )?decision (?:of the (?:council|committee|meeting|board|panel) )?(?:that|to))\b/i;
/** Words of four letters or more that name nothing a decision is about. */
export const FUNCTION_WORD = /^(?:that|this|these|those|with|from|were|been|have|shall|will|would|should|into|upon|their|there|which|when|then|also|such|being)$/;
/** " – ", " (4) ", " 3.1 " before a capital: where a title run into its paragraph gives way to the paragraph's sentence. */
export const RUN_IN_TITLE_END = / (?:[–—-]|\(\d{1,3}\)|\d{1,3}\.\d{1,2}\.?) (?=[A-Z])/g;
/** "it was agreed" (decided, resolved) inside a sentence: where a decision led in by other words starts. */
export const IT_WAS_INSIDE = /\bit was (?=(?:(?:then|therefore|also|further|unanimously|duly|finally|subsequently|eventually) ){0,2}(?:agreed|decided|resolved)\b)/i;
/** Words that make the "it was agreed" after them a condition, a reason or a question, not the meeting deciding. */
export const GOVERNS_WHAT_FOLLOWS = /\b(?:if|whether|unless|that|once|until|when|where|which|because|since|how|why|what)[\s,]*$/i;
/** "Following a proposal by X, seconded by Y it was agreed ...": a motion named before the decision it carried. */
export const MOTION_NAMED = /\b(?:proposed|proposal|proposer|seconded|seconder|moved|motion)\b/i;
/** "The Clerk reported that following the survey ...": what follows is someone's report. */
export const REPORTED_THAT = /\b(?:reported|explained|advised|informed|stated|said|told|confirmed|understood|heard|updated|noted)(?: [\w'’-]{1,20}){0,3} (?:that|whether|if)\b/i;
/** "... no further nominations and it was resolved that ...", "Following a vote it was resolved to ...": the decision starts where "it was" does. */
export const IT_WAS_DECIDED_WITHIN =
  /(?:\band|,|;| [–—-]|\bso|\btherefore|\bnominations|\bdiscussions?|\bdebate|\bconsideration|^(?:after|following|having|upon|due to|given|in view of) [^,.;]{1,80}?) it was (?:then |therefore |also |further |unanimously |duly )?(?:(?:agreed|decided|resolved)(?: unanimously)? (?:that|(?:not )?to)|voted (?:\d{1,2} ?(?:[–-]|to) ?\d{1,2} )?(?:that|to)|the (?:unanimous )?decision (?:of the (?:council|committee|meeting|board|panel) )?(?:that|to))\b/i;
/** "The minutes ... were agreed as a correct record": the record of the last meeting confirmed. */
export const CORRECT_RECORD = /\b(?:true|correct|accurate|full) record\b/i;
export const RECORD_CONFIRMED = /\b(?:approved|agreed|confirmed|signed|accepted|adopted|taken as read)\b/i;
/** "Proposed as a true record by Cllr X seconded by Cllr Y and approved": the record moved under the minutes' item. */
export const RECORD_MOVED = /^(?:proposed|moved|approved|agreed|accepted|signed)(?: and (?:signed|approved|agreed|accepted))? as an? (?:true|correct|accurate|full) record\b/i;
/** "Signed as true by Chair 12/5/2015", "Signed as a correct record ........ Date": the chair's signature on the minutes themselves, no decision. */
export const SIGNATURE_DATED = /\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\.{4}|…|_{3}|\bdated?\b/i;
/** "Signed as true by Chair", "Agreed as correct.": the record's verdict opening the sentence, the minutes left to the heading. */
export const RECORD_OPENS_TRUE = /^(?:proposed|moved|approved|agreed|accepted|confirmed|signed)(?: and (?:signed|approved|agreed|accepted|confirmed))? as (?:an? )?(?:true|correct|accurate)\b/i;
/**
 * "Minutes of the meeting held on ... were received as accurate.", "The minutes were proposed as accurate by A and
 * seconded by B.", "Were signed as a true copy, to become minutes.": the record taken as true, without the word "record"
 * (with the minutes named in the sentence, or its subject left to the heading).
 */
export const TAKEN_AS_TRUE = /\b(?:was|were) (?:duly |then |also )?[a-z]{3,12}ed as (?:an? )?(?:true|correct|accurate|fair)\b/i;
// "... were read and approved", "... were reviewed and agreed": a verb of looking at them may come first.
// "... were found to be correct": the record judged true is the record confirmed.
export const MINUTES_CONFIRMED = /\bminutes\b[^.;]{0,120}? (?:was|were) (?:duly |then |also )?(?:(?:read|reviewed|considered|checked|received|presented) and )?(?:confirmed|signed|approved|agreed|accepted|adopted|found to be (?:an? )?(?:true|correct|accurate))\b/i;
/**
 * Under the minutes' own item, the minutes named by a pronoun or left to the heading: "These had been circulated and were
 * read and signed by the Chairman.", "They were proposed as a correct record by A and seconded by B.", "Agreed, subject
 * to the inclusion of ...".
 */
export const PRONOUN_RECORD_CONFIRMED = /^(?:these|they|it|which) (?:had|have|has|was|were)\b[^.;]{0,120}? (?:confirmed|signed|approved|agreed|accepted|adopted)\b/i;
export const PRONOUN_RECORD_MOVED = /^(?:these|they|it) (?:was|were) (?:duly )?(?:proposed|moved|seconded) as (?:an? )?(?:true|correct|accurate)\b/i;
export const VERDICT_OPENS = /^(?:unanimously )?(?:agreed|approved|confirmed|accepted)(?: and signed)?,? (?:subject to|with the|as amended|following)\b/i;
/** "Members confirmed that these were a true and accurate record", "agreed that they were a correct record": the minutes named by a pronoun under their own item. */
export const PRONOUN_RECORD = /\b(?:these|they|it|this) (?:was|were) (?:an? )?(?:true|correct|accurate|full)(?: and (?:true|correct|accurate|full))? record\b/i;
export const MINUTES_WORD = /\b(?:minutes|notes|record of decisions|decisions)\b/i;
/** What a decision does to a set of minutes: approves, confirms, agrees, accepts, adopts or signs them. */
export const RECORD_DECIDED = /\b(?:approv|confirm|agree|accept|adopt|sign)\w*/i;
/**
 * "Payments totalling £2,314.60 were approved", "Cllr Dean was unanimously elected Vice-Chairman": a decision in the
 * passive, also after the other things done to the matter ("were checked and agreed", "was discussed in detail and
 * amended and agreed", "were read, approved and signed").
 */
export const PASSIVE_DECIDED =
  /(?<!\bit )\b(?:was|were) (?:duly |unanimously |formally |also |then )?(?:(?:[a-z]{2,20}ed|read)(?: in (?:detail|full))?(?:,| and) ){0,3}(?:approved|agreed|adopted|accepted|endorsed|ratified|granted|refused|elected|appointed|co-opted|deferred|authori[sz]ed|confirmed|set at)\b/i;
/** "Noticeboard – ", "Footpath 14 – ": the name of the matter a paragraph of matters arising opens with. */
export const MATTER_NAME = /^[A-Z][\w'’,()/&]{0,30}(?: [\w'’,()/&]{1,30}){0,7} [–—-] (?=[A-Z])/;
/** "The Council had no objection.", "The Parish Council raised no objections": its answer to an application. */
export const NO_OBJECTION_RAISED = /(?:^|[.;:] |[–—-] )((?:the )?(?:parish |community |town )?council (?:had|raised|made|has) no (?:objections?|comments?|observations)\b)/i;
/** What follows the last dash of "Grass cutting quote from Greenways at £450 – approved.": a verdict on what stands before it. */
/** " None.", " none", " Nil", " None received": the minute of an item that records nothing, closing its heading's line. */
export const NIL_MINUTE_END = / (?:none|nil)(?: (?:received|declared|recorded|reported|made))?\.?$/i;
export const DASH_VERDICT = /^(?:unanimously )?(?:approved|agreed|accepted|adopted|resolved|carried)\b(?: (?:and signed|unanimously|by all(?: members)?|to [a-z]{2,20})\b[^.;]{0,200})?\.?$/i;
/** "Approved and signed.", "Agreed.", "DEFERRED.", "Carried unanimously.": a verdict that is a minute's only words. */
export const VERDICT_ALONE =
  /^(?:unanimously |duly )?(?:approved|agreed|resolved|carried|accepted|adopted|deferred|ratified)(?: unanimously| by all(?: members)?| and (?:duly )?signed(?: by the (?:chair|chairman|chairperson|mayor))?){0,2}\.?$/i;
/** A verb that reports what someone said or did at the meeting: "ruled", "advised", "raised (a point of order)". */
export const REPORTING_VERB =
  /\b(?:ruled|advised|said|stated|explained|raised|reported|informed|asked|suggested|confirmed|reminded|clarified|queried|commented|remarked|pointed out|felt|expressed|warned|indicated|mentioned)\b/i;
/** What makes a sentence report a decision made elsewhere or earlier rather than record one: "had been approved", "reported that". */
export const DECIDED_ELSEWHERE =
  /\b(?:had|has|have) been\b|\bpreviously\b|\blast (?:meeting|year|month)\b|\b(?:at|by) (?:a|the|an) (?:previous|earlier|prior) meeting\b|\b(?:reported|explained|advised|informed|stated|said|told|heard|updated|confirmed|noted|asked|queried|suggested|felt|understood) (?:the \w{1,20} )?(?:that|whether|if|how|why)\b|\?$/i;
/** "At the Council meeting held on 19 May, it was agreed ...": a lead-in naming another meeting, where the decision told was made. */
export const AT_ANOTHER_MEETING = /\b(?:at|by) (?:the|its|a|an) (?:[\w'’-]{1,20} ){0,4}meeting\b/i;
/** "approved by Full Council in February", "refused by the District Council": another body's decision reported. */
export const DECIDED_BY_OTHERS =
  /\b(?:was|were) (?:duly |unanimously |formally |also |then )?(?:(?:[a-z]{2,20}ed|read)(?: in (?:detail|full))?(?:,| and) ){0,3}(?:approved|agreed|adopted|accepted|endorsed|ratified|granted|refused|elected|appointed|co-opted|deferred|authori[sz]ed) by (?!all\b|members\b|the (?:meeting|committee|panel|board|sub-committee|working group|members)\b|(?:all )?councill?ors\b|a (?:majority|show)\b|\d|those present\b|unanimous|general\b)/i;
/** "NOTED the following declarations of interest", "NOTED the apologies": the meeting's record of its members, not a decision. */
export const ATTENDANCE_NOTED = /^ (?:the )?(?:following )?(?:declarations?|apolog(?:y|ies)|interests?|substitut\w{1,6})\b/i;
/** "The District Council approved this application": the planning authority's decision reported in a parish's minutes. */
export const PLANNING_AUTHORITY_DECIDED =
  /^(?:the )?(?:district|county|borough|city|unitary|county borough|planning|local planning|national park) (?:council|authority)\b[^.;]{0,60}\b(?:application|permission|consent)\b/i;
/** "Members agreed that more work was needed": a view the meeting shared, not a decision (a decision says what is to be). */
export const AGREED_VIEW = /\bagreed(?: that)?\b/i;
export const WHAT_IS_TO_BE = /\b(?:be|should|would|will|must|shall|to|could|needs? to)\b/i;
export const HOW_THINGS_ARE = /\b(?:was|were|is|are|had|has|have)\b/i;
/** "The meeting accepted these as reasons for absence": apologies accepted are attendance, not a decision of business. */
export const APOLOGIES_ACCEPTED = /\b(?:apolog(?:y|ies)|reasons? for (?:non-attendance|absence))\b/i;
/** "That apologies be received from ...", "Apologies were received from ... (These were accepted.)": a decision whose subject is the apologies records attendance. */
export const APOLOGIES_DECIDED = /^(?:that )?(?:the )?(?:apolog(?:y|ies)|reasons? for (?:non-attendance|absence))\b(?! (?:policy|procedure|protocol)\b)/i;

/** A motion whose decision follows (a rendering may drop its label): "It was moved by X, seconded by Y, and". */
export const MOVED = /^(?:it was |upon being |on being |on the motion of )?(?:moved|proposed)\b/i;
export const SECONDED = /\bseconded\b/i;
/** "... seconded and it was agreed unanimously that", "... seconded by Cllr Y and unanimously approved": the motion was carried. */
const SECONDED_AT = /\bseconded\b/gi;
/** Read from just after a "seconded": anchored, so each "seconded" is read once (one unanchored pattern is quadratic on a run of them). */
const CARRIED_AFTER = /^.{0,80}?(?:\band|,) (?:it was |was |were )?(?:then |therefore |unanimously |duly )?(?:agreed|resolved|approved|carried|appointed|accepted|adopted|elected)\b/i;
export function motionCarried(text: string): boolean {
  for (const seconded of text.matchAll(SECONDED_AT)) {
    if (CARRIED_AFTER.test(text.slice(seconded.index + seconded[0].length))) return true;
  }
  return false;
}
/**
 * A decision named rather than stated: "the recommendations", "the motion", "the resolution below", "the officer's
 * recommendation". A sentence whose decision is only such a name is about the vote on a decision printed elsewhere.
 */
export const NAMED_DECISION = /\b(?:the|these|those|its|all|both|each of the) (?:(?:above|following|officers?['’]?|report['’]?s?|two|three|four|five|proposed|amended|substantive|original) ){0,2}(?:recommendations?|motion|resolutions?)\b/i;
/** What qualifies a decision with words of its own: "subject to ...", "with the addition of ...", "except ...". */
export const QUALIFIED_DECISION = /\b(?:subject to|with|except|save|but|including|excluding|amended|amendments?|additions?|other than|apart from|namely|as follows)\b|:/i;
/** "This Council:", "Council therefore resolves to:": a motion speaking of the body in its own words, over the clauses it proposes. */
export const MOTION_SELF_STEM = /^(?:this|the) (?:council|committee|board|cabinet|assembly)(?: therefore)?(?: (?:resolves|resolve|calls on \w+ (?:to)?|asks \w+ to) ?(?:to)?)?:[-–]?$/i;
/** A motion's wording the minute says was carried: "The motion was put to the vote and carried", "... adopted". */
export const MOTION_CARRIED_WORD = /\b(?:carried|adopted|resolved|agreed to)\b/i;
/** Words that tell of a vote: "moved", "seconded", "voted", "carried", "put to the vote". */
export const VOTE_WORD = /\b(?:moved|seconded|votes?|voted|voting|carried|put to)\b/i;
/** A narrative decision quoted from "it was resolved": "(After discussion) it was resolved to accept the quote". */
export const RESOLVED_WITHIN = /^it was (?:unanimously |therefore |further |also |then |duly )?resolved\b/i;
export const LEADS_ON = /(?:,? and|:|[-–])$/;
/** "7.1 the premium ...": a decision's clause numbered as a paragraph. */
export const NUMBERED_CLAUSE = /^(\d{1,3}\.\d{1,2}(?:\.\d{1,2})?)\.? /;
/** "7/16 ii The following ...", "2307.07 a) Councillors ...": a part of a minute, its number repeated before the part's letter or numeral. */
export const MINUTE_PART = /^\d{1,4}[./]\d{1,4}\.? \(?(?:[ivx]{1,4}|[a-h])[.)]? (?=[A-Z])/;
/**
 * "S. Farrow proposed ...", "H. Longman has contacted ...": an initial, a surname and the sentence's next word in lower
 * case; not a roman numeral ("I. That the update be noted.") nor a small word that opens a clause ("D. To note ...").
 */
export const INITIAL_AND_SURNAME =
  /^(?![IVX]\.)[A-Z]\. (?!(?:That|This|These|Those|The|To|It|In|On|At|As|An|All|Any|For|If|No|Of|We|There|Following|Subject|Members|Officers)\b)(?:Mc|Mac|O['’])?[A-Z][a-z'’-]+,? [a-z]/;
/** "b. Precept. The precept ...": the letter of a minute's part run on into the line after the sentence before it. */
export const RUN_IN_PART_LETTER = /^\(?[a-h][.)] (?=[A-Z])/;
/** A decision's clause marker: "1)", "(a)", "i.", "(iv)", "A)". */
/** "A:  Welcomes ...", "B:  Agrees ...": a clause of a decision lettered in capitals with a colon, read only inside a decision. */
export const CAPITAL_COLON_CLAUSE = /^([A-H]):[ \t]+(?=\S)/;
/**
 * "Waiting Restrictions:" / "Speed Limits:" between the lettered entries of one listed decision: a short line in
 * capitals ending in a colon, naming the group of entries under it.
 */
export const LIST_SUBHEADING = /^[A-Z][^.;:!?]{1,58}:[-–]?$/;
export const CLAUSE_MARKER = /^\(?(\d{1,2}|[ivx]{1,5}|[a-z])([.)])[ \t]/i;
export const CLAUSE_MARKER_BRACKETED = /^\((\d{1,2}|[ivx]{1,5}|[a-z])\)[ \t]/i;
/** "(a)", "(1)", "(iii)" inside a sentence: a clause numbered inline. */
export const INLINE_CLAUSE_MARKER = /(?:^|\s)\((\d{1,2}|[A-Ha-h]|i{1,3}|iv|vi{0,3}|ix|x)\) /g;
/** "1. That ... 2. That ...": decisions numbered inside one run of text (a table cell, a flattened page). */
export const INLINE_NUMBERED_THAT = /(?:^|\s)(\d{1,2})[.)] (?=That\b)/g;
/** A subjunctive decision: "... be noted", "... be approved". */
export const SUBJUNCTIVE = /\b(?:be|are|is) (?:noted|approved|agreed|adopted|received|endorsed|accepted|confirmed|signed|elected|appointed|authorised|delegated|deferred|recommended|submitted|referred|added|included|considered|taken|held|made|established|requested|circulated|amended|given|re-?considered|brought|provided|supported|granted|refused|invited|asked)\b|\bbe (?:\w{2,20}ed)\b/i;
/** "... would be submitted", "... could be considered": what someone expected or proposed, reported, not ordained. */
export const REPORTED_PASSIVE = /\b(?:would|could|will|might|may|can|had|has|have|was|were) (?:not |then |also |now |only )?be(?:en)? \w{2,20}ed\b/i;
/** A stem that introduces a list of things rather than decisions: "... the following items be added:". */
export const LIST_STEM = /\b(?:the following|as follows|below|these)\b/i;
const LIST_PHRASE = /\b(?:the following|as follows)\b/i;
/**
 * "to approve the following payments:", "as follows:-": a clause that announces the list printed under it, the phrase
 * ending within 240 characters of its last colon with no stop between. Found by hand from that colon, not by a pattern
 * tried at every place the phrase might start (which backtracks on a long paragraph).
 */
export function announcesList(text: string): boolean {
  const colon = text.lastIndexOf(':');
  if (colon < 0) return false;
  const before = text.slice(Math.max(0, colon - 240 - 'the following'.length), colon);
  const stop = Math.max(before.lastIndexOf('.'), before.lastIndexOf(';'), before.lastIndexOf(':'));
  return LIST_PHRASE.test(before.slice(stop + 1));
}
/** "That Cabinet agrees to:", "... agrees the following:": a stem whose verb each listed clause completes, each a decision of its own. */
export const VERB_COMPLETED_BY_CLAUSES = /\b(?:agrees?|agreed|resolves?|resolved|decides?|decided)(?: to| the following)$/i;
/**
 * "the Committee note the report and:", "notes the update and" over a list: a stem that decides something itself before
 * the clauses it joins (tested with the stem's closing "and" as the other half), unlike "the Committee:-".
 */
export const DECIDING_STEM = /^(?:the (?:committee|board|panel|council|cabinet|commission|sub-committee|executive) )?(?:notes?|noted|agrees?|agreed|approves?|approved|endorses?|endorsed|receives?|received|accepts?|accepted|welcomes?|welcomed|thanks?|thanked|supports?|supported) (?:the|its|this|that|these|those|an?)\b/i;
/** A verb opening a decision clause: each such clause is its own resolution. */
export const DECISION_VERB =
  /^(?:that\b|(?:agreed|approved|noted|delegated|endorsed|resolved|accepted|adopted|recommended|requested|deferred|authori[sz]ed|referred|appointed|elected|awarded|granted|allocated|entered into)\b|notes?\b|agrees?\b|approves?\b|endorses?\b|recommends?\b|requests?\b|supports?\b|asks?\b|resolves?\b|welcomes?\b|accepts?\b|receives?\b|decides?\b|confirms?\b|adopts?\b|thanks?\b|refers?\b|delegates?\b|defers?\b|instructs?\b|authori[sz]es?\b|invites?\b|considers?\b|expresses?\b|commends?\b|calls?\b|appoints?\b|elects?\b|to (?:otherwise )?(?:note|agree|approve|accept|receive|endorse|recommend|request|refer|defer|delegate|appoint|elect|remove|transfer|instruct|amend|adopt|confirm|authori[sz]e|retain|reject|refuse|grant|withdraw)\b)/i;
/** "Approved the Council Plan ...", "Noted the forecast ...": a decision sheet's clause in the past tense, its subject the body. */
export const PAST_DECISION_OPENS = /^(?:approved|agreed|noted|endorsed|delegated|adopted|accepted|authori[sz]ed|deferred|refused|rejected|recommended|resolved|requested|awarded|granted|allocated|entered into)\b/i;
export const UNANIMOUS = /\bunanimous(?:ly)?\b/i;
/** A vote record run on after a decision, tried from where it may start: "proposed Cllr A, seconded Cllr B, all in favour". */
export const RUN_ON_VOTE_RECORD =
  /^(?:(?:(?:it was )?(?:proposed|moved|prop\.)(?: by)? [^,;]{1,60}?,? (?:and )?(?:seconded|sec\.)(?: by)? [^,;]{1,60}?)(?:,? (?:and )?(?:all in favour|all agreed|carried(?: unanimously)?|unanimously(?: agreed| carried)?))?|all in favour|all agreed|carried unanimously|unanimously (?:agreed|carried)|nem\.? ?con\.?|\d{1,2} (?:for|in favour),? \d{1,2} against(?:,? \d{1,2} abstentions?)?)\.?$/i;
/**
 * "Reason: To conclude the review ...", "REASON – To comply with ...": the reason a decision sheet prints under each
 * clause. It is the record's, not the decision's; the next clause of the list may follow it.
 */
export const DECISION_REASON = /^reasons?(?: for (?:the )?decisions?)? ?[:–—-] ?\S/i;
/** "(unanimously)", "by 7 votes to 2", "(for 6, against 3)" between a label and its decision. */
export const LABEL_VOTE =
  /^(?:\((?:unanimous(?:ly)?|nem\.? ?con\.?|(?:for|with) \d{1,2}[^()]{0,40}|\d{1,2} (?:for|votes?|in favour)[^()]{0,40})\)|by (?:a majority of )?\d{1,2} votes? to \d{1,2}(?:,? with \d{1,2} abstentions?)?|by a (?:majority|show of hands)(?: vote)?|nem\.? ?con\.?)(?=[ :,.;–—-]|$)/i;
/** "Proposer T Heaton", "Seconded by: Cllr Pike", "Proposed: Cllr A; seconded: Cllr B": a line that records who moved a decision, below it. */
export const VOTE_RECORD_LINE = /^(?:proposer|seconder|proposed by|seconded by|proposed|seconded)\b ?:? ?(?:(?:Cllrs?|Councillor|Mr|Mrs|Ms|Miss|Dr)\.? )?[A-Z]/i;
/** "(Proposed by Cllr A, seconded by Cllr B)", "(Unanimous)", "(For 7, Against 2)" closing a decision: the vote, not the decision. */
export const TRAILING_VOTE_RECORD =
  /\((?:(?:proposed|moved|seconded|proposer|seconder)\b|unanimous(?:ly)?\b|carried\b|all (?:in favour|agreed)\b|(?:for|against)\b ?:? ?\d|\d{1,2} (?:for|in favour|votes?)\b|votes?\b|voting\b|nem\.? ?con)[^()]{0,200}\)\.?$/i;

/**
 * The press and public shut out: "the public be excluded ... Schedule 12A", "exclusion of the press and public", "to exclude
 * members of press and public", "the public were asked to leave", "the Council went into camera", "The Chair moved the meeting into
 * closed session" (whoever moved it: the session is what shuts the public out).
 */
export const EXCLUSION =
  /\b(?:(?:press and )?(?:the )?public (?:and (?:the )?press )?(?:be|were|are|was) (?:excluded|asked to leave|removed from)|exclu\w{0,6} (?:of )?(?:the (?:members of (?:the )?)?|members of (?:the )?)(?:press and (?:the )?)?public|exclu\w{0,6} (?:of )?(?:the (?:members of (?:the )?)?|members of (?:the )?)public and (?:the )?press|(?:(?:meeting|committee|board|council|panel) (?:then )?)?(?:went|moved|continued|resolved to (?:go|move))(?: the (?:meeting|committee|board|council|panel))? into (?:(?:private|closed|confidential|exempt|non-?public|restricted) session|camera))\b/i;
/**
 * The exclusion told as something that happened, not resolved: "The Chair excluded the public and press.", "members of
 * the public and press were removed from the meeting". What the minute says after it was said in private.
 */
export const EXCLUSION_NARRATED =
  /\b(?:(?:were|was) (?:then )?(?:excluded|asked to leave|removed)|excluded the (?:members of (?:the )?)?(?:press|public)|(?:went|moved)(?: the (?:meeting|committee|board|council|panel))? into (?:camera|(?:private|closed|confidential|exempt|non-?public|restricted) session))\b[^.;]{0,80}?(?:[.;]|$)/i;
/**
 * After an item title's exclusion words, the business the public is shut out for when the title names it ("... Act 1960
 * to discuss a complaint", "... in respect of the caretaker's contract"), not a pointer to items to come ("for the
 * following items", "whether", "agenda item 12").
 */
export const EXCLUDED_FOR_OWN_BUSINESS =
  /\b(?:to (?:discuss|consider|receive|review|deal with|determine|decide(?: on| upon)?|agree)|for (?:the )?(?:consideration|discussion) of|in (?:respect|relation) (?:of|to)|regarding|concerning) (?!(?:(?:the|any|those|these|all|such) )?(?:following|next|remaining|subsequent|below|items?|item\(s\)|agenda|business|matters? (?:listed|below|set out|on the agenda)|part|whether|if|confidential (?:items?|business))\b)[a-z]/i;
/**
 * "the following item was considered with the press and public excluded", "the remaining items were taken in private",
 * "Agenda Item 4 would be considered in private session".
 */
export const BUSINESS_TAKEN_IN_PRIVATE =
  /\b(?:was|were|be|is|are) (?:then |therefore |subsequently )?(?:considered|taken|dealt with|discussed|heard) (?:in private|in camera|in closed session|with the (?:press and )?public (?:and (?:the )?press )?excluded)\b/i;
/** "To resolve that ...", "The Council was requested to determine that ...", "is invited to pass the following resolution": what the meeting is asked to decide. */
export const EXCLUSION_PROPOSED = /^(?:to (?:resolve|determine|agree|consider)\b|(?:the )?(?:[A-Z][\w-]{0,30} ){0,4}(?:was|is|were|are) (?:requested|asked|invited|recommended) to (?:resolve|determine|agree|pass|consider)\b)/i;
/** "all items of business were considered in public", "the business for the meeting be considered in public": no exclusion. */
export const BUSINESS_TAKEN_IN_PUBLIC = /\b(?:considered|taken|heard|dealt with|discussed|held|conducted) in public\b/i;
export const EXEMPT_GROUNDS = /\b(?:schedule 12 ?a|exempt information|paragraphs? \d{1,2}(?: and \d{1,2})? of part (?:1|i)|section 100 ?a|s\.? ?100 ?\(?a\)?|not for publication|confidential information)\b/i;
/** A conditional exclusion on an agenda: nothing is excluded yet. */
export const EXCLUSION_CONDITIONAL = /\b(?:possible|should it be necessary|if necessary|may be necessary|to consider (?:whether|passing|the exclusion)|to pass the following|if required|should the committee|may wish)\b/i;
/** "during consideration of the items contained in part two of the agenda": an exclusion for the agenda's private part. */
export const EXCLUSION_FOR_PRIVATE_PART = /\bpart (?:two|2|ii|b)\b/i;
/** An item's title that places it in the private part: "Part Two Minutes", "Sale of Land - Exempt Category 3", "Confidential Annex". */
export const PRIVATE_PART_TITLE = /\b(?:exempt|confidential|restricted|not for publication|part (?:two|2|ii|b))\b/i;
/**
 * An item a ModernGov page marks as exempt: "Sale of Land at Mill Road (Exempt)", "Depot Relocation - Confidential",
 * "EXEMPT - Staffing Restructure", or the link to why it is restricted ("View the reasons why item 14 is restricted").
 * A title that only mentions the word ("Confidential Reporting Policy") is not marked.
 */
export const EXEMPT_ITEM_MARK =
  /(?:^(?:exempt|confidential|restricted|private)(?: item| report| minutes?| business)? ?[-–:] )|(?:(?: [-–] | ?\()(?:exempt|confidential|restricted|not for publication|private|part (?:2|ii|two|b))(?: (?:item|report|information|minutes?))?\)?$)|^view the reasons? why (?:item|this item)\b[^.]{0,20}\bis restricted\b/i;
/** Exclusion refused: "no items required this", "all items be taken in public". */
export const EXCLUSION_NOT_NEEDED = /\b(?:no (?:items?|business|need)\b|none\b|not (?:required|needed|necessary|relevant)|taken in public|in public as proposed)/i;

// ---------------------------------------------------------------------------
// Requests and actions

/** "ACTION: Head of Repairs to ...", "Action >>>>>> ED CYP", "ACTION - Clerk", "ACTION BY: Director of Finance". */
export const ACTION_LINE = /^actions?(?: points?| by)? ?(?::|[-–—]|>{1,8}) ?(?=\S)/i;
/**
 * An owner an action column names without a colon: initials ("WH", "LPJ") or one name ("Roger", "Clerk"), not a word
 * that makes "Action" part of a name ("Action Plan", "Action Group") or a status ("Action complete", "Action NA").
 */
const ACTION_OWNER_WORD = String.raw`(?:(?!(?:NA|TBA|TBC|NFA|NIL|NONE)\b)[A-Z]{2,4}|(?!(?:Plans?|Groups?|Points?|Logs?|Tracker|Days?|Weeks?|Team|Complete|Completed|Required|Needed|Taken|Pending|Closed|Ongoing|None|Nil|Noted|Agreed|Sheets?|Lists?|Areas?|Zones?|Fund|Network|Partnership|Programme|Framework|Reports?|Trust|Committee|Updates?|Notes?|Items?|Stations?|Centre|Forum)\b)[A-Z][a-z]{2,15})`;
/** One to four owners: "ML & WH", "Chair/Clerk". */
export const ACTION_OWNERS = String.raw`${ACTION_OWNER_WORD}(?: ?(?:&|/|,|and) ?${ACTION_OWNER_WORD}){0,3}`;
/** "Actions Arising", "ACTION PLAN", "Action Log": a heading that opens with the word, whatever the owner patterns allow. */
export const ACTION_HEADING = /^actions? (?:arising|outstanding|summary|review|progress|register|status|schedule|table|matrix|carried|plans?|logs?|lists?|sheets?|points?|notes?|updates?|items?)\b/i;
/** "Action Roger", "ACTION ML & WH", "ACTION ALL": a line that is an action label and its owner alone, no colon between. */
export const BARE_OWNER_LABEL = new RegExp(String.raw`^(?:ACTIONS?|Actions?) ${ACTION_OWNERS}\.?$`);
/** "Clerk to email ...", "Officers to provide ...": someone set to do something. */
export const SOMEONE_TO_DO = /^(?:the )?(?:clerk|officers?|chair(?:man)?|[A-Z]{2,4}|(?:assistant |deputy )?director|head of [\w ]{1,40}|scrutiny (?:officer|co-?ordinator)|democratic services(?: officer)?|cllr [A-Z][\w'-]{1,30}) to (?!be\b)[a-z]/i;

// ---------------------------------------------------------------------------
// The end of a meeting

/** "(Meeting closed at 4.00 pm)", "The meeting ended at 8.15 pm.", "Meeting closed: 8.10 pm", "The meeting concluded at 12.40 p.m.". */
export const CLOSING = /^\(? ?(?:the )?meeting (?:closed|finished|ended|terminated|concluded|rose|was closed|closed and ended)(?: at | ?: ?)/i;
/** "The meeting commenced at 6.30 pm and closed at 8.15 pm". */
export const SPAN = /^\(? ?(?:the )?meeting (?:commenced|started|began|opened) at [\w.: ]{1,20}? and (?:closed|finished|ended|concluded|terminated) at /i;
/** "Meeting started: 7.00 pm", "The meeting commenced at 6.30 pm": the start, printed apart from the title. */
export const MEETING_STARTED = /^\(? ?(?:the )?meeting (?:started|commenced|began|opened|was (?:declared )?opened|was declared open|start(?:ed)? time)(?: at| ?:) ?/i;
/** "Cllr G Hotchkin opened the meeting at 7pm.", "The Chairman declared the meeting open at 7.02pm" (never "re-opened" after a break). */
export const MEETING_OPENED_BY = /(?<![-\w])(?:opened the meeting|declared the meeting open) at (?=\d)/i;
/** "... Meeting Concluded: 5.05pm" later on a start line. */
export const MEETING_ENDED_LATER = / meeting (?:closed|ended|concluded|finished)(?: at| ?:) ?/i;
/** "There being no further business the Chair closed the meeting at 9.05 pm." */
export const CLOSED_BY_CHAIR = /\b(?:closed the meeting|declared the meeting closed)\b/i;
/** A signature block: "Chair ......", "Signed ....... Date ......". */
export const SIGNATURE = /^(?:signed|chair(?:man|person)?|date|mayor)\b ?:? ?(?:\.{3,}|_{3,}|…)/i;

// ---------------------------------------------------------------------------
// Work programmes

export const SLOT_TO_BE_DETERMINED =
  /^(?:date to be (?:determined|confirmed|agreed|arranged)|dates? tb[cad]|to be (?:determined|scheduled|confirmed|allocated)|(?:unscheduled|unallocated|future)(?: items)?|items? to be (?:scheduled|allocated))\b ?:? ?/i;
export const SLOT_PENDING = /^(?:\d{1,2}(?:\.\d{1,3})? )?(?:pending(?: items?)?|items? pending|outstanding items?|carried forward(?: items?)?)\b ?:? ?/i;
export const EMPTY_CELL = /^(?:[-–—]{1,3}|n\/?a|none|nil|tbc)$/i;
