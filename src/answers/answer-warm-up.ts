// The first question of each kind after start cost far more than the next of that kind: its
// builder's code is compiled, and its loops optimised, only as it first runs over the record (at
// council scale the first ten kinds asked took some 230 ms of CPU together, the next ten about 70).
// With twenty questions in flight they queue behind one another in the answer thread, so that cost
// landed on the slowest answers of the first busy moment. These questions, one of each kind, are
// answered once before the bot says its answers are ready, in a context that remembers nothing
// (see AnswerContext.indexComplete): no member's answer, and no topic's results, are kept from them.
import { formatDate, londonDate } from '../london.ts';
import { searchTerms } from '../search/search-options.ts';
import type { SearchIndex } from '../search/search-index.ts';
import type { RecordView } from './record-view.ts';

/**
 * Subjects nearly every scrutiny board's record has: the topic questions ask about the first the
 * index knows, so that their code runs over many matches, as a member's broad topic does.
 */
const COMMON_SUBJECTS = ['budget', 'performance', 'housing', 'schools', 'health'];

/** One question of each kind members ask, about this record as of `now`. */
export function warmUpQuestions(view: RecordView, index: SearchIndex, now: Date): string[] {
  const today = londonDate(now);
  const held = view.calendar.findLast((m) => m.status === 'minutes' && m.date !== null && m.date <= today) ?? null;
  const person = held ? (held.present.find((p) => p.role === 'member') ?? held.present[0] ?? null) : null;
  const subject = COMMON_SUBJECTS.find((word) => searchTerms(word).every((term) => index.knows(term))) ?? null;
  return [
    'next meeting',
    'last meeting',
    'who attended the last meeting',
    ...(held?.date ? [`meeting on ${formatDate(held.date)}`] : []),
    'meetings this year',
    'outstanding requests',
    'all requests',
    'work programme',
    'what has slipped from the work programme',
    ...(person ? [`attendance of ${person.name}`] : []),
    'who has the worst attendance',
    'who is the chair',
    'who is on the board',
    'any private items last year',
    ...(subject
      ? [
          `requests about ${subject}`,
          `what was resolved on ${subject}?`,
          `history of ${subject}`,
          `when did we last discuss ${subject}?`,
          `what is coming up on ${subject}`,
          subject,
          `${subject} ${subject === 'budget' ? 'savings' : 'report'}`,
          misspelt(subject),
        ]
      : []),
    'help',
  ];
}

/** The word with two letters swapped, as a member types it in a hurry. */
function misspelt(word: string): string {
  return word.length < 4 ? word : `${word.slice(0, 2)}${word[3]}${word[2]}${word.slice(4)}`;
}
