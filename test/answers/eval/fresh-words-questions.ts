// A seventh set of members' questions on the bundled corpus: meetings asked with
// "have we got", the guests of a meeting (by invitation, observers), a name asked on
// its own, the sentence of a paper that answers the question's own word, figures in
// a pack's appendix tables, times asked in another form than the minutes print, and
// papers that answered a request.
import type { AskCase } from './ask-eval.ts';

export const FRESH_MEETINGS: AskCase[] = [
  { q: "what meetings have we got between july and september", now: '2017-06-01', must: ["2 meetings between 1 July 2017 and 30 September 2017", "14 September 2017"], mustNot: ["requests"], note: '"got" is having meetings in the diary, not getting what was asked for' },
  { q: "have we got a meeting in october", now: '2017-08-01', must: ["12 October 2017", "Quality of Social Workers"], mustNot: ["No requests"] },
  { q: "what have we got on in november", now: '2017-08-01', must: ["23 November 2017"], mustNot: ["No requests"] },
  { q: "what sessions has the board got in march", now: '2018-01-15', must: ["2 meetings in March 2018", "1 March 2018", "29 March 2018"] },
  { q: "did the october meeting finish by 4:30", now: '2022-11-01', must: ["20 October 2022, 2.30 pm to 4.30 pm"], mustNot: ["couldn’t read"], note: 'a time asked as 4:30, printed 4.30 pm' },
  { q: "did the march meeting go past 4:30", now: '2023-03-20', must: ["3.00 pm to 5.00 pm"] },
  { q: "was the january meeting over by 3", now: '2018-02-01', must: ["2.00 pm to 4.00 pm"] },
  { q: "did it finish before 5pm", now: '2023-03-20', must: ["16 March 2023", "3.00 pm to 5.00 pm"] },
  { q: "what time did the meeting start", now: '2023-03-20', must: ["Thursday 16 March 2023, 3.00 pm"] },
  { q: "have we got anything coming up in september", now: '2017-08-01', must: ["14 September 2017", "LSCB Interim Annual Report"], mustNot: ["No requests"] },
  { q: "what has the board got in october", now: '2017-08-01', must: ["12 October 2017"], mustNot: ["No requests"] },
  { q: "have we got anything on the census figures", now: '2022-11-01', must: ["Not yet", "Up to date Census figures"], note: 'near miss: "anything on" a paper asked for is a request' },
  { q: "have we got the census figures yet", now: '2022-11-01', must: ["Not yet", "Up to date Census figures"], note: 'near miss: "got" a paper asked for is a request' },
];

export const FRESH_PEOPLE: AskCase[] = [
  { q: "who was the observer at the march meeting", now: '2023-03-20', must: ["David Jackson (Observer)", "16 March 2023"], mustNot: ["couldn’t read", "Councillor J Innes"] },
  { q: "who was invited to the last meeting", now: '2023-03-20', must: ["By invitation David Jackson (Observer)"], mustNot: ["J Gregg"] },
  { q: "any observers at the january meeting", now: '2018-02-01', must: ["No guests, observers or invitees are recorded for Thursday 11 January 2018"], mustNot: ["Nothing in the record matches"] },
  { q: "who was observing in march", now: '2023-03-20', must: ["David Jackson (Observer)"], mustNot: ["No record of observing"] },
  { q: "who was there by invitation in october", now: '2022-11-01', must: ["Mr G Vohra", "20 October 2022"] },
  { q: "who attended the march meeting", now: '2023-03-20', must: ["Councillor J Innes", "By invitation David Jackson (Observer)", "6 not members of the board"], mustNot: ["R Sugars"], note: 'guests named, officers counted' },
  { q: "david jackson", now: '2023-03-20', must: ["David Jackson: Observer; attending by invitation", "attended 1"], mustNot: ["Nothing in the record matches"], note: 'a name the record knows, asked on its own' },
  { q: "what role did david jackson have", now: '2023-03-20', must: ["David Jackson: Observer; attending by invitation"], mustNot: ["No record of role"] },
  { q: "cllr masih", now: '2023-03-20', must: ["Councillor A Masih: a member of the board"] },
  { q: "gregg", now: '2023-03-20', must: ["Director of Children's Services"] },
];

export const FRESH_FACTS: AskCase[] = [
  { q: "ofstead judgement 2017", now: '2023-03-20', must: ["requires improvement to be good"], note: 'the sentence that gives the verdict, not the first that names the inspection' },
  { q: "ofsted grade 2017", now: '2023-03-20', must: ["requires improvement to be good"] },
  { q: "ofsted outcome 2022", now: '2023-03-20', must: ["rated by Ofsted as 'Good'"], mustNot: ["Resolutions on"], note: 'the inspection’s outcome, not the board’s resolutions' },
  { q: "inspection result 2022", now: '2023-03-20', must: ["rated by Ofsted as 'Good'"], note: 'the sentence of judging in the paper on the inspection, though it does not say "inspection"' },
  { q: "ofsted verdict", now: '2018-02-01', must: ["requires improvement to be good"], mustNot: ["lens of good"], note: 'a grade word alone ("good") is not a verdict' },
  { q: "what grade did we get from ofsted", now: '2018-02-01', must: ["requires improvement to be good"], mustNot: ["No request on"], note: 'a verdict received, not a paper asked for' },
  { q: "how did the youth justice inspection go", now: '2023-03-20', must: ["Youth Justice System Ofsted result of Outstanding"] },
];

export const FRESH_FIGURES: AskCase[] = [
  { q: "neet figures for care leavers", now: '2017-07-20', must: ["% in Employment, Education or Training 67.5% 66.0% (Care Leavers 2016/17 2017/2018(YTD))"], note: 'a row of the pack’s appendix table, with its header; NEET is the row’s complement' },
  { q: "care leavers in employment education or training", now: '2017-07-20', must: ["67.5% 66.0%"], mustNot: ["Nothing in the record matches"], note: 'no question word: the row still answers' },
  { q: "what % of care leavers are eet", now: '2017-07-20', must: ["% in Employment, Education or Training 67.5% 66.0%"] },
  { q: "how many care leavers are in suitable accommodation", now: '2017-07-20', must: ["% care leavers in suitable accommodation 95.6% 93.7%"], note: 'a count the papers give only as a share' },
  { q: "how many child protection plans are there", now: '2017-07-20', must: ["Child Protection Plans 517 530 (Child Protection Mar 2017 Apr 2017)"] },
  { q: "how many contacts were there in march", now: '2017-07-20', must: ["Number of Contacts 1128 930"], mustNot: ["Tel:"], note: 'a telephone number is not a figure' },
  { q: "percentage of lac with 3 or more placements", now: '2017-07-20', must: ["% children 3 or more placements 11.5% 10.8% (Looked After Children"] },
  { q: "what percent of children got a good level of development", now: '2023-03-20', must: ["61.2%"], mustNot: ["couldn’t read"], note: '"percent" in one word' },
  { q: "socail worker caseloads", now: '2022-11-01', must: ["Children's Services Ofsted Outcome"], mustNot: ["Nothing in the record matches"] },
  { q: "secure accomodation figures", now: '2017-07-20', must: ["(Secure Accommodation) 2 0.3%"], note: 'a misspelt word read as the record spells it' },
  { q: "how many children in supported accomodation", now: '2017-07-20', must: ["Supported Accommodation 33 5.4%"] },
  { q: "how many LAC in residential", now: '2017-07-10', must: ["70 young people placed within residential provision"], note: 'a row must hold the subject itself, not only in its header' },
];

export const FRESH_HISTORY: AskCase[] = [
  { q: "did the development plan ever come back to the board", now: '2023-03-20', must: ["Last at the board: Thursday 16 March 2023", "minute 28"], mustNot: ["Not all yet"], note: 'an item returning is its history, not the requests raised under it' },
  { q: "has private fostering come back to the board", now: '2023-03-20', must: ["History of \"private fostering\"", "Last at the board: Thursday 16 March 2023"] },
  { q: "did the improvement plan come back", now: '2018-01-15', must: ["Last at the board: Thursday 11 January 2018", "minute 36"] },
  { q: "when was ofsted last discussed", now: '2017-07-20', must: ["Last at the board: Thursday 29 June 2017, 2.00 pm, minute 90", "on the agenda of Thursday 13 July 2017, 10.00 am, item 5"], mustNot: ["minute 5"], note: 'the last minuted discussion, then the agenda whose minutes the record lacks' },
  { q: "when was private fostering last discussed", now: '2017-08-01', must: ["Last at the board: Thursday 29 June 2017"] },
  { q: "when did we last look at young carers", now: '2018-01-15', must: ["13 July 2017, 10.00 am, item 4"], note: 'on an agenda only: an item, not a minute' },
  { q: "have officers come back to us on census figures", now: '2022-11-01', must: ["Not yet", "Up to date Census figures"], note: 'near miss: officers coming back is a reply to a request' },
];

export const FRESH_VERBS: AskCase[] = [
  { q: "did the board congratulate anyone", now: '2023-03-20', must: ["letter of congratulation", "congratulate them"], mustNot: ["couldn’t read"], note: 'the verb of a resolution’s noun, asked of what the board did' },
  { q: "did we thank officers", now: '2023-03-20', must: ["thanked"], mustNot: ["couldn’t read", "Nothing in the record"] },
  { q: "did the board commend anyone", now: '2023-03-20', must: ["commend"], mustNot: ["couldn’t read"] },
  { q: "did we welcome anyone", now: '2022-11-01', must: ["The Chair welcomed Mr Ghulam Vohra"], mustNot: ["couldn’t read"] },
];

export const FRESH_REPLIES: AskCase[] = [
  { q: "did we ever get the retention figures", now: '2017-07-20', must: ["Yes, as far as the papers show", "13 July 2017 (item 5, Improvement Board)", "60 social workers have been retained"], note: 'a request made at a meeting the record lacks, answered by a later briefing note’s "Requests for further information"' },
  { q: "did we get the numbers on return home interviews", now: '2017-07-20', must: ["Yes, as far as the papers show", "Five young people declined a return home interview"] },
  { q: "did we get anything on accreditation", now: '2017-07-20', must: ["answers to the board's requests", "supports accreditation"] },
  { q: "has the info on newly recruited social workers come through", now: '2017-07-20', must: ["Yes, as far as the papers show", "item 5, Improvement Board"] },
  { q: "did we get the young carers figures", now: '2017-07-20', must: ["No request on"], mustNot: ["Yes, as far as the papers show"], note: 'near miss: the young carers note answers no request' },
  { q: "did we get the census figures", now: '2022-11-01', must: ["Not yet"], mustNot: ["Yes"] },
];
