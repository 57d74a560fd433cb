// Proposals of evidence for requests: later agenda items that look like the
// answer, found once per record version and per request, best first. A question
// then keeps those known by its date and not dismissed by a co-ordinator, and
// shows the one a co-ordinator confirmed. Nothing here closes a request: only a
// person does (see the confirm button), and what they decided is mutable state.
import type { AgendaItem, EvidenceDecision, Meeting } from '../../model.ts';
import { addCalendarDays } from '../../london.ts';
import type { Store } from '../../store/store.ts';
import { isPlanOnly, lookupKey, startTime, type RecordView } from '../record-view.ts';
import { SlicedJob } from '../../search/slices.ts';
import { requestCatalogue, type CatalogueEntry } from '../requests/request-catalogue.ts';
import { candidateFacts, matchEvidence, requestFacts, type CandidateFacts, type Proposal } from './evidence-match.ts';
import { TitleWords } from '../subjects/subject-words.ts';

/** At most this many proposals per request: the best, and a second only when nearly as good. */
export const MAX_PROPOSALS = 2;
const SECOND_AT_LEAST = 0.75;
/** How long after the request (or after its due date, if later) a paper may still be its answer. */
const ANSWERED_WITHIN_DAYS = 450;
const AFTER_DUE_DAYS = 183;

/**
 * Later items that may be evidence, read into facts only when a request first needs them: one
 * committee's, oldest meeting first, column by column (each item, its meeting, when that starts).
 * No object per candidate: a council has one per agenda item, kept for as long as the record.
 */
interface Candidates {
  items: AgendaItem[];
  meetings: Meeting[];
  starts: Float64Array;
}

interface EvidenceIndex {
  /** Candidate items by committee ('' for none). */
  byCommittee: Map<string, Candidates>;
  /** Facts read so far, by item id. */
  facts: Map<string, CandidateFacts>;
  /** Proposals found so far, by request id. */
  proposals: Map<string, Proposal[]>;
  /** Titles' words, each title read once: a council's 50,000 items have some 12,000 titles. */
  titles: Map<string, TitleWords>;
}

function titleWordsOf(index: EvidenceIndex, title: string): TitleWords {
  let words = index.titles.get(title);
  if (!words) index.titles.set(title, (words = new TitleWords(title)));
  return words;
}

const EVIDENCE = lookupKey<EvidenceIndex>('evidence');

function evidenceIndex(view: RecordView): EvidenceIndex {
  return view.derived.get(EVIDENCE, () => {
    const lists = new Map<string, { items: AgendaItem[]; meetings: Meeting[]; starts: number[] }>();
    for (const meeting of view.calendar) {
      if (isPlanOnly(meeting) || meeting.status === 'planned' || meeting.status === 'cancelled') continue;
      const start = startTime(view, meeting);
      if (start === null) continue;
      const key = meeting.committee ?? '';
      let list = lists.get(key);
      if (!list) lists.set(key, (list = { items: [], meetings: [], starts: [] }));
      for (const item of view.itemsByMeeting.get(meeting.id) ?? []) {
        list.items.push(item);
        list.meetings.push(meeting);
        list.starts.push(start);
      }
    }
    const byCommittee = new Map<string, Candidates>();
    for (const [key, list] of lists) byCommittee.set(key, { items: list.items, meetings: list.meetings, starts: Float64Array.from(list.starts) });
    return { byCommittee, facts: new Map(), proposals: new Map(), titles: new Map() };
  });
}

function factsOf(index: EvidenceIndex, list: Candidates, at: number): CandidateFacts {
  const item = list.items[at]!;
  let facts = index.facts.get(item.id);
  if (!facts) {
    facts = candidateFacts(item, list.meetings[at]!, list.starts[at]!, titleWordsOf(index, item.title));
    index.facts.set(item.id, facts);
  }
  return facts;
}

/** Position of the first candidate of a list (oldest first) whose meeting starts after `t`. */
function firstAfter(list: Candidates, t: number): number {
  let lo = 0;
  let hi = list.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list.starts[mid]! > t) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The candidates of a committee and of meetings naming none; of every committee for none. */
function candidateLists(index: EvidenceIndex, committee: string | null): Candidates[] {
  if (!committee) return [...index.byCommittee.values()];
  return [index.byCommittee.get(committee), index.byCommittee.get('')].filter((list) => list !== undefined);
}

function lastDay(entry: CatalogueEntry): string | null {
  const date = entry.meeting?.date;
  if (!date) return null;
  const byAge = addCalendarDays(date, ANSWERED_WITHIN_DAYS);
  const byDue = entry.dueDate ? addCalendarDays(entry.dueDate, AFTER_DUE_DAYS) : null;
  return byDue && byDue > byAge ? byDue : byAge;
}

/** Every proposal for one request in the record (whatever the date asked), best first. */
export function proposalsFor(view: RecordView, entry: CatalogueEntry): Proposal[] {
  const known = evidenceIndex(view).proposals.get(entry.request.id);
  if (known) return known;
  const steps = findProposals(view, entry, null);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Find a request's proposals, yielding whenever the slice is used up (never, without one). */
function* findProposals(view: RecordView, entry: CatalogueEntry, slice: { over(): boolean } | null): Generator<void, Proposal[], void> {
  const index = evidenceIndex(view);
  const until = lastDay(entry);
  let found: Proposal[] = [];
  if (entry.start !== null && until) {
    const siblings = (view.requestsByItem.get(entry.request.itemId) ?? []).length;
    const facts = requestFacts(entry.request, entry.item, entry.meeting, entry.start, siblings, (title) => titleWordsOf(index, title));
    // From meetings after the request's, up to its last day.
    for (const list of candidateLists(index, entry.meeting?.committee ?? null)) {
      for (let i = firstAfter(list, entry.start); i < list.items.length && list.meetings[i]!.date! <= until; i++) {
        if (slice?.over()) yield;
        const proposal = matchEvidence(facts, factsOf(index, list, i));
        if (proposal) found.push(proposal);
      }
    }
    found.sort((a, b) => b.score - a.score || (view.starts.get(a.meetingId) ?? 0) - (view.starts.get(b.meetingId) ?? 0));
    const best = found[0]?.score ?? 0;
    found = found.filter((p, i) => i === 0 || p.score >= best * SECOND_AT_LEAST).slice(0, MAX_PROPOSALS);
  }
  index.proposals.set(entry.request.id, found);
  return found;
}

const OPEN_EVIDENCE = lookupKey<void>('open-evidence');

/** Every candidate is a point where a slice may end; the job decides when its budget is used up. */
const EACH_STEP = { over: () => true };

/**
 * Proposals for the open requests of a committee (all, for none) that a paper may
 * still answer by `today`, newest first, in slices (null once built): built after
 * papers arrive, ahead of the answers, digests and Home pages that show them. Older
 * ones are found when first shown.
 */
export function openEvidenceBuild(view: RecordView, committee: string | null, today: string): SlicedJob<void> | null {
  return view.derived.start(OPEN_EVIDENCE, function* () {
    const index = evidenceIndex(view);
    const entries = requestCatalogue(view).entries;
    for (let i = entries.length - 1; i >= 0; i--) {
      const entry = entries[i]!;
      yield;
      if (committee && entry.meeting?.committee && entry.meeting.committee !== committee) continue;
      const until = lastDay(entry);
      if (!until || until < today) continue;
      if (index.proposals.has(entry.request.id) || view.store.requestState(entry.request.id).status !== 'open') continue;
      yield* findProposals(view, entry, EACH_STEP);
    }
  });
}

/** The decisions co-ordinators made on a request's proposals. */
export function decisionsOf(store: Store, requestId: string): EvidenceDecision[] {
  return store.state().evidence?.[requestId] ?? [];
}

export interface RequestEvidence {
  /** Proposals known by the date asked, not dismissed, best first; none once one is confirmed. */
  proposals: Proposal[];
  /** The item a co-ordinator confirmed as the answer. */
  confirmed: EvidenceDecision | null;
}

/**
 * A request's evidence as of a London date: what the papers known by then propose, and what people decided.
 * `proposals: false`: the confirmation only, for a caller that shows no proposals (a request no longer open).
 */
export function requestEvidence(view: RecordView, requestId: string, today: string, options: { proposals?: boolean } = {}): RequestEvidence {
  const entry = requestCatalogue(view).byId.get(requestId);
  const decisions = decisionsOf(view.store, requestId);
  // A confirmation stands while the request stays done: reopening it withdraws the confirmation.
  const state = view.store.requestState(requestId);
  const latest = [...decisions].reverse().find((d) => d.decision === 'confirmed') ?? null;
  const confirmed = latest && state.status === 'done' && (!state.changedAt || state.changedAt >= latest.at) ? latest : null;
  if (!entry) return { proposals: [], confirmed };
  if (confirmed || options.proposals === false) return { proposals: [], confirmed };
  const dismissed = new Set(decisions.filter((d) => d.decision === 'dismissed').map((d) => d.itemId));
  const proposals = proposalsFor(view, entry).filter((p) => {
    if (dismissed.has(p.itemId)) return false;
    const meeting = view.meetings.get(p.meetingId);
    // An agenda published ahead of its meeting is known; minutes only once held.
    return !!meeting?.date && (meeting.date <= today || meeting.status === 'agenda');
  });
  return { proposals, confirmed };
}
