// What the question reader learns from the record: the names of the people in it
// (so "how often has kerry jenkins been" finds a person without "Councillor")
// and its committees. Built once per record version.
import { attendanceMentions } from '../attendance/attendance-mentions.ts';
import { lookupKey, type RecordView } from '../record-view.ts';
import { committeeNames, type QuestionVocabulary } from './read-question.ts';

const VOCABULARY = lookupKey<QuestionVocabulary>('vocabulary');

// Words that are names in the record and ordinary words in questions.
const COMMON_WORDS = new Set(['male', 'rose', 'king', 'young', 'may', 'will', 'mark', 'bill', 'hope', 'joy', 'grace', 'page', 'hill', 'wood', 'green', 'white', 'black', 'brown', 'long', 'short', 'little', 'best', 'bishop', 'chair', 'head', 'care', 'carer', 'carers']);

export function questionVocabulary(view: RecordView): QuestionVocabulary {
  return view.derived.get(VOCABULARY, () => {
    const names = new Set<string>();
    for (const { surname, names: printed } of attendanceMentions(view).surnames(5)) {
      if (!COMMON_WORDS.has(surname)) names.add(surname);
      for (const name of printed) {
        // First names where the minutes print them ("David Jackson").
        for (const word of name.replace(/\([^()]*\)/g, ' ').split(/\s+/).slice(0, -1)) {
          const w = word.toLowerCase().replace(/[^a-z'-]/g, '');
          if (w.length >= 3 && !/^(?:councillors?|cllr|mrs|mr|ms|miss|dr)$/.test(w) && !COMMON_WORDS.has(w)) names.add(w);
        }
      }
    }
    return { names, committees: view.committees, committeeNames: committeeNames(view.committees) };
  });
}
