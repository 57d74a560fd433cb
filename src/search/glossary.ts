// The board's vocabulary: UK local-government and children's-services terms, the
// abbreviations members and officers use for them, and common misspellings.
//
// Both sides of a search use it. A document that writes a term out ("children
// looked after") or abbreviates it ("LAC") is indexed with the term's own token
// (`~lac`) beside its words; a question that names the term either way is read as
// that token. So "LAC" finds "children looked after" and the reverse, while the
// words themselves stay searchable as before.

import { escapeRegExp } from '../escape-regexp.ts';

export interface GlossaryTerm {
  /** The token both sides use: `~` and a short name (never a word, so never stemmed or a stop word). */
  token: string;
  /** How a member would say it in full: shown in "Read as". */
  name: string;
  /** Abbreviations, matched as whole words. `caseSensitive`: only in capitals (SEND, not "send"). */
  abbreviations?: { text: string; caseSensitive?: boolean }[];
  /** Phrases in full, matched as whole words, any case, any run of spaces or hyphens between words. */
  phrases?: string[];
  /** Misspellings members type: read in questions only. */
  misspellings?: string[];
  /** Everyday words members use for the term that papers use otherwise ("kept" for retained): questions only. */
  spoken?: string[];
  /** Tokens of broader terms this one is also about ("private fostering" is fostering). */
  broader?: string[];
}

const t = (
  token: string,
  name: string,
  abbreviations: (string | { text: string; caseSensitive?: boolean })[],
  phrases: string[] = [],
  misspellings: string[] = [],
  broader: string[] = [],
): GlossaryTerm => ({
  token: `~${token}`,
  name,
  abbreviations: abbreviations.map((a) => (typeof a === 'string' ? { text: a } : a)),
  phrases,
  misspellings,
  broader: broader.map((b) => `~${b}`),
});

export const GLOSSARY: GlossaryTerm[] = [
  // Children's social care
  t('lac', 'children looked after', ['LAC', 'CLA', 'CiC', 'LAAC'], ['looked after children', 'children looked after', 'looked-after children', 'child looked after', 'looked after child', 'children in care', 'child in care', 'looked after', 'cared for children'], ['looked afer', 'lookd after']),
  t('cin', 'children in need', ['CIN', 'CiN'], ['children in need', 'child in need']),
  t('cp', 'child protection', [{ text: 'CP', caseSensitive: true }, 'CPP', 'CPPs'], ['child protection', 'child protection plan', 'child protection plans']),
  t('icpc', 'initial child protection conferences', ['ICPC', 'ICPCs', 'RCPC'], ['child protection conference', 'child protection conferences', 'initial child protection conference']),
  t('s47', 'section 47 enquiries', ['S47', 'S47s'], ['section 47', 'section 47s']),
  t('mash', 'multi-agency safeguarding hub', ['MASH'], ['multi agency safeguarding hub', 'multi-agency safeguarding hub']),
  t('caf', 'common assessment framework', ['CAF', 'CAFs', 'eCAF'], ['common assessment framework']),
  t('iro', 'independent reviewing officers', ['IRO', 'IROs'], ['independent reviewing officer', 'independent reviewing officers']),
  t('lscb', 'local safeguarding children board', ['LSCB', 'CSCB', 'LSCP', 'CSCP', 'safeguarding board'], ['local safeguarding children board', 'local safeguarding childrens board', 'local safeguarding children s board', 'safeguarding children board', 'safeguarding childrens board', 'safeguarding children partnership']),
  t('scr', 'serious case reviews', ['SCR', 'SCRs', 'CSPR', 'CSPRs'], ['serious case review', 'serious case reviews', 'child safeguarding practice review', 'child safeguarding practice reviews']),
  t('rhi', 'return home interviews', ['RHI', 'RHIs', 'RHs'], ['return home interview', 'return home interviews'], ['return home interveiws']),
  t('missing', 'missing children', [], ['missing children', 'missing from home', 'missing episodes', 'went missing', 'missing episode']),
  t('cse', 'child sexual exploitation', ['CSE'], ['child sexual exploitation']),
  t('csa', 'child sexual abuse', ['CSA', 'IICSA'], ['child sexual abuse', 'sexual abuse inquiry']),
  t('uasc', 'unaccompanied asylum-seeking children', ['UASC', 'UASCs'], ['unaccompanied asylum seeking children', 'unaccompanied young asylum seekers', 'unaccompanied asylum seekers', 'unaccompanied children', 'asylum seekers', 'asylum seeking children']),
  t('careleavers', 'care leavers', ['CL'].map((text) => ({ text, caseSensitive: true })), ['care leaver', 'care leavers', 'leaving care'], ['care leavrs']),
  t('fostering', 'fostering', [], ['foster care', 'foster carers', 'foster carer', 'fostering', 'fostered', 'foster placements', 'foster placement'], ['fosterig', 'fostring', 'fosterng', 'forstering']),
  t('privatefostering', 'private fostering', ['PF'].map((text) => ({ text, caseSensitive: true })), ['private fostering', 'privately fostered', 'private foster', 'private fostering arrangements'], ['privat fostering', 'private fostring', 'private fosterng', 'privately fosterd'], ['fostering']),
  t('adoption', 'adoption', ['RAA'], ['regional adoption agency', 'adoption'], ['adopton']),
  t('youngcarers', 'young carers', [], ['young carers', 'young carer', 'young adult carers'], ['young cares', 'yung carers', 'young careers']),
  // In capitals in the papers; members type "sw" on a phone (questions only).
  { ...t('socialworkers', 'social workers', ['SW', 'SWs'].map((text) => ({ text, caseSensitive: true })), ['social worker', 'social workers', 'social work'], ['social wokers', 'socail workers', 'socail worker', 'social woker', 'soical worker', 'soical workers', 'social wrokers', 'socal workers', 'social worksers']), spoken: ['sw', 'sws'] },
  t('shortbreaks', 'short breaks', [], ['short breaks', 'short break', 'respite care']),
  t('corporateparenting', 'corporate parenting', [], ['corporate parenting', 'corporate parent']),
  t('earlyhelp', 'early help', [], ['early help', 'early intervention']),
  t('yjs', 'youth justice', ['YJS', 'YOT', 'YOS', 'YOI'], ['youth justice', 'youth offending', 'youth justice system', 'youth offending team', 'young offender institution']),
  t('homeless', 'homelessness', [], ['homeless', 'homelessness']),
  t('camhs', 'child and adolescent mental health services', ['CAMHS', 'CAMH'], ['child and adolescent mental health services', 'child and adolescent mental health service', 'children and young people s mental health', 'childrens mental health'], ['cahms', 'cams'], ['mentalhealth']),
  t('mentalhealth', 'mental health', ['MH'].map((text) => ({ text, caseSensitive: true })), ['mental health', 'mental ill health', 'mental ill-health'], ['mental helth', 'mentle health']),
  t('wellbeing', 'wellbeing', [], ['wellbeing', 'well being', 'well-being'], ['welbeing']),
  // Education
  t('send', 'special educational needs and disabilities', [{ text: 'SEND', caseSensitive: true }, { text: 'SEN', caseSensitive: true }, 'SEN/D', 'SENCO', 'SENCOs', 'SENDIASS'], ['special educational needs', 'special educational needs and disabilities', 'special educational needs and disability', 'special needs', 'additional needs', 'sen support', 'send support'], ['special eductional needs']),
  t('ehcp', 'education, health and care plans', ['EHCP', 'EHCPs', 'EHC plan', 'EHC plans', 'EHCNA'], ['education health and care plan', 'education health and care plans', 'education and health care plan', 'education and health care plans', 'education health care plan', 'education health care plans']),
  t('neet', 'young people not in education, employment or training', ['NEET', 'NEETs', 'EET'], ['not in education employment or training', 'not in employment education or training', 'in employment education or training', 'education employment or training', 'employment education or training']),
  t('pru', 'pupil referral units', ['PRU', 'PRUs'], ['pupil referral unit', 'pupil referral units']),
  t('ap', 'alternative provision', [{ text: 'AP', caseSensitive: true }], ['alternative provision']),
  t('exclusions', 'school exclusions', [], ['exclusion', 'exclusions', 'excluded', 'excluded pupils', 'permanent exclusions', 'fixed term exclusions', 'suspensions'], ['exlusions', 'exclusons', 'excusions']),
  t('ehe', 'elective home education', ['EHE'], ['elective home education', 'home education', 'home educated', 'home schooling', 'home schooled', 'home school', 'educated at home'], ['home scholling', 'homeschooling']),
  t('eyfs', 'early years', ['EYFS', 'EY'], ['early years', 'early years foundation stage', 'early learning'], ['early yrs']),
  t('gld', 'good level of development', ['GLD'], ['good level of development']),
  t('elg', 'early learning goals', ['ELG', 'ELGs', "ELG's"], ['early learning goal', 'early learning goals']),
  t('sats', 'key stage results', ['KS1', 'KS2', 'KS4', 'SATs', 'GCSE', 'GCSEs'], ['key stage', 'key stage one', 'key stage two', 'exam results']),
  t('schoolreadiness', 'school readiness', [], ['school readiness', 'ready for school']),
  t('sacre', 'standing advisory council on religious education', ['SACRE'], ['standing advisory council on religious education', 'religious education']),
  t('dsl', 'designated safeguarding leads', ['DSL', 'DSLs'], ['designated safeguarding lead', 'designated safeguarding leads']),
  t('fsm', 'free school meals', ['FSM'], ['free school meals', 'free school meal']),
  t('transport', 'home to school transport', [], ['home to school transport', 'school transport', 'travel assistance']),
  t('attendance', 'school attendance', [], ['school attendance', 'persistent absence', 'persistently absent']),
  t('academies', 'academies', ['MAT', 'MATs'], ['academy', 'academies', 'multi academy trust', 'multi-academy trust']),
  // Bodies and roles
  t('ofsted', 'Ofsted', ['Ofsted', 'OFSTED', 'HMI'], ['office for standards in education'], ['ofstead', 'offsted', 'ofstedd', 'ofsed', 'oftsed', 'offstead']),
  // An inspection's grade, however it is worded: "rated Good", "judged as requires improvement", "the rating".
  t('inspectiongrade', 'inspection judgement', [], ['requires improvement', 'requires improvement to be good', 'judged', 'judgement', 'judgements', 'judgment', 'judgments', 'rated', 'rating', 'ratings', 'overall effectiveness', 'graded', 'inspection grade'], ['raiting', 'judgemnt']),
  t('dfe', 'Department for Education', ['DfE', 'DFE'], ['department for education']),
  t('icb', 'integrated care board', ['ICB', 'CCG'], ['integrated care board', 'integrated health care board', 'clinical commissioning group']),
  t('cabinetmember', 'Cabinet Member', [], ['cabinet member', 'portfolio holder', 'lead member']),
  // Pay to recruit and keep staff: "pay incentives" is what the programme calls "financial incentives".
  t('incentives', 'financial incentives', [], ['financial incentives', 'financial incentive', 'pay incentives', 'pay incentive', 'recruitment incentives', 'recruitment incentive', 'retention incentives', 'retention incentive', 'retention payments', 'retention payment', 'recruitment and retention payments', 'market supplements', 'market supplement', 'golden hello', 'golden hellos', 'relocation package', 'relocation packages'], ['incentivs', 'insentives', 'incentieves']),
  t('cooption', 'co-option', [], ['co-option', 'co option', 'cooption', 'co-opted', 'co opted', 'coopted', 'co-optee', 'co optee', 'co-opted member', 'co-opted members'], ['co-opton', 'coption']),
  t('taskfinish', 'task and finish groups', ['T&F', 'TFG'], ['task and finish group', 'task and finish groups', 'task and finish', 'task & finish']),
  t('improvementboard', 'Improvement Board', [], ['improvement board', 'improvement boards']),
  t('developmentplan', 'development plan', [], ['development plan', 'development plans']),
  { ...t('retention', 'retention', [], ['retention', 'retaining', 'retain', 'retained'], ['retension', 'retenion']), spoken: ['kept', 'keep', 'keeping', 'held on to', 'hold on to', 'holding on to', 'stay', 'stays', 'stayed', 'staying', 'stay on'] },
  t('recruitment', 'recruitment', [], ['recruitment', 'recruiting', 'recruit', 'recruited'], ['recuitment', 'recrutment']),
  t('managingrisk', 'managing risk', [], ['risk management', 'managing risk', 'managing risks', 'manage risk', 'manage risks', 'managed risk', 'risk managed'], ['risk managment', 'managing rsik']),
  t('qa', 'quality assurance', ['QA'], ['quality assurance']),
  t('caseloads', 'caseloads', [], ['caseload', 'caseloads', 'case load', 'case loads', 'case-load', 'case-loads'], ['casloads']),
  t('census', 'census', [], ['census'], ['cencus', 'censis', 'sensus']),
  t('budget', 'budget', [], ['budget', 'budgets'], ['buget', 'budjet']),
  t('funding', 'funding', [], ['funding', 'funded'], ['fundng']),
  t('marmot', 'Marmot', [], ['marmot', 'health inequalities'], ['marmott']),
  t('mou', 'memorandum of understanding', ['MOU', 'MoU'], ['memorandum of understanding']),
  t('familyhubs', 'family hubs', [], ['family hub', 'family hubs']),
  t('familyvalued', 'Family Valued', [], ['family valued', 'family values', 'family valued programme', 'family values project']),
  t('saplings', 'Saplings Programme', [], ['saplings', 'saplings programme', 'saplings program']),
  t('beststart', 'Best Start in Life', [], ['best start in life', 'best start']),
];

export interface GlossaryHit {
  term: GlossaryTerm;
  /** Where it stands in the text given. */
  index: number;
  length: number;
}

/** A form as compared: lower case, apostrophes dropped, hyphens, commas and spaces as one space. */
function formKey(text: string): string {
  return text.toLowerCase().replace(/['’]/g, '').replace(/[\s,-]+/g, ' ').trim();
}

/** A form's words with any spaces, hyphens or apostrophes between them; apostrophes optional. `keepCase`: as written. */
function formPattern(form: string, keepCase = false): string {
  const key = formKey(form);
  const words = keepCase ? form.replace(/['’]/g, '').replace(/[\s-]+/g, ' ').trim() : key;
  return words
    .split(' ')
    .map((w) => escapeRegExp(w).replace(/s$/, "['’]?s"))
    .join("[\\s,\\-'’]+");
}

interface Reader {
  /** All forms in one alternation, longest first: one pass over a text finds them all. */
  pattern: RegExp;
  byForm: Map<string, GlossaryTerm>;
}

function reader(forms: Array<{ form: string; term: GlossaryTerm }>, flags: string): Reader | null {
  if (forms.length === 0) return null;
  const byForm = new Map<string, GlossaryTerm>();
  for (const { form, term } of forms) if (!byForm.has(formKey(form))) byForm.set(formKey(form), term);
  const patterns = [...new Set(forms.map((f) => formPattern(f.form, flags === '')))].sort((a, b) => b.length - a.length);
  return { pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${patterns.join('|')})(?![\\p{L}\\p{N}])`, `g${flags}u`), byForm };
}

function readers(withMisspellings: boolean): Reader[] {
  const exact: Array<{ form: string; term: GlossaryTerm }> = [];
  const anyCase: Array<{ form: string; term: GlossaryTerm }> = [];
  for (const term of GLOSSARY) {
    for (const a of term.abbreviations ?? []) (a.caseSensitive ? exact : anyCase).push({ form: a.text, term });
    for (const p of term.phrases ?? []) anyCase.push({ form: p, term });
    if (withMisspellings) for (const m of [...(term.misspellings ?? []), ...(term.spoken ?? [])]) anyCase.push({ form: m, term });
  }
  return [reader(exact, ''), reader(anyCase, 'i')].filter((r): r is Reader => r !== null);
}

const DOCUMENT_READERS = readers(false);
const QUESTION_READERS = readers(true);

/** The glossary terms a text names, in order; of overlapping forms the longest counts. */
export function glossaryHits(text: string, options: { question?: boolean } = {}): GlossaryHit[] {
  const found: GlossaryHit[] = [];
  for (const { pattern, byForm } of options.question ? QUESTION_READERS : DOCUMENT_READERS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const term = byForm.get(formKey(m[0]));
      if (term) found.push({ term, index: m.index, length: m[0].length });
    }
  }
  found.sort((a, b) => a.index - b.index || b.length - a.length);
  const kept: GlossaryHit[] = [];
  for (const hit of found) {
    const last = kept.at(-1);
    if (last && hit.index < last.index + last.length) continue;
    kept.push(hit);
  }
  return kept;
}

/** A term's token and those of the broader terms it is also about. */
export function tokensOf(term: GlossaryTerm): string[] {
  return [term.token, ...(term.broader ?? [])];
}

/** The glossary tokens of a document's text, once per mention (a term's frequency counts): indexed beside its words. */
export function glossaryTokens(text: string): string[] {
  if (!text) return [];
  return glossaryHits(text).flatMap((h) => tokensOf(h.term));
}

/** A glossary term by its token. */
export function glossaryTerm(token: string): GlossaryTerm | undefined {
  return GLOSSARY.find((term) => term.token === token);
}

/** Whether a token is a glossary token. */
export function isGlossaryToken(token: string): boolean {
  return token.startsWith('~');
}
