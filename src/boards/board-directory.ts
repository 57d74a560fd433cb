// The boards the workspace serves, each over its council's record: which board a channel is about,
// which committee of the record a board is, and which board a question or `/scrutiny board` names.
//
// Each council has its own store and answer engine, so two councils' records never meet. A board
// is one committee of one council's record; answers about it are the engine's answers with the
// board's committee in their context.
import type { Engine } from '../answers/engine.ts';
import { committeeIn } from '../answers/question/read-question.ts';
import { boardCalendar } from '../answers/record-view.ts';
import type { BoardSettings, CouncilSettings, Deployment } from '../config-file.ts';
import type { Meeting, RequestState } from '../model.ts';
import { committeeFamilyKey, committeeKey, normaliseText } from '../record-keys.ts';
import type { Store } from '../store/store.ts';
import { storeQueries, type RecordQueries, type RequestFound } from '../serving/record-queries.ts';
import { boardMeetings, committeeIndexOf, type CommitteeIndex } from './committee-index.ts';
import { coordinatorsOf } from './workspace-settings.ts';

/** One council's record, open: its store and the engine that answers from it. */
export interface CouncilRecord {
  settings: CouncilSettings;
  store: Store;
  engine: Engine;
  /** Where this thread asks for what it needs of the record (the answer thread in Slack); default the store itself. */
  records?: RecordQueries;
}

export interface Board {
  id: string;
  settings: BoardSettings;
  council: CouncilRecord;
}

export interface BoardDirectoryDeps {
  deployment: Deployment;
  councils: Map<string, CouncilRecord>;
  /** The workspace's settings: channels' boards, members' Home boards, co-ordinators. */
  workspace: Store;
}

export class BoardDirectory {
  readonly #deployment: Deployment;
  readonly #workspace: Store;
  readonly #boards: Board[];
  /** Worked out here from a council's store, per record version, when no answer thread says it (see #index). */
  readonly #committees = new WeakMap<Store, { version: string; index: CommitteeIndex }>();

  constructor(deps: BoardDirectoryDeps) {
    this.#deployment = deps.deployment;
    this.#workspace = deps.workspace;
    this.#boards = deps.deployment.boards.map((settings) => {
      const council = deps.councils.get(settings.council);
      if (!council) throw new Error(`board ${settings.id}: council ${settings.council} is not open`);
      return { id: settings.id, settings, council };
    });
    if (this.#boards.length === 0) throw new Error('a deployment serves at least one board');
  }

  /** The workspace store: where channels' boards, co-ordinators and reminders are kept. */
  get workspace(): Store {
    return this.#workspace;
  }

  all(): readonly Board[] {
    return this.#boards;
  }

  councils(): CouncilRecord[] {
    return [...new Set(this.#boards.map((b) => b.council))];
  }

  /**
   * Resolves when every council's record is in this thread's memory (see Store.ready): in Slack the
   * running bot reads it after start, and what reads it here (Home, reminders, clicks) waits for it
   * rather than reading it all in one turn of the event loop.
   */
  async recordsRead(): Promise<void> {
    await Promise.all(this.councils().map((council) => council.store.ready()));
  }

  /** Whether the deployment names more than one board (so answers and settings say which). */
  get several(): boolean {
    return this.#boards.length > 1;
  }

  /** The workspace's default board: the first one configured. */
  get default(): Board {
    return this.#boards[0]!;
  }

  byId(id: string | null | undefined): Board | undefined {
    return id ? this.#boards.find((b) => b.id === id) : undefined;
  }

  /** The board a channel is about: tied in Slack, else by the configuration file, else the default. */
  forChannel(channel: string | null | undefined): Board {
    if (!channel) return this.default;
    return (
      this.byId(this.#workspace.state().channelBoards[channel]) ??
      this.#boards.find((b) => b.settings.channels.includes(channel)) ??
      this.default
    );
  }

  /** Whether the channel is tied to its board (in Slack or by the file), not just on the default. */
  isTied(channel: string): boolean {
    return this.byId(this.#workspace.state().channelBoards[channel]) !== undefined || this.#boards.some((b) => b.settings.channels.includes(channel));
  }

  /** The board a member's Home tab shows. */
  forHome(user: string): Board {
    return this.byId(this.#workspace.state().homeBoards[user]) ?? this.default;
  }

  /** The scrutiny co-ordinators (Slack user ids). */
  coordinators(): string[] {
    return coordinatorsOf(this.#workspace.state(), this.#deployment.coordinators);
  }

  isCoordinator(user: string | undefined): boolean {
    return user !== undefined && this.coordinators().includes(user);
  }

  /**
   * The board's committee as its council's record spells it, which is what answers compare meetings
   * with; null for a board that is "the record's committee" (no committee configured).
   */
  committeeOf(board: Board): string | null {
    const { committeeId, committeeName } = board.settings;
    if (!committeeId && !committeeName) return null;
    const index = this.#index(board.council);
    if (committeeId) {
      return index.byModernGovId.get(committeeId) ?? board.council.store.state().committeeTitles[committeeId] ?? `ModernGov committee ${committeeId}`;
    }
    const key = committeeKey(committeeName);
    const family = index.byFamily.get(key);
    return index.byKey.get(key) ?? (family?.length === 1 ? family[0]! : committeeName);
  }

  /** The board's calendar (RecordView.calendar): its committee's meetings, and dates its work programme plans. */
  meetingsOf(board: Board): Meeting[] {
    return boardMeetings(boardCalendar(board.council.store.record()), this.committeeOf(board));
  }

  /** Whether a meeting of the record is one of the board's (meetings that name no committee count). */
  holds(board: Board, meeting: Pick<Meeting, 'committee'> | null | undefined): boolean {
    if (!meeting) return false;
    const committee = this.committeeOf(board);
    return committee === null || meeting.committee === null || meeting.committee === committee;
  }

  /** The board's own council first, then the others. */
  #councilsFrom(board: Board): CouncilRecord[] {
    return [board.council, ...this.councils().filter((c) => c !== board.council)];
  }

  /** The council store that holds a request: the board's own council first. */
  storeWithRequest(requestId: string, board: Board): Store | undefined {
    return this.#councilsFrom(board).find((c) => c.store.request(requestId) !== undefined)?.store;
  }

  /** Where a council's record is asked for what this thread needs of it. */
  recordsOf(council: CouncilRecord): RecordQueries {
    return council.records ?? storeQueries(council.store);
  }

  /** The council whose record holds a request, and the request: the board's own council first. Reads no copy here. */
  async findRequest(requestId: string, board: Board): Promise<{ council: CouncilRecord; request: RequestFound } | undefined> {
    for (const council of this.#councilsFrom(board)) {
      const request = await this.recordsOf(council).query('request', requestId);
      if (request) return { council, request };
    }
    return undefined;
  }

  /** Change a request's status where its council's record is held; this thread's statuses (Home, digests) then follow. */
  async setRequestState(council: CouncilRecord, requestId: string, status: RequestState['status'], by: string, at: Date): Promise<RequestState> {
    const state = await this.recordsOf(council).query('setRequestState', requestId, status, by, at.toISOString());
    // Saved either way: a failed look here is made again by the store's watch within seconds.
    await council.store.refresh().catch(() => false);
    return state;
  }

  /** How the board is shown: its committee's name, else the first name members use, else its id. */
  title(board: Board): string {
    const committee = this.committeeOf(board);
    if (committee) return committee;
    return board.settings.names[0] ?? this.#index(board.council).main ?? board.id;
  }

  /** "Audit Committee (Solihull Council)": the board with its council, when the workspace serves several. */
  fullTitle(board: Board): string {
    const several = this.councils().length > 1;
    return several ? `${this.title(board)} (${board.council.settings.name})` : this.title(board);
  }

  /** Every way members name a board, normalised: its id, its names, its committee's name. */
  namesOf(board: Board): string[] {
    const names = [board.id.replace(/-/g, ' '), ...board.settings.names];
    const committee = this.committeeOf(board);
    if (committee) names.push(committee);
    if (board.settings.committeeName) names.push(board.settings.committeeName);
    return [...new Set(names.map((n) => normaliseText(n).replace(/^the /, '')).filter(Boolean))];
  }

  /** The board `/scrutiny board <words>` means: by id, name or committee name (a board number alone will do). */
  find(words: string): Board | undefined {
    const byId = this.byId(words.trim().toLowerCase());
    if (byId) return byId;
    const wanted = normaliseText(words).replace(/^the /, '');
    if (!wanted) return undefined;
    const exact = this.#boards.filter((b) => this.namesOf(b).includes(wanted));
    if (exact.length === 1) return exact[0];
    const partial = this.#boards.filter((b) => this.namesOf(b).some((n) => containsWords(n, wanted) || committeeFamilyKey(n) === wanted));
    return partial.length === 1 ? partial[0] : undefined;
  }

  /**
   * A board other than `current` that the question names ("next meeting of the audit committee"),
   * or null. A board of the current board's council is preferred when several match.
   */
  namedIn(question: string, current: Board): Board | null {
    if (!this.several) return null;
    const text = ` ${normaliseText(question)} `;
    const named = this.#boards.filter((b) => this.namesOf(b).some((n) => n.length >= 3 && text.includes(` ${n} `)));
    const found = named.length > 0 ? named : this.#byCommitteeIn(question);
    if (found.length === 0 || found.includes(current)) return null;
    const sameCouncil = found.filter((b) => b.council === current.council);
    if (sameCouncil.length === 1) return sameCouncil[0]!;
    return found.length === 1 ? found[0]! : null;
  }

  /** The boards whose committee the question names as answers read committees ("the audit committee", "SB2"). */
  #byCommitteeIn(question: string): Board[] {
    const committees = [...new Set(this.#boards.map((b) => this.committeeOf(b)).filter((c): c is string => c !== null))];
    const found = committeeIn(question, { names: new Set(), committees });
    return found ? this.#boards.filter((b) => this.committeeOf(b) === found.name) : [];
  }

  /** The committees of a council's record: as the thread holding it last said, else worked out from the store. */
  #index(council: CouncilRecord): CommitteeIndex {
    const told = council.records?.committees() ?? null;
    if (told) return told;
    const { store } = council;
    const known = this.#committees.get(store);
    if (known && known.version === store.version()) return known.index;
    const index = committeeIndexOf(store.record().meetings);
    this.#committees.set(store, { version: store.version(), index });
    return index;
  }

  /** Resolves once every council's committees are known here without reading a copy of the record (see RecordQueries.committees). */
  async committeesKnown(): Promise<void> {
    await Promise.all(this.councils().map((council) => council.records?.committeesKnown()));
  }

}

function containsWords(name: string, wanted: string): boolean {
  return ` ${name} `.includes(` ${wanted} `);
}
