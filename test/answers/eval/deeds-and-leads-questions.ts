// An eighth set of members' questions on the bundled corpus: what the board did asked
// with its own verb ("did we agree to write to anyone about X"), and who leads an item
// of the work programme or wrote its report ("lead officer for X", "who leads on X").
import type { AskCase } from './ask-eval.ts';

export const DEED_RESOLUTIONS: AskCase[] = [
  { q: "did we agree to write to anyone about youth justice", now: '2023-04-01', must: ["letter of congratulation", "Youth Justice System Ofsted result", 'resolutions on "youth justice", writing or a letter first'], mustNot: ["No decision on", "write to anyone"], note: 'the verb and whom it was done to frame the topic; the letter answers "write"' },
  { q: "did the board vote to send a letter on the ofsted result", now: '2023-04-01', must: ["send a letter of congratulation", "write to the Children's Services team"], mustNot: ["letter on the ofsted"] },
  { q: "did we decide to write to anyone about ofsted", now: '2023-03-20', must: ["write to the Children's Services team to congratulate them", "Notes the progress against the Ofsted recommendations"], mustNot: ["write to anyone", "None of these mentions"], note: 'the action ranks, it never empties the answer' },
  { q: "did members resolve to invite anyone about private fostering", now: '2023-04-01', must: ['resolutions on "private fostering"', "None of these mentions inviting", "promote the identification of private fostering"], mustNot: ["members to invite"] },
  { q: "have we agreed to write to the dfe about anything", now: '2023-04-01', must: ['"dfe"'], mustNot: ['"write to the dfe"'], note: 'nothing after "about": whom it was done to is the topic' },
];

export const ITEM_LEADS: AskCase[] = [
  { q: "who's the lead officer for the school police panels item", now: '2017-07-10', must: ['as lead officer for "School based police panels"', "Work programme 2017/18 · pending"], mustNot: ["couldn’t read"], note: 'the work programme’s Cabinet Member / Lead Officer column answers' },
  { q: "cabinet member for the home schooling item", now: '2017-07-10', must: ['as cabinet member for "Special and Alternative Provision including Home Schooling"'], mustNot: ["Nothing in the record matches"] },
  { q: "who is the responsible officer for the lscb report", now: '2018-02-01', must: ['as responsible officer for "LSCB Interim Annual Report"'], mustNot: ["couldn’t read"] },
  { q: "lead member for quality of social workers", now: '2018-02-01', must: ['as lead member for "Quality of Social Workers"'] },
  { q: "who leads on young carers", now: '2017-07-10', must: ['as lead for "Young Carers"', "Reports on the agenda", "Briefing Note of the Deputy Chief Executive (People)"], mustNot: ["couldn’t read"], note: 'the row’s leads, and the report’s author on the agenda' },
  { q: "who is responsible for the audit item", now: '2018-02-01', must: ['"Quality Assurance Audit Activity" (Thursday 11 January 2018 · Minute 35): Briefing Note of the Deputy Chief Executive (People)'], note: 'no row names a lead: the report’s author answers' },
  { q: "who is the author of the young carers report", now: '2017-07-20', must: ['"Support to Young Carers" (Thursday 13 July 2017 · Item 4): Briefing Note of the Deputy Chief Executive (People).'], mustNot: ['as author for "Young Carers"'], note: 'an author is the report’s, not a row’s lead' },
  { q: "who is the cabinet member for children", now: '2017-07-10', mustNot: ['as cabinet member for "Young Carers"'], must: [], note: 'near miss: a row that mentions children in its detail leads on something else' },
  { q: "who is the cabinet member for children", now: '2023-03-20', must: ["is the Cabinet Member for Children and Young People"], note: 'near miss: a title printed beside a name comes before any row' },
];

export const JOINING_RESOLUTIONS: AskCase[] = [
  { q: "who joined the board", now: '2023-04-01', must: ["approves the co-option of", "non-voting co-optee"], mustNot: ["e-newsletter"], note: 'a resolution that only names co-opted members as a group made no one a member' },
  { q: "who got co-opted", now: '2023-04-01', must: ["approves the co-option of"], mustNot: ["e-newsletter", "couldn’t read"] },
  { q: "who was appointed to the board", now: '2023-04-01', must: ["approves the co-option of"], mustNot: ["No record of appointed", "e-newsletter"] },
  { q: "has anyone new joined", now: '2023-04-01', must: ["approves the co-option of"], mustNot: ["couldn’t read"] },
  { q: "who is new on the board", now: '2023-04-01', must: ["made someone a member of the board"], mustNot: ["No record of new"] },
];

export const DATED_FACTS: AskCase[] = [
  { q: "when is the dfe review", now: '2018-01-15', must: ["The minutes of Thursday 11 January 2018 (minute 36) say: “The first six month Department for Education (DfE) review would be held on 23rd January, 2018"], note: 'the sentence that dates the thing asked leads, before where it is not planned' },
  { q: "when's the dfe review happening", now: '2018-01-15', must: ["say: “The first six month Department for Education (DfE) review would be held on 23rd January, 2018"] },
  { q: "when is the census coming", now: '2022-11-01', must: ['"census" is not on a future agenda'], mustNot: ["say: “According to the 2011 census"], note: 'near miss: a year that names a thing ("the 2011 census") dates nothing' },
  { q: "when will the review of the improvement notice be", now: '2018-01-15', mustNot: ["say: “The Department for Education issued"], must: ["is not on a future agenda"], note: 'near miss: a dated sentence that does not name the review' },
];

export const TOTAL_FIGURES: AskCase[] = [
  { q: "how many LAC in residential care", now: '2017-07-20', must: ["From the papers • Thursday 13 July 2017 · Item 5 · Improvement Board “Currently there are 70 young people placed within residential provision"], note: 'a table whose rows each hold part of the subject: the sentence that gives the whole comes first' },
  { q: "number of lac in residential care", now: '2017-07-20', must: ["From the papers • Thursday 13 July 2017 · Item 5 · Improvement Board “Currently there are 70 young people"] },
  { q: "how many young carers are there", now: '2017-07-20', must: ["From the papers • Thursday 13 July 2017 · Item 4 · Support to Young Carers “Although the 2011 census recorded around 3,100 young carers"], note: 'rows that count groups of young carers are parts; the sentence that counts them all leads' },
  { q: "how many children in foster care", now: '2017-07-20', must: ["Fostering (External) 231"], note: 'near miss: no sentence gives the whole, so the row still answers' },
];
