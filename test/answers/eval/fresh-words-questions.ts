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
  { q: "have we got the census figures yet", now: '2022-11-01', must: ["Not yet", "Up to date Census figures"], note: 'near miss: "got" a paper asked for is a request' },
];

export const FRESH_PEOPLE: AskCase[] = [
  { q: "who was the observer at the march meeting", now: '2023-03-20', must: ["David Jackson (Observer)", "16 March 2023"], mustNot: ["couldn’t read", "Councillor J Innes"] },
  { q: "who was invited to the last meeting", now: '2023-03-20', must: ["By invitation David Jackson (Observer)"], mustNot: ["J Gregg"] },
  { q: "any observers at the january meeting", now: '2018-02-01', must: ["No guests, observers or invitees are recorded for Thursday 11 January 2018"], mustNot: ["Nothing in the record matches"] },
  { q: "who was there by invitation in october", now: '2022-11-01', must: ["Mr G Vohra", "20 October 2022"] },
  { q: "who attended the march meeting", now: '2023-03-20', must: ["Councillor J Innes", "By invitation David Jackson (Observer)", "6 not members of the board"], mustNot: ["R Sugars"], note: 'guests named, officers counted' },
  { q: "david jackson", now: '2023-03-20', must: ["David Jackson: Observer; attending by invitation", "attended 1"], mustNot: ["Nothing in the record matches"], note: 'a name the record knows, asked on its own' },
  { q: "cllr masih", now: '2023-03-20', must: ["Councillor A Masih: a member of the board"] },
  { q: "gregg", now: '2023-03-20', must: ["Director of Children's Services"] },
];

export const FRESH_FACTS: AskCase[] = [
  { q: "ofstead judgement 2017", now: '2023-03-20', must: ["requires improvement to be good"], note: 'the sentence that gives the verdict, not the first that names the inspection' },
  { q: "ofsted grade 2017", now: '2023-03-20', must: ["requires improvement to be good"] },
  { q: "ofsted outcome 2022", now: '2023-03-20', must: ["rated by Ofsted as 'Good'"], mustNot: ["Resolutions on"], note: 'the inspection’s outcome, not the board’s resolutions' },
  { q: "inspection result 2022", now: '2023-03-20', must: ["rated by Ofsted as 'Good'"], note: 'the sentence of judging in the paper on the inspection, though it does not say "inspection"' },
  { q: "ofsted verdict", now: '2018-02-01', must: ["requires improvement to be good"], mustNot: ["lens of good"], note: 'a grade word alone ("good") is not a verdict' },
  { q: "how did the youth justice inspection go", now: '2023-03-20', must: ["Youth Justice System Ofsted result of Outstanding"] },
];
