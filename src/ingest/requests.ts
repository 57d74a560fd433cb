// Requests: what the board is waiting for, read from the words of a minute.
//
// Rules (general wording, not particular documents):
//  - A request is something coming back TO the board: information, a report,
//    an update, an item at the next meeting, a matter reconsidered later or
//    followed up, or something officers undertook/offered to circulate or
//    provide ("Clerk to email ...", "a written response would be provided",
//    "ACTION: ...", "... was still awaited").
//  - "Requests <someone> <does something>" ("Requests the LSCB and Cabinet
//    Member promote ...") asks others to act: it stays a resolution only. A
//    resolution clause is a request only when the thing requested is a
//    deliverable (report, update, information, figures, ...) or an item at the
//    next meeting.
//  - "... the following:" followed by bullets gives one request per bullet.
//  - When a resolution and a sentence of the discussion ask for the same kind
//    of thing in one item, the resolution's words are kept (one request).
// Sentences reach here with their white space collapsed, so the patterns
// spell a space as one space.
import type { Due, ParsedRequest, RequestKind } from '../model.ts';
import { MONTH_WORD, endOfMonth, monthNumber } from './dates.ts';
import { ACTION_LINE, ACTION_OWNERS, BARE_OWNER_LABEL } from './rules.ts';
import { noteToBeDone } from './task-notes.ts';

const DELIVERABLE =
  /\b(?:reports?|contract|lease|specification|policy|newsletter|leaflet|updates?|information|details|figures|data|statistics|breakdown|briefings?|briefing notes?|papers?|presentation|analysis|response|responses|feedback|answers?|context|materials?|list|copy|copies|note|notes|programme|plan|register|summary|timeline|costings|map|minutes|forecasts?|tables?|comparisons?|numbers|poster|quotes?|quotations?|estimates?|letter|figure|results|findings|drawings?|proposals?|options|guidance|guide|evidence|timetable|survey|assessment|schedule|advice|clarification|explanation|confirmation|costs?)\b/i;

/** "... report back", and a group's "report its findings (back) to the Committee": what it found comes back to a body. */
const REPORT_BACK_WORDS =
  /\breport(?:s|ed|ing)? back\b|\breport(?:s|ing)? (?:back )?(?:its|their) (?:findings|conclusions|recommendations)(?: and (?:findings|conclusions|recommendations))? (?:back )?to\b|\breport (?:to be |be |being )?brought back\b|\b(?:further|progress|follow[- ]up) report\b|\breport on progress\b|\breport (?:to )?be (?:brought|submitted|presented|made) to (?:a|the) (?:future|next|subsequent|later) meeting\b/i;
/** "a scoping paper ... be presented to Cabinet in October 2024": a paper brought to a body. */
const PAPER_TO_BODY =
  /\b(?:paper|report|update|plan|proposals?|options|review|business case|response|progress)\b(?: [\w'-]{1,20}){0,8} (?:be|to be|would be|will be) (?:presented|submitted|brought|reported|returned) (?:back )?to (?:the |a |this |full )?(?:(?:ward|local|all|relevant) (?=members))?(?:board|committee|panel|commission|cabinet|council|scrutiny|executive|meeting|members)\b/i;
/**
 * "the charging elements will be considered under a separate report", "water charges will be reviewed in a further
 * report to Cabinet": a matter put off to a report still to be written, which is owed.
 */
const MATTER_TO_LATER_REPORT =
  /\b(?:will|would|to|shall) be (?:considered|reviewed|addressed|dealt with|covered|set out|brought forward|looked at|examined|explored) (?:in|under|by|through|as part of|via) (?:a|an) (?:separate|further|future|later|subsequent|follow[- ]up) report\b/i;
/** "officers report on the effect of ...", "the Director report further to": a report owed by officers. */
const OFFICERS_REPORT = /\b(?:officers?|the (?:director|clerk|chief executive)|the head of service) (?:to |be asked to |should )?report (?:back |further |again )?(?:on|to|in)\b/i;
/**
 * A post named by its capitalised title ("the Director of Children's Services", "the Assistant Director, Finance", "the
 * Head of Housing Needs"): words of the title before the verb, one of them an office's.
 */
const ASKED_BEFORE_VERB = /(?:be (?:asked|requested|invited) to|to|should|shall|would|will|agreed to|undertook to|offered to) $/;
const TITLE_WORD = /^[A-Z][\w'’&-]*,?$/;
const TITLE_LINKS = new Set(['of', 'for', 'and', '&', 'the', '-', '–']);
/** The longest run of title words ending the text that opens with "the"/"The" (at most ten words), or null. */
function titleEnding(text: string): string | null {
  const words = text.split(' ');
  let opens = -1;
  for (let n = words.length - 1, seen = 0; n >= 0 && seen <= 10; n--, seen++) {
    const word = words[n]!;
    if (/^[Tt]he$/.test(word) && n + 1 < words.length && TITLE_WORD.test(words[n + 1]!)) opens = n;
    if (!TITLE_WORD.test(word) && !TITLE_LINKS.has(word)) break;
  }
  return opens < 0 ? null : words.slice(opens + 1).join(' ');
}
/** The post before a verb ("the Director of Children's Services be asked to"): its title and whether it is asked or says it will. */
function postBeforeVerb(before: string): { title: string; asked: boolean } | null {
  const asked = ASKED_BEFORE_VERB.exec(before);
  const title = titleEnding((asked ? before.slice(0, asked.index) : before).trimEnd());
  return title === null ? null : { title, asked: asked !== null };
}
const OFFICE_WORD = /\b(?:Director|Head|Officer|Manager|Executive|Clerk|Lead|Co-?ordinator|Adviser|Advisor|Commissioner|Solicitor|Auditor|Treasurer|Secretary|Engineer|Controller)\b/;
const PAPER_DECIDED = /\b(?:be|was|were|is|are|been) (?:noted|received|approved|agreed|endorsed|accepted|adopted|considered|welcomed|published|circulated)\b/i;
/**
 * "report to", "report on", "report back", "report in": a report owed, not one received ("the report to Cabinet"); or a
 * paper the post is to provide, submit, bring or send ("be requested to provide a written update to Members").
 */
const REPORT_VERB = /\breport(?= (?:back|further|again|on|to|in|at|by)\b)|\b(?:provide|submit|bring|present|produce|prepare|supply|circulate|send|share)s?\b/g;

/**
 * "That the Director of Children's Services report to the Committee in six months on progress", "the Assistant
 * Director, Finance be asked to report on ...", "the Head of Housing would report to the next meeting": a post named by
 * its title set to report. In the narrative the post must be asked or say it will ("The Director reports to the Chief
 * Executive" describes a post).
 */
function postReports(text: string, source: 'resolution' | 'body'): RequestKind | null {
  REPORT_VERB.lastIndex = 0;
  for (let m = REPORT_VERB.exec(text); m; m = REPORT_VERB.exec(text)) {
    const post = postBeforeVerb(text.slice(Math.max(0, m.index - 140), m.index));
    // "That the Head of Legal Services report on the constitution be noted": the report is the post's paper, decided on.
    const clause = text.slice(m.index).split(/[.;](?!\d)/)[0]!;
    const reports = m[0] === 'report';
    // A post set to provide or send something is set to provide a paper ("provide a written update"), not help; in the
    // narrative a post's offer to send something is read as an offer (see offered).
    const paper = reports || (source === 'resolution' && DELIVERABLE.test(clause.slice(m[0].length, m[0].length + 100)));
    if (post && OFFICE_WORD.test(post.title) && (source === 'resolution' || post.asked) && paper && !PAPER_DECIDED.test(clause)) {
      REPORT_VERB.lastIndex = 0;
      if (reports || /^(?:submit|bring|present)/.test(m[0])) return 'report-back';
      return /^(?:circulate|send|share)/.test(m[0]) || !/\bupdates?\b/i.test(clause) ? 'circulate' : 'update';
    }
  }
  return null;
}

/**
 * "Further details would be provided.", "Information on the waiting list would be supplied to Members after the
 * meeting.": a paper promised where nothing after the promise names anyone else to receive it (the clause ends there, or
 * with the board, the meeting or writing).
 */
const PAPER_PROVIDED = new RegExp(
  String.raw`(?:^|\bthat |; |, and )(?:(?:further|more|additional|written|detailed|full|fuller|requested|the|a|an|some) ){0,3}(?:information|details|figures|data|breakdown|clarification|answers?|responses?|explanation|confirmation|briefing(?: note)?s?|notes?|summary|analysis|comparison|statistics|costings)(?: (?:on|about|regarding|of|for|by|in relation to) [\w'’£%,/ -]{1,80}?)? (?:would|will|shall|is to|are to) (?:also |then |now |shortly |subsequently |in due course )?be (?:provided|supplied|given|shared|sent|made available)(?: (?:to|with) (?:them|(?:all |the )?(?:members|councillors|board|committee|panel|commission|group)(?: members)?)| (?:after|following|outside|before) the (?:meeting|next meeting)| in writing| in due course)*(?: by (?:the )?[A-Z][\w'’ ,-]{1,60})?[.!]?$`,
  'i',
);

/** "Requests that the Committee receive a report on ...": something brought back to the board. */
const RECEIVE_REPORT = /\b(?:receives?|be given|have sight of|sees?|considers?) (?:a |an |the )?(?:further |written |progress |detailed |full )?(?:report|update|briefing|paper|presentation)\b/i;
/**
 * A time or meeting still to come: "to the next meeting", "in six months", "in the autumn", "at its meeting in June",
 * "annually", "when available". "That the Committee receive the report" with none of them receives the paper before it.
 */
const LATER = new RegExp(
  String.raw`\b(?:next|future|subsequent|later|forthcoming|following) (?:meeting|committee|board|panel|year|municipal year)\b|\bin (?:\d{1,2}|one|two|three|four|six|nine|twelve|eighteen) (?:months?|weeks?|years?)\b|\b(?:in|by|during|before|until) (?:the )?(?:new year|autumn|spring|summer|winter|new municipal year|end of the year|${MONTH_WORD})\b|\bat (?:its|a|the) meetings? (?:in|on)\b|\b(?:annual(?:ly)?|quarterly|six-monthly|regular(?:ly)?|each|every)\b|\bwhen (?:available|complete|completed|finalised|finalized)\b`,
  'i',
);
/** "That the Committee receive the report.": the paper before the meeting, received, with no time still to come. */
function receivesPaperBefore(text: string): boolean {
  const receive = RECEIVE_REPORT.exec(text);
  return receive !== null && / the (?:report|update|briefing|paper|presentation)\b/i.test(receive[0]) && !LATER.test(text);
}
const ASKED_FOR_REPORT = /\b(?:requests?|requested|requesting|asks?|asked) (?:for )?(?:that )?(?:a |an )(?:[\w-]{1,20} ){0,2}report\b/i;
const ASKING = /\b(?:request|ask|agree|undert(?:ook|ake)|offer|promis|would|will|could|should|to report|to be report)/i;
const UPDATE =
  /\b(?:requests?|requested|requesting|asks?|asked|sought|seeking|(?:would|will) seek) (?:for )?(?:that )?(?:a |an |the )?(?:further |progress |regular |written |verbal |an? further )?updates?\b/i;
const UPDATE_WORD = /\bupdates?\b/gi;
const TO_THE_BOARD =
  /\b(?:be|to be) (?:provided|brought|presented|submitted|given|made|reported|circulated) to (?:the|a|this|its) (?:board|committee|panel|commission|scrutiny|future|next|subsequent|members|(?:january|february|march|april|may|june|july|august|september|october|november|december) meeting)\b/i;
const INFORMATION =
  /\b(?:requests?|requested|requesting|asks?|asked|sought) (?:for )?(?:that )?(?:a |an |the )?(?:further |more |additional |written |detailed )?(?:(?!to )[\w-]{2,20} ){0,2}(?:information|details|figures|data|statistics|breakdown|clarification|briefing(?: note)?|note|summary|list|copy|copies|analysis|map|forecast|comparison)\b/i;
/** "The Committee requested sight of the revised policy": a paper the board asked to see. */
const SIGHT_OF = /\b(?:requests?|requested|asked for|asks for|sought) (?:early |prior )?sight of\b/i;
/** "asked for the results of the pilot to be shared": something asked for, then what is to be done with it. */
const ASKED_FOR = /\b(?:asked|requested|asks|requests) for\b/gi;
const TO_BE_SHARED = /\bto be (?:shared|circulated|provided|sent|e-?mailed|made available|forwarded)\b/i;
/** "The Chair asked that the scheme's criteria be reviewed after its first round": a matter to be looked at again. */
const LOOKED_AT_AGAIN = /\bbe (?:reviewed|re-?visited|re-?considered|looked at again|monitored|re-?examined)\b/i;
/** "Members asked for the number of subscribers ...": "for" makes it a request ("asked about the number" is a question). */
const INFORMATION_FOR = /\b(?:asked|requested|sought) for (?:a |an |the )?(?:[\w-]{2,20} ){0,2}(?:numbers?|costs?|percentage|proportion|timescales?|timeline)\b/i;
const NEXT_MEETING =
  /\b(?:(?:added|brought|considered|discussed|included|placed|put|reported|listed) (?:to|on|at|onto|back to|for) (?:the )?next (?:meeting|agenda)|(?:for|at|to) (?:the|its) next meeting|next meeting'?s? agenda|to the next agenda)\b/i;
const NEXT_MEETING_ASK =
  /\b(?:request|ask|agree|resolv|would like|be (?:added|discussed|brought|considered|included|placed|reviewed|re-?visited|looked at|listed|tabled|submitted|presented|reported|returned|updated|given|provided|obtained|sought|circulated|carried forward|deferred|held over)|to report|to bring|(?:will|would|to) add|(?:deferred|postponed|adjourned|held over)\b)/i;
const FOLLOW_UP =
  /\b(?:requested|asked for|sought) (?:a )?follow[- ]up\b|\b(?:would|will|to|should|must) be followed up\b|\bfollow(?:ed)?[- ]up (?:with|by) officers\b|\bofficers (?:would|will) follow (?:this |it )?up\b|\b(?:agreed|add(?:ed)?|tak(?:e|en) forward|consider(?:ed)?|look(?:ed)? at)(?: (?:this|it|that|these|them|the (?:matter|issue|topic|item|suggestion)))? as a future (?:piece of work|item|topic|agenda item)\b|\b(?:was|were|is|are|remained) (?:still )?(?:awaited|outstanding)\b|\b(?:still|were|was|are|is) awaiting (?:a |an |the |further )?(?:[\w-]{2,20} ){0,2}(?:letter|response|reply|report|information|answer|update|details|figures|confirmation|quotes?|decision)\b|\b(?:requested|asked)(?: that)? (?:this|it|that|these|the (?:matter|issue|point|request)) (?:be|is|should be) (?:followed up|chased(?: up)?|pursued)\b/i;
/** "the breakdown ... requested at 4.3 had not yet been received": something asked for, still owed. */
const ASKED_FOR_WORD = /\b(?:requested|asked for|promised)\b/gi;
const NOT_YET_RECEIVED = /\b(?:has|had|have) not (?:yet )?been (?:received|provided|circulated)\b/i;
/** "to be re-considered at the January meeting", "deferred to a future meeting", "given further consideration at the next meeting", "considered again at the April meeting". */
const RECONSIDER =
  /\b(?:re-?considered|re-?visited|revisited|deferred|brought back|given further consideration|considered further|further considered|(?:considered|discussed|looked at|reviewed) again|re-?examined|rescheduled|referred|discussed (?:in (?:more|further|greater) detail|further)|considered (?:in (?:more|further|greater) detail)) (?:at|to|until|by|in|for) (?:a|an|the|its) (?:[\w'’]{1,12} ){0,3}(?:meeting|date|agenda)\b|\bfurther consideration (?:will|would|is to|to) be given\b|\b(?:submitted|brought|presented|reported|returned) (?:back )?to (?:a|the) (?:future|later|subsequent|forthcoming) (?:[\w'’]{1,12} )?meeting\b/i;
/** "it was suggested that some items could be deferred to ...": a possibility raised in the discussion, not asked for. */
const SUGGESTED_ONLY = /\b(?:suggested|wondered|queried|asked) (?:that |whether |if )(?:[\w'’,-]{1,20} ){0,12}(?:could|might|may) be\b/i;
/** "It was agreed to re-visit the matter at the November meeting": the board will come back to it. */
const REVISIT = /\b(?:to|would|will|should) (?:re-?visit|re-?consider|return to|look again at)\b/gi;
const AT_A_MEETING = / (?:at|in) (?:the|a|its) (?:[\w'’]{1,12} ){0,3}meeting\b/i;
/**
 * "the update would now be moved to the June Committee", "business adjourned until the next regular meeting of the
 * Committee": a matter put off to a meeting of the board still to come.
 */
const PUT_OFF_TO_MEETING =
  /\b(?:deferred|postponed|adjourned|moved|carried (?:forward|over)|held over) (?:to|until|till) (?:the|a|its) (?:[\w'’]{1,12} ){0,3}(?:meeting|committee|board|panel)\b/i;
/**
 * "should be deferred until January 2020", "It was the intention to submit a report on the depot to the April meeting":
 * a matter put off, or a paper promised, to a time still to come that the minute names by its month and year or by
 * its month's meeting ("item deferred to April" in a forward plan's notes moves someone else's business).
 */
const MOVED_ON = /\b(?:deferred|postponed|rescheduled|put back|carried forward|be added|(?:to|would|will|should) (?:submit|bring|present|table))\b/gi;
const TO_A_NAMED_MONTH = new RegExp(`\\b(?:until|till|to|for) (?:the |its )?(?:\\d{1,2}(?:st|nd|rd|th)? )?${MONTH_WORD} (?:\\d{4}(?! \\d)\\b|(?:meeting|committee|board|panel)\\b)`, 'i');
/** "would therefore be rescheduled for December's meeting": a month's meeting named by its month. */
const RECONSIDER_IN_MONTH =
  /\b(?:re-?considered|deferred|rescheduled|brought back|considered further) (?:to|for|until|at) (?:january|february|march|april|may|june|july|august|september|october|november|december)['’]s (?:meeting|agenda)\b/i;
/** Someone who may offer or undertake to send the board something. */
const OFFERER =
  /\b(?:officers?|he|she|the (?:[\w-]{2,20} ){1,3}(?:manager|officer|director|lead|adviser|advisor|engineer)|the director|the cabinet member|the (?:(?:assistant|deputy|interim|acting|strategic) )?(?:head|director|manager)(?: of| for)\b|the lead officer|the (?:town |parish |deputy |assistant )?clerk|clerk|the (?:vice[- ]|deputy )?chair(?:man|woman|person)?|the chief executive|the (?:deputy )?leader|the (?:executive|lead) member|the portfolio holder|the (?:scrutiny |democratic services )?(?:co-?ordinator|officer))/gi;
/**
 * "J Gregg undertook to ...", "Mrs. Goose will speak to ...", "Cllrs Hale and Orton will ...": someone named by
 * initial or title and surname, or two members named under one title.
 */
const OFFERER_NAMED = /\b(?:(?:Cllrs\.?|Councillors) [A-Z][a-z'’-]{1,20} (?:and|&) [A-Z][a-z'’-]{1,20}|(?:[A-Z]|Cllr\.?|Councillor|Mrs?\.?|Ms\.?|Miss|Dr\.?) [A-Z][a-z]{1,20})\b/g;
/**
 * "Adele Brook would get clarification for Councillor Hale", "Tom Vance agreed to circulate the figures": an officer or
 * guest the minute names by first name and surname, as meeting pages name those who present and answer. Not a body or
 * a place in capitals ("County Council", "Town Hall") and not a sentence's opening word before a name ("Following
 * Smith ...").
 */
const OFFERER_FULL_NAME =
  /\b(?!(?:The|This|That|These|Those|It|There|Members?|Councill?ors?|Cllrs?|Council|County|District|Borough|Parish|Town|City|Committee|Board|Panel|Cabinet|Officers?|Chair|Chairman|Vice|Deputy|Head|Director|Chief|Executive|Assistant|Lead|Portfolio|Mr|Mrs|Ms|Miss|Dr|Following|After|Before|During|In|On|At|For|From|With|When|Once|If|As|All|Any|Some|Each|Further|Having|Item|Minute|Page|Appendix|Section|Paragraph|Report|Agenda|Action|Actions|Resolved|Agreed|Noted|To|By|An|No|So|We|Or|Of|Up|Do|Is|Be)\b)[A-Z][a-z]{1,15} (?:Ma?c|O['’]|De|Van|Le)?[A-Z][a-z'’-]{1,20}\b(?<!\b(?:Council|Committee|Board|Panel|Cabinet|Group|Team|Service|Services|Trust|Partnership|Centre|Hall|Office|Officer|Forum|Authority|Agency|England|Wales|Scotland|Highways|Police|Department|Directorate|Plan|Strategy|Report|Road|Street|Lane|Park|Way)\b)/g;
/**
 * "The Assistant Commissioner agreed to ...", "the Head of Planning Services would ...": a post the minute names by its
 * capitalised title (not the board or the council itself: "The Board were keen to investigate ..." is a wish; not a
 * document: "the purpose of the Strategy being to provide the necessary direction" says what a paper is for).
 */
const OFFERER_TITLED =
  /\b[Tt]he (?:[A-Z][a-z'’-]+ (?:(?:of|for|and|&) )?){0,4}[A-Z][a-z'’-]+\b(?<!\b(?:Board|Committee|Sub-Committee|Panel|Commission|Council|Cabinet|Executive|Forum|Group|Meeting|Members|Authority|Government|Partnership|Strategy|Plan|Policy|Report|Review|Programme|Scheme|Framework|Act|Bill|Budget|Fund|Project|Document|Guidance|Protocol|Charter)\b)/g;
/** "Would", "will" and a "to" that promises: not after "wish", "want", "need", "like" or a feeling ("pleased to", "sorry to"). */
const TO_NOT_AFTER_A_WISH = String.raw`(?<!\b(?:needed|needs|need|wished|wishes|wish|wanted|wants|want|pleased|sad|sorry|like|delighted|happy|regret|attended|attending|came|invited) )to`;
const OFFER_VERB = new RegExp(
  String.raw`\b(?:offered|undertook|agreed|promised|would|will|${TO_NOT_AFTER_A_WISH})\b(?: to)? (?:e-?mail|circulate|send|share|forward|report back|report|provide|supply|produce|prepare|make (?:further )?(?:enquiries|inquiries)|enquire|confirm|clarify|investigate|find out|look into|look at|check|obtain|get|arrange|write to|liaise with|contact|chase|notify|inform|ask|request|place|order|book|raise|take up|address|pursue|seek|speak to|talk to|follow (?:(?:this|it|that|the matter|these|them) )?up|come back|feed ?back)\b`,
  'i',
);
/**
 * Right after someone named: "agreed/offered/undertook/volunteered/promised to" and a task (at most one word between,
 * "also"), not an office taken or a position held ("agreed to stand as Vice-Chair", "offered to continue as ...").
 */
const TOOK_ON_TASK =
  /^ (?:[a-z]{2,12} )?(?:agreed|offered|undertook|volunteered|promised) to (?!(?:the|a|an|be|this|that|these|those|its|their|his|her|all|stand|serve|continue|remain|act|become|abstain|accept|join|chair|second|propose|withdraw|step|vote|support|oppose|sign|provide|supply|produce|prepare)\b)[a-z]{2,20}\b/;
/**
 * A decision setting an officer or a councillor to send something or to act for the board: "That officers circulate the
 * site plan", "the Scrutiny Coordinator email all members", "That the Clerk writes to the County Council", "that the
 * Chairman and Clerk meet with the contractor" (the verb bare, with "-s", or after "should"); the chair alone writing
 * on the board's behalf ("That the Chairperson writes to the Cabinet Member") is the board's own act, not a request.
 */
const OFFICER_TO_SEND =
  /\b(?:officers?|clerk|co-?ordinator|officer|director|manager|head of [a-z]{3,20}(?: (?:and|&) [a-z]{3,20})?|(?:councill?or|cllr\.?) [A-Z][\w'’-]{1,30}|(?:vice[- ])?chair(?:man|person|woman)? (?:and|&) (?:the )?clerk)(?: (?:and|&) (?:the )?(?:clerk|officers?))? (?:be (?:asked|requested) to |to |should |shall )?(?:circulate|send|share|forward|e-?mail|provide|write to|write a letter|contact|notify|(?:circulates|shares|forwards|e-?mails|writes to|writes a letter|contacts|notifies)|(?:meets?|liaises?) with|meets? (?:the|a|an)|arranges?|investigates?|speaks? to|obtains?|seeks?|chases?|pursues?)\b/i;
const SET_TO_VERB =
  /^to (?:collate|compile|prepare|produce|research|come back|e-?mail|circulate|send|share|forward|provide|report|update|investigate|find out|look into|look at|obtain|seek|check|confirm|clarify|write to|liaise with|contact|chase|follow up|notify|inform|ask|request|place|order|arrange|book|organi[sz]e|purchase|draft|apply|submit|raise|pursue|speak to|respond|reply|visit|inspect|repair|get)\b/i;
/**
 * The words of a post's title after "head of" ("Head of Housing and Communities"), not the verb that follows it: "The Head
 * of Finance submitted a report to assist Members" describes the paper before the meeting, not a task set.
 */
const POST_TITLE_WORD = String.raw`(?!(?:submitted|presented|introduced|reported|gave|explained|advised|provided|outlined|stated|said|confirmed|informed|updated|responded|noted|highlighted|referred|attended|asked|agreed|undertook|offered|took|made|delivered|circulated|tabled|spoke|told|set|went|has|had|was|is|were|are|also|then|welcomed|thanked|answered|replied|indicated|summarised|drew|led|added|commented|reminded)\b)[\w&'’-]+`;
const POST_TITLE_WORDS = `${POST_TITLE_WORD}(?: ${POST_TITLE_WORD}){0,5}`;
const SET_TO_ROLE = new RegExp(String.raw`^(?:(?:the )?(?:district |county |borough |ward )?councill?ors? and )?(?:the )?(?:(?:parish |town |locum |deputy )?clerk|rfo|officers?|(?:councill?or|cllr\.?|coun\.?|mrs?\.?|ms\.?|miss|dr\.?) (?:[A-Z]\.? ?){0,3}[A-Z][\w'’-]{1,30}|(?:councill?ors|cllrs\.?) (?:[A-Z]\.? ?){0,3}[A-Z][\w'’-]{1,30} (?:and|&) (?:[A-Z]\.? ?){0,3}[A-Z][\w'’-]{1,30}|chair(?:man)?|(?:assistant |deputy )?director|head of ${POST_TITLE_WORDS}|scrutiny (?:officer|co-?ordinator)|democratic services(?: officer)?|cllr \w{1,30}) (?=(?:to|would|will) )`, 'i');
/** After a post: "to" and a verb, not "to the Council" (a title), "to be", or "to action" (which owns the sentence before it). */
const ANY_INFINITIVE = /^to (?!(?:the|a|an|be|this|that|these|those|its|their|his|her|all|date|action)\b)[a-z]{2,20}\b/i;
/**
 * "The clerk would contact E Thornton", "JEC would pursue", "The Clerk will liaise with ...": the owner's word that they
 * will do it is the task set, as "Clerk to ..." is; not a wish, a view or a state ("would like", "would be", "will need").
 */
const NOT_A_TASK =
  'be|have|had|like|love|need|not|prefer|welcome|thank|continue|remain|hope|wish|want|expect|appreciate|say|suggest|seem|appear|probably|perhaps|still|only|just|always|never|normally|usually|take|make|chair|stand|serve|abstain|declare|support|oppose|vote|second|propose|accept|agree|action|receive|benefit|lose|cost|mean|struggle|feel|know|look forward|find it|also be|then be';
const WILL_DO = new RegExp(`^(?:would|will)(?: (?:also|then|now|again|personally))? (?!(?:${NOT_A_TASK})\\b)[a-z]{2,20}\\b`, 'i');
/**
 * "Councillor Heighway said he would clear the timber", "she confirmed that she would raise it with the police": a
 * promise reported in the minute's words, its maker named by a pronoun (not "it would cost", not "they would welcome").
 */
const SAID_THEY_WOULD = new RegExp(
  `\\b(?:said|confirmed|indicated|stated|advised|explained|replied|responded|agreed|undertook|offered|promised)(?: that)? (?:he|she|they) (?:would|will)(?: (?:also|then|now|personally))? (?!(?:${NOT_A_TASK})\\b)[a-z]{2,20}\\b`,
  'i',
);
/**
 * "It was decided that Cathy will write on behalf of the Council", "It was agreed that TW, as treasurer, would keep
 * separate accounts": a decision naming who will do the task, by name or initials (not a body: "agreed that Council
 * would support ...", nor a state: "would be", "would need").
 */
const DECIDED_WHO_WILL = new RegExp(
  String.raw`\b(?:decided|agreed|resolved)(?: unanimously)? that (?:(?:Cllrs?|Councillor|Coun|Mrs?|Ms|Dr)\.? )?(?!(?:The|This|That|These|It|There|Council|Committee|Board|Panel|Members|Councillors|Everyone|All|We|They|He|She|Officers|Residents)\b)(?:[A-Z][a-z]{2,15}|[A-Z]{2,4})(?:, [\w ]{1,40},)? (?:will|would|should) (?:also |then |now |formally |personally )?(?!(?:${NOT_A_TASK})\b)[a-z]{2,20}\b`,
);
/** "will make an informal approach", "would make enquiries": a task, where "would make" alone is not ("would make a difference"). */
const WILL_MAKE = /^(?:would|will) (?:also |then )?make (?:an? )?(?:informal |formal |further )?(?:approach|enquir(?:y|ies)|inquir(?:y|ies)|contact|representations?|arrangements?|request|complaint|application|booking)\b/i;

/** After an owner: "to" and a task, or their word that they will do it. */
function ownsTask(after: string): boolean {
  // "Coun Anderson and the clerk are to liaise ...": "are to" is "to"; "JS agreed to complete ...": the task agreed to.
  const task = after.replace(/^(?:is|are|(?:also )?(?:agreed|offered|undertook|volunteered|promised)) (?=to )/, '');
  return ANY_INFINITIVE.test(task) || WILL_DO.test(task) || WILL_MAKE.test(task);
}
/** One owner of a task: initials, the clerk, or a councillor by name ("Cllr M Gough", "Coun Anderson"). */
const ONE_OWNER = String.raw`(?:[A-Z]{2,4}|(?:[Tt]he )?(?:[Pp]arish |[Tt]own |[Dd]eputy )?[Cc]lerk|(?:Cllrs?\.?|Councill?ors?|Coun\.?) (?:[A-Z]\.? ?){0,3}[A-Z][a-z'’-]{1,30})`;
/** "RJF, RD and the clerk would walk the route", "Coun Anderson and the clerk are to liaise": owners named together. */
const OWNERS_TOGETHER = new RegExp(`^${ONE_OWNER}(?:, ${ONE_OWNER})*,? (?:and|&) ${ONE_OWNER} (?=(?:to|would|will|are to|is to) )`);
/** "JB to ...", "RM & SV to ...": a member's initials, as the attendance list gave them, set against a task. */
const SET_TO_INITIALS = /^[A-Z]{2,4}(?: ?(?:and|&|\/) ?[A-Z]{2,4})? (?=(?:to|would|will|(?:also )?(?:agreed|offered|undertook|volunteered|promised) to) )/;
/** "JB to ...", "Jane Brown to ...", "Claire to ...": initials, a name in capitals or a first name alone. */
const SET_TO_NAME = /^(?:[A-Z]{2,4}|[A-Z][a-z]{1,20} [A-Z][a-z'-]{1,20}|(?!(?:The|This|That|These|Those|It|There|Members|Councillors|Residents|Everyone|All|Each|Work|Plans?|Nothing|Anything|Something|Nobody|None)\b)[A-Z][a-z]{2,20}) (?=to )/;
/** "figures would be collated after the count and circulated to Members", "a specification should be drawn up, and presented to Council": made first, then given. */
const MADE_THEN_SENT =
  /\b(?:would|will|should|is to|are to|to) be [a-z-]{3,20}(?: [\w'’-]{1,20}){0,6},? and (?:then )?(?:circulated|e-?mailed|sent out|(?:sent|provided|shared|forwarded|reported|presented|submitted) (?:to|with) (?:all |the |main |full )?(?:members|councillors|board|committee|panel|commission|council))\b/i;
/**
 * "agreed to add to the agenda of the October meeting a report on ...", "added to the agenda for 20 March",
 * "put on the agenda for the finance committee": business put on the agenda of a meeting the document names.
 */
const ON_A_NAMED_AGENDA = new RegExp(
  `(?<!\\bnot (?:being |been )?)\\b(?:put|placed|added|included|listed|add|include|place) (?:(?:it|this|them|the (?:matter|item|issue)) )?(?:on|onto|to|in) the agenda (?:of|for) (?:(?:the|a|its) (?:[\\w'’]{1,12} ){0,3}(?:meeting|committee|panel|board)\\b|\\d{1,2}(?:st|nd|rd|th)? ${MONTH_WORD}\\b)`,
  'i',
);
/**
 * "VAS – Next agenda", "Agenda item for Annual Parish Meeting.", "it will be on as an agenda item for next month": a
 * note, often without a verb, that the matter goes on an agenda to come.
 */
const AGENDA_NOTE =
  /(?:^|[–—:-] )(?:(?:on|for) (?:the )?)?(?:next agenda|agenda (?:at|for) (?:the )?next meeting)\b|\b(?:items?|matters?|topics?) for (?:the )?next (?:meeting['’]?s? )?agenda\b|(?<!\bnot (?:an? )?)\bagenda item (?:for|at) (?:the |a |an )?(?:(?:[\w'’]{1,15} ){1,3}meeting|next month)\b|\bkeep (?:it |this )?on (?:the )?agenda\b/i;
/**
 * "Highways Dept. has confirmed they will look into the matter", "the officer would look into it", "JEC would pursue":
 * someone's word that a matter will be looked into, whoever gives it (not what a review or a plan "will look at").
 */
const WILL_LOOK_INTO =
  /(?<!\b(?:not|never|if|whether|review|reviews|strategy|plan|study|report|policy|audit|consultation|programme|survey|project|scheme|inquiry|session|workshop|event|item|paper|bill|act) )\b(?:will|would|shall|agreed to|undertook to|promised to|offered to)(?: (?:now|also|then|further|again|personally))? (?:look (?:in)?to|look at|investigate|explore|pursue|chase|follow (?:(?:this|it|that|these|them|the matter) )?up|find out|make (?:further )?(?:enquiries|inquiries))\b/i;
/** "how the contribution is documented was to be looked at", "This would be investigated": the passive of the same promise (not what "needs to be looked at"). */
const TO_BE_LOOKED_INTO =
  /(?<!\b(?:needs?|needed|has|have|had|ought|deserves?|deserved) )\b(?:will|would|shall|is to|are to|was to|were to|to) (?:now |also |then |further |urgently )?be (?:looked (?:in)?to|looked at|investigated|explored|pursued|chased(?: up)?|followed up|checked|clarified|answered(?: in writing)?|(?:provided|confirmed|put) in writing|taken up with|raised with)\b/i;
/** "Road name signs to be requested", "further advice would be sought", "... be raised with the Trust and a response sought": something the council will ask others for. */
const TO_BE_REQUESTED =
  /(?<!\b(?:needs?|needed|has|have|had) )\b(?:will|would|shall|is to|are to|was to|were to|to) (?:now |also |then |again )?be (?:requested|sought|obtained|ordered)\b|\band (?:a |an )?(?:written |formal )?(?:response|reply|answer|explanation)s? (?:be )?(?:sought|requested|obtained)\b/i;
/** "The clerk was asked to arrange a delivery of flowers", "T Boswell to be asked to trim": a task set on someone in the passive. */
const ASKED_TO_DO = /^ (?:was|were|has been|have been|had been|is to be|are to be|to be|would be|will be) (?:(?:again|also|then) )?(?:asked|requested|instructed|tasked|directed) to (?!(?:note|consider|comment|declare|vote|leave|agree|approve|confirm|be|attend|say|indicate|disclose|state)\b)[a-z]{2,20}\b/i;
/** "Letters to be sent to relevant Authorities", "a letter would be written to the landowner": correspondence the council will send. */
const LETTER_TO_BE_SENT =
  /\b(?:letters?|e-?mails?|a reply|a response|correspondence)\b(?: [\w'’-]{1,20}){0,6} (?:is to|are to|was to|were to|to|will|would|shall) (?:now |also |then )?be (?:sent|written|issued|drafted|forwarded|e-?mailed|copied)\b/i;
/** "Further enquiries will be made", "more quotes to be sought": what someone is to find out. */
const TO_BE_SOUGHT = /\b(?:enquiries|inquiries|quotes|quotations|estimates|details|information|advice) (?:will|would|are to|is to|to) be (?:made|sought|obtained)\b/i;
/** "Resolved: Estimates requested for the work required.", "further quotes to be sought": prices the board is waiting for. */
const PRICES_ASKED = /\b(?:estimates|quotes|quotations|prices|costings)\b (?:(?:were|was|have been|has been|to be|be) )?(?:requested|sought)\b/i;
/** "Officers monitor progress and provide update reports in 6 months' time": papers a resolution sets officers to bring. */
const OFFICERS_WORD = /\bofficers?\b/gi;
const PROVIDE_REPORTS =
  /\b(?:provide|submit|bring|present|produce|prepare)s? (?:(?:a|an|the|further|regular|quarterly|annual|six-monthly|update|progress|written) ){0,3}(?:reports?|updates?|briefings?)\b/i;
/** Something promised to the board in the passive: "figures would be circulated", "a written response would be provided". */
const PROMISED =
  /\b(?:would|will|should|is to|are to|to) (?:then |also |now |shortly |subsequently |in due course )?be (?:re-?)?(?:circulated|e-?mailed|sent out|sent on|passed on)\b(?! (?:to|with) (?!them|members|all members|(?:council|parish|town|ward) members|the board|the committee|the panel|the commission|board|committee|councillors|all councillors))/i;
const PROMISED_TO_BOARD =
  /\b(?:would|will|is to|are to|to) (?:then |also |now |shortly |subsequently )?be (?:provided|shared|forwarded|sent|supplied|given|arranged) (?:to|with|for) (?:them|(?:all |the )?(?:[\w-]{2,20} ){0,2}(?:members|councillors)|the board|the committee|the panel|the commission)\b/i;
/** "... and would forward it on to the Panel members": something passed on to the board. */
const FORWARD_TO =
  /\b(?:would|will|to|agreed to|undertook to|offered to) (?:forward|pass|send|circulate|share|e-?mail)(?: (?:it|this|them|these|that|those))?(?: on)? to (?:the |all )?(?:[\w-]{2,20} ){0,2}(?:members|councillors|committee|board|panel|commission)\b/i;
const WRITTEN_RESPONSE = /\b(?:written )?(?:response|answer|reply)\b[^.;]{0,4}\b(?:would|will) be (?:provided|sent|given|circulated|supplied)\b/i;
const BE_CIRCULATED = /\bthat\b/gi;
const CIRCULATED_AFTER =
  /\bbe (?:circulated|e-?mailed|sent out)\b(?! (?:to|with) (?!them|members|all members|(?:council|parish|town|ward) members|the board|the committee|the panel|the commission|board|committee|councillors|all councillors))|\bbe (?:provided|given|supplied|shared|sent|forwarded) (?:to|with) (?:them|members|all members|the members|the board|the committee|the panel|the commission|councillors)\b/i;
/** "put on the agenda for the May meeting", "an agenda item for the next meeting" (not "frustration at it not being included on the agenda for the meeting"). */
const ON_AN_AGENDA =
  /(?<!\bnot (?:being |been )?)\b(?:put|placed|added|included|listed) (?:on|onto|to|in) (?:the|an?|next|a future) (?:[\w'’]{1,12} )?agenda (?:for|at)\b|\bagenda item (?:for|at) (?:the|a) (?:next|future|forthcoming|following)\b/i;
/** "this would be brought back to the Committee at its meeting in March". */
const BROUGHT_BACK =
  /\b(?:would|will|to|should|be) (?:then )?(?:be )?(?:brought|come) back (?:to|before) (?:the|a) (?:board|committee|panel|commission|cabinet|council|meeting|members)\b|\b(?:would|will|to|should) (?:then )?(?:be )?return(?:ed)? to (?:the|a) (?:board|committee|panel|commission|sub-committee)\b(?! (?:chamber|room)\b)/i;
/** "the operator be invited to the March meeting", "asked whether the Director could attend the next meeting". */
const INVITED = /\bbe invited to (?:attend )?(?:the|a|its|this|their|a future|next|january|february|march|april|may|june|july|august|september|october|november|december)(?:['’]s)? (?:[\w'’]{1,12} ){0,2}meeting\b/i;
const ASKED_WORD = /\b(?:asks?|asked|requests?|requested|invited)\b/gi;
const ATTEND_MEETING = /\b(?:(?:could|would|to|be invited to) )?(?:attend|come to|present to|present at|be in attendance at) (?:the|a|its) (?:[\w'’]{1,12} ){0,2}meeting\b/i;
/** What a board asks to be done for it: "that a site visit be arranged", "that the item be brought back", "that the response be shared". */
const ASKED_TO_BE_DONE =
  /\bbe (?:arranged|organised|organized|scheduled|set up|brought back|come back|shared|circulated|sent|forwarded|e-?mailed|provided|made available)\b|\battend (?:the|a|its) (?:[\w'’]{1,12} ){0,2}meeting\b/i;
/** "Members requested that future reports include benchmarking data": what the board's papers are to show. */
const REPORTS_TO_INCLUDE = /\b(?:future|next|further|subsequent|all) (?:reports?|updates?|papers?)\b(?: \w{1,20}){0,2} (?:should |would |to )?(?:include|contain|set out|show|provide)\b/i;
/** Not the purpose of a paper: "The Director submitted a report (CE/12/24) to update Members on ..." describes the paper before the meeting. */
const PAPER_NOT_BEFORE = String.raw`(?<!\b(?:report|paper|presentation|briefing|note|item|document|update)s?(?: \([^()]{1,30}\))? )`;
/** "... and let members know", "would advise the Committee": an answer promised to the board. */
const LET_KNOW = new RegExp(String.raw`\b(?:would|will|${PAPER_NOT_BEFORE}${TO_NOT_AFTER_A_WISH}|and) (?:let (?:members|councillors|the (?:committee|board|panel|commission)) know|(?:inform|advise|update) (?:members|councillors|the (?:committee|board|panel|commission))(?: of| on| in writing|$))`, 'i');
/** "asked that the report on the leisure centre contract come to the January meeting". */
const ASKED_THAT = /\b(?:asks?|asked|requested|requests?|agreed) that\b/gi;
const COME_TO_MEETING = /\bcome (?:back )?(?:to|before) (?:the|a|its) (?:[\w'’]{1,12} ){0,2}meeting\b/i;
/** "to request that the Chief Officer - Housing circulate an update to members", "asked that Members on outside bodies submit a report". */
const SEND_THING = /\b(?:circulate|send|share|forward|e-?mail|provide|supply|submit|produce|prepare)s? (?:a|an|the|all|members|further|written|details|information|figures|data)\b/i;
/** "the Board receive an update on ...", "the Committee would receive a further report": a paper the board is to have. */
const TO_RECEIVE = /\b(?:would|will|should|to|shall) (?:receive|be given|have sight of|see) (?:a |an |the )?(?:further |written |progress |detailed |full |regular |six[- ]monthly |annual )?(?:report|update|briefing|paper|presentation)s?\b/i;
/** "the Trust would bring proposals for a consultation to the Committee": a paper promised to the board. */
const BRING = /\b(?:(?:would|will|to) bring|on bringing)\b/gi;
/** "to the Committee", "before a future meeting", or a body named bare as minutes often do ("a report to Committee"). */
const TO_THE_BODY =
  / (?:back )?(?:to|before) (?:(?:the|a|this|its) (?:next |future )?(?:board|committee|panel|commission|scrutiny|meeting|members)|(?:committee|cabinet|council|scrutiny)(?! (?:members?|meeting|chamber|offices?|tax)\b))\b/i;
/** "It was agreed to invite the Commissioner to a future meeting", "agreed to send each action to the named officer". */
const AGREED_TO_INVITE = /\b(?:agreed|decided|asked|requested) to invite\b/gi;
const TO_A_MEETING = / (?:to|at) (?:(?:the|a|its) (?:[\w'’]{1,12} ){0,2}(?:meeting|session)\b|(?:the )?(?:future|forthcoming|subsequent|next) (?:[\w'’]{1,12} )?meetings\b)/i;
const AGREED_TO_SEND = /\b(?:it was|members|the (?:committee|board|panel|commission)) (?:also )?agreed to (?:send|circulate|share|forward|e-?mail|write to)\b/i;
/** "a report on X be added to the work programme": a report the board will receive. */
const REPORT_ON = /\b(?:report|update|briefing|presentation|item|topic)s? (?:on|about|regarding)\b/gi;
/** An ask in so many words: "requests that", "asked that" (not "agreed that", the board's own decision). */
const ASKED_FOR_THAT = /\b(?:asks?|asked|requested|requests?) that\b/gi;
/**
 * "requests that external contractors, to be considered as part of budget monitoring, be included on the Committee's Work
 * Programme", "The Chair asked that the review be added to the work plan": an ask whose clause puts a matter on the
 * board's programme in the subjunctive (not "the item had been added", not "be removed from the work programme"; a
 * decision "that X be added to the work programme" is the board's own act and stays a resolution only).
 */
const BE_ON_THE_PROGRAMME =
  /\bbe (?:added|included|scheduled|placed|put) (?:to|in|on|into|onto) (?:the|its) (?:[\w'’]{1,14} ){0,2}(?:work ?programmes?|forward (?:work )?(?:plans?|programmes?)|work ?plans?)\b/i;
const ON_THE_PROGRAMME = /\b(?:added|included|scheduled|placed) (?:to|in|on|into) the (?:[\w'’]{1,12} )?(?:work ?programme|forward (?:work )?(?:plan|programme)|work plan)\b/i;
/**
 * "a report would be submitted in autumn 2025", "the briefing ... would be arranged", "updates on progress would be
 * submitted in 6 and 12 months' time": a paper, with what it is on, promised.
 */
const PAPER_PROMISED =
  /\b(?:report|update|paper|briefing(?: note)?|response|presentation)s?(?: (?:on|about|regarding|into|of) [\w'’-]{1,20}(?: [\w'’-]{1,20}){0,5})? (?:would|will) (?:then |also |now |shortly )?be (?:submitted|brought|presented|provided|circulated|arranged|produced|prepared)\b/i;
/** "asks the Task Group to report its findings to the March meeting": someone asked to report to the board. */
const TO_REPORT = /\bto report (?:back|its|their|on|to|further|again)\b/i;
/** "a draft report to be submitted for discussion at an informal Panel meeting": a paper the board will have at a meeting. */
const PAPER_WORD = /\b(?:report|paper|update|briefing|note)s?\b/gi;
const FOR_A_MEETING = /\bto be (?:submitted|presented|brought|considered|discussed)(?: for (?:discussion|consideration))? (?:at|to) (?:a|an|the|its) (?:[\w'’]{1,12} ){0,3}(?:meeting|session)\b/i;
/** "asked for a site visit to the depot to be arranged". */
const TO_BE_ARRANGED = /\bto be (?:arranged|organi[sz]ed|scheduled|set up)\b/i;
/** "that the Committee be kept informed of progress", "agreed to keep members updated", "would continue to be informed". */
const KEPT_INFORMED = /\bbe kept (?:informed|updated|up to date|abreast)\b|\bcontinue to be (?:involved and )?(?:informed|updated)\b|\bkeep (?:members|councillors|the (?:committee|board|panel|commission)) (?:informed|updated|up to date)\b/i;
/** "Officers would feed back to the Committee on the outcome", "the work of the group would be fed back to the Committee". */
const FEED_BACK =
  /\b(?:would|will|to|should) feed ?back (?:to (?:the |all )?(?:members|councillors|committee|board|panel|commission)|on|at)\b|\b(?:would|will|to|should) (?:then |also )?be fed ?back to (?:the |all )?(?:members|councillors|committee|board|panel|commission)\b/i;
/**
 * A paper still to come that is to carry the matter: "An update on X would be included in the next performance report",
 * "the suggestion would be reflected within the report on the amended budget", "it was agreed to refer to the screening
 * work in the annual report".
 */
const REPORT_TO_COME = String.raw`(?:the |a )?(?:next|future|forthcoming|subsequent|final|annual|revised|updated) (?:[\w'’-]{1,20} ){0,2}(?:report|update|briefing)s?\b|the (?:report|update|briefing) on\b`;
const IN_NEXT_REPORT = new RegExp(
  String.raw`\b(?:would|will|to|should) be (?:included|covered|reported|reflected|addressed|set out|referred to|picked up) (?:with)?in (?:${REPORT_TO_COME})|\b(?:agreed|undertook|promised|would|will) (?:to )?(?:refer to|mention|include|cover|address|highlight) (?:[\w'’,-]{1,20} ){1,10}?in (?:${REPORT_TO_COME})`,
  'i',
);
/**
 * "he would ensure the forthcoming report on waste reduction referred to the concerns raised": someone's word that a
 * paper still to come will take the matter up.
 */
const ENSURE_REPORT_COVERS =
  /\b(?:would|will|to|agreed to|undertook to|promised to) ensure (?:that )?(?:the |any |all |future )?(?:forthcoming |next |future |final |annual |subsequent |revised |updated )?(?:reports?|updates?|papers?|briefings?)\b(?: [\w'’‘-]{1,25}){0,12}? (?:referred|refers|refer|included|includes|include|covered|covers|cover|addressed|addresses|address|reflected|reflects|reflect|highlighted|highlights|highlight|contained|contains|contain|set out|sets out)\b/i;
/** "the matter would be added to the work programme", "... to the Overview and Scrutiny Work Programme": a topic the board will take up. */
const ONTO_PROGRAMME = /\b(?:would|will|to|should) be (?:added|included|placed) (?:to|on|in|onto) the (?:[\w'’]{1,12} ){0,4}(?:work ?programme|forward (?:work )?(?:plan|programme)|work plan)\b/i;
/**
 * "Members requested that it feature on every agenda", "The Committee asked that ...": the board (or one of its
 * members) asking, in the words of the meeting itself ("had requested" reports an earlier ask).
 */
const BOARD_ASKED_THAT =
  /\b(?:members|councillors|the (?:committee|board|panel|commission|sub-committee|sub-panel|council)|a member|(?:councillor|cllr\.?) [A-Z][a-z'’-]{1,20}|it was) (?:also |further |then )?(?:requested|asked) that\b/i;
/** "Members stated that ... and requested that ...": the board's ask as the second verb of a sentence it opens. */
const BOARD_OPENS = /^(?:members|councillors|the (?:committee|board|panel|commission|sub-committee|sub-panel)|a member)\b/i;
const AND_ASKED_THAT = / and (?:also |further )?(?:requested|asked) that\b/i;
/** "No response has yet been received from Highways", "no response to date from the MP", "no reply from planning as yet", "a reply was yet to be received": an answer still owed. */
const NO_REPLY_YET =
  /\bno (?:response|reply|answer|update|acknowledg(?:e)?ment)s? (?:from (?:the )?[\w'’-]{2,30}(?: [\w'’-]{2,30}){0,3}? )?(?:(?:has|had|have) (?:yet |so far |as yet )?been received\b|(?:received )?(?:to date|as yet|so far)\b)|\b(?:response|reply|answer|confirmation|decision)s? (?:was|were|is|are|had) (?:still )?yet to (?:be received|arrive|come)\b/i;
/** "That the Scrutiny Officer be requested to canvass members ...": a resolution setting one of the board's officers a task. */
const OFFICER_ASKED_TO =
  /\b(?:officers?|clerk|co-?ordinator|advis[eo]r|director|manager) (?:be|is|are) (?:asked|requested|instructed|directed) to [a-z]{3}/i;
/** "It was agreed to ask Cllr X to reconsider and issue a new quote": someone asked for a paper the board will have. */
const AGREED_TO_ASK = /\b(?:agreed|decided|resolved) to (?:ask|request|seek|obtain|get)\b/gi;
/** The same decision with its label read off: "RESOLVED to obtain three quotations ..." reaches here as "to obtain ...". */
const TO_ASK = /^to (?:ask|request|seek|obtain|get)\b(?! that\b)/gi;
/** "The clerk was tasked with discussing this with Highways": a task set on someone, in the passive. */
const TASKED_WITH = /\b(?:was|were|is|are|has been|have been) tasked with\b/i;
/** What the board may be waiting for after "awaiting": an answer, a paper, prices. */
const AWAITED_THING = String.raw`(?:a |an |the |further )?(?:[\w-]{2,20} ){0,2}(?:response|reply|answer|letter|report|information|update|details|figures|confirmation|quotes?|quotations?|estimates?|specifications?|decision|costs?|prices?|consultation|outcome|results?)\b`;
/** The board waiting, in any of the ways minutes say it: "awaiting", "waiting for", or "await" where a subject or a note opens it. */
const AWAITED = `(?:awaiting|waiting for) ${AWAITED_THING}`;
/** "The Clerk ... will await a response back from her email", "we would await the Highways reply": an answer someone will wait for. */
const WILL_AWAIT = new RegExp(String.raw`\b(?:will|would|shall|is to|are to|to) (?:now |then |also |still )?await ${AWAITED_THING}`, 'i');
/** "Noticeboard Clerk awaiting quotations for a new board": the clerk or chair named as waiting, anywhere in the sentence. */
const OWNER_AWAITING = new RegExp(String.raw`\b(?:(?:parish |town )?clerk|chair(?:man|woman|person)?|rfo) (?:is |was |still |is still )?${AWAITED}`, 'i');
/**
 * "the Budget Scrutiny Panel was waiting for a response", "we now await further details from the district council": the
 * board's side (a body of the council, its members or officers, "we") still waiting for an answer, a paper or prices.
 */
const SIDE_AWAITING = new RegExp(
  String.raw`\b(?:we|council|committee|panel|members|councillors|officers?|clerk) (?:(?:is|are|was|were) )?(?:still |now |currently )?(?:${AWAITED}|awaits? ${AWAITED_THING})`,
  'i',
);
/** "could clerk put something on website", "can the Clerk chase Highways": the meeting asking its clerk or officers, in a question's word order. */
const COULD_THE_CLERK = /\b(?:could|can|would|will) (?:the )?(?:(?:parish |town )?clerk|rfo|officers?)(?: please)? (?!(?:be|have|not|also be)\b)[a-z]{2,20}\b/i;
/**
 * "War Memorial – Awaiting response from the trustees", "Clerk awaiting details of training", "Chairman still awaiting
 * third estimate": an answer the board is waiting for, the subject left out or only its owner named.
 */
const AWAITING_OPENS = new RegExp(String.raw`^(?:[A-Z][\w'’ -]{0,40}?(?::| [–—-]) )?(?:(?:the )?(?:(?:parish |town )?clerk|chair(?:man|woman|person)?|rfo|officers?|[A-Z]{2,4}|(?:cllr\.?|councillor) [A-Z][\w'’-]{1,30}) (?:is |are |was |were )?)?(?:still )?(?:${AWAITED}|await (?:a |an |the |any |further )?[\w'’-]{3,})`, 'i');
/** "discussion will be held at November meeting": the matter taken up at a meeting to come. */
const TAKEN_UP_AT = /\b(?:discussion|consideration|a decision) (?:will|would|is to|to) be (?:held|made|taken|given) at (?:the |a |its )?(?:[\w'’]{1,12} ){0,2}meeting\b/i;
/**
 * "could we request that the verge ... is repaired": something asked to be done, in the board's own words ("The Clerk
 * made a request that ...", the noun, is someone's ask of the board, not the board's).
 */
const REQUEST_THAT = /(?<!\b(?:a|an|the|his|her|their|its) )\b(?:request|ask) that\b/gi;
const BE_DONE = /(?:^| )(?:is|be|are) (?:re-?)?[a-z]{3,20}ed\b/i;
/** "A date will be agreed and posted on the website": a notice the council will publish once it has settled it. */
const SETTLED_AND_POSTED = /\b(?:will|would|to) be (?:agreed|decided|arranged|confirmed|set) and (?:put|posted|placed|published|advertised) (?:on|in) (?:the |our )?(?:website|facebook|notice ?boards?|newsletter|magazine)\b/i;
/** "The matter was deferred pending further information.": put off until something comes back to the board. */
const DEFERRED_PENDING = /\b(?:deferred|held over|adjourned) (?:pending|until (?:the )?(?:receipt|outcome) of) (?:the |a |an |further |more )?(?:[\w-]{2,20} ){0,2}(?:information|report|details|advice|figures|quotes?|response|clarification|survey|outcome|results?)\b/i;
/** "A joint meeting is planned for October. To be revisited then.": the matter put off to a later date, its subject left out. */
const TO_BE_TAKEN_UP = /^to be (?:re-?visited|re-?considered|reviewed|discussed (?:again|further)|looked at again|brought back|carried forward)\b/i;
/** An action that does something for the board rather than bring it something: "to notify Highways", "to place the order". */
const ERRAND = /\bto (?:notify|inform|ask|request|place|order|arrange|book|organi[sz]e|purchase|draft|apply|submit|raise|pursue|speak to|respond|reply|visit|inspect|repair|get)\b/i;
/** "further information has been sought from officers": something asked for, in the passive. */
const SOUGHT_FROM = /\b(?:has|have|had) been (?:sought|requested|asked for) from (?:the )?(?:officers?|director|clerk|council|cabinet member)\b/i;
/** "A briefing session for all Members would be arranged", "a site visit will be organised": an event promised to the board (not "the next meeting will be held ..."). */
const SESSION_PROMISED =
  /\b(?:briefing(?: session)?|training(?: session)?|workshop|seminar|site visit|visit|session)s?\b(?: [\w'’-]{1,20}){0,10} (?:would|will|is to|are to|to) (?:then |also |now )?be (?:arranged|organi[sz]ed|scheduled|set up|convened)\b/i;
/** "the Committee agreed with the suggestion to hold an All Member Workshop early in 2026": an event for the board agreed. */
const AGREED_TO_HOLD =
  /\bagreed(?: with the (?:suggestion|proposal|request))? to (?:hold|arrange|organi[sz]e|set up|schedule) (?:an? |the |further )?(?:[\w'’-]+ ){0,3}(?:briefing|workshop|seminar|session|site visit|visit|training)s?\b/i;
/** "Officers advised that they could provide a list of the fees to scrutiny members after the meeting": an offer worded as possible. */
const COULD_PROVIDE =
  /\b(?:said|advised|confirmed|indicated|stated|offered|explained|added)(?: that)? (?:they|he|she|officers) could (?:provide|circulate|send|share|supply|forward|e-?mail)\b(?! (?:no|nothing|none|any)\b)/i;
/** "Members asked whether officers could provide the number of empty homes": an ask put as a question. */
const ASKED_WHETHER_COULD =
  /\b(?:asked|enquired|queried) (?:whether|if) (?:the )?(?:officers?|clerk|director|manager|head of [a-z]{3,20}|cabinet member|portfolio holder|he|she|they) (?:could|would|might) (?:provide|circulate|supply|send|share|produce|prepare|give|e-?mail|forward)\b/i;
/** "requests that a meeting be arranged with the Cabinet Member": a meeting or visit the board asked for. */
const MEETING_ARRANGED = /\b(?:meeting|site visit|visit|briefing|session|workshop|seminar)s? (?:(?:should|would|will|to) )?be (?:arranged|organi[sz]ed|scheduled|set up|convened)\b/i;
/** "Highways will be notified", "the owner is to be contacted", "to be put on the Facebook page": someone told, asked or a notice published on the board's behalf. */
const TO_BE_TOLD =
  /\b(?:will|would|is to|are to|to) be (?:notified|informed|advised|told|contacted|written to|chased|asked(?! to (?:say|declare|indicate|disclose|state|note|consider|comment|vote|confirm|approve|agree)\b)|pointed to|directed to|signposted to)\b|\bto be (?:put|posted|placed|published|advertised) (?:on|in) (?:the |our )?(?:[\w'’-]{1,20} ){0,2}(?:website|facebook(?: page)?|notice ?boards?|newsletter|magazine)\b/i;
/**
 * "It was agreed that the work plan would be updated ...", "It was further agreed that all applications outstanding would
 * be placed before the Committee ...": the meeting deciding that something will be done, whatever the verb. The decision
 * is what makes the future passive a task set: narrative in the same tense ("the shelter would be repaired", "the meeting
 * will be streamed") tells someone else's plans or this meeting's arrangements. A decision on a value or on a paper
 * ("would be set at", "would be approved") sets no task.
 */
const DECIDED_IT_WOULD_BE =
  /\b(?:agreed|decided|resolved)(?: unanimously)? that (?:[\w'’,-]{1,25} ){1,12}?(?:would|will) (?:also |then |now )?be (?!(?:noted|received|approved|agreed|accepted|adopted|endorsed|ratified|granted|refused|carried|retained|kept|held|set|fixed|signed|confirmed|given)\b)[a-z]{3,20}(?:ed|en|wn)\b/i;
/**
 * "Councillors would be invited to be part of the review's working groups", "Non-executive members will also be asked to
 * suggest questions": someone to be asked or invited to act, a task of whoever asks; not the agenda's words for this
 * meeting's own business ("Councillors will be asked to say if ...", "The Council will be asked to receive the minutes"),
 * nor a standing arrangement to attend ("will also be invited to attend the meetings of ..."): an invitation to a meeting
 * still to come is read where the meeting is named (`INVITED`).
 */
const WILL_BE_ASKED_TO =
  /\b(?:would|will|shall|is to|are to) (?:also |then |now |again )?be (?:asked|invited|requested) to (?:be (?:part|members?|involved|represented)\b|(?!(?:be|attend|note|consider|comment|declare|vote|leave|agree|approve|confirm|receive|say|indicate|disclose|state|sign|elect|appoint|determine|decide|resolve|adopt|endorse|ratify|introduce|stand|observe)\b)[a-z]{2,20}\b)/i;
/**
 * "Councillor Marsh, Portfolio Holder for ..., would be attending the next meeting", "the Officer would be present for
 * the meeting in November", "the operator's manager will attend the January meeting": someone coming to a meeting still
 * to come, whoever they are and whatever the sentence opens with. The meeting is named as next, future or by its month or
 * date: "attending a meeting with the Highways team" is someone's own errand, "will attend each meeting" a standing rule.
 */
const AT_A_LATER_MEETING = new RegExp(
  String.raw`\b(?:would|will|shall|is to|are to|(?:was|were|is|are) due to|agreed to|undertook to|offered to)(?: also| now| then)? (?:be )?(?:attend(?:ing)?|present (?:at|for)|in attendance (?:at|for)) (?:the|its|a) (?:(?:next|future|following|forthcoming|subsequent|${MONTH_WORD}(?:['’]s)?) (?:[\w'’-]{1,15} )?meeting\b|meeting (?:in|on|of) (?:\d{1,2}(?:st|nd|rd|th)? )?${MONTH_WORD}\b)`,
  'i',
);
/**
 * A meeting still to come, however the minute names it: the next one ("the next Planning Committee Meeting", "next
 * agenda"), one put off to ("a future meeting", "a different meeting", "another meeting") or one named by its month
 * ("the March meeting", "December's meeting").
 */
const LATER_MEETING = String.raw`(?:(?:(?:(?:the|a|an|its) )?(?:next|future|later|subsequent|forthcoming|following|different|${MONTH_WORD})(?:['’]s)?|another) (?:[\w'’&-]{1,15} ){0,4}(?:meeting|agenda|committee|board|panel)\b|\bnext month\b(?:['’]s (?:meeting|agenda)\b)?)`;
/**
 * A matter the minute sends to a meeting still to come, whatever the verb (it is owed to that meeting):
 *  - in the future passive of any verb: "would be resubmitted to the November meeting", "how to fill these places will
 *    be discussed at a different meeting", a note's "– To be agendered for the next Planning Committee meeting";
 *  - to be on that meeting's agenda: "for this item to be on the next agenda", "will be on the agenda for the next meeting";
 *  - put off in any form of the verb, with the matter between (`PUT_OFF_WORD`, then `UNTIL_LATER_MEETING`): "agreed to
 *    defer confirming them until the March meeting", "Carried forward to next meeting", "hold this over until the next meeting";
 *  - its further discussion named for then: "Phone box – further discussion at the next meeting".
 */
const SENT_TO_LATER_MEETING = new RegExp(
  [
    String.raw`(?:\b(?:would|will|shall|should|is to|are to)|(?:^|[–—:(] ?|\b(?:for|and) (?:[\w'’-]{1,15} ){1,3})to) (?:now |then |also |therefore |instead )?be (?:[a-z-]{3,20}(?:ed|en|wn) (?:(?:back|again|further|forward|over) )?(?:to|at|for|until|before|on)|(?:put |placed |included |listed )?on) ${LATER_MEETING}`,
    String.raw`\b(?:to|would|will|should) (?:also )?be (?:put |placed |included |listed )?on (?:the )?agenda (?:for|of|at) ${LATER_MEETING}`,
    String.raw`\bfurther (?:discussion|consideration|debate)\b(?: [\w'’-]{1,20}){0,3}? (?:at|for|in) (?:${LATER_MEETING}|${MONTH_WORD}\b)`,
  ].join('|'),
  'i',
);
/** A verb of putting off, in any form: "defer", "deferred", "carried forward", "put back", "hold this over". */
const PUT_OFF_WORD =
  /\b(?:defer(?:s|red|ring)?|postpone[sd]?|postponing|adjourn(?:s|ed|ing)?|carr(?:y|ies|ied|ying) (?:forward|over)|put back|(?:hold|holds|held|holding) (?:(?:it|this|that|them|these|the (?:matter|item|issue)) )?over)\b/gi;
/** What follows a verb of putting off: the matter in a few words, then the later meeting it goes to. */
const UNTIL_LATER_MEETING = new RegExp(String.raw`^(?: [\w'’-]{1,20}){0,6}? (?:to|until|till) ${LATER_MEETING}`, 'i');
/** "Councillor X asked for an officer to be present from the IT service": a member asking that someone come to answer. */
const ASKED_FOR_PRESENCE = /\b(?:asked|requested) for (?:an? |the )?(?:[\w'’-]{1,20} ){1,4}?to be present\b/i;
/** "[To receive a report on ...]", "To consider the report of ...", "To receive an update from the Leader": the agenda's instruction for an item, not a minute's ask. */
const AGENDA_WORDS = /^\[To [a-z]{3,} |^To (?:receive|consider|note|approve) (?:the|this) (?:report|minutes|update|item|presentation)\b|^To (?:receive|consider|note) (?:an?|any) (?:verbal |written |brief |short )?(?:update|presentation|briefing|report)s? (?:on|from|about|regarding)\b/;
/** "the mortality indicator should be available in the autumn for the Panel to consider": a paper to come, for the board. */
const AVAILABLE_FOR_BOARD =
  /\b(?:would|will|should|shall|is to|are to|to) (?:then |also |now )?be (?:made )?available\b(?: [\w'’,()-]{1,20}){0,8}? (?:for|to) (?:the |all )?(?:panel|committee|board|commission|members|councillors)(?: to (?:consider|see|review|scrutinise|look at))?\b/i;
/**
 * "Members asked to see the action plan", "Members requested to receive a copy of the consultation report": a paper the
 * board asked to have (not "Members were asked to see ...", the agenda asking the board).
 */
const ASKED_TO_HAVE =
  /(?<!\b(?:was|were|is|are|be|been|being) )\b(?:asked|requested|asks|requests|wished|would like) to (?:receive|see|have sight of|have|be (?:sent|given|provided with|shown))\b/gi;
/** "Members would be provided with the breakdown by ward", "the Panel will be sent a copy": a paper promised to the board. */
const BOARD_WILL_HAVE =
  /\b(?:members|councillors|the (?:committee|board|panel|commission|group)|(?:he|she|they)) (?:would|will|are to|is to|were to|was to) (?:also |then |now |shortly )?(?:be (?:provided|supplied|sent|given|furnished|e-?mailed)(?: with)?|receive)\b/gi;
/**
 * "That Members receive a copy of the consultation report", "That the Committee be provided with the figures": a paper the
 * decision sends the board (not "That the Committee receive the report", the paper before it).
 */
const BOARD_TO_HAVE =
  /\b(?:members|councillors|the (?:committee|board|panel|commission))(?: (?:be|are to be) (?:provided|sent|given|supplied|e-?mailed|furnished)(?: with)?| receives?)\b/gi;
const A_PAPER_SENT =
  /^ (?:a copy|copies|an? (?:[\w-]{2,20} ){0,3}(?:note|breakdown|briefing|summary|list|update|report|response|analysis)|(?:further |more |written |detailed )?(?:details|figures|information|data|statistics)|the (?:[\w-]{2,20} ){0,3}(?:figures|data|breakdown|details|information|statistics|list|costings))\b/i;
/** "That the question be passed to the Director of Public Health for a written response": an answer the board will have. */
const PASSED_FOR_RESPONSE =
  /\bbe (?:passed|referred|forwarded|sent)(?: on)? to (?:[\w'’&,-]+ ){1,8}?for (?:a |an )?(?:written |formal |full )?(?:response|answer|reply|comments?)\b/i;
/** "Members would be updated on progress at a future meeting", "the Panel will be briefed": news the board is to have. */
const BOARD_WILL_BE_TOLD =
  /\b(?:members|councillors|the (?:committee|board|panel|commission)) (?:would|will|are to|is to|should) (?:also |then |now )?(?:be (?:updated|briefed|advised|informed|told)|receive an update)\b/i;
/** "This would be picked up as part of the budget scrutiny in January": the matter taken up again at a time to come. */
const TAKEN_UP_LATER = /\b(?:would|will|to|should) (?:also |then )?be (?:picked up|taken forward|revisited|returned to)\b/gi;
/** "once the consultation closed", "when the review is complete": a time still to come, named by what must happen first. */
const ONCE_DONE = /\b(?:once|when|after) (?:the |a |an |it |this |its |their )?(?:[\w'’-]+ ){0,4}(?:closed|closes|complete|completed|concluded|finished|published|received|available|known|agreed|finalised|finalized)\b/i;
/** "The Scrutiny Officer gave an undertaking to help", "an undertaking was given to provide ...": "undertook to", as a noun. */
const UNDERTAKING_GIVEN =
  /\b(?:(?:gave|given|give|gives) an undertaking|an undertaking (?:was|had been) given) to (?!(?:the|a|an|this|that|these|those|its|their|his|her|them|him|all|members|councillors)\b)[a-z]{2,20}\b/i;
/** "Details to follow.", "a written response to follow": an answer the minute says is still to come (not a paper of this meeting). */
const ANSWER_TO_FOLLOW =
  /\b(?:details|information|figures|data|breakdown|clarification|answers?|responses?|reply|replies|confirmation)(?: (?:on|about|of|regarding) [\w'’ -]{1,40}?)? (?:(?:would|will|are|is) )?to follow\b|\b(?:details|information|figures|data|breakdown|clarification|answers?|responses?|reply|replies|confirmation)\b(?: [\w'’-]{1,20}){0,12} (?:would|will) be forthcoming\b/i;
/** "the matter was referred to the Budget Working Group", "That the proposals be referred to the task and finish group": the board's matter sent to one of its groups to come back. */
const REFERRED_TO_GROUP =
  /(?<!\bhad (?:been )?|\bhas (?:been )?|\bhave (?:been )?)\b(?:refer|referred|referral)(?: [\w'’-]{1,20}){0,8}? to (?:the|a|its) (?:[\w'’&-]{1,20} ){0,4}(?:working group|working party|task (?:and finish )?group|task group|review group|sub-committee|sub-group|steering group|member (?:working )?group)\b/i;
/** "asked for this to be worked up by the Working Group, for interim consideration by the Committee in December": the board's ask, brought back to it. */
const FOR_THE_BOARD_TO_CONSIDER =
  /\bfor (?:(?:interim|further|future|formal|detailed|final) )?(?:consideration|discussion|review) (?:by|at) (?:the|a|its|this) (?:[\w'’]{1,12} )?(?:committee|board|panel|commission|meeting)\b/i;
const ASKED_FOR_ANY = /\b(?:asked|requested|asks|requests) (?:for|that)\b/gi;
/**
 * "That a briefing note be provided to Members", "a formalised timetable be prepared giving ...": a paper the decision
 * sets to be made or sent (not "the report be noted").
 */
const PAPER_BE_MADE =
  /\b(?:a|an|the) (?:[\w-]{2,20} ){0,3}(?:briefing(?: note)?|note|timetable|schedule|summary|list|breakdown|analysis|report|update|paper|action plan|information|details|figures|costings|options appraisal)s? (?:should |would |will |to )?be (?:prepared|provided|produced|circulated|sent|shared|drawn up|compiled|supplied|e-?mailed|made available)\b/i;
/**
 * "The report would be presented at the meeting", "the paper would be tabled later in the meeting": the paper for the
 * meeting itself, not something the board will wait for.
 */
const FOR_THIS_MEETING =
  /\b(?:would|will|was to|were to|is to|are to|to) (?:also |now |then )?be (?:presented|submitted|tabled|brought|considered|given|made|taken|discussed|circulated) (?:at|to|during|later in|later at) (?:the|this|today['’]s|tonight['’]s) meeting\b(?! (?:of|on|in|held|to be|scheduled|for|next|after)\b)|\bbe (?:made )?available\b[^.;]{0,60}?\b(?:at|during) (?:the|this) meeting\b(?! (?:of|on|in|held|to be|scheduled|for|next|after)\b)|\blater (?:in|on) (?:the|this) (?:meeting|agenda)\b/i;

/** "how will the decision be made ... and how will Scrutiny be kept updated on progress?": a question put at the meeting. */
const WH_QUESTION = /\b(?:how|what|why|when|where|who|which|whether) (?:will|would|is|are|was|were|can|could|do|does|did|has|have|should|shall)\b/i;
/**
 * "The Committee considered the report of the Director ..., which would be presented to the Council": the paper before
 * the meeting and the body it goes on to, said in a clause of its own after the paper considered.
 */
const GOES_ON_TO = /,? which (?:would|will|is to|was to|is due to) (?:then |subsequently |now )?be (?:presented|submitted|reported|taken|considered|put) to (?:the )?(?:full )?(?:council|cabinet|executive|[A-Z][\w'’-]+ (?:Board|Committee))\b[^,;.]*/i;
/** "The report would be presented to the Executive on 3 February for a decision.": this meeting's paper, on its way elsewhere. */
const THIS_PAPER_ONWARD =
  /^(?:the|this) (?:report|paper|proposals?|recommendations?|strategy|policy)\b(?: (?!(?:further|new|revised|next|final|updated|follow-up)\b)[\w'’-]{1,20}){0,3} (?:would|will|is to|was to|is due to) (?:then |now |subsequently |also )?be (?:presented|submitted|reported|taken|considered|put|referred) to (?:the )?(?:full )?(?:council|cabinet|executive)\b/i;
const PAPER_CONSIDERED = /\b(?:considered|received|noted|discussed|examined|scrutinised|reviewed|welcomed) (?:a|the) /gi;
const PAPER_NOUN = /\b(?:report|paper|update|strategy|plan|policy)\b/i;

/** The sentence with the clause saying where the paper considered goes next left out, or null when it has none. */
function withoutOnwardClause(text: string): string | null {
  const onward = GOES_ON_TO.exec(text);
  if (!onward) return null;
  const before = text.slice(0, onward.index);
  const sentence = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf(';')) + 1);
  const considered = [...sentence.matchAll(PAPER_CONSIDERED)].at(-1);
  if (!considered || !PAPER_NOUN.test(sentence.slice(considered.index))) return null;
  return before + text.slice(onward.index + onward[0].length);
}


/** "ACTION: Head of Repairs to circulate the figures": a line that sets an action. */
export function isActionPoint(text: string): boolean {
  return ACTION_LINE.test(text);
}
const SENDING = /\b(?:circulate|send|share|provide|supply|forward|e-?mail)\b/i;
const FOLLOWING_LIST = /\b(?:the following|as follows|below)\b/i;
const LIST_CIRCULATE = /\bcirculat\w{0,5}|\bofficers? (?:\w{1,15} ){0,2}(?:undertook|offered|agreed|promised)\b/i;
const LIST_INFORMATION = /\b(?:requested|requests?|asked for|sought)\b/i;
const INFORMATION_WORDS = /\b(?:information|details|figures|data|clarification)\b/i;
const REPORT_WORDS = /\b(?:reports?|updates?)\b/i;

/** "Dog bins: " before an action under Matters Arising: the matter's name, then what is to be done about it. */
const MATTER_PREFIX = /^[A-Z][\w'’ -]{0,40}?(?::| [–—-]) (?=[A-Z])/;

/**
 * "... should also be included and Clerk would cover this", "... from being used but PT will make an informal approach":
 * an owner and a task opening the clause after "and" or "but".
 */
const CLAUSE_OPENING = /(?:,? and|,? but|;) (?=(?:the )?(?:[A-Z]{2,4}|[Cc]lerk|Cllr|Councillor|Coun|Officers?|RFO)\b)/g;

/** "Clerk to email ...", "JB to report back at next meeting", "Dog bins: Cllr Ferris to look into ...": an action set against someone. */
/** A task set against its owner: "Clerk to notify Highways", "Officers to send the figures to Members", "RM to distribute the packs". */
export function setTo(text: string): boolean {
  if (ownerSetTo(text)) return true;
  // An owner set a task in a later clause of the sentence: the clause read as an action of its own (owners only, not a name).
  CLAUSE_OPENING.lastIndex = 0;
  for (const m of text.matchAll(CLAUSE_OPENING)) {
    const clause = text.slice(m.index + m[0].length);
    if (SET_TO_ROLE.test(clause) || SET_TO_INITIALS.test(clause)) {
      if (ownerSetTo(clause)) return true;
    }
  }
  return false;
}

/**
 * Where a clause opens inside a sentence, so that its subject can be read: after a comma, a dash or a semicolon, after
 * "and" or "but", or after a verb of deciding or confirming ("it was confirmed BWD to look at the steps"). The
 * clause must open on a capital, as a name, initials or a post's title do.
 */
const INNER_CLAUSE = /(?:, |; | [–—-] |: | and | but |\b(?:confirmed|agreed|decided|resolved|noted)(?: that)? )(?=[A-Z])/g;
/** Words that open a clause in capitals but name no one: a body, a time, a thing or a pronoun. */
const NOT_A_PERSON =
  /^(?:The|This|That|These|Those|It|Its|There|Here|We|They|He|She|I|You|Our|Their|His|Her|A|An|Any|All|Each|Every|Some|No|None|Nothing|Members?|Councill?ors|Council|Committee|Board|Panel|Cabinet|Residents|Everyone|Work|Works|Plans?|Funding|Money|Costs?|Christmas|Easter|Today|Tomorrow|Next|Last|If|When|Once|As|So|Also|Then|Further|Following|After|Before|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;
/** A capitalised noun opening a clause ("Discussion will also consider ..."): the endings names rarely have. */
const A_NOUN = /(?:tion|sion|ment|ness|ity|ance|ence|ship|ing|ure|ism|ist|ery|age|ers|als|ies)$/;
/** "Fiona will post the minutes", "Nick and John will review the constitution": a person named by first name alone, or two together. */
const FIRST_NAMES = /^([A-Z][a-z]{2,15})(?: (?:and|&) ([A-Z][a-z]{2,15}))? (?=(?:will|would) )/;

/**
 * A clause whose subject is someone (a post, a councillor, initials, a person by first name) and whose verb is future
 * or an infinitive: a task owed, whatever the verb and wherever the clause opens in the sentence ("..., Coun. Connor
 * to try and secure an offer", "The new scheme starts in April – Nick and John will review our constitution").
 * Minutes written as notes set their tasks this way, several to a sentence, with no word of asking.
 */
function clauseOwesTask(text: string): boolean {
  INNER_CLAUSE.lastIndex = 0;
  try {
    for (let m = INNER_CLAUSE.exec(text); m; m = INNER_CLAUSE.exec(text)) {
      const clause = text.slice(m.index + m[0].length, m.index + m[0].length + 200);
      if (ownerSetTo(clause) || personWillDo(clause)) return true;
    }
    return personWillDo(text);
  } finally {
    INNER_CLAUSE.lastIndex = 0;
  }
}

/** "Fiona will post the minutes": someone named by first name saying they will do something. */
function personWillDo(clause: string): boolean {
  const who = FIRST_NAMES.exec(clause);
  if (!who || [who[1]!, who[2]].some((name) => name !== undefined && (NOT_A_PERSON.test(name) || A_NOUN.test(name)))) return false;
  return WILL_DO.test(clause.slice(who[0].length));
}

function ownerSetTo(text: string): boolean {
  const prefix = MATTER_PREFIX.exec(text);
  const action = prefix ? text.slice(prefix[0].length) : text;
  // A post set to do something ("Clerk to put a complaint in") is a task whatever the verb; "Clerk to the Council" is a title.
  const role = SET_TO_ROLE.exec(action);
  if (role) return ownsTask(action.slice(role[0].length));
  // Initials are an owner as a post is ("RM to distribute the packs", "SS to discuss the monies with the club").
  const initials = SET_TO_INITIALS.exec(action);
  if (initials) return ownsTask(action.slice(initials[0].length));
  const together = OWNERS_TOGETHER.exec(action);
  if (together) return ownsTask(action.slice(together[0].length));
  const who = SET_TO_NAME.exec(action);
  if (who !== null && SET_TO_VERB.test(action.slice(who[0].length))) return true;
  // "The CC will send the dates to the new resident", "Council will inspect the ditch": the council itself (or its members)
  // saying it will do a task; "will" only, as "the Council would support ..." is a view.
  const body = BODY_WILL.exec(action);
  return body !== null && WILL_DO.test(action.slice(body[0].length)) && !BODY_DECIDES.test(action.slice(body[0].length));
}
/** The council itself or its members as the subject of a task: "The CC", "Council", "the Parish Council", "Members". */
const BODY_WILL = /^(?:the )?(?:(?:community |parish |town )?council|CC|PC|TC|members|councillors) (?=will )/i;
/** "The Council will move £3,000 to the reserve", "will meet again in May": a decision on its money or its meetings, no task owed. */
const BODY_DECIDES = /^will (?:also |then |now )?(?:pay|spend|move|transfer|allocate|fund|donate|contribute|grant|adopt|meet|hold|reconvene|consider|decide|resolve|vote)\b/i;

/** Does `second` stand within `window` characters after a match of `first` (a global pattern), in the same clause? */
function near(text: string, first: RegExp, second: RegExp, window = 120): boolean {
  first.lastIndex = 0;
  for (let m = first.exec(text); m; m = first.exec(text)) {
    let slice = text.slice(m.index + m[0].length, m.index + m[0].length + window);
    // A stop ends the clause; the point inside "4.3" or "£1.5m" does not.
    const stop = slice.search(/[.;](?!\d)/);
    if (stop >= 0) slice = slice.slice(0, stop);
    if (second.test(slice)) {
      first.lastIndex = 0;
      return true;
    }
    if (m[0].length === 0) first.lastIndex++;
  }
  return false;
}

function offered(text: string): boolean {
  // A post named by its title offers only in so many words ("The Chief Inspector agreed to share ..."), with at most one word between.
  return offeredBy(text, OFFERER) || offeredBy(text, OFFERER_NAMED) || offeredBy(text, OFFERER_FULL_NAME) || offeredBy(text, OFFERER_TITLED, 1) || offeredLater(text);
}

/** "..., and undertook to circulate the response ...": a further verb of the sentence's subject, an offer in so many words. */
const SUBJECT_OFFERS_TO = String.raw`(?:also |then |further )?(?:undertook|agreed|offered|promised) to `;
const SENDING_VERB = String.raw`(?:e-?mail|circulate|send|share|forward|report back|provide|supply|write to)\b`;
const AND_OFFERED = new RegExp(String.raw`(?:,|;) and ${SUBJECT_OFFERS_TO}(?=${SENDING_VERB})`, 'gi');
/** "undertook to circulate ..." opening a part of a long resolution: the offer of the sentence's subject. */
const SUBJECT_OFFERS_TO_SEND = new RegExp(String.raw`^${SUBJECT_OFFERS_TO}${SENDING_VERB}`, 'i');

/**
 * "The Head of Passenger Transport explained that the operator had withdrawn ..., that the council had written to ...,
 * and undertook to circulate the operator's response to Members ...": the sentence opens with someone the minute names,
 * and a later verb of theirs, after the things they said, is the offer.
 */
function offeredLater(text: string): boolean {
  AND_OFFERED.lastIndex = 0;
  const offer = AND_OFFERED.exec(text);
  AND_OFFERED.lastIndex = 0;
  if (!offer) return false;
  const opens = [OFFERER, OFFERER_NAMED, OFFERER_FULL_NAME, OFFERER_TITLED].some((who) => {
    who.lastIndex = 0;
    const m = who.exec(text);
    who.lastIndex = 0;
    return m !== null && m.index === 0;
  });
  if (!opens) return false;
  const rest = text.slice(offer.index + offer[0].length);
  return !/^(?:provide|supply)\b/i.test(rest) || DELIVERABLE.test(rest.slice(0, 120));
}

/** "The clerk was asked to arrange ...", "Cllr Dunne to be asked to ...": someone the minute names, set a task in the passive. */
function askedToDo(text: string): boolean {
  return [OFFERER, OFFERER_NAMED, OFFERER_FULL_NAME, OFFERER_TITLED].some((who) => afterSomeone(text, who, (after) => ASKED_TO_DO.test(after)));
}

/** "the Clerk agreed to remove the broken section", "Cllr Jones offered to facilitate a meeting": someone named taking a task on in so many words, whatever the task. */
function tookOnTask(text: string): boolean {
  return [OFFERER, OFFERER_NAMED, OFFERER_FULL_NAME, OFFERER_TITLED].some((who) => afterSomeone(text, who, (after) => TOOK_ON_TASK.test(after)));
}

/**
 * Whether `test` holds for the 60 characters after some match of `who` (with the end of that match), walking
 * the matches in order; `who` is a global pattern, left at lastIndex 0.
 */
function afterSomeone(text: string, who: RegExp, test: (after: string, end: number) => boolean): boolean {
  who.lastIndex = 0;
  try {
    for (let m = who.exec(text); m; m = who.exec(text)) {
      const end = m.index + m[0].length;
      if (test(text.slice(end, end + 60), end)) return true;
    }
    return false;
  } finally {
    who.lastIndex = 0;
  }
}

function offeredBy(text: string, who: RegExp, gap = 3): boolean {
  return afterSomeone(text, who, (after, end) => {
    // "Officers (would) undertake to circulate ...": up to `gap` words between the offerer and the offer.
    const verb = OFFER_VERB.exec(after);
    if (!verb || after.slice(0, verb.index).split(' ').filter(Boolean).length > gap) return false;
    // Circulating, sending or sharing is always of papers; "provide" needs a paper-like object ("provide help" is not one).
    if (!/\b(?:provide|supply|produce|prepare)\b/i.test(verb[0])) return true;
    const offer = after.slice(verb.index) + text.slice(end + 60, end + 200);
    return DELIVERABLE.test(offer) || PRONOUN_TO_BOARD.test(offer);
  });
}
/**
 * "The Executive Director undertook to provide these to Members following the meeting": the paper the sentence before
 * asked for, named by a pronoun, given to the board or after the meeting.
 */
const PRONOUN_TO_BOARD =
  /\b(?:provide|supply)\b (?:these|this|them|it|those|that) (?:to (?:all |the )?(?:members|councillors|committee|board|panel|commission)\b|(?:after|following|outside(?: of)?) the meeting\b)/i;

const OWNER_LINKS = new Set(['of', 'and', 'for', 'the', '&', '/', '-', '–']);

/** "Director of Housing", "Councillor Quayle", "Clerk / RFO": an action line's owner alone, every word a name's or a post's. */
export function namesOwnerOnly(text: string): boolean {
  const words = text.trim().replace(/[.,;]$/, '').split(/[ ,]+/).filter(Boolean);
  return words.length > 0 && words.length <= 8 && words.every((w) => /^[A-Z]/.test(w) || OWNER_LINKS.has(w));
}

/** "ACTION: Councillor Quayle": an action line that only names who owes the request before it. */
export function isOwnerActionLine(text: string): boolean {
  const action = ACTION_LINE.exec(text) ?? BARE_ACTION_OWNER.exec(text);
  return (action !== null && namesOwnerOnly(text.slice(action[0].length))) || isBareOwnerLabel(text);
}
/**
 * "... circulate this more widely.Action 2.01: CP": an action label and its owner closing the paragraph
 * they own (a rendering that ran the action column into the text). Returns the paragraph without them.
 */
export function withoutClosingAction(text: string): string | null {
  return closingAction(text)?.before ?? null;
}

/** The paragraph before the action label that closes it, and the label with its owner as printed ("Action WH", "" for a bracket), or null. */
export function closingAction(text: string): { before: string; label: string } | null {
  // "SD & JF to carry out monthly inspection (Act SD&JF)": the owner in brackets at the end owns the line, stop or none.
  const bracketed = BRACKETED_ACTION.exec(text);
  if (bracketed && namesOwnerOnly(bracketed[1]!)) {
    const before = text.slice(0, bracketed.index).trimEnd();
    // The bracket repeats an owner the line names already: the request is the line alone.
    return before ? { before, label: '' } : null;
  }
  const label = CLOSING_ACTION.exec(text) ?? CLOSING_BARE_ACTION.exec(text);
  if (!label || !namesOwnerOnly(label[1]!)) return null;
  const before = text.slice(0, label.index).trimEnd();
  return /[.!?]$/.test(before) ? { before, label: label[0].trim() } : null;
}

/** "Action Roger", "ACTION ML & WH": a line (or a decision's trailing words) that is an action label and its owner alone. */
export function isBareOwnerLabel(text: string): boolean {
  return BARE_OWNER_LABEL.test(text.trim());
}

const BRACKETED_ACTION = /\s?\((?:act|action|actions)(?: ?:| -)? ?([A-Z][\w.&/,' -]{0,40})\)\.?$/i;
const CLOSING_ACTION = /\bACTIONS?(?: (?:no\.? ?)?[A-Z]?\d{1,3}(?:\.\d{1,3})?)? ?: ?([A-Z][\w.&/,' -]{0,60})$/i;
/** "... for the year ahead. Action Roger", "... in the coming weeks. Action ML & WH": the action column run in, no colon, after a stop. */
const CLOSING_BARE_ACTION = new RegExp(String.raw`(?<=[.!?]["'’)]?\s{1,40})(?:ACTIONS?|Actions?) (${ACTION_OWNERS})\.?$`);

/** "ACTION CB", "ACTIONS DC", "ACTION ALL": the word and the owner's initials, with no colon between. */
const BARE_ACTION_OWNER = /^ACTIONS? (?=[A-Z]{2,4}(?:$|[ ,/&]))/;

/**
 * "Councillor Marsh would arrive late", "she had indicated that she would be late", "would be joining the meeting
 * later": a member's lateness, said in the apologies or the attendance. A member late is present; it asks nothing.
 */
const RUNNING_LATE =
  /\b(?:would|will|might|may|(?:was|were|is|are) (?:expected|due|likely|going) to)(?: (?:be|now|also|only|probably))? (?:arriv(?:e|ing)|join(?:ing)?(?: the (?:meeting|board|committee|panel))?|attend(?:ing)?|be)(?: (?:a little|slightly|a few minutes|shortly))? (?:late|later|delayed)\b/gi;

/**
 * "said he would leave the meeting during consideration of the item", "would have to leave the meeting at lunch time": a
 * member leaving, said in a declaration or the attendance, as lateness is; it asks nothing.
 */
const LEAVING_THE_MEETING = /\b(?:would|will|to)(?: (?:also|then|now|have to|need to))? leave (?:the|this) meeting\b/gi;
/**
 * "The Chair to announce any items of urgent business", "The Chairman to make a declaration of acceptance of office",
 * "to adjourn the meeting in order to receive reports from invited guests": the agenda's words for the chair's or the
 * meeting's own conduct at this meeting, not a task owed after it.
 */
const OWN_CONDUCT =
  /^(?:(?:the )?(?:vice[- ])?chair(?:man|person|woman)? to (?:announce|make (?:a|the|his|her) declaration|declare|welcome|open|close|move)|to (?:adjourn|suspend|close|reconvene) the meeting)\b/i;

const COURTESY = /\b(?:to thank|thanking|a thank[- ]you|of thanks|to congratulate|congratulating|of congratulations?|condolences?|of sympathy)\b/i;
const LETTER = /\b(?:write|writes|written|letters?|cards?|e-?mail)\b/i;

/** "Cllr X enquired as to whether ...", "A Member asked if ...": a question put at the meeting. */
const QUESTION_OPENS = /^(?:[\w'’.,()&-]+ ){1,8}?(?:enquired|asked|queried|questioned|wondered)(?: as to)? (?:whether|if)\b/i;
/** "... and Cllr Y directed him to ...", "... and the Director explained that ...": the answer, given in the same sentence. */
const ANSWER_FOLLOWS = /(?:[A-Z][\w'’.()-]* ){1,6}(?:directed|responded|explained|confirmed|advised|replied|informed|referred|stated|said)\b/y;

/**
 * "Cllr X enquired as to whether the reviews would be reported back to the Board and Cllr Y directed him to the reasons in
 * the report": a question answered in its own sentence asks nothing; only the answer can promise something. Returns the
 * answer, or null when the sentence is not a question answered in it.
 */
function answerInSentence(text: string): string | null {
  const question = QUESTION_OPENS.exec(text);
  if (!question) return null;
  for (let at = text.indexOf(' and ', question[0].length); at >= 0; at = text.indexOf(' and ', at + 5)) {
    ANSWER_FOLLOWS.lastIndex = at + 5;
    if (ANSWER_FOLLOWS.test(text)) return text.slice(at + 5);
  }
  return null;
}

/** Something to be done or delivered, said as still to come: "would receive", "be updated", "will be circulated". */
const STILL_TO_DO =
  /\b(?:would|will|shall|to|be) (?:be )?(?:provided|sent|circulated|reported|updated|revised|reviewed|amended|brought|shared|confirmed|arranged|forwarded|provide|send|circulate|report|update|bring|share|confirm|arrange|forward|receive|investigate|contact|write|respond|reply|look into)\b/i;
/** A time after the meeting: "following the meeting of the Chairs", "in due course", "within five working days". */
const AFTER_THE_MEETING =
  /\b(?:after|following|outside) (?:the|this|that) meeting\b|\bin due course\b|\bat a (?:later|future) (?:date|meeting|stage)\b|\bwithin (?:\d{1,2}|one|two|three|five|seven|ten|fourteen|twenty[- ]eight) (?:working )?(?:days|weeks)\b|\bas soon as possible\b/i;

/** Given to people the board does not stand for, or help rather than a paper: "sent to all households", "provide them with support". */
const FOR_OTHERS = /\bto (?:all |local |the )?(?:residents|households|families|tenants|public|parents|schools|businesses|customers|patients|service users)\b|\bwith (?:support|help|assistance)\b|\b(?:support|help|assistance) (?:would|will)\b/i;

/**
 * The fallback reading of a request, for an item in which no request was read: a sentence that says something is still
 * to be done or delivered, at a time after the meeting ("All attendees were advised that they would receive the decision
 * within five working days", "That the work programme be updated accordingly following the meeting of Scrutiny
 * Chairs"). Only the most generic signs of a promise, so it is tried only where the specific readings found none.
 */
export function promisedLater(sentence: string): boolean {
  if (sentence.length > 400 || sentence.trimEnd().endsWith('?')) return false;
  const text = sentence.replace(RUNNING_LATE, 'was late').replace(LEAVING_THE_MEETING, 'left the meeting');
  if (COURTESY.test(text) && LETTER.test(text)) return false;
  return STILL_TO_DO.test(text) && (AFTER_THE_MEETING.test(text) || LATER.test(text)) && !FOR_OTHERS.test(text) && !RECORD_BUSINESS.test(text);
}

/**
 * "the name of the organisation would be made available", "a final version ... will be reported to Members", "a meeting
 * of the working group would be arranged in the next 2 weeks": a thing promised in the future passive of a verb that
 * delivers it (to the board, or to no one named), whoever the minute leaves to deliver it.
 */
const PROMISED_DELIVERY =
  /\b(?:would|will|shall|is to|are to) (?:also |then |now |shortly |subsequently |soon |in due course )?be (?:(made available|provided|supplied|circulated|shared|sent(?: out)?|forwarded|e-?mailed)|(reported)|(arranged|organi[sz]ed))\b(?: (?:back |on |out ))?(?! ?(?:to|with) (?!(?:the |all |ward |council |relevant |local )*(?:members|councillors|board|committee|panel|commission|group|them)\b))/i;
/** "will be provided if requested", "unless ...": a promise met only if something happens first. */
const ONLY_IF = /\b(?:if|where|when) (?:requested|required|needed|necessary|asked|appropriate|possible|any)\b|\bif (?:there|a member|members)\b|\bunless\b/i;
/**
 * What the promise is not: one met at this meeting or every meeting ("circulated at the meeting", "at the beginning of
 * such meetings"), or money and help for others.
 */
const NOT_A_DELIVERY =
  /\b(?:at|during) (?:the|this|such|each|every|today['’]s|tonight['’]s)(?! (?:next|future|later|subsequent|following|forthcoming)\b)(?: [\w-]{1,20})? meetings?\b|\b(?:funding|money|grants?|finance|a period|time|translation|support|help|assistance|training)\b(?: [\w'’-]{1,20}){0,3} (?:would|will|shall|is to|are to) /i;
/** The kind of request a promised delivery makes, or null. */
function promisedDelivery(text: string): RequestKind | null {
  const m = PROMISED_DELIVERY.exec(text);
  if (!m || ONLY_IF.test(text) || NOT_A_DELIVERY.test(text) || FOR_OTHERS.test(text)) return null;
  return m[2] ? 'report-back' : m[3] ? 'follow-up' : 'circulate';
}

/**
 * "approval of the minutes ... would be deferred until the next meeting", "the minutes be confirmed subject to X being
 * included", "The minutes of the meeting held on ... will be considered at the next meeting": the meeting's business
 * with its own record, which owes the board nothing (as corrections asked to the minutes owe nothing).
 */
const RECORD_BUSINESS =
  /\b(?:approv\w*|confirm\w*|signing|amend\w*|correct\w*|accuracy) (?:of )?(?:the |these |those )?(?:draft )?minutes\b|\bminutes (?:of|from) [^.;]{1,120}? (?:be|were|was|would be|will be|to be) (?:confirmed|approved|signed|considered|deferred|agreed|amended|corrected)\b|\bminutes (?:(?:would|will|shall|should|to) )?be (?:confirmed|approved|signed|amended|corrected)\b/i;

/** What kind of request a resolution clause or sentence makes, or null when it makes none. */
export function requestKind(sentence: string, source: 'resolution' | 'body'): RequestKind | null {
  // A question answered in the same sentence: only what the answer promises is owed.
  const answer = source === 'body' ? answerInSentence(sentence) : null;
  if (answer !== null) return requestKind(answer, source);
  // A member's lateness is read as a fact ("was late"), so that only the rest of the sentence can ask.
  const text = sentence.replace(RUNNING_LATE, 'was late').replace(LEAVING_THE_MEETING, 'left the meeting');
  // A letter of thanks, congratulation or sympathy is the council's courtesy: nothing comes back to wait for.
  if (COURTESY.test(text) && LETTER.test(text)) return null;
  if (RECORD_BUSINESS.test(text) || OWN_CONDUCT.test(text)) return null;
  // An action point ("Action: Head of Repairs to provide ...") is owed by its label; its words say what kind.
  const action = ACTION_LINE.exec(text);
  if (action) {
    const rest = text.slice(action[0].length);
    // "ACTION: Director of Housing" names who owes the request printed above it; it asks nothing itself.
    if (namesOwnerOnly(rest)) return null;
    if (SENDING.test(rest)) return 'circulate';
    return requestKind(rest, 'resolution') ?? 'follow-up';
  }
  // "[To receive a report on ...]": the agenda's words for the item, printed above its minute, ask the meeting itself.
  // A decision may be worded the same way ("2. To receive a further report ..."): only the minute's narrative is tested.
  if (source === 'body' && AGENDA_WORDS.test(text) && !LATER.test(text) && !NEXT_MEETING.test(text)) return null;
  // "... how will Scrutiny be kept updated on progress?": a member's question, answered or not, owes nothing in its own words.
  if (source === 'body' && text.trimEnd().endsWith('?') && WH_QUESTION.test(text)) return null;
  // "The Committee considered the report ..., which would be presented to the Council": where this meeting's paper goes next.
  if (source === 'body' && THIS_PAPER_ONWARD.test(text)) return null;
  const onward = withoutOnwardClause(text);
  if (onward !== null) return requestKind(onward, source);
  // The paper of this meeting, promised in its own minute, is nothing to wait for.
  if (FOR_THIS_MEETING.test(text) && !LATER.test(text) && !NEXT_MEETING.test(text)) return null;
  if (NEXT_MEETING.test(text) && (source === 'resolution' || NEXT_MEETING_ASK.test(text) || setTo(text))) {
    return REPORT_BACK_WORDS.test(text) ? 'report-back' : 'next-meeting';
  }
  if (ON_AN_AGENDA.test(text) || ON_A_NAMED_AGENDA.test(text) || AGENDA_NOTE.test(text) || INVITED.test(text) || near(text, ASKED_THAT, COME_TO_MEETING, 100) || near(text, ASKED_WORD, ATTEND_MEETING, 140)) return 'next-meeting';
  if ((REPORT_BACK_WORDS.test(text) || ASKED_FOR_REPORT.test(text)) && (source === 'resolution' || ASKING.test(text) || setTo(text))) return 'report-back';
  if (UPDATE.test(text) || near(text, UPDATE_WORD, TO_THE_BOARD)) return 'update';
  if (PAPER_TO_BODY.test(text) || MATTER_TO_LATER_REPORT.test(text) || BROUGHT_BACK.test(text) || near(text, ASKED_WORD, TO_REPORT, 100) || near(text, PAPER_WORD, FOR_A_MEETING, 100) || near(text, REPORT_ON, ON_THE_PROGRAMME, 100) || (source === 'resolution' && OFFICERS_REPORT.test(text))) return 'report-back';
  const owedByPost = postReports(text, source);
  if (owedByPost) return owedByPost;
  if (RECEIVE_REPORT.test(text) && /\brequest/i.test(text)) return 'report-back';
  if ((TO_RECEIVE.test(text) || (source === 'resolution' && RECEIVE_REPORT.test(text))) && !receivesPaperBefore(text)) return /\bupdates?\b/i.test(text) ? 'update' : 'report-back';
  if (near(text, BRING, TO_THE_BODY, 140)) return 'report-back';
  if (near(text, AGREED_TO_INVITE, TO_A_MEETING, 160)) return 'next-meeting';
  if (AGREED_TO_SEND.test(text)) return 'circulate';
  if (source === 'resolution' && near(text, OFFICERS_WORD, PROVIDE_REPORTS, 100)) return /\bupdates?\b/i.test(text) ? 'update' : 'report-back';
  if (INFORMATION.test(text) || INFORMATION_FOR.test(text) || ASKED_WHETHER_COULD.test(text) || SIGHT_OF.test(text) || near(text, AGREED_TO_ASK, DELIVERABLE, 120) || (source === 'resolution' && near(text, TO_ASK, DELIVERABLE, 120)) || PRICES_ASKED.test(text) || near(text, ASKED_THAT, REPORTS_TO_INCLUDE, 80) || (SOUGHT_FROM.test(text) && DELIVERABLE.test(text))) return 'information';
  if (near(text, ASKED_FOR, TO_BE_SHARED, 140)) return 'circulate';
  if (near(text, ASKED_TO_HAVE, DELIVERABLE, 80) || near(text, BOARD_WILL_HAVE, DELIVERABLE, 80) || ANSWER_TO_FOLLOW.test(text) || AVAILABLE_FOR_BOARD.test(text) || near(text, BOARD_TO_HAVE, A_PAPER_SENT, 80)) return 'information';
  if (UNDERTAKING_GIVEN.test(text) || PASSED_FOR_RESPONSE.test(text) || near(text, TAKEN_UP_LATER, LATER, 120) || near(text, REVISIT, ONCE_DONE, 120)) return 'follow-up';
  if (BOARD_WILL_BE_TOLD.test(text)) return 'update';
  if (PAPER_BE_MADE.test(text) && !PAPER_DECIDED.test(text) && !ONLY_IF.test(text)) return /\breport\b/i.test(text) ? 'report-back' : 'circulate';
  // An errand set against someone ("Clerk to notify Highways", "Democratic Services to arrange a visit") is followed up; other actions bring the board something.
  if (setTo(text)) return /\breport\b/i.test(text) ? 'report-back' : ERRAND.test(text) ? 'follow-up' : 'circulate';
  if (offered(text) || COULD_PROVIDE.test(text) || FORWARD_TO.test(text) || LET_KNOW.test(text) || (source === 'body' && near(text, ASKED_THAT, ASKED_TO_BE_DONE, 120)) || OFFICER_TO_SEND.test(text) || near(text, ASKED_THAT, SEND_THING, 80) || PAPER_PROMISED.test(text) || PROMISED.test(text) || MADE_THEN_SENT.test(text) || PROMISED_TO_BOARD.test(text) || WRITTEN_RESPONSE.test(text) || PAPER_PROVIDED.test(text) || near(text, BE_CIRCULATED, CIRCULATED_AFTER, 100)) return 'circulate';
  if (tookOnTask(text)) return 'follow-up';
  const delivered = promisedDelivery(text);
  if (delivered) return delivered;
  if (((RECONSIDER.test(text) || RECONSIDER_IN_MONTH.test(text) || PUT_OFF_TO_MEETING.test(text) || near(text, REVISIT, AT_A_MEETING, 100) || near(text, MOVED_ON, TO_A_NAMED_MONTH, 100)) && !(source === 'body' && SUGGESTED_ONLY.test(text))) || (source === 'body' && near(text, ASKED_THAT, LOOKED_AT_AGAIN, 120))) return 'follow-up';
  if (KEPT_INFORMED.test(text) || IN_NEXT_REPORT.test(text) || ENSURE_REPORT_COVERS.test(text)) return 'update';
  if (REFERRED_TO_GROUP.test(text) || near(text, ASKED_FOR_ANY, FOR_THE_BOARD_TO_CONSIDER, 200)) return 'follow-up';
  if (FEED_BACK.test(text)) return 'report-back';
  if (FOLLOW_UP.test(text) || WILL_LOOK_INTO.test(text) || TO_BE_LOOKED_INTO.test(text) || LETTER_TO_BE_SENT.test(text) || TO_BE_REQUESTED.test(text) || SAID_THEY_WOULD.test(text) || askedToDo(text) || NO_REPLY_YET.test(text) || near(text, ASKED_FOR_WORD, NOT_YET_RECEIVED, 120) || near(text, ASKED_FOR, TO_BE_ARRANGED, 120) || ONTO_PROGRAMME.test(text) || near(text, ASKED_FOR_THAT, BE_ON_THE_PROGRAMME, 200) || TO_BE_SOUGHT.test(text) || (source === 'body' && (BOARD_ASKED_THAT.test(text) || (BOARD_OPENS.test(text) && AND_ASKED_THAT.test(text)))) || (near(text, ASKED_THAT, MEETING_ARRANGED, 80)) || TO_BE_TOLD.test(text) || (source === 'resolution' && OFFICER_ASKED_TO.test(text)) || DECIDED_WHO_WILL.test(text) || TASKED_WITH.test(text) || AWAITING_OPENS.test(text) || OWNER_AWAITING.test(text) || SIDE_AWAITING.test(text) || WILL_AWAIT.test(text) || COULD_THE_CLERK.test(text) || TAKEN_UP_AT.test(text) || near(text, REQUEST_THAT, BE_DONE, 120) || TO_BE_TAKEN_UP.test(text) || DEFERRED_PENDING.test(text) || SETTLED_AND_POSTED.test(text) || SESSION_PROMISED.test(text) || AGREED_TO_HOLD.test(text)) return 'follow-up';
  // A task set as a note, no word of ask or offer ("working party to be arranged"): tried last, as its shape is all it has.
  if (noteToBeDone(text, source === 'body') || clauseOwesTask(text) || (source === 'body' && DECIDED_IT_WOULD_BE.test(text)) || WILL_BE_ASKED_TO.test(text)) return 'follow-up';
  if (AT_A_LATER_MEETING.test(text) || ASKED_FOR_PRESENCE.test(text)) return 'next-meeting';
  if (SENT_TO_LATER_MEETING.test(text) || near(text, PUT_OFF_WORD, UNTIL_LATER_MEETING, 160)) return 'follow-up';
  return null;
}

/** "The Director explained that ...", "In response, officers advised ...": the answer given at the meeting itself. */
const ANSWER_GIVEN =
  /^(?:in (?:response|reply|answer)\b|(?:[\w'’,.()&-]+ ){1,12}(?:explained|advised|responded|replied|clarified|confirmed|stated|informed|outlined|assured) (?:that\b|members\b|the (?:committee|board|panel|commission)\b))/i;
/** What an ask names to come later or in writing: then it stays owed whatever was said at the meeting. */
const OWED_LATER = /\b(?:written|in writing|circulat\w*|e-?mail\w*|future|later|after the meeting|following the meeting|outside (?:of )?the meeting)\b/i;

/**
 * "Members requested clarification on the funding. The Director explained that the grant was ring-fenced.": an ask for
 * information or an update answered by the next sentence, at the meeting; nothing is left to wait for. An answer that
 * itself promises something ("... explained that the figures would be circulated") is a request of its own, and an ask
 * for something later or in writing stays owed.
 */
export function answeredAtMeeting(kind: RequestKind, ask: string, next: string | undefined): boolean {
  if ((kind !== 'information' && kind !== 'update') || next === undefined || !ANSWER_GIVEN.test(next)) return false;
  return requestKind(next, 'body') === null && dueFromText(ask, null) === null && !LATER.test(ask) && !OWED_LATER.test(ask);
}

/**
 * "The Committee requested that:", "Members asked for:", "the Panel requests that:-": a stem whose ask is each item of
 * the list under it (not "it was requested that the following be noted", which the list's words decide).
 */
const ASK_STEM = /\b(?:requested|requests?|asked|asks)(?: (?:that|for))? ?[:\-–—]*$/i;

/** A stem that asks for each item of the list under it, and the kind of request each item makes. */
export function askingStemKind(stem: string): RequestKind | null {
  if (!ASK_STEM.test(stem.trim())) return null;
  if (INFORMATION_WORDS.test(stem)) return 'information';
  return REPORT_WORDS.test(stem) ? 'report-back' : 'follow-up';
}

/** A sentence that introduces a bulleted list of requests, and the kind of each. */
export function requestListKind(text: string): RequestKind | null {
  if (text.endsWith(':') && ASK_STEM.test(text)) return askingStemKind(text);
  if (!text.endsWith(':') || !FOLLOWING_LIST.test(text)) return null;
  if (LIST_CIRCULATE.test(text)) return 'circulate';
  if (LIST_INFORMATION.test(text) && INFORMATION_WORDS.test(text)) return 'information';
  if (LIST_INFORMATION.test(text) && REPORT_WORDS.test(text)) return 'report-back';
  return null;
}

const MUNICIPAL_YEAR = /\b(?:in|during|by|for) the (\d{4}) ?[/-] ?(\d{2,4}) municipal year\b/i;
const END_OF_MUNICIPAL_YEAR = /\b(?:at |by |before )?the end of the municipal year\b/i;
const NEXT_MEETING_WORDS = /\bnext meeting\b/i;
const ON_DAY = new RegExp(`\\b(?:by|on|before) (\\d{1,2})(?:st|nd|rd|th)? ${MONTH_WORD},? (\\d{4})\\b`, 'gi');
const IN_MONTH = new RegExp(`\\b(?:in|by|during|before|for|to the) (?:the end of )?${MONTH_WORD},? (\\d{4})\\b`, 'gi');
const MONTH_MEETING = new RegExp(`\\b(?:to|at|for) the ${MONTH_WORD} (?:(\\d{4}) )?meeting\\b`, 'i');

/** Last day of the municipal year (May to May) that contains a date. */
function municipalYearEnd(meetingDate: string): string {
  const [y, m] = meetingDate.split('-').map(Number) as [number, number];
  return `${m >= 6 ? y + 1 : y}-05-31`;
}

/**
 * When a request is due, from its words. The date is the last day still on
 * time: the end of the month for "in March 2018", 31 May for a municipal
 * year ("2023/24 Municipal Year" -> 2024-05-31). A month without a year
 * ("to the February meeting") is the next such month after the meeting.
 */
export function dueFromText(raw: string, meetingDate: string | null): Due | null {
  const text = raw.replace(/\s+/g, ' ');
  let m = MUNICIPAL_YEAR.exec(text);
  if (m) {
    const end = m[2]!.length === 4 ? Number(m[2]) : Math.floor(Number(m[1]) / 100) * 100 + Number(m[2]);
    return { text: m[0], date: `${end}-05-31`, nextMeeting: false };
  }
  m = END_OF_MUNICIPAL_YEAR.exec(text);
  if (m) return { text: m[0], date: meetingDate ? municipalYearEnd(meetingDate) : null, nextMeeting: false };
  m = NEXT_MEETING.exec(text) ?? NEXT_MEETING_WORDS.exec(text);
  if (m) return { text: m[0], date: null, nextMeeting: true };
  // A day or month before the meeting ("the petition considered on 7 October 2013") says when something happened, not when it is due.
  const toCome = (date: string) => meetingDate === null || date >= meetingDate;
  for (const day of text.matchAll(ON_DAY)) {
    const date = `${day[3]}-${String(monthNumber(day[2]!)!).padStart(2, '0')}-${day[1]!.padStart(2, '0')}`;
    if (toCome(date)) return { text: day[0], date, nextMeeting: false };
  }
  for (const month of text.matchAll(IN_MONTH)) {
    const date = endOfMonth(Number(month[2]), monthNumber(month[1]!)!);
    if (toCome(date)) return { text: month[0], date, nextMeeting: false };
  }
  m = MONTH_MEETING.exec(text);
  if (m) {
    const mo = monthNumber(m[1]!)!;
    let y: number | null = m[2] ? Number(m[2]) : null;
    if (y === null && meetingDate) {
      const [my, mm] = meetingDate.split('-').map(Number) as [number, number];
      y = mo > mm ? my : my + 1;
    }
    return { text: m[0], date: y === null ? null : endOfMonth(y, mo), nextMeeting: false };
  }
  return null;
}

/** "a) ... b) ... c) ...", "(a) ... (b) ...": the letters of a list run into one resolution, in order from "a". */
const RUN_IN_LETTER = /(?:^|(?<=[\s:;.,]))\(?([a-h])\) (?=\S)/g;

/**
 * "RESOLVED that ... be noted as follows: a) ... b) officers have been requested to report ... c) ...": a resolution
 * quoted with its lettered list holds one matter per letter; each part that asks is a request of its own, in its own
 * words. Null when the resolution has no such list (two letters or more, from "a", in order).
 */
export function runInParts(text: string): string[] | null {
  const starts: number[] = [];
  let expected = 'a';
  for (const m of text.matchAll(RUN_IN_LETTER)) {
    if (m[1] !== expected) continue;
    starts.push(m.index);
    expected = String.fromCharCode(expected.charCodeAt(0) + 1);
  }
  if (starts.length < 2) return null;
  return starts.map((at, n) => text.slice(at, starts[n + 1] ?? text.length).replace(/^\(?[a-h]\) /, '').trim().replace(/[;,]?(?: and| or)?$/, ''));
}

/** A resolution longer than this many words is quoted, as a request, by the part of it that asks. */
const LONG_RESOLUTION_WORDS = 50;
/** Where a resolution's coordinated parts meet: "; ", "; and ", ", and ", " and that ". */
const PART_BOUNDARY = /; (?:and )?|, and | and that /g;

/**
 * A long resolution (or sentence of the minute) that notes, welcomes and thanks before it asks ("..., thanks the staff
 * ..., and asks the Director to provide a further report in March 2026 ..."): the request is the part that asks, from the
 * boundary before it to the next boundary or the end, as printed; a shorter one, or one whose parts do not ask on their
 * own, is quoted whole.
 */
export function askingPart(text: string, kind: RequestKind, source: 'resolution' | 'body' = 'resolution'): string {
  if (text.split(' ').length <= LONG_RESOLUTION_WORDS) return text;
  // Each part runs from the end of the boundary before it to the start of the boundary after it.
  const starts = [0];
  const ends: number[] = [];
  for (const m of text.matchAll(PART_BOUNDARY)) {
    ends.push(m.index);
    starts.push(m.index + m[0].length);
  }
  if (ends.length === 0) return askingClause(text, kind, source) ?? text;
  ends.push(text.length);
  for (let n = 0; n < starts.length; n++) {
    const part = text.slice(starts[n], ends[n]).trim();
    // "..., and undertook to circulate the response ...": the subject's later verb, its offer.
    const offerOfSubject = kind === 'circulate' && SUBJECT_OFFERS_TO_SEND.test(part);
    if (offerOfSubject || requestKind(part, source) === kind) return askingClause(part, kind, source) ?? part;
  }
  return text;
}

/**
 * "a further report on elective home education be presented to the Committee in March 2026, to include the number of
 * children ..., together with ...": a long part asks in its opening words and goes on to say what the paper is to hold;
 * the request is its opening up to the first comma by which it has asked, as printed (null when no opening asks alone).
 */
function askingClause(part: string, kind: RequestKind, source: 'resolution' | 'body'): string | null {
  if (part.split(' ').length <= LONG_RESOLUTION_WORDS) return null;
  // Only the opening words are tried (the first few commas within a few hundred characters), so a run-on passage costs
  // no more than a sentence.
  let tried = 0;
  for (const comma of part.slice(0, OPENING_CHARS).matchAll(/, /g)) {
    const opening = part.slice(0, comma.index);
    if (requestKind(opening, source) === kind) return opening;
    if (++tried === OPENING_COMMAS) break;
  }
  return null;
}
const OPENING_CHARS = 400;
const OPENING_COMMAS = 6;

export function makeRequest(text: string, kind: RequestKind, meetingDate: string | null): ParsedRequest {
  return { text, kind, due: dueFromText(text, meetingDate) };
}
