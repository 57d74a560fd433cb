// A sixth set of members' questions on the bundled corpus: figures asked as a count, a
// share or "out of" a number (the sentence must give a figure and the subject), who a
// person is (their role before their attendance), people joining the board, and
// work-programme items asked about in other words and other verbs.
import type { AskCase } from './ask-eval.ts';

export const OWN_FIGURES: AskCase[] = [
  { q: "how many young carers are open to the internal service", now: '2017-07-12', must: ["There are currently 95 young carers open to the internal services"], note: 'the sentence, not the bare table row' },
  { q: "how many young carers out of the 95 are aged 10-14", now: '2017-07-12', must: ["Young carers currently open to internal services 32 58 5 95", "Aged 10-14"], note: 'a table row with its header, not the header alone' },
  { q: "what percentage of young carers arent getting support", now: '2017-07-12', must: ["4 out of 5 (20%) young carers may not be receiving support"], note: 'a share asked with a negation: the % in the sentence answers "percentage"' },
  { q: "how many kids went missing in may", now: '2017-07-12', must: ["39 young people went missing"], note: 'a month in a figure question is the month counted, not the meeting date' },
  { q: "how many young people declined a return home interview", now: '2017-07-12', must: ["Five young people declined a return home interview"], mustNot: ["closely monitor young people who decline"], note: 'a number in words; a sentence broken over a page joined again' },
  { q: "how many social workers have we kept", now: '2017-07-12', must: ["60 social workers have been retained"], note: '"kept" is retention; a heading asks, the sentence under it answers' },
  { q: "how many kids were referred to saplings", now: '2023-03-20', must: ["33 children were referred to the programme"] },
  { q: "what percentage of children got a good level of development", now: '2023-03-20', must: ["61.2%"], note: 'the words in the question’s order win over the abbreviation alone' },
  { q: "what proportion of young carers have care needs of their own", now: '2017-07-12', must: ["Just over a quarter of young carers have additional care needs"] },
  { q: "how many open cases are there", now: '2022-10-25', must: ["3,500 open cases"] },
  { q: "what % of social workers are female", now: '2023-03-20', must: ["87% of social workers were female"] },
  { q: "how many social workers were appointed", now: '2017-07-12', must: ["65 social workers being appointed"] },
  { q: "how many young carers is the carers trust in touch with", now: '2017-07-12', must: ["1,385 young carers"] },
  { q: "how much of the childrens services budget is grants", now: '2022-10-25', must: ["£12m of the £80m"] },
  { q: "how many children went missing in may", now: '2017-07-01', must: [], mustNot: ["39 young people"], note: 'before the pack of 5 July 2017 is out, nothing of it is known' },
];

export const OWN_PEOPLE: AskCase[] = [
  { q: "who is mr vohra", now: '2023-03-20', must: ["co-opted member of the board", "representing Other Faiths", "20 October 2022", "approves the co-option of Mr Ghulam Vohra"], note: 'the role first, from the co-option resolution' },
  { q: "who's ghulam vohra", now: '2023-03-20', must: ["co-opted member", "Other Faiths"] },
  { q: "who is g vohra", now: '2023-03-20', must: ["co-opted member"], mustNot: ["couldn’t read"], note: 'an initial before a surname is part of the name' },
  { q: "who is c taylor", now: '2023-03-20', must: ["C Taylor: an officer (Law and Governance)"], mustNot: ["couldn’t read"] },
  { q: "who is mrs hanson", now: '2023-03-20', must: ["Mrs S Hanson: a co-opted member of the board", "attended 4"] },
  { q: "who is john gregg", now: '2023-03-20', must: ["John Gregg: Director of Children's Services", "attended 4"], note: 'the job title a paper prints beside the name' },
  { q: "who is gennie holmes", now: '2023-03-20', must: ["Gennie Holmes: Scrutiny Co-ordinator"] },
  { q: "who is sonia watson", now: '2017-07-12', must: ["Sonia Watson: Children's Services Programme Manager", "no attendance"], mustNot: ["No record of"], note: 'named only as an author of a paper' },
  { q: "who is michelle rose", now: '2017-07-12', must: ["contact officer for the board's agendas (Governance Services)"] },
  { q: "who is david jackson", now: '2023-03-20', must: ["David Jackson: Observer; attending by invitation"] },
  { q: "who is cllr sandhu", now: '2022-10-25', must: ["Cabinet Member for Education and Skills"] },
  { q: "what does john gregg do", now: '2023-03-20', must: ["Director of Children's Services"] },
  { q: "who is mr vohra", now: '2022-10-01', must: ["No record of"], mustNot: ["co-opted", "Other Faiths"], note: 'before the meeting that co-opted him' },
  { q: "who is the new co-optee", now: '2022-10-25', must: ["approves the co-option of Mr Ghulam Vohra"] },
  { q: "who did we appoint as co-opted member", now: '2022-10-25', must: ["Ghulam Vohra"] },
  { q: "who joined the board", now: '2022-10-25', must: ["Ghulam Vohra", "co-option"] },
  { q: "new member for other faiths", now: '2022-11-10', must: ["Ghulam Vohra"] },
  { q: "any new co-opted members", now: '2023-03-20', must: ["approves the co-option of Mr Ghulam Vohra"] },
  { q: "who has left the board", now: '2023-03-20', must: ["No decision on"], mustNot: ["Vohra"], note: 'the record holds no resignation: said so, not a co-option' },
];

export const OWN_PLANS: AskCase[] = [
  { q: "when will we discuss the education redesign", now: '2017-07-20', must: ["Review of the Education Service redesign", "date to be determined"], note: 'a shorter form of the title, asked with "will we discuss"' },
  { q: "when is risk management coming", now: '2017-07-20', must: ["Managing Risk Effectively", "date to be determined"], note: '"risk management" is "managing risk"' },
  { q: "when do we look at the adoption agency", now: '2017-07-20', must: ["Regional Adoption Agency", "date to be determined"] },
  { q: "when are we doing retention", now: '2017-07-20', must: ["Retention of Social Workers", "date to be determined"] },
  { q: "when will we cover home education", now: '2017-07-20', must: ["Special and Alternative Provision including Home Schooling", "date to be determined"] },
  { q: "when do we consider the strategic plan", now: '2017-07-20', must: ["One Strategic Plan updates", "date to be determined"] },
];
