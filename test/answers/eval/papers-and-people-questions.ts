// A fifth set of members' questions on the bundled corpus: the officers who serve the
// board (the agenda's contact, the scrutiny co-ordinator), the chair as of a date,
// people the record does not hold, attendance without the officers in attendance,
// weekdays ("on thursday"), the statutory notice of an agenda, sport, news and the
// council's finances (which no record answers), and facts that live in a paper's body.
import type { AskCase } from './ask-eval.ts';

// Words that only a record's answer shows: a "can't" answer must show none of them.
const RECORD = ['Source:', 'Best matches', 'Minute ', 'Resolution ·', 'Item 4', 'Thursday 1'];

export const PAPER_MEETINGS: AskCase[] = [
  { q: "what did we agree on thursday", now: '2018-01-15', must: ["11 January 2018", "Private Fostering"], mustNot: ["18 January 2018"], note: 'a weekday asked in the past tense: the Thursday just gone' },
  { q: "wat did we decide thursday", now: '2018-01-12', must: ["11 January 2018"], mustNot: ["18 January 2018"] },
  { q: "whats on thursday", now: '2017-07-10', must: ["13 July 2017", "Support to Young Carers"] },
  { q: "whats happening on thursday", now: '2017-07-11', must: ["13 July 2017"] },
  { q: "who came on thursday", now: '2023-03-20', must: ["16 March 2023", "Councillor J Innes"] },
  { q: "when's the next meeting", now: '2022-09-01', must: ["No future meeting is known"], mustNot: ["20 October 2022"], note: 'known only from minutes written after it' },
  { q: "next meeting", now: '2018-06-01', must: ["No future meeting is known"], mustNot: ["20 October 2022"] },
  { q: "when do we next meet", now: '2022-10-12', must: ["20 October 2022"], note: 'the agenda is out from 12 October, five clear working days ahead' },
  { q: "whats on the agenda for the next meeting", now: '2022-10-10', must: ["No future meeting is known"], mustNot: ["Co-option of Other Faiths"], note: 'two days before the notice: nothing of 20 October is known yet' },
  { q: "whats on the agenda for the next meeting", now: '2022-10-12', must: ["20 October 2022", "Co-option"] },
  { q: "next meeting", now: '2017-12-30', must: ["11 January 2018"], mustNot: ["Private Fostering"], note: '12 days ahead: the agenda is not out yet' },
];

export const PAPER_PEOPLE: AskCase[] = [
  { q: "who's the scrutiny co-ordinator", now: '2017-07-20', must: ["Gennie Holmes", "Scrutiny Co-ordinator"] },
  { q: "whos the scrutiny coordinator", now: '2023-04-01', must: ["Gennie Holmes"] },
  { q: "who is our scrutiny co-ordinator", now: '2017-06-01', must: ["No paper in the record names the scrutiny co-ordinator"], mustNot: ["Gennie Holmes"], note: 'the signed briefing note is in the pack of 5 July 2017' },
  { q: "who do i contact about thursday's agenda", now: '2017-07-10', must: ["Michelle Rose", "13 July 2017"] },
  { q: "who is the contact officer", now: '2017-07-10', must: ["Michelle Rose, Governance Services"] },
  { q: "contact details for the agenda", now: '2017-07-12', must: ["Michelle Rose"] },
  { q: "who do i send my apologies to", now: '2017-07-11', must: ["Michelle Rose"] },
  { q: "who do we contact about thursdays meeting", now: '2018-01-09', must: ["No contact officer is printed for the meeting of Thursday 11 January 2018", "Michelle Rose"] },
  { q: "who is chair of the board", now: '2023-04-01', must: ["Councillor J Innes"], mustNot: ["Mutton"], note: 'the chair as of now, not former chairs' },
  { q: "whos the chair", now: '2018-02-01', must: ["Councillor M Mutton"], mustNot: ["Innes"] },
  { q: "who chairs sb2", now: '2022-11-01', must: ["Councillor J Innes"], mustNot: ["Mutton"] },
  { q: "who chaired the board in 2017", now: '2023-04-01', must: ["Councillor M Mutton"], mustNot: ["Innes"] },
  { q: "who is john smith", now: '2023-04-01', must: ["No record of john smith"], mustNot: ["Best matches", "Source:"] },
  { q: "who was cllr bloggs", now: '2023-04-01', must: ["No record of"], mustNot: ["Best matches"] },
  { q: "has cllr zebedee been to any meetings", now: '2023-04-01', must: ["No record of"] },
  { q: "who attended in march", now: '2023-04-03', must: ["Councillor J Innes", "Councillor A Masih", "Mrs S Hanson", "By invitation David Jackson (Observer)"], mustNot: ["J Gregg", "C Taylor"], note: 'officers in attendance are counted apart; a guest (by invitation, an observer) is named' },
  { q: "who was at the january meeting", now: '2018-02-01', must: ["Councillor M Mutton", "Councillor P Seaman", "not members of the board"], mustNot: ["N MacDonald", "M Rose"] },
  { q: "who attended in october, officers included", now: '2022-11-03', must: ["J Gregg", "Councillor J Innes"] },
  { q: "who sent apologies last month", now: '2018-02-05', must: ["Councillor Miks", "R Potter"], mustNot: ["Abbott"] },
  { q: "apols last month", now: '2023-04-03', must: ["Councillor F Abbott", "Councillor A Tucker"] },
  { q: "who couldnt make it last month", now: '2022-11-02', must: ["Councillor A Masih"], mustNot: ["Tucker"] },
  { q: "who was present at the march meeting", now: '2023-04-03', must: ["Councillor A Masih", "4 sent apologies"], mustNot: ["Councillor F Abbott", "Councillor A Tucker"], note: 'asked who was there: the apologies counted, not named' },
  { q: "any apols for the january meeting", now: '2018-02-01', must: ["Councillor Miks", "R Potter"], mustNot: ["Councillor M Mutton"], note: '"apols" asks for the apologies alone' },
  { q: "did marjorie quenby come to any meetings", now: '2023-04-01', must: ["No record of marjorie quenby"], mustNot: ["Best matches"], note: 'a name before "come to any meetings" is a person, known or not' },
];

export const PAPER_CANNOT: AskCase[] = [
  { q: "will council tax go up next year", now: '2017-07-10', must: ["I can’t"], mustNot: RECORD },
  { q: "whats the budget going to be next year", now: '2022-11-01', must: ["I can’t"], mustNot: RECORD },
  { q: "how much is council tax", now: '2023-04-01', must: ["I can’t"], mustNot: RECORD },
  { q: "will the education budget be cut", now: '2023-04-01', must: ["I can’t"], mustNot: RECORD },
  { q: "who won the match on saturday", now: '2017-07-10', must: ["I can’t"], mustNot: RECORD },
  { q: "did city win last night's game", now: '2023-04-01', must: ["I can’t"], mustNot: RECORD },
  { q: "football scores", now: '2023-04-01', must: ["I can’t"], mustNot: RECORD },
  { q: "any news today", now: '2017-07-10', must: ["I can’t"], mustNot: RECORD },
  { q: "whats in the news", now: '2023-04-01', must: ["I can’t"], mustNot: RECORD },
  { q: "todays headlines", now: '2023-04-01', must: ["I can’t"], mustNot: RECORD },
];

// Figures and dates that only a paper's body gives: the sentence, with its meeting and item.
export const PAPER_FACTS: AskCase[] = [
  { q: "how many young carers were identified", now: '2017-07-20', must: ["241 'hidden' young carers were identified", "13 July 2017", "Support to Young Carers"] },
  { q: "how many hidden young carers", now: '2017-07-20', must: ["241"] },
  { q: "how many open cases are there", now: '2022-11-20', must: ["3,500 open cases", "20 October 2022"] },
  { q: "how many open cases r there", now: '2022-10-19', must: [], mustNot: ["3,500"], note: 'the minutes that give the figure are written after the meeting of 20 October' },
  { q: "how many social workers did we keep out of 65", now: '2017-07-20', must: ["60 social workers have been retained"] },
  { q: "how many social workers were appointed", now: '2017-07-20', must: ["65 social workers being appointed"] },
  { q: "when is the dfe review", now: '2018-02-01', must: ["review would be held on 23rd January, 2018", "Minute 36"] },
  { q: "whens the department for education review", now: '2018-01-15', must: ["23rd January"] },
  { q: "when is the dfe review coming", now: '2018-02-01', must: ["23rd January"] },
  { q: "how many children were referred to the saplings programme", now: '2023-04-01', must: ["33 children were referred"] },
  { q: "what is the retention rate for social workers", now: '2023-04-01', must: ["approximately 3 years"] },
  { q: "whats the case load for social workers", now: '2022-11-20', must: ["18-24"] },
  { q: "when was the ofsted monitoring visit", now: '2017-07-20', must: ["8th and 9th November 2016"] },
  { q: "when was the improvement notice issued", now: '2017-07-20', must: ["30th June 2014"] },
  { q: "what is the saplings programme", now: '2023-04-01', must: ["complemented the existing SEND provision"] },
];

export const PAPER_AGENDA_AND_PLANS: AskCase[] = [
  { q: "any private items on the agenda", now: '2017-07-10', must: ["None: all 7 items on the agenda of Thursday 13 July 2017", "are public"], mustNot: ["Private Fostering"] },
  { q: "is anything confidential on thursday", now: '2017-07-10', must: ["None", "13 July 2017"] },
  { q: "any exempt items next meeting", now: '2023-03-10', must: ["None", "16 March 2023"] },
  { q: "were there any private items at the last meeting", now: '2018-01-20', must: ["None", "11 January 2018"] },
  { q: "any part 2 business on the agenda", now: '2022-10-14', must: ["None", "20 October 2022"] },
  { q: "whats on the pending list", now: '2017-07-10', must: ["Pending and undated items", "Voices of Care", "Private Fostering"], mustNot: ["Ofsted Inspection Report", "14 September 2017", "Thursday 13 July 2017"] },
  { q: "pending items", now: '2017-07-10', must: ["Short Breaks Review"], mustNot: ["LSCB Interim Annual Report"] },
  { q: "whats unscheduled", now: '2023-04-01', must: ["financial incentives", "date to be determined"], mustNot: ["Work programme from", "(planned)"] },
  { q: "items with no date", now: '2017-07-10', must: ["Managing Risk Effectively"], mustNot: ["Quality of Social Workers"] },
  { q: "when is private fostering coming", now: '2017-07-10', must: ["date to be determined"], mustNot: ["planned for"] },
  { q: "whats on the agenda next month", now: '2017-12-10', must: ["11 January 2018", "The agenda is not published yet", "3 January 2018"], mustNot: ["Private Fostering"] },
  { q: "whats on the agenda next month", now: '2022-09-10', must: ["No meeting is known in October 2022"], mustNot: ["Co-option"] },
];

export const PAPER_REQUESTS: AskCase[] = [
  { q: "has the council replied yet", now: '2023-04-01', must: ["Not yet", "open requests still without a reply"] },
  { q: "have officers replied about the census", now: '2023-04-01', must: ["Not yet", "Up to date Census figures", "open since Thursday 20 October 2022"] },
  { q: "has john gregg come back to us on private fostering", now: '2018-02-01', must: ["Not yet", "report back following implementation"], mustNot: ["attended 2"] },
  { q: "did they ever respond on the census figures", now: '2023-04-01', must: ["Not yet", "Census"] },
];

export const PAPER_TOPICS: AskCase[] = [
  { q: "what did ofsted say in 2017", now: '2023-04-01', must: ["requires improvement to be good"], mustNot: ["'Good'"] },
  { q: "what did ofstead say in 2022", now: '2023-04-01', must: ["rated by Ofsted as 'Good'"], mustNot: ["requires improvement to be good"] },
  { q: "what was the ofsted rating in 2022", now: '2023-04-01', must: ["'Good'"] },
  { q: "how were we rated by ofsted", now: '2023-04-01', must: ["'Good'"] },
  { q: "how were we rated by ofsted", now: '2018-02-01', must: ["requires improvement"], mustNot: ["'Good'"] },
  { q: "pay incentives for social workers", now: '2022-11-01', must: ["financial incentives"] },
  { q: "when are pay incentives coming to the board", now: '2023-04-01', must: ["financial incentives", "date to be determined"], mustNot: ["planned for"] },
  { q: "camhs for looked after children", now: '2023-04-01', must: ["LAC CAMHS"] },
  { q: "lac camhs", now: '2023-04-01', must: ["LAC CAMHS"] },
  { q: "lac camhs", now: '2017-07-20', must: ["Nothing in the record matches"], mustNot: ["Minute 28", "Minute 4"], note: 'both mentions are in papers of 2022 and 2023' },
  { q: "what did we decide on fostering", now: '2018-02-01', must: ["Requests the Local Safeguarding Children's Board", "Also discussed under"], mustNot: ["Does not name", "Task and Finish group be established"] },
  { q: "will ofsted rate coventry outstanding", now: '2023-04-01', must: ["I can’t answer that"], mustNot: ["open request"] },
  { q: "what requests are still outstanding", now: '2023-04-01', must: ["open requests"] },
];

export const PAPER_MORE_PHRASINGS: AskCase[] = [
  { q: "who is the clerk for thursday", now: '2017-07-11', must: ["Michelle Rose"] },
  { q: "whos our scrutiny officer", now: '2023-04-01', must: ["Gennie Holmes"] },
  { q: "who chaired last month", now: '2018-02-01', must: ["Councillor M Mutton", "11 January 2018"] },
  { q: "who turned up last month", now: '2023-04-03', must: ["Councillor A Masih"], mustNot: ["R Sugars"] },
  { q: "wat did we agree yesterday", now: '2018-01-12', must: ["11 January 2018", "Notes the briefing note."] },
  { q: "what was decided on thursday", now: '2018-01-15', must: ["11 January 2018"] },
  { q: "is there anything private on thursdays agenda", now: '2017-07-10', must: ["None", "13 July 2017"] },
  { q: "will any items be taken in private", now: '2017-07-10', must: ["None", "are public"] },
  { q: "whats still pending on the work programme", now: '2017-07-10', must: ["Pending and undated items", "Voices of Care"], mustNot: ["LSCB Interim Annual Report"] },
  { q: "whats the good level of development figure", now: '2023-04-01', must: ["61.2%"] },
  { q: "who is gennie holmes", now: '2023-04-01', must: ["G Holmes", "attended 4"] },
  { q: "who is sarah jones", now: '2023-04-01', must: ["No record of sarah jones"], mustNot: ["K Jones", "Best matches"] },
  { q: "neet camhs", now: '2023-04-01', must: ["CAMHS"], mustNot: ["Nothing in the record matches"] },
  { q: "who won the league", now: '2023-04-01', must: ["I can’t"], mustNot: RECORD },
  { q: "whats the latest news", now: '2023-04-01', must: ["I can’t"], mustNot: RECORD },
];
