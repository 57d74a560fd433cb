// A verdict asked for: "what did Ofsted say in 2017", "how were we rated", "ofsted
// judgement 2017", "inspection result", "how did the inspection go". The papers give
// it in words of judging ("judged ... requires improvement", "rated Good"), so the
// answer is the sentence that holds them, not the first that names the inspection.
import { withoutEndPunctuation } from './text.ts';

const VERDICT_QUESTION =
  /\b(?:what (?:did|does|do|has|have) (?:[a-z'’]+ ){1,3}(?:say|said|find|found|judge|judged|rate|rated|conclude|concluded|think|report|reported)|(?:rating|rated|judgement|judgment|grade|graded|verdict|outcome) (?:of|for|from|by|in|was|were|is)|how (?:were|was|are|is) (?:we|they|it|the council|services|children'?s services) (?:rated|judged|graded))\b/i;
/** An inspection named, however spelt ("ofstead", "re-inspection", "HMI"). */
const INSPECTION = /\b(?:of+ste\w*|of+ted\w*|(?:re-?)?inspect\w*|hmi)\b/i;
/** A noun or verb of its verdict. */
const VERDICT_WORD = /\b(?:judgements?|judgments?|judged|ratings?|rated|grades?|graded|verdicts?|results?|outcomes?|scored?)\b/i;

/** "How did the inspection go": asked of how it went, read as its first and last words. */
function howItWent(question: string): boolean {
  const words = withoutEndPunctuation(question).toLowerCase().split(' ');
  return words[0] === 'how' && words[1] === 'did' && words.at(-1) === 'go';
}

export function asksVerdict(question: string): boolean {
  return VERDICT_QUESTION.test(question) || (INSPECTION.test(question) && (VERDICT_WORD.test(question) || howItWent(question)));
}
