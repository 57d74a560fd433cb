// Merging one parsed document into the board's record.
//
// mergeDocument reads the current record through its RecordIndex and returns a
// patch (the meetings and work-programme rows it changes, whole) without
// touching the index; the store applies the patch. So a merge that fails leaves
// the record as it was, and a merge costs what the document touches, not what
// the record holds.
//
// The rules, in brief:
//  - a meeting is its committee (normalised) and London date: known from a plan
//    row, an agenda and minutes it is one meeting; per field the most
//    authoritative source wins (minutes > agenda > plan; "cancelled" from a
//    source that knows it wins over a plan or an agenda);
//  - an item of a meeting is matched by title (normalised, allowing a word or
//    two more or less) helped by the minute number; the minutes' version wins,
//    the agenda's report author, pages and papers fill what the minutes lack;
//  - newer minutes of a meeting replace the older minutes' items, resolutions
//    and requests; ids of resolutions and requests come from meeting, minute
//    number and text, falling back to position when a corrected text changed;
//  - an agenda-item page (no date) enriches the matching item of a dated
//    meeting, or waits under an undated placeholder until that meeting arrives;
//  - work-programme rows dedupe on committee, year, slot, date and title; a
//    dated plan row belongs to its committee's meeting that day (a row naming
//    no committee: the document's committee, else the one meeting that day).
import type {
  AgendaItem,
  DocumentKind,
  Meeting,
  MeetingStatus,
  Paper,
  ParsedDocument,
  ParsedItem,
  ParsedMeeting,
  ParsedRequest,
  ParsedResolution,
  ParsedWorkProgrammeItem,
  SourceDocument,
  WorkProgrammeItem,
} from '../model.ts';
import type { IngestOutcome, SourceInfo } from './store.ts';
import { RecordIndex, wpTitleKey, type MeetingBundle, type RecordPatch } from './record-index.ts';
import { parseDocumentTime } from '../ingest/dates.ts';
import { buildRequests, buildResolutions, insertForItem, matchItems, mergePapers, richerBody, uniqueInMeeting } from './merge-items.ts';
import { findMeetingByExternalId, moveMeetingToDate } from './merge-external-id.ts';
import { sealMeeting, sealParsedDocument } from '../exempt.ts';
import { contentWords, municipalYearOfDate, shortHash, titleKeyOf, bodyWordsOf, bodyOverlap, titleSimilarity } from './merge-keys.ts';
import { committeeFamilyKey, committeeKey, committeeVariants, meetingKey, normaliseText, titleKey } from '../record-keys.ts';

export interface MergeResult {
  patch: RecordPatch;
  outcome: IngestOutcome;
  /** Request ids that changed (an item page's request re-homed to its minutes): [from, to], so a status follows. */
  movedRequests: Array<[string, string]>;
}

/** Papers that enrich an item the minutes already hold: an agenda-item page, a ModernGov meeting's. */
const PAGE_KINDS: ReadonlySet<DocumentKind> = new Set(['item-page', 'moderngov']);

/** How authoritative a meeting's current fields are. */
const STATUS_RANK: Record<MeetingStatus, number> = { planned: 1, agenda: 2, cancelled: 2, minutes: 3 };

/**
 * Merge one parsed document into the record seen through `index`; null when this
 * exact content (same sha256) is already in the record, which then stays as it is.
 */
export function mergeDocument(index: RecordIndex, parsed: ParsedDocument, source: SourceInfo, at: Date): MergeResult | null {
  if (index.documentIds.has(source.sha256)) return null;
  // Schedule 12A: what a private item says is never merged (see src/exempt.ts).
  return new DocumentMerge(index, sealParsedDocument(parsed), source, at, null).run();
}

/**
 * Merge a new reading of a document the record already holds (read again by a newer parser) in place
 * of its older one; null when the record does not hold it. What the older reading alone said goes
 * unless the new one says it too; the ids of items, resolutions and requests it says again are kept
 * (by content, else by position among an item's, as for corrected minutes), so a request's status
 * stays with it. The document keeps its place and when it was first ingested.
 */
export function rereadDocument(index: RecordIndex, parsed: ParsedDocument, source: SourceInfo): MergeResult | null {
  const stored = index.documents[index.documentPosition(source.sha256)];
  if (!stored) return null;
  return new DocumentMerge(index, sealParsedDocument(parsed), source, new Date(stored.ingestedAt), stored).run();
}

/** Merge documents one after another into a fresh record: for tests and tools. */
export function mergeAll(documents: Array<{ parsed: ParsedDocument; source: SourceInfo }>, at: Date): RecordIndex {
  const index = new RecordIndex();
  for (const { parsed, source } of documents) {
    const result = mergeDocument(index, parsed, source, at);
    if (result) index.apply(result.patch);
  }
  return index;
}

interface PageLike {
  title: string;
  body: string;
  reportAuthor: string | null;
  pages: string | null;
  papers: Paper[];
  private: boolean;
  sources: string[];
  resolutions: ParsedResolution[];
  requests: ParsedRequest[];
  /** Ids of the requests as stored under a placeholder, to carry their status over. */
  requestIds?: string[];
}

class DocumentMerge {
  readonly #index: RecordIndex;
  readonly #parsed: ParsedDocument;
  readonly #source: SourceInfo;
  readonly #at: Date;
  readonly #docId: string;
  readonly #work = new Map<string, MeetingBundle>();
  readonly #removed = new Set<string>();
  readonly #keys = new Map<string, string>();
  readonly #wp = new Map<string, WorkProgrammeItem>();
  readonly #removedWp = new Set<string>();
  readonly #moved: Array<[string, string]> = [];
  readonly #newAgenda = new Set<string>();
  readonly #newMinutes = new Set<string>();
  /** A document read again: its entry as stored, and the items its older reading named (see #forgetOldReading). */
  readonly #rereading: SourceDocument | null;
  readonly #oldReading = new Set<string>();
  /** The sources of what the older reading touched, as they were, by meeting, item or row id. */
  readonly #oldSources = new Map<string, string[]>();
  #docCommittee: string | null = null;

  constructor(index: RecordIndex, parsed: ParsedDocument, source: SourceInfo, at: Date, rereading: SourceDocument | null) {
    this.#index = index;
    this.#parsed = parsed;
    this.#source = source;
    this.#at = at;
    this.#docId = source.sha256;
    this.#rereading = rereading;
  }

  run(): MergeResult {
    if (this.#rereading) this.#forgetOldReading();
    this.#docCommittee = this.#parsed.meetings.find((m) => m.committee)?.committee ?? null;
    const dated = this.#parsed.meetings.filter((m) => m.date !== null && m.kind !== 'item-page');
    const pages = this.#parsed.meetings.filter((m) => m.date === null || m.kind === 'item-page');
    for (const meeting of dated) this.#mergeMeeting(meeting);
    for (const row of this.#parsed.workProgramme) this.#mergePlanRow(row);
    for (const slot of this.#parsed.emptyPlanDates ?? []) this.#planMeeting(slot.committee ?? this.#docCommittee, slot.date, slot.meetingNote ? parseDocumentTime(slot.meetingNote) : null);
    for (const meeting of dated) this.#mergeResolutionAdditions(meeting);
    for (const page of pages) this.#mergeItemPage(page);
    if (dated.length > 0 || pages.length > 0) this.#rehomePlaceholders();
    if (this.#rereading) this.#settleOldReading();
    return this.#finish();
  }

  // -- a document read again ----------------------------------------------------

  /**
   * Before a new reading of a stored document is merged, the document stops being a source of what
   * its older reading touched. Items stay in place without it (their ids, and their resolutions' and
   * requests' ids, are then there for the new reading to match and keep, as corrected minutes keep
   * them, with the new reading's words); what only it said of a meeting (time, place, attendance,
   * status) is forgotten, and its work-programme rows go. Whatever the new reading does not name again
   * then has no source left and goes (#settleOldReading). What the merge keeps when a paper gives
   * nothing in its place stays (a meeting's place other papers of it also tell, an item's text the new
   * reading leaves empty, the fuller text of an agenda-item page): which paper gave it is not kept.
   */
  #forgetOldReading(): void {
    const id = this.#docId;
    const { meetings, workProgramme } = this.#index.fromDocument(id);
    for (const stored of meetings) {
      const bundle = this.#checkout(stored.meeting.id);
      const m = bundle.meeting;
      this.#oldSources.set(m.id, m.sources);
      m.sources = m.sources.filter((s) => s !== id);
      // A dated meeting's status is worked out again from what the new reading says (an undated one holds agenda-item pages).
      if (m.sources.length === 0) {
        Object.assign(m, { time: null, place: null, chair: null, present: [], apologies: [], closingTime: null, ...(m.date ? { status: 'planned' } : {}) });
        delete m.absent;
        delete m.contact;
        delete m.minutesSource;
      }
      bundle.items = bundle.items.map((item) => {
        if (!item.sources.includes(id)) return item;
        this.#oldReading.add(item.id);
        this.#oldSources.set(item.id, item.sources);
        return { ...item, sources: item.sources.filter((s) => s !== id) };
      });
    }
    for (const row of workProgramme) {
      this.#oldSources.set(row.id, row.sources);
      const sources = row.sources.filter((s) => s !== id);
      if (sources.length === 0) this.#dropWp(row.id);
      else this.#putWp({ ...row, sources });
    }
  }

  /**
   * After the new reading is merged: what the older reading alone said and the new one does not go
   * (items with no source left, with their resolutions and requests, and meetings); what it names
   * again lists its sources in the order they came, as a fresh record would.
   */
  #settleOldReading(): void {
    const inOrder = (id: string, sources: string[]) => {
      const old = this.#oldSources.get(id);
      if (!old || !sources.includes(this.#docId)) return sources;
      return [...old.filter((s) => sources.includes(s)), ...sources.filter((s) => !old.includes(s))];
    };
    for (const [id, bundle] of this.#work) {
      const gone = new Set(bundle.items.filter((item) => item.sources.length === 0).map((item) => item.id));
      if (gone.size > 0) {
        bundle.items = bundle.items.filter((item) => !gone.has(item.id));
        bundle.resolutions = bundle.resolutions.filter((r) => !gone.has(r.itemId));
        bundle.requests = bundle.requests.filter((r) => !gone.has(r.itemId));
      }
      if (bundle.meeting.sources.length === 0 && bundle.items.length === 0) {
        this.#removed.add(id);
        this.#work.delete(id);
        continue;
      }
      bundle.meeting.sources = inOrder(id, bundle.meeting.sources);
      bundle.items = bundle.items.map((item) => (this.#oldSources.has(item.id) ? { ...item, sources: inOrder(item.id, item.sources) } : item));
    }
    for (const [id, row] of this.#wp) if (this.#oldSources.has(id)) this.#wp.set(id, { ...row, sources: inOrder(id, row.sources) });
  }

  // -- meetings -------------------------------------------------------------

  #current(id: string): MeetingBundle | undefined {
    if (this.#removed.has(id)) return undefined;
    return this.#work.get(id) ?? this.#index.bundles.get(id);
  }

  /** A bundle to change: a private copy, so the index stays untouched until the patch is applied. */
  #checkout(id: string): MeetingBundle {
    const working = this.#work.get(id);
    if (working) return working;
    const stored = this.#index.bundles.get(id);
    if (!stored) throw new Error(`meeting ${id} is not in the record`);
    const copy = structuredClone(stored);
    this.#work.set(id, copy);
    return copy;
  }

  #findMeeting(committee: string | null, date: string | null): string | undefined {
    const key = meetingKey(committee, date);
    const known = this.#keys.get(key) ?? this.#index.meetingIdByKey.get(key);
    if (known) {
      const bundle = this.#current(known);
      if (bundle && meetingKey(bundle.meeting.committee, bundle.meeting.date) === key) return known;
    }
    if (!date) return undefined;
    const onDate = new Set(this.#index.meetingIdsByDate.get(date) ?? []);
    for (const bundle of this.#work.values()) if (bundle.meeting.date === date) onDate.add(bundle.meeting.id);
    const candidates = [...onDate].map((id) => this.#current(id)).filter((b): b is MeetingBundle => b !== undefined);
    if (!committeeKey(committee)) {
      // A plan row or a document that does not name its committee: the one meeting of that day, if only one.
      return candidates.length === 1 ? candidates[0]!.meeting.id : undefined;
    }
    // The committee's name with or without its number: that meeting, when only one of the day's is.
    const wanted = committeeKey(committee);
    const variants = candidates.filter((b) => committeeVariants(committeeKey(b.meeting.committee), wanted));
    if (variants.length === 1) return variants[0]!.meeting.id;
    const unnamed = candidates.find((b) => !committeeKey(b.meeting.committee));
    if (!unnamed) return undefined;
    const adopted = this.#checkout(unnamed.meeting.id);
    adopted.meeting.committee = committee;
    this.#keys.set(key, adopted.meeting.id);
    return adopted.meeting.id;
  }

  #createMeeting(committee: string | null, date: string | null, status: MeetingStatus): MeetingBundle {
    const key = meetingKey(committee, date);
    let id = `m-${date ?? 'undated'}-${shortHash(key).slice(0, 8)}`;
    for (let n = 2; this.#index.bundles.has(id) || this.#work.has(id); n++) id = `m-${date ?? 'undated'}-${shortHash(key, String(n)).slice(0, 8)}`;
    const meeting: Meeting = {
      id,
      committee,
      date,
      time: null,
      place: null,
      status,
      chair: null,
      present: [],
      apologies: [],
      closingTime: null,
      sources: [],
      externalId: null,
    };
    const bundle: MeetingBundle = { meeting, items: [], resolutions: [], requests: [] };
    this.#work.set(id, bundle);
    this.#keys.set(key, id);
    return bundle;
  }

  #mergeMeeting(pm: ParsedMeeting): void {
    const committee = pm.committee ?? this.#docCommittee;
    const byExternalId = findMeetingByExternalId(
      pm.externalId,
      this.#work.values(),
      pm.externalId ? this.#index.meetingIdsByExternalId.get(pm.externalId) : undefined,
      (id) => this.#removed.has(id),
    );
    const existingId = byExternalId ?? this.#findMeeting(committee, pm.date);
    const prior = existingId ? this.#current(existingId)!.meeting.status : null;
    const bundle = existingId ? this.#checkout(existingId) : this.#createMeeting(committee, pm.date, 'planned');
    if (byExternalId && moveMeetingToDate(bundle, pm.date)) this.#keys.set(meetingKey(committee, pm.date), bundle.meeting.id);
    const m = bundle.meeting;
    const incoming = pm.kind === 'minutes' ? 3 : 2;
    const wins = incoming >= STATUS_RANK[m.status];
    const pick = <T>(old: T | null, neu: T | null): T | null => (neu === null ? old : old === null || wins ? neu : old);
    const pickList = <T>(old: T[], neu: T[]): T[] => (neu.length === 0 ? old : old.length === 0 || wins ? neu : old);
    m.committee = pick(m.committee, pm.committee);
    m.time = pick(m.time, pm.time);
    m.place = pick(m.place, pm.place);
    m.chair = pick(m.chair, pm.chair);
    m.present = pickList(m.present, pm.present);
    m.apologies = pickList(m.apologies, pm.apologies);
    const absent = pickList(m.absent ?? [], pm.absent ?? []);
    if (absent.length > 0) m.absent = absent;
    m.closingTime = pick(m.closingTime, pm.closingTime);
    // Only an agenda names its contact officer: the latest agenda's stands, minutes leave it alone.
    if (pm.contact) m.contact = pm.contact;
    m.externalId = m.externalId ?? pm.externalId;
    m.status = nextStatus(m.status, pm);
    addSource(m.sources, this.#docId);
    if (pm.kind === 'agenda' && (prior === null || prior === 'planned')) this.#newAgenda.add(m.id);
    if (pm.kind === 'minutes' && prior !== 'minutes') this.#newMinutes.add(m.id);
    this.#mergeItems(bundle, pm);
  }

  // -- items ------------------------------------------------------------------

  #mergeItems(bundle: MeetingBundle, pm: ParsedMeeting): void {
    const meeting = bundle.meeting;
    const isMinutes = pm.kind === 'minutes';
    const previousMinutes = meeting.minutesSource ?? null;
    const replaced = isMinutes && previousMinutes && previousMinutes !== this.#docId ? previousMinutes : null;
    // Read again, the minutes' own items are those of its older reading.
    const fromMinutes = (item: AgendaItem) =>
      previousMinutes !== null && (item.sources.includes(previousMinutes) || (previousMinutes === this.#docId && this.#oldReading.has(item.id)));
    const resolutions = groupBy(bundle.resolutions, (r) => r.itemId);
    const requests = groupBy(bundle.requests, (r) => r.itemId);

    const matches = matchItems(bundle.items, pm.items, (e) => isMinutes && fromMinutes(e));
    const matchedExisting = new Set(matches.values());
    const merged: AgendaItem[] = [];
    const replacedAt = new Map<number, AgendaItem>();

    pm.items.forEach((pi, p) => {
      const e = matches.has(p) ? bundle.items[matches.get(p)!]! : undefined;
      let item: AgendaItem;
      if (e) {
        const sources = e.sources.filter((s) => s !== replaced);
        addSource(sources, this.#docId);
        item =
          isMinutes || !fromMinutes(e)
            ? {
                ...e,
                number: pi.number ?? e.number,
                title: pi.title,
                body: pi.body || e.body,
                reportAuthor: pi.reportAuthor ?? e.reportAuthor,
                pages: pi.pages ?? e.pages,
                subItems: pi.subItems.length > 0 ? pi.subItems : e.subItems,
                papers: mergePapers(pi.papers, e.papers),
                private: pi.private || e.private,
                sources,
                ...(pi.externalId ? { externalId: pi.externalId } : {}),
              }
            : {
                ...e,
                reportAuthor: e.reportAuthor ?? pi.reportAuthor,
                pages: e.pages ?? pi.pages,
                subItems: e.subItems.length > 0 ? e.subItems : pi.subItems,
                papers: mergePapers(e.papers, pi.papers),
                private: e.private || pi.private,
                sources,
                ...(pi.externalId ? { externalId: pi.externalId } : {}),
              };
        const oldResolutions = resolutions.get(e.id) ?? [];
        const oldRequests = requests.get(e.id) ?? [];
        // Minutes read again that give an item none: what an agenda-item page of it gave (a page supplies
        // them only to an item its minutes gave none) stays, as a fresh record has it.
        const othersGave = this.#rereading !== null && e.sources.some((s) => PAGE_KINDS.has(this.#index.documents[this.#index.documentPosition(s)]?.kind ?? 'minutes'));
        if ((isMinutes && !(othersGave && pi.resolutions.length === 0)) || (oldResolutions.length === 0 && pi.resolutions.length > 0)) {
          resolutions.set(item.id, buildResolutions(meeting.id, item, pi.resolutions, oldResolutions));
        }
        if ((isMinutes && !(othersGave && pi.requests.length === 0)) || (oldRequests.length === 0 && pi.requests.length > 0)) {
          requests.set(item.id, buildRequests(meeting.id, item, pi.requests, oldRequests));
        }
        replacedAt.set(matches.get(p)!, item);
      } else {
        item = this.#newItem(meeting.id, pi, bundle.items);
        resolutions.set(item.id, buildResolutions(meeting.id, item, pi.resolutions, []));
        requests.set(item.id, buildRequests(meeting.id, item, pi.requests, []));
      }
      merged.push(item);
    });

    // Items the new document did not mention: kept, except what only the replaced minutes said.
    const kept: AgendaItem[] = [];
    bundle.items.forEach((e, i) => {
      if (matchedExisting.has(i)) return;
      if (replaced && e.sources.includes(replaced)) {
        const sources = e.sources.filter((s) => s !== replaced);
        resolutions.delete(e.id);
        requests.delete(e.id);
        if (sources.length > 0) kept.push({ ...e, sources });
        return;
      }
      kept.push(e);
    });

    let items: AgendaItem[];
    if (isMinutes) items = [...merged, ...kept];
    else {
      // An agenda keeps the order already known and adds what is new at the end.
      const fresh = merged.filter((_, p) => !matches.has(p));
      items = [...bundle.items.map((e, i) => replacedAt.get(i) ?? e), ...fresh];
    }
    bundle.items = items;
    bundle.resolutions = items.flatMap((item) => resolutions.get(item.id) ?? []);
    bundle.requests = items.flatMap((item) => requests.get(item.id) ?? []);
    if (isMinutes) {
      meeting.minutesSource = this.#docId;
      if (replaced) meeting.sources = meeting.sources.filter((s) => s !== replaced);
    }
  }

  #newItem(meetingId: string, pi: ParsedItem, siblings: AgendaItem[]): AgendaItem {
    let id = `i-${shortHash(meetingId, pi.number ?? '', titleKey(pi.title)).slice(0, 12)}`;
    const taken = (candidate: string) =>
      this.#index.itemsById.has(candidate) || siblings.some((s) => s.id === candidate) || [...this.#work.values()].some((b) => b.items.some((s) => s.id === candidate));
    for (let n = 2; taken(id); n++) id = `i-${shortHash(meetingId, pi.number ?? '', titleKey(pi.title), String(n)).slice(0, 12)}`;
    return { ...this.#itemOf(meetingId, pi), id };
  }

  /** An item as this document gives it, under the id the caller chooses. */
  #itemOf(meetingId: string, pi: ParsedItem): AgendaItem {
    return {
      id: '',
      meetingId,
      number: pi.number,
      title: pi.title,
      body: pi.body,
      reportAuthor: pi.reportAuthor,
      pages: pi.pages,
      subItems: pi.subItems,
      papers: pi.papers,
      private: pi.private,
      sources: [this.#docId],
      ...(pi.externalId ? { externalId: pi.externalId } : {}),
    };
  }

  // -- agenda-item pages --------------------------------------------------------

  /** The stored item an agenda-item page repeats: same title in a dated meeting, the most similar body. */
  #findPageTarget(page: { title: string; body: string }, committee: string | null): { meetingId: string; itemId: string } | null {
    const key = titleKeyOf(page);
    const wanted = committeeKey(committee);
    // Stored candidates: that committee's items with the title, and those of meetings naming no committee.
    const storedIds = wanted
      ? [...this.#index.itemIdsWithCommitteeTitle(wanted, key), ...this.#index.itemIdsWithCommitteeTitle('', key)]
      : this.#index.itemIdsWithTitle(key);
    const candidates: Array<{ meetingId: string; item: AgendaItem }> = [];
    for (const itemId of storedIds) {
      const item = this.#index.itemsById.get(itemId)!;
      if (this.#work.has(item.meetingId) || this.#removed.has(item.meetingId)) continue;
      candidates.push({ meetingId: item.meetingId, item });
    }
    for (const bundle of this.#work.values()) {
      if (this.#removed.has(bundle.meeting.id)) continue;
      for (const item of bundle.items) if (titleKeyOf(item) === key) candidates.push({ meetingId: bundle.meeting.id, item });
    }
    const eligible = candidates.filter(({ meetingId }) => {
      const meeting = this.#current(meetingId)?.meeting;
      if (!meeting || meeting.date === null) return false;
      return !wanted || !committeeKey(meeting.committee) || committeeKey(meeting.committee) === wanted;
    });
    if (eligible.length === 0) return null;
    const words = bodyWordsOf(page);
    const scored = eligible
      .map((c) => ({ ...c, score: bodyOverlap(words, bodyWordsOf(c.item)) }))
      .sort((a, b) => b.score - a.score);
    const best = scored[0]!;
    const second = scored[1];
    const accept =
      scored.length === 1
        ? words.length === 0 || best.item.body.trim() === '' || best.score >= 0.2
        : best.score >= 0.4 && (!second || best.score - second.score >= 0.05);
    return accept ? { meetingId: best.meetingId, itemId: best.item.id } : null;
  }

  // The same thing known dated and undated is one thing: a page whose resolutions or requests a
  // dated item already records word for word is that item, whatever its title, so the record
  // never holds an undated copy of what it knows with a date.

  /** The dated item (of the page's committee) recording one of the page's resolutions or requests verbatim. */
  #findTargetByText(page: { resolutions: ParsedResolution[]; requests: ParsedRequest[] }, committee: string | null): { meetingId: string; itemId: string } | null {
    const texts = new Set([...page.resolutions, ...page.requests].map((r) => normaliseText(r.text)).filter(Boolean));
    if (texts.size === 0) return null;
    const wanted = committeeKey(committee);
    // Only reached for a page no title places: the dated meetings of its committee and of none are looked
    // through (at ten times council scale, pages no title places are common, and every meeting was too many).
    const stored = wanted ? this.#index.meetingIdsOfCommittees([wanted, '']) : this.#index.bundles.keys();
    for (const id of [...this.#work.keys(), ...stored]) {
      const bundle = this.#current(id);
      if (!bundle || bundle.meeting.date === null) continue;
      if (wanted && committeeKey(bundle.meeting.committee) && committeeKey(bundle.meeting.committee) !== wanted) continue;
      const found = [...bundle.resolutions, ...bundle.requests].find((r) => texts.has(normaliseText(r.text)));
      if (found) return { meetingId: bundle.meeting.id, itemId: found.itemId };
    }
    return null;
  }

  /** Resolution and request texts of the dated meetings this document touched, with the item recording each. */
  #datedTextsTouched(): Map<string, { meetingId: string; itemId: string; committee: string }> {
    const texts = new Map<string, { meetingId: string; itemId: string; committee: string }>();
    for (const bundle of this.#work.values()) {
      if (bundle.meeting.date === null || this.#removed.has(bundle.meeting.id)) continue;
      for (const r of [...bundle.resolutions, ...bundle.requests]) {
        texts.set(normaliseText(r.text), { meetingId: bundle.meeting.id, itemId: r.itemId, committee: committeeKey(bundle.meeting.committee) });
      }
    }
    return texts;
  }

  /** A placeholder's resolution and request texts by item. */
  #waitingTexts(placeholder: MeetingBundle): Map<string, string[]> {
    const byItem = new Map<string, string[]>();
    for (const r of [...placeholder.resolutions, ...placeholder.requests]) {
      const list = byItem.get(r.itemId);
      if (list) list.push(r.text);
      else byItem.set(r.itemId, [r.text]);
    }
    return byItem;
  }

  /** A waiting item whose resolutions or requests the dated meetings of this document record verbatim. */
  #findTargetBySameText(
    placeholder: MeetingBundle,
    itemTexts: string[],
    texts: Map<string, { meetingId: string; itemId: string; committee: string }>,
  ): { meetingId: string; itemId: string } | null {
    const wanted = committeeKey(placeholder.meeting.committee);
    for (const text of itemTexts) {
      const found = texts.get(normaliseText(text));
      if (found && (!wanted || !found.committee || found.committee === wanted)) return { meetingId: found.meetingId, itemId: found.itemId };
    }
    return null;
  }

  #enrichTarget(target: { meetingId: string; itemId: string }, page: PageLike): void {
    const bundle = this.#checkout(target.meetingId);
    const at = bundle.items.findIndex((i) => i.id === target.itemId);
    const item = bundle.items[at]!;
    const enriched: AgendaItem = {
      ...item,
      reportAuthor: item.reportAuthor ?? page.reportAuthor,
      pages: item.pages ?? page.pages,
      body: richerBody(item.body, page.body),
      papers: mergePapers(item.papers, page.papers),
      private: item.private || page.private,
      sources: [...item.sources],
    };
    for (const s of page.sources) addSource(enriched.sources, s);
    bundle.items[at] = enriched;
    for (const s of page.sources) addSource(bundle.meeting.sources, s);
    // The minutes' resolutions and requests stand; a page only supplies them when the item had none.
    if (page.resolutions.length > 0 && !bundle.resolutions.some((r) => r.itemId === item.id)) {
      bundle.resolutions = insertForItem(bundle, bundle.resolutions, item.id, buildResolutions(bundle.meeting.id, enriched, page.resolutions, []));
    }
    const existingRequests = bundle.requests.filter((r) => r.itemId === item.id);
    if (page.requests.length > 0 && existingRequests.length === 0) {
      const built = buildRequests(bundle.meeting.id, enriched, page.requests, []);
      bundle.requests = insertForItem(bundle, bundle.requests, item.id, built);
      page.requestIds?.forEach((from, i) => built[i] && this.#moved.push([from, built[i]!.id]));
    } else if (page.requestIds) {
      // The same request known from the page and the minutes: its status follows the text, else the position.
      page.requestIds.forEach((from, i) => {
        const text = normaliseText(page.requests[i]?.text ?? '');
        const to = existingRequests.find((r) => normaliseText(r.text) === text) ?? existingRequests[i];
        if (to) this.#moved.push([from, to.id]);
      });
    }
  }

  /**
   * A page read again stays with the dated item of its title it enriched before: which item it was is
   * decided once, by the record as it stood when the page came. Read again later, the record holds
   * meetings that came after it, and the same title in one of those could make the match look unsure.
   */
  #formerTarget(page: { title: string }): { meetingId: string; itemId: string } | null {
    if (!this.#rereading) return null;
    const key = titleKeyOf(page);
    for (const itemId of this.#oldReading) {
      const meetingId = this.#index.itemsById.get(itemId)?.meetingId;
      const bundle = meetingId ? this.#current(meetingId) : undefined;
      const item = bundle?.items.find((i) => i.id === itemId);
      if (bundle?.meeting.date && item && titleKeyOf(item) === key) return { meetingId: bundle.meeting.id, itemId };
    }
    return null;
  }

  #mergeItemPage(pm: ParsedMeeting): void {
    for (const pi of pm.items) {
      const page: PageLike = { ...pi, sources: [this.#docId] };
      const target = this.#formerTarget(pi) ?? this.#findPageTarget(pi, pm.committee) ?? this.#findTargetByText(pi, pm.committee);
      if (target) {
        this.#enrichTarget(target, page);
        continue;
      }
      const placeholderId = this.#findMeeting(pm.committee, null);
      const bundle = placeholderId ? this.#checkout(placeholderId) : this.#createMeeting(pm.committee, null, 'agenda');
      addSource(bundle.meeting.sources, this.#docId);
      // The same page again (another rendering): one item; else a new one.
      const words = bodyWordsOf(pi);
      const same = bundle.items.find((i) => titleKeyOf(i) === titleKeyOf(pi) && bodyOverlap(words, bodyWordsOf(i)) >= 0.5);
      if (same) {
        const oldResolutions = bundle.resolutions.filter((r) => r.itemId === same.id);
        const oldRequests = bundle.requests.filter((r) => r.itemId === same.id);
        const updated: AgendaItem = {
          ...same,
          title: pi.title,
          body: richerBody(same.body, pi.body),
          reportAuthor: same.reportAuthor ?? pi.reportAuthor,
          papers: mergePapers(same.papers, pi.papers),
          sources: [...same.sources],
        };
        addSource(updated.sources, this.#docId);
        bundle.items = bundle.items.map((i) => (i.id === same.id ? updated : i));
        if (pi.resolutions.length > 0) {
          bundle.resolutions = insertForItem(bundle, bundle.resolutions.filter((r) => r.itemId !== same.id), same.id, buildResolutions(bundle.meeting.id, updated, pi.resolutions, oldResolutions));
        }
        if (pi.requests.length > 0) {
          bundle.requests = insertForItem(bundle, bundle.requests.filter((r) => r.itemId !== same.id), same.id, buildRequests(bundle.meeting.id, updated, pi.requests, oldRequests));
        }
        continue;
      }
      // Read again: the item of its title only its older reading gave takes the new reading, keeping its
      // place and ids (a fresh store would give it the same id: no other item held it there).
      const former = this.#rereading ? bundle.items.find((i) => i.sources.length === 0 && this.#oldReading.has(i.id) && titleKeyOf(i) === titleKeyOf(pi)) : undefined;
      if (former) {
        const item: AgendaItem = { ...this.#itemOf(bundle.meeting.id, pi), id: former.id };
        bundle.items = bundle.items.map((i) => (i.id === former.id ? item : i));
        const oldResolutions = bundle.resolutions.filter((r) => r.itemId === former.id);
        const oldRequests = bundle.requests.filter((r) => r.itemId === former.id);
        bundle.resolutions = insertForItem(bundle, bundle.resolutions, former.id, buildResolutions(bundle.meeting.id, item, pi.resolutions, oldResolutions));
        bundle.requests = insertForItem(bundle, bundle.requests, former.id, buildRequests(bundle.meeting.id, item, pi.requests, oldRequests));
        continue;
      }
      const item = this.#newItem(bundle.meeting.id, pi, bundle.items);
      bundle.items.push(item);
      bundle.resolutions.push(...buildResolutions(bundle.meeting.id, item, pi.resolutions, []));
      bundle.requests.push(...buildRequests(bundle.meeting.id, item, pi.requests, []));
    }
  }

  /**
   * Items waiting under an undated placeholder move into the dated meeting that now has them.
   * Only the waiting items this document can have changed the answer for are looked at again:
   * those whose title an item of a dated meeting it touched has (or had), and those of a
   * placeholder it touched. For any other waiting item the candidates are as they were when
   * it was last looked at, so the answer is too; looking at every waiting item on every
   * document made an ingest cost grow with the square of the record.
   */
  #rehomePlaceholders(): void {
    // title key -> committee keys of the touched dated meetings with an item of that title.
    const titles = new Map<string, Set<string>>();
    const note = (meeting: Meeting, items: readonly AgendaItem[]) => {
      for (const item of items) {
        const key = titleKeyOf(item);
        const committees = titles.get(key);
        if (committees) committees.add(committeeKey(meeting.committee));
        else titles.set(key, new Set([committeeKey(meeting.committee)]));
      }
    };
    for (const bundle of this.#work.values()) {
      if (bundle.meeting.date === null) continue;
      note(bundle.meeting, bundle.items);
      const stored = this.#index.bundles.get(bundle.meeting.id);
      if (stored) note(stored.meeting, stored.items);
    }
    const waiting = new Set<string>();
    for (const [key, committees] of titles) {
      for (const itemId of this.#index.waitingItemIdsWithTitle(key)) {
        const meetingId = this.#index.itemsById.get(itemId)!.meetingId;
        // A waiting item only goes to a meeting of its own committee, or where one side names none.
        const wanted = committeeKey(this.#index.bundles.get(meetingId)!.meeting.committee);
        if (!wanted || committees.has(wanted) || committees.has('')) waiting.add(itemId);
      }
    }
    const sameText = this.#datedTextsTouched();
    const placeholders = new Set(this.#index.undatedMeetingIds);
    for (const bundle of this.#work.values()) if (bundle.meeting.date === null) placeholders.add(bundle.meeting.id);
    for (const placeholderId of placeholders) {
      const current = this.#current(placeholderId);
      if (!current) continue;
      const touched = this.#work.has(placeholderId);
      const byText = sameText.size > 0 ? this.#waitingTexts(current) : null;
      const moves = current.items
        .map((item) => ({
          item,
          target:
            (touched || waiting.has(item.id) ? this.#findPageTarget(item, current.meeting.committee) : null) ??
            (byText ? this.#findTargetBySameText(current, byText.get(item.id) ?? [], sameText) : null),
        }))
        .filter((m) => m.target !== null);
      if (moves.length === 0) continue;
      const bundle = this.#checkout(placeholderId);
      for (const { item, target } of moves) {
        const requests = bundle.requests.filter((r) => r.itemId === item.id);
        this.#enrichTarget(target!, {
          ...item,
          resolutions: bundle.resolutions.filter((r) => r.itemId === item.id).map((r) => ({ text: r.text, unanimous: r.unanimous })),
          requests: requests.map((r) => ({ text: r.text, kind: r.kind, due: r.due })),
          requestIds: requests.map((r) => r.id),
        });
        bundle.items = bundle.items.filter((i) => i.id !== item.id);
        bundle.resolutions = bundle.resolutions.filter((r) => r.itemId !== item.id);
        bundle.requests = bundle.requests.filter((r) => r.itemId !== item.id);
      }
      if (bundle.items.length === 0) {
        this.#removed.add(placeholderId);
        this.#work.delete(placeholderId);
      }
    }
  }

  // -- work programme -----------------------------------------------------------

  #currentWp(id: string): WorkProgrammeItem | undefined {
    if (this.#removedWp.has(id)) return undefined;
    return this.#wp.get(id) ?? this.#index.workProgramme.get(id);
  }

  /** Rows of that year and title in the committee's programme, or where one side names no committee. */
  #wpIdsWithTitle(year: string | null, title: string, committee: string | null): string[] {
    const key = wpTitleKey(year, title);
    const ids = new Set(this.#index.wpIdsByYearTitle.get(key) ?? []);
    for (const row of this.#wp.values()) if (wpTitleKey(row.year, row.title) === key) ids.add(row.id);
    const wanted = committeeKey(committee);
    return [...ids].filter((id) => {
      const row = this.#currentWp(id);
      if (!row) return false;
      const theirs = committeeKey(row.committee ?? null);
      return !wanted || !theirs || committeeVariants(theirs, wanted);
    });
  }

  #mergePlanRow(row: ParsedWorkProgrammeItem): void {
    const committee = row.committee ?? this.#docCommittee;
    const id = `w-${shortHash('plan', ...committeePart(committee), row.year ?? '', row.slot, row.date ?? '', titleKey(row.title)).slice(0, 12)}`;
    const fresh: WorkProgrammeItem = {
      id,
      year: row.year,
      date: row.date,
      slot: row.slot,
      title: row.title,
      detail: row.detail,
      leads: row.leads,
      meetingNote: row.meetingNote,
      committee,
      origin: 'plan',
      addedByItemId: null,
      sources: [this.#docId],
    };
    const existing = this.#currentWp(id);
    let merged = fresh;
    if (existing) {
      const [rich, poor] = richness(fresh) > richness(existing) ? [fresh, existing] : [existing, fresh];
      merged = {
        ...rich,
        id,
        detail: rich.detail ?? poor.detail,
        leads: rich.leads.length > 0 ? rich.leads : poor.leads,
        meetingNote: rich.meetingNote ?? poor.meetingNote,
        committee: fullerCommittee(rich.committee, poor.committee),
        sources: [...existing.sources],
      };
      addSource(merged.sources, this.#docId);
    }
    this.#putWp(merged);
    // A plan row makes an item added by resolution with the same title that year redundant.
    for (const other of this.#wpIdsWithTitle(row.year, row.title, committee)) {
      if (this.#currentWp(other)?.origin === 'resolution') this.#dropWp(other);
    }
    if (row.slot === 'dated' && row.date) this.#planMeeting(merged.committee ?? null, row.date, row.meetingNote ? parseDocumentTime(row.meetingNote) : null);
  }

  /** A row as this document leaves it (one dropped earlier in this merge and made again stands). */
  #putWp(row: WorkProgrammeItem): void {
    this.#wp.set(row.id, row);
    this.#removedWp.delete(row.id);
  }

  #dropWp(id: string): void {
    this.#wp.delete(id);
    if (this.#index.workProgramme.has(id)) this.#removedWp.add(id);
  }

  #planMeeting(committee: string | null, date: string, time: string | null): void {
    const existingId = this.#findMeeting(committee, date);
    const bundle = existingId ? this.#checkout(existingId) : this.#createMeeting(committee, date, 'planned');
    // A meeting only planned so far takes the fuller spelling of its committee's name.
    if (bundle.meeting.status === 'planned' && fullerCommittee(bundle.meeting.committee, committee) !== bundle.meeting.committee) {
      bundle.meeting.committee = committee;
      this.#keys.set(meetingKey(committee, date), bundle.meeting.id);
    }
    if (!bundle.meeting.time && time) bundle.meeting.time = time;
    addSource(bundle.meeting.sources, this.#docId);
  }

  #mergeResolutionAdditions(pm: ParsedMeeting): void {
    if (!pm.date) return;
    const meetingId = this.#findMeeting(pm.committee ?? this.#docCommittee, pm.date);
    if (!meetingId) return;
    const bundle = this.#current(meetingId)!;
    const committee = bundle.meeting.committee;
    const meetingYear = municipalYearOfDate(pm.date);
    // One meeting often names an addition twice (in its item, again under Work Programme), worded or split differently.
    const made: WorkProgrammeItem[] = [];
    for (const pi of pm.items) {
      if (pi.workProgrammeAdditions.length === 0) continue;
      const item = bundle.items.find((i) => titleKey(i.title) === titleKey(pi.title) && (i.number ?? null) === (pi.number ?? null)) ?? bundle.items.find((i) => titleKey(i.title) === titleKey(pi.title));
      for (const title of pi.workProgrammeAdditions) {
        // "be added to the 2023/24 Municipal Year" names the year; otherwise it is the meeting's.
        const year = pi.workProgrammeAdditionDetails?.find((d) => d.title === title)?.year ?? meetingYear;
        const same = this.#wpIdsWithTitle(year, title, committee).map((id) => this.#currentWp(id)!);
        if (same.some((row) => row.origin === 'plan')) continue;
        if (made.some((row) => row.year === year && coversTitle(row.title, title))) continue;
        const existing = same.find((row) => row.origin === 'resolution');
        if (existing) {
          const updated = { ...existing, sources: [...existing.sources] };
          addSource(updated.sources, this.#docId);
          this.#putWp(updated);
          made.push(updated);
          continue;
        }
        const id = `w-${shortHash('resolution', ...committeePart(committee), year, titleKey(title)).slice(0, 12)}`;
        this.#putWp({
          id,
          year,
          date: null,
          slot: 'to-be-determined',
          title,
          detail: null,
          leads: [],
          meetingNote: null,
          committee,
          origin: 'resolution',
          addedByItemId: item?.id ?? null,
          sources: [this.#docId],
        });
        made.push(this.#wp.get(id)!);
      }
    }
  }

  // -- result -------------------------------------------------------------------

  /** An item a document marks private keeps nothing but its title, and what it added to the work programme goes. */
  #sealExemptItems(): void {
    const exempt = new Set<string>();
    for (const bundle of this.#work.values()) for (const id of sealMeeting(bundle)) exempt.add(id);
    if (exempt.size === 0) return;
    for (const row of [...this.#wp.values()]) if (row.addedByItemId && exempt.has(row.addedByItemId)) this.#dropWp(row.id);
    // The stored rows by the item that added them: looking through every row cost each paper with a private item the whole programme.
    for (const itemId of exempt) for (const id of [...this.#index.workProgrammeAddedBy(itemId)]) this.#dropWp(id);
  }

  #finish(): MergeResult {
    this.#sealExemptItems();
    const index = this.#index;
    const document: SourceDocument = {
      id: this.#docId,
      name: this.#rereading?.name ?? this.#source.name,
      kind: this.#source.kind,
      bytes: this.#source.bytes,
      ingestedAt: this.#at.toISOString(),
      ...(this.#source.parser ? { parser: this.#source.parser } : {}),
    };
    const meetings = [...this.#work.values()].filter((b) => !this.#removed.has(b.meeting.id));
    for (const b of meetings) {
      b.resolutions = uniqueInMeeting(b.resolutions, b.meeting.id, (id) => index.resolutionsById.get(id));
      b.requests = uniqueInMeeting(b.requests, b.meeting.id, (id) => index.requestsById.get(id));
    }
    const workProgramme = [...this.#wp.values()];
    // A document read again is no news: what a better reading finds in it was in the papers all along.
    const news = this.#rereading === null;
    const newResolutionIds = news ? meetings.flatMap((b) => b.resolutions.filter((r) => !index.resolutionsById.has(r.id)).map((r) => r.id)) : [];
    const newRequestIds = news ? meetings.flatMap((b) => b.requests.filter((r) => !index.requestsById.has(r.id)).map((r) => r.id)) : [];
    const outcome: IngestOutcome = {
      changed: true,
      documentId: this.#docId,
      added: {
        meetings: meetings.filter((b) => !index.bundles.has(b.meeting.id)).length,
        items: meetings.reduce((n, b) => n + b.items.filter((i) => !index.itemsById.has(i.id)).length, 0),
        resolutions: newResolutionIds.length,
        requests: newRequestIds.length,
        workProgramme: workProgramme.filter((w) => !index.workProgramme.has(w.id)).length,
      },
      newResolutionIds,
      newRequestIds,
      newAgendaMeetingIds: news ? [...this.#newAgenda] : [],
      newMinutesMeetingIds: news ? [...this.#newMinutes] : [],
      warnings: [...this.#parsed.warnings],
    };
    return {
      patch: {
        document,
        meetings,
        removedMeetingIds: [...this.#removed].filter((id) => index.bundles.has(id)),
        workProgramme,
        removedWorkProgrammeIds: [...this.#removedWp],
      },
      outcome,
      movedRequests: this.#moved,
    };
  }
}

// ---------------------------------------------------------------------------

function nextStatus(current: MeetingStatus, pm: ParsedMeeting): MeetingStatus {
  // Minutes mean the meeting took place; nothing later says otherwise.
  if (current === 'minutes') return current;
  if (pm.status) return pm.status;
  if (pm.kind === 'minutes') return 'minutes';
  return current === 'cancelled' ? current : 'agenda';
}

function addSource(sources: string[], id: string): void {
  if (!sources.includes(id)) sources.push(id);
}

function groupBy<T>(list: T[], key: (t: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const t of list) {
    const k = key(t);
    const group = map.get(k);
    if (group) group.push(t);
    else map.set(k, [t]);
  }
  return map;
}

/** An addition already made covers another when they are nearly the same words, or its words include all of the other's. */
function coversTitle(made: string, other: string): boolean {
  if (titleSimilarity(made, other) >= 0.8) return true;
  const words = contentWords(other);
  const madeWords = contentWords(made);
  return words.size > 0 && [...words].every((w) => madeWords.has(w));
}

/**
 * A committee's part of a work-programme id: none when no committee is known, so such rows keep
 * their ids; without the board's number, since one programme's heading may drop it and another's keep it.
 */
function committeePart(committee: string | null): string[] {
  const key = committeeFamilyKey(committeeKey(committee));
  return key ? [`committee:${key}`] : [];
}

/** Of two spellings of a row's committee, the fuller ("... Scrutiny Board (2)" over "... Scrutiny Board"). */
function fullerCommittee(a: string | null | undefined, b: string | null | undefined): string | null {
  if (!a || !b) return a || b || null;
  return committeeKey(b).length > committeeKey(a).length ? b : a;
}

function richness(row: WorkProgrammeItem): number {
  return (row.detail?.length ?? 0) + row.leads.join(' ').length + (row.meetingNote?.length ?? 0);
}
