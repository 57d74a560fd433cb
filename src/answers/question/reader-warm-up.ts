// The first questions read after start cost far more than the rest: each of the reader's patterns
// and chrono's date parsers is compiled the first time it runs. Twenty questions read cold took about
// 200 ms of CPU here, the same twenty read after these took 3-4 ms. Read in the background after
// start, one per step, so that the first members to ask (twenty at once, queued in the answer
// thread) do not pay for it.
import { SlicedJob } from '../../search/slices.ts';
import { readQuestion, type QuestionVocabulary } from './read-question.ts';

/** Questions of the common shapes, dates of each kind the reader reads among them. */
export const WARM_UP_QUESTIONS = [
  'next meeting',
  'what was decided on 3 March 2023?',
  'requests since last June',
  'between May and July 2022 what was resolved about parks',
  'attendance of Councillor Smith',
  'history of school transport',
  'what is coming up on the work programme in the spring',
  'what is on the agenda for the meeting on thursday',
  'which minutes are we signing off on the 13th',
  'decisions about housing last month',
  'outstanding requests',
  'anything on fostering before 2020',
];

/** The reader's first questions, read now (one per step) with the record's vocabulary, as of `now`. */
export function warmUpQuestionReader(vocabulary: QuestionVocabulary, now: Date): SlicedJob<void> {
  return new SlicedJob(
    (function* () {
      for (const question of WARM_UP_QUESTIONS) {
        readQuestion(question, now, vocabulary);
        yield;
      }
    })(),
  );
}
