// The answer engine: one entry point for `/scrutiny`, mentions, the console and
// `scrutiny ask`. It reads a question into an intent, gives the builders one
// context for it (record view, index, clock, page, the board's committee) and
// returns one Answer; it never throws, whatever the text.
import type { Logger } from '@slack/bolt';
import type { Clock } from '../clock.ts';
import type { Store } from '../store/store.ts';
import { defaultSnapshotPath, emptySearchIndex, SearchIndexKeeper, type SearchIndex } from '../search/search-index.ts';
import { SlicedJob } from '../search/slices.ts';
import { daysBetween, formatDate } from '../london.ts';
import type { Answer } from './answer.ts';
import { answer } from './answer-parts.ts';
import { warmUpQuestions } from './answer-warm-up.ts';
import { rememberedAnswer, type AnswerMemoLimits } from './answer-memo.ts';
import { buildAttendance } from './attendance/build-attendance.ts';
import { buildAttendanceTable } from './attendance/build-attendance-table.ts';
import { buildChair, buildMeetingAttendance, buildMembership } from './attendance/build-meeting-people.ts';
import { buildOfficer, officerRole } from './attendance/build-officer.ts';
import { buildPerson, buildRoleHolder } from './attendance/build-person.ts';
import { answerContext, type AnswerContext } from './context.ts';
import { buildCannot } from './help/build-cannot.ts';
import { buildHelp } from './help/build-help.ts';
import { buildHistory } from './history/build-history.ts';
import { firstLookupSteps, lookupSteps, lookupStepsFor, type LookupStep } from './lookups.ts';
import { buildMeetingOnAnswer } from './meetings/build-meeting.ts';
import { buildMeetingByRef, buildMeetingsIn } from './meetings/build-meetings.ts';
import { buildLatestMeetingAnswer, buildNextMeetingAnswer } from './meetings/build-next-meeting.ts';
import { meetingByRef } from './meetings/meeting-queries.ts';
import { buildPrivateItems } from './meetings/build-private-items.ts';
import { answerReading } from './question/describe-reading.ts';
import type { Period } from './question/question-periods.ts';
import { asksUndated, itemRoleAsked, plainQuestion, readQuestion, REPLIED } from './question/read-question.ts';
import type { IntentKind, QuestionReading } from './question/question-reading.ts';
import type { QuestionVocabulary } from './question/read-question.ts';
import { questionVocabulary } from './question/vocabulary.ts';
import { RecordViews } from './record-view.ts';
import { buildRequestsAnswer } from './requests/build-requests.ts';
import { buildResolutionsAnswer } from './resolutions/build-resolutions.ts';
import { buildSearch } from './search/build-search.ts';
import { buildComing } from './topics/build-coming.ts';
import { buildItemLeads } from './topics/build-item-leads.ts';
import { buildSlipped } from './work-programme/build-slipped.ts';
import { buildWorkProgramme } from './work-programme/build-work-programme.ts';
import { municipalYear } from './work-programme/work-programme-queries.ts';

export interface AskOptions {
  /** The instant to answer for (default: the clock). */
  now?: Date;
  /**
   * The page (0-based, as Slack's "Show more" counts) the caller will show. A long
   * answer builds its entries up to this page and a few more, and counts the rest.
   */
  page?: number;
  /**
   * The board's committee for this question (a channel's board), as the record spells it; null: the
   * whole record. Default: the engine's own (EngineDeps.committee). A committee the question names still wins.
   */
  committee?: string | null;
}

/** /scrutiny's reply to a question, rendered where its answer is built (see Engine.answerReply). */
export interface ReplyRequest {
  /** A co-ordinator asked: requests carry Mark done and Reopen. */
  coordinator: boolean;
  /** The question named another board than the channel's: the answer's title names it so (see boards/board-engine.ts). */
  aboutBoard?: { committee: string; who: string };
}

export interface Engine {
  /** Answer a member's question as of `now` (default: the clock). Never throws for any input text. */
  ask(question: string, options?: AskOptions): Answer;
  /**
   * The same answer, built where it cannot hold up the event loop that acknowledges Slack (the
   * running bot's answer worker thread). Callers that can wait use it, through answerFrom.
   */
  answer?(question: string, options?: AskOptions): Promise<Answer>;
  /**
   * /scrutiny's reply (the JSON text posted to its response_url), rendered where the answer is built:
   * the answer thread renders it there and hands on only the text, which costs the main thread no
   * copy of the answer and no rendering. `renderHere` renders an answer that had to be built in the
   * calling thread instead (the worker stopped); engines without it leave the caller to render.
   */
  answerReply?(question: string, options: AskOptions, reply: ReplyRequest, renderHere: (answer: Answer) => string): Promise<string>;
  /** Bring the search index and the record's look-ups in step with the store after an ingest. */
  refresh(): void;
  /**
   * Resolves when `question` can be answered without waiting: at once, or, while the
   * search index loads after a start or takes in a change, once a question that needs it can have it.
   * Given the options the question will be asked with, the reading it makes is the ask's.
   */
  ready?(question: string, options?: AskOptions): Promise<void>;
}

export interface EngineDeps {
  store: Store;
  clock: Clock;
  /** Where the search index snapshot is saved; null: never saved. Default: beside the store. */
  snapshotPath?: string | null;
  logger?: Logger;
  /** The board's committee ("the board", "SB2"); default: the record's only committee, if it has one. */
  committee?: string | null;
  /** What the memo of answers asked again keeps (default ANSWER_MEMO_LIMITS). */
  answerMemo?: AnswerMemoLimits;
  /**
   * Given each answer to the questions asked before the look-ups are said to be built (see
   * ./answer-warm-up.ts): the answer thread renders them as replies, so that no first reply compiles that code.
   */
  warmedUp?: (answer: Answer) => void;
}

/** The engine plus what tests, tools and the benchmark look at. */
export interface AnswerEngine extends Engine {
  /** The index in use: `origin` says whether it came from the snapshot or was built. */
  index(): SearchIndex;
  /** Resolves when the last snapshot write has finished. */
  saved(): Promise<void>;
  /** Resolves when the index is in memory (a snapshot is read in the background after start). */
  loaded(): Promise<void>;
  /** Resolves when the record's look-ups asked for last (after start, after a change) are built. */
  prepared(): Promise<void>;
  /** The context a question asked now would be answered with. */
  context(options?: AskOptions): AnswerContext;
  /**
   * A question is being answered until the returned function is called: the look-ups built in the
   * background wait meanwhile, a slice at a time under a stream of questions (those the question
   * reads are built first, by `ready`).
   */
  answering(): () => void;
}

/** An engine's answer, from its worker thread when it has one. */
export function answerFrom(engine: Engine, question: string, options?: AskOptions): Promise<Answer> {
  if (engine.answer) return engine.answer(question, options);
  try {
    return Promise.resolve(engine.ask(question, options));
  } catch (error) {
    return Promise.reject(error);
  }
}

/** Meeting answers: built from the record while the index loads, without their look-back. */
const MEETING_KINDS = new Set<IntentKind>(['next-meeting', 'latest-meeting', 'meeting', 'meetings', 'meeting-attendance', 'attendance-table', 'chair', 'membership', 'attendance', 'help', 'cannot', 'private-items']);

/**
 * Answers built from the record while the index loads: meeting answers (without their look-back), and
 * requests asked for by status or date rather than by topic ("outstanding requests", "what did we ask for
 * in October"), which read the request catalogue only and are the same either way.
 */
function answeredWhileIndexLoads(reading: QuestionReading): boolean {
  return MEETING_KINDS.has(reading.intent) || (reading.intent === 'requests' && !reading.topic) || (reading.intent === 'work-programme' && !planAsMeetings(reading.period));
}

/** "What's planned for March": a month or a week of the work programme is answered as the meetings then (with their look-back). */
function planAsMeetings(period: Period | null | undefined): boolean {
  return Boolean(period && period.from && period.to && daysBetween(period.from, period.to) < 62);
}

/** Longest question text read; the rest of a pasted essay adds nothing to the reading. */
const MAX_QUESTION = 1000;

/** The answer to a question as read. */
export function answerReadQuestion(ctx: AnswerContext, reading: QuestionReading, question: string): Answer {
  const built = buildFor(ctx, reading, question);
  return { ...built, reading: answerReading(reading) };
}

function buildFor(ctx: AnswerContext, reading: QuestionReading, question: string): Answer {
  const { topic, period } = reading;
  switch (reading.intent) {
    case 'help':
      return buildHelp(question, ctx.now);
    case 'cannot':
      return buildCannot(ctx, reading.action, question);
    case 'next-meeting':
      return buildNextMeetingAnswer(ctx, question);
    case 'latest-meeting':
      return buildLatestMeetingAnswer(ctx, question);
    case 'meeting':
      if (reading.invalidDate) return buildMeetingOnAnswer(ctx, { kind: 'invalid', text: reading.invalidDate }, question);
      if (reading.meeting) return buildMeetingByRef(ctx, reading.meeting, question);
      if (period?.dayMonth) return buildMeetingOnAnswer(ctx, { kind: 'day-month', day: period.dayMonth.day, month: period.dayMonth.month, text: period.text }, question);
      if (period?.day) return buildMeetingOnAnswer(ctx, { kind: 'date', date: period.day, text: period.text }, question);
      if (period) return buildMeetingsIn(ctx, period, question);
      return buildNextMeetingAnswer(ctx, question);
    case 'meetings':
      if (period) return buildMeetingsIn(ctx, period, question, /\bagenda\b/i.test(question) ? 'agenda' : 'meetings');
      return buildNextMeetingAnswer(ctx, question);
    case 'agenda-topic':
    case 'coming':
      if (!topic) return buildNextMeetingAnswer(ctx, question);
      return buildComing(ctx, topic, question, reading.intent === 'agenda-topic' ? 'agenda' : 'coming', period);
    case 'resolutions':
      return buildResolutionsAnswer(ctx, { topic, period, meeting: reading.meeting, action: reading.boardAction, joining: reading.joining }, question);
    case 'requests':
      return buildRequestsAnswer(ctx, { topic, status: reading.status, period: period ?? meetingPeriod(ctx, reading), didWeAsk: /\b(?:did|has|have)\s+(?:we|the board|members|they|sb\d)\s+(?:ever\s+)?(?:ask|asked|request|requested)\b/i.test(question), didWeGet: REPLIED.test(question) || /\b(?:did|have|has)\s+(?:we|the board|members|they|anyone|officers)\s+(?:ever\s+)?(?:get|got|receive|received|had|have|see|seen|hear|heard)\b|\bhas\s+(?:it|that|this)\s+(?:come|arrived|been)\b|\b(?:come|came)\s(?:through|in)\b|\barrived?\b|\bbeen\s(?:sent|circulated|received|provided|shared|supplied)\b/i.test(question) }, question);
    case 'work-programme':
      if (asksUndated(question) && !period) return buildWorkProgramme(ctx, question, { undatedOnly: true });
      // A month or a week: the meetings then; a municipal year: that year's programme; else the programme from today.
      if (planAsMeetings(period)) return buildMeetingsInPlan(ctx, reading, question);
      return buildWorkProgramme(ctx, question, { year: period ? (municipalYearOf(period) ?? undefined) : undefined });
    case 'history':
      return topic ? buildHistory(ctx, topic, question, period) : buildHelp(question, ctx.now);
    case 'attendance':
      return reading.person ? buildAttendance(ctx, reading.person, question, period) : buildMeetingAttendance(ctx, reading.meeting, period, question);
    case 'person':
      // A role no paper names ("the leader of the council") is searched for as any topic is.
      if (reading.person) return buildPerson(ctx, reading.person, question, period);
      return personOrItemLead(ctx, topic ?? '', question) ?? buildSearch(ctx, topic ?? plainQuestion(question), question, { understood: false, period });
    case 'meeting-attendance':
      return buildMeetingAttendance(ctx, reading.meeting, period, question);
    case 'attendance-table':
      return buildAttendanceTable(ctx, question, reading.rank);
    case 'slipped':
      return buildSlipped(ctx, question);
    case 'chair':
      return buildChair(ctx, reading.meeting, period, question);
    case 'membership':
      return buildMembership(ctx, reading.meeting, period, question);
    case 'private-items':
      return buildPrivateItems(ctx, reading.meeting, period, question);
    case 'officer':
      return buildOfficer(ctx, officerRole(question), reading.meeting, period, question);
    case 'search':
      return buildSearch(ctx, topic ?? plainQuestion(question), question, { understood: topic !== null && understood(question, topic), period });
  }
}

/**
 * "who is the cabinet member for children": the title printed beside a name. "who's the lead officer for the
 * home schooling item": the leads of the work programme's row and the report's author. A councillor's role
 * ("cabinet member") is a printed title first; an officer's ("lead officer") the item's first.
 */
function personOrItemLead(ctx: AnswerContext, topic: string, question: string): Answer | null {
  const asked = itemRoleAsked(topic);
  if (!asked) return buildRoleHolder(ctx, topic, question);
  const ofItem = () => buildItemLeads(ctx, asked.role, asked.subject, question);
  return /\b(?:cabinet|portfolio)\b/i.test(asked.role) ? (buildRoleHolder(ctx, topic, question) ?? ofItem()) : (ofItem() ?? buildRoleHolder(ctx, topic, question));
}

/** "2017/18" when a period is one municipal year (1 May to 30 April), else null. */
function municipalYearOf(period: Period): string | null {
  if (!period.from?.endsWith('-05-01') || period.to !== `${Number(period.from.slice(0, 4)) + 1}-04-30`) return null;
  return municipalYear(period.from);
}

/** "Requests from the last meeting": the day of the meeting named by its place, as a period. */
function meetingPeriod(ctx: AnswerContext, reading: QuestionReading): Period | null {
  const meeting = reading.meeting ? meetingByRef(ctx, reading.meeting) : null;
  return meeting?.date ? { from: meeting.date, to: meeting.date, text: '', label: `at the meeting of ${formatDate(meeting.date)}` } : null;
}

/** "What's planned for March": the meetings then, with their agendas or planned items. */
function buildMeetingsInPlan(ctx: AnswerContext, reading: QuestionReading, question: string): Answer {
  return buildMeetingsIn(ctx, reading.period!, question, 'agenda');
}

/** Whether a question is a topic on its own ("anything on SEND transport?") rather than something not read. */
function understood(asked: string, topic: string): boolean {
  // Spaces folded, as the patterns below expect.
  const question = plainQuestion(asked);
  const words = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1).length;
  const topicWords = words(topic);
  if (topicWords === 0) return false;
  // "anything on plans issued within the statutory 20 weeks": a longer topic, said to be one.
  if (TOPIC_CUE.test(question.trim())) return topicWords <= 10;
  if (topicWords > 6) return false;
  // Who, why, will: a question about people or reasons the record's kinds of answer do not cover.
  if (/^(?:who|whom|why|will|would|should|shall|what (?:should|will|would|could|might|shall))\b/i.test(question.trim())) return false;
  return topicWords / Math.max(1, words(question)) >= 0.6;
}

/** How members ask about a topic on its own: "anything on ...", "tell me about ...", "what is ...". */
const TOPIC_CUE =
  /^(?:(?:is there |have we got |has there been )?any(?:thing)? (?:on|about|re|regarding|for)|(?:(?:is there |has there been )?any )?mentions? of|(?:did|has|have) (?:we|the board|the committee|members|sb ?\d+|scrutiny)(?! (?:ever )?(?:get|got|receive|have|had|hear|see|meet|met)\b)|what about|how about|tell me (?:about|more about)|(?:any )?(?:info|information|details|news|update|updates) (?:on|about|re)|what(?:'s| is| are) (?:the )?(?:latest|position|situation|news|story) (?:on|with|about)|what(?:'s| is| are|s) (?!the next|on the)|what (?:did|was|were|does|do|has|have) (?!we\b|you\b|i\b)|how (?:did|was|were|is|are|many|much) (?!we\b|you\b|i\b)|where are we (?:on|with)|status of|progress on|show me|search|find|who (?:wrote|writes|presented|presents|introduced|authored|leads on|is the lead (?:officer )?(?:for|on)))\b/i;

export async function createEngine(deps: EngineDeps): Promise<AnswerEngine> {
  const { store, clock, logger } = deps;
  const snapshotPath = deps.snapshotPath === undefined ? defaultSnapshotPath(store.path) : deps.snapshotPath;
  const keeper = new SearchIndexKeeper({ store, snapshotPath, ...(logger ? { logger } : {}) });
  await keeper.open();
  const views = new RecordViews(store);
  // The store's look-ups by id (an item, a resolution, a request), which most answers read: built in
  // slices from now, not all at once by the first answer that reads one.
  const storeLookups = store.prepareLookups().catch((error: unknown) => logger?.warn('Preparing the store look-ups failed.', error));
  // An index of nothing, for meeting answers while the real one loads; one per record version.
  let standIn: SearchIndex | null = null;
  const standInIndex = (): SearchIndex => {
    if (!standIn || standIn.storeVersion !== store.version()) standIn = emptySearchIndex(store.version());
    return standIn;
  };
  const contextFor = (options: AskOptions, index: SearchIndex, indexComplete?: boolean, named?: string | null): AnswerContext =>
    answerContext({
      view: views.current(),
      index,
      ...(indexComplete !== undefined ? { indexComplete } : {}),
      now: options.now ?? clock.now(),
      ...(options.page !== undefined ? { page: options.page } : {}),
      // A committee the question names wins over the channel's board's, which wins over the engine's own.
      ...(named
        ? { committee: named }
        : options.committee !== undefined
          ? { committee: options.committee }
          : deps.committee !== undefined
            ? { committee: deps.committee }
            : {}),
    });

  // Last, once per engine: a question of each kind, so that no member's first one compiles its code.
  let warmedUp = false;
  const warmUp: LookupStep = (view) => {
    if (warmedUp) return null;
    warmedUp = true;
    const index = keeper.current();
    const now = clock.now();
    return new SlicedJob(
      (function* () {
        for (const question of warmUpQuestions(view, index, now)) {
          const reading = readQuestion(question, now, questionVocabulary(view));
          // Remembering nothing: a member's first question on the same words is answered afresh.
          deps.warmedUp?.(answerReadQuestion(contextFor({ now }, index, false, reading.committee), reading, question));
          yield;
        }
      })(),
    );
  };
  const steps = [...lookupSteps({ index: () => keeper.current(), now: () => clock.now(), committee: deps.committee }), warmUp];
  const prepare = (which: LookupStep[] = steps) => void views.prepare(which, (error) => logger?.warn('Preparing the record look-ups failed.', error));
  // The view and the look-ups every question reads at once, beside the index snapshot's slices; the
  // rest once the index is in, so a search asked at start waits for no more than it needs. A question
  // asked meanwhile builds only what it needs.
  prepare(firstLookupSteps());
  const started = keeper.loaded().then(() => {
    standIn = null;
    prepare();
  });

  // The reading `ready` made, for the ask that follows it: valid for the same text, instant and
  // vocabulary (one per record version). A first question is read once, not twice.
  let kept: { text: string; t: number; vocabulary: QuestionVocabulary; reading: QuestionReading } | null = null;
  const readingOf = (text: string, now: Date): QuestionReading => {
    const vocabulary = questionVocabulary(views.current());
    if (kept && kept.text === text && kept.t === now.getTime() && kept.vocabulary === vocabulary) return kept.reading;
    const reading = readQuestion(text, now, vocabulary);
    kept = { text, t: now.getTime(), vocabulary, reading };
    return reading;
  };

  return {
    ask(question, options = {}) {
      const text = typeof question === 'string' ? question : '';
      const now = options.now ?? clock.now();
      try {
        const reading = readingOf(text.slice(0, MAX_QUESTION), now);
        const index = keeper.current();
        // Other questions that need the index wait for it (it loads there and then): never a wrong "nothing found".
        if (!index.ready && answeredWhileIndexLoads(reading)) return answerReadQuestion(contextFor({ ...options, now }, standInIndex(), false, reading.committee), reading, text);
        const ctx = contextFor({ ...options, now }, index, undefined, reading.committee);
        return rememberedAnswer(ctx, text, reading, () => answerReadQuestion(ctx, reading, text), deps.answerMemo);
      } catch (error) {
        logger?.error('Answering a question failed', { question: text.slice(0, 200) }, error);
        return answer('notice', text, now, {
          title: 'Sorry, something went wrong answering that.',
          summary: 'The problem has been logged. Try asking in other words, or ask "help".',
          sections: [],
        });
      }
    },
    refresh() {
      keeper.current();
      if (!views.ready) prepare();
    },
    async ready(question, options = {}) {
      const index = keeper.current();
      const now = options.now ?? clock.now();
      const reading = readingOf((typeof question === 'string' ? question : '').slice(0, MAX_QUESTION), now);
      if (!index.ready || index.storeVersion !== store.version()) {
        // A meeting answer is built at once, without its look-back, while the index loads; so are lists of requests and the work programme.
        if (answeredWhileIndexLoads(reading)) return;
        await keeper.loaded();
      }
      // What the answer reads that is still being built is finished here, in slices.
      await views.build(lookupStepsFor(reading.intent, now));
    },
    index: () => keeper.current(),
    saved: () => keeper.saved(),
    loaded: () => keeper.loaded(),
    prepared: () => Promise.all([storeLookups, started.then(() => views.prepared())]).then(() => undefined),
    context: (options = {}) => contextFor(options, keeper.current()),
    answering: () => views.answering(),
  };
}
