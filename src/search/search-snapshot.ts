// The index snapshot on disk, written and read in small steps so that neither
// holds the event loop (see ./slices.ts). One JSON value per line:
//   {"format":…,"layout":"lines-3","storeVersion":…, MiniSearch's counts and field ids}
//   {"d":["shortIds",[id,…]]}     document ids, the short ids packed (./packed-numbers.ts)
//   {"l":"lengths"}               field lengths, packed: each document's short id, then a code per field
//   {"t":[[term,{field:"postings"}],…]}  the terms, each field's postings packed
//   {"end":{"documents":n,"terms":n}}  (a snapshot without it is incomplete)
// The pieces are MiniSearch's own serialisation (toJSON), cut into lines, with
// the numbers packed; the index is rebuilt into MiniSearch's fields as loadJS
// does, a term at a time. Snapshots of the layouts before (document ids, lengths
// and postings as JSON arrays and objects, {shortId:frequency}) are read too,
// line by line, and written again in this one.
// test/search/search-index.test.ts checks the round trip against toJSON and
// loadJS, so a MiniSearch release that changes them fails a test.
import { closeSync, openSync, readSync } from 'node:fs';
import MiniSearch from 'minisearch';
import type SearchableMap from 'minisearch/SearchableMap';
import type { Options } from 'minisearch';
import { FieldLengths } from './field-lengths.ts';
import { decodeNumbers, decodePostings, encodeNumbers, encodePostings } from './packed-numbers.ts';
import { PostingList } from './posting-list.ts';
import { SEARCH_OPTIONS, SEARCH_OPTIONS_VERSION, type SearchDoc } from './search-options.ts';
import type { Steps } from './slices.ts';

/**
 * The search options, with MiniSearch's own vacuuming off: the keeper tidies the
 * index in slices instead (`tidySteps`), where MiniSearch would walk a thousand
 * terms' postings at a time.
 */
export const INDEX_OPTIONS: Options<SearchDoc> = { ...SEARCH_OPTIONS, autoVacuum: false };

/** The shape of the lines; bump when it changes. */
const LAYOUT = 'lines-3';
/** The layouts before (JSON where this one packs numbers): still read, so that an upgrade need not rebuild the index. */
const READABLE_LAYOUTS: ReadonlySet<unknown> = new Set([LAYOUT, 'lines-2', 'lines-1']);
/** Documents in one "d" or "l" line. */
const DOCUMENTS_PER_LINE = 10_000;
/** A field length as packed (FieldLengths' own codes): 1 for none (null, or never set), n + 2 for n. */
const NO_LENGTH = 1;
const LENGTH_OFFSET = 2;

type FieldTermData = Map<number, Map<number, number>>;

/** One term's postings in one field as the snapshot's JSON: a string of the packed postings. */
function postingsJson(postings: Map<number, number>): string {
  const { docs, counts } = (postings instanceof PostingList ? postings : PostingList.packed(postings)).packedArrays();
  return `"${encodePostings(docs, counts)}"`;
}

/** One term's postings in one field, read back from either layout. */
function postingsOf(value: unknown): PostingList {
  if (typeof value === 'string') {
    const packed = decodePostings(value);
    if (!packed) throw new SnapshotError('the postings of a term are damaged');
    return PostingList.fromPacked(packed.docs, packed.counts);
  }
  if (typeof value !== 'object' || value === null) throw new SnapshotError('the postings of a term are damaged');
  return PostingList.fromObject(value as Record<string, number>);
}

/** MiniSearch's fields (protected in its types; the same ones toJSON and loadJS use). */
export interface MiniSearchFields {
  _documentCount: number;
  _nextId: number;
  _documentIds: Map<number, unknown>;
  _idToShortId: Map<unknown, number>;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _storedFields: Map<number, unknown>;
  _dirtCount: number;
  _index: SearchableMap<FieldTermData>;
}

export function fieldsOf(engine: MiniSearch<SearchDoc>): MiniSearchFields {
  return engine as unknown as MiniSearchFields;
}

/** An empty index whose field lengths are kept packed (see ./field-lengths.ts). */
export function newIndexEngine(): MiniSearch<SearchDoc> {
  const engine = new MiniSearch<SearchDoc>(INDEX_OPTIONS);
  const f = fieldsOf(engine);
  f._fieldLength = new FieldLengths(Object.keys(f._fieldIds).length);
  return engine;
}

interface Head {
  format: number;
  layout: string;
  storeVersion: string;
  documentCount: number;
  nextId: number;
  fieldIds: Record<string, number>;
  averageFieldLength: number[];
  dirtCount: number;
  serializationVersion: number;
}

/** Lines are cut at about this many characters, so each parses in a moment. */
const LINE_CHARS = 200_000;

/**
 * The snapshot's lines, one unit of work per document id, length or term; `emit`
 * receives each finished line (with its newline). The index must not change while
 * the steps are paused: the caller stops them when it does.
 */
export function* snapshotLines(engine: MiniSearch<SearchDoc>, storeVersion: string, emit: (line: string) => void): Steps<void> {
  const f = fieldsOf(engine);
  const head: Head = {
    format: SEARCH_OPTIONS_VERSION,
    layout: LAYOUT,
    storeVersion,
    documentCount: f._documentCount,
    nextId: f._nextId,
    fieldIds: f._fieldIds,
    averageFieldLength: f._avgFieldLength,
    dirtCount: f._dirtCount,
    serializationVersion: 2,
  };
  emit(`${JSON.stringify(head)}\n`);
  let parts: string[] = [];
  let chars = 0;
  const flush = (key: string) => {
    if (parts.length > 0) emit(`{"${key}":[${parts.join(',')}]}\n`);
    parts = [];
    chars = 0;
  };
  const add = (key: string, json: string) => {
    parts.push(json);
    chars += json.length;
    if (chars >= LINE_CHARS) flush(key);
  };
  let documents = 0;
  let shorts: number[] = [];
  let ids: unknown[] = [];
  for (const [short, id] of f._documentIds) {
    shorts.push(short);
    ids.push(id);
    documents++;
    if (ids.length === DOCUMENTS_PER_LINE) {
      emit(`{"d":[${JSON.stringify(encodeNumbers(shorts))},${JSON.stringify(ids)}]}\n`);
      shorts = [];
      ids = [];
    }
    yield;
  }
  if (ids.length > 0) emit(`{"d":[${JSON.stringify(encodeNumbers(shorts))},${JSON.stringify(ids)}]}\n`);
  const fieldCount = Object.keys(f._fieldIds).length;
  let lengths: number[] = [];
  let lengthsOf = 0;
  for (const [short, values] of f._fieldLength) {
    lengths.push(short);
    for (let field = 0; field < fieldCount; field++) {
      const value = values[field];
      lengths.push(typeof value === 'number' ? value + LENGTH_OFFSET : NO_LENGTH);
    }
    if (++lengthsOf === DOCUMENTS_PER_LINE) {
      emit(`{"l":${JSON.stringify(encodeNumbers(lengths))}}\n`);
      lengths = [];
      lengthsOf = 0;
    }
    yield;
  }
  if (lengthsOf > 0) emit(`{"l":${JSON.stringify(encodeNumbers(lengths))}}\n`);
  let terms = 0;
  for (const [term, data] of f._index) {
    const fields: string[] = [];
    for (const [field, postings] of data) fields.push(`"${field}":${postingsJson(postings)}`);
    add('t', `[${JSON.stringify(term)},{${fields.join(',')}}]`);
    terms++;
    yield;
  }
  flush('t');
  emit(`${JSON.stringify({ end: { documents, terms } })}\n`);
}

/** The whole snapshot as one string, at once (tools and tests). */
export function snapshotText(engine: MiniSearch<SearchDoc>, storeVersion: string): string {
  const lines: string[] = [];
  const steps = snapshotLines(engine, storeVersion, (line) => lines.push(line));
  while (!steps.next().done) {
    // every line
  }
  return lines.join('');
}

export class SnapshotError extends Error {
  override name = 'SnapshotError';
}

/**
 * The index in a snapshot's text, a line and a term at a time. Null when the
 * snapshot is of another store version or format; throws SnapshotError when it
 * is damaged or incomplete.
 */
export function* readSnapshotSteps(text: string, storeVersion: string): Steps<MiniSearch<SearchDoc> | null> {
  let at = 0;
  const nextLine = (): unknown => {
    if (at >= text.length) return null;
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const line = text.slice(at, end);
    at = end + 1;
    try {
      return JSON.parse(line) as unknown;
    } catch {
      throw new SnapshotError('a line of the snapshot is not JSON');
    }
  };
  const head = nextLine() as Partial<Head> | null;
  if (!head || head.format !== SEARCH_OPTIONS_VERSION || !READABLE_LAYOUTS.has(head.layout) || head.storeVersion !== storeVersion) return null;
  const engine = MiniSearch.loadJS<SearchDoc>(
    {
      documentCount: head.documentCount!,
      nextId: head.nextId!,
      documentIds: {},
      fieldIds: head.fieldIds!,
      fieldLength: {},
      averageFieldLength: head.averageFieldLength!,
      storedFields: {},
      dirtCount: head.dirtCount ?? 0,
      index: [],
      serializationVersion: 2,
    },
    INDEX_OPTIONS,
  );
  const f = fieldsOf(engine);
  const lengths = new FieldLengths(Object.keys(f._fieldIds).length);
  f._fieldLength = lengths;
  let documents = 0;
  let terms = 0;
  for (;;) {
    yield;
    const line = nextLine() as { d?: unknown[]; l?: string | [number, Array<number | null>][]; t?: [string, Record<string, unknown>][]; end?: { documents: number; terms: number } } | null;
    if (line === null) throw new SnapshotError('the snapshot ends before its last line');
    if (line.d) {
      documents += readDocumentIds(line.d, f._documentIds);
    } else if (typeof line.l === 'string') {
      readLengths(line.l, lengths);
    } else if (line.l) {
      for (const [short, values] of line.l) lengths.put(short, values);
    } else if (line.t) {
      for (const [term, fields] of line.t) {
        const data: FieldTermData = new Map();
        for (const field of Object.keys(fields)) data.set(Number(field), postingsOf(fields[field]));
        f._index.set(term, data);
        terms++;
        yield;
      }
    } else if (line.end) {
      if (line.end.documents !== documents || line.end.terms !== terms || documents !== f._documentCount || f._documentIds.size !== documents) throw new SnapshotError('the snapshot is incomplete');
      f._idToShortId = new ShortIdsById(f._documentIds);
      return engine;
    } else {
      throw new SnapshotError('the snapshot has a line of an unknown kind');
    }
  }
}

/** A "d" line's document ids into `ids` (either layout); how many it held. */
function readDocumentIds(line: unknown[], ids: Map<number, unknown>): number {
  if (typeof line[0] === 'string' && Array.isArray(line[1])) {
    const shorts = decodeNumbers(line[0]);
    const held = line[1] as unknown[];
    if (!shorts || shorts.length !== held.length) throw new SnapshotError('the document ids of the snapshot are damaged');
    for (let i = 0; i < held.length; i++) ids.set(shorts[i]!, held[i]);
    return held.length;
  }
  for (const pair of line as [number, unknown][]) ids.set(pair[0], pair[1]);
  return line.length;
}

/** A packed "l" line's field lengths into the table, whose codes they are. */
function readLengths(line: string, lengths: FieldLengths, fields = lengths.fields): void {
  const numbers = decodeNumbers(line);
  if (!numbers || numbers.length % (fields + 1) !== 0) throw new SnapshotError('the field lengths of the snapshot are damaged');
  for (let at = 0; at < numbers.length; at += fields + 1) {
    for (let field = 1; field <= fields; field++) if (numbers[at + field]! < NO_LENGTH) throw new SnapshotError('the field lengths of the snapshot are damaged');
    lengths.putCodes(numbers[at]!, numbers, at + 1);
  }
}

/**
 * MiniSearch's map from a document's id to its short id, worked out from the map the other way
 * when it is first read: only adding or removing a document reads it, and filling it as the
 * snapshot was read cost as much as reading the ids. `fillSteps` works it out in steps instead.
 */
export class ShortIdsById implements Map<unknown, number> {
  readonly #map = new Map<unknown, number>();
  #from: ReadonlyMap<number, unknown> | null;
  /** How far a fillSteps that was stopped had got. */
  #filled: Iterator<[number, unknown]> | null = null;

  constructor(from: ReadonlyMap<number, unknown>) {
    this.#from = from;
  }

  /** Worked out a thousand documents a step (see ./slices.ts); nothing to do once it is. */
  *fillSteps(): Generator<void, void, void> {
    if (!this.#from) return;
    // Shared with a fill that another caller finishes: whichever runs takes the next entries.
    const entries = (this.#filled ??= this.#from.entries());
    let count = 0;
    for (let next = entries.next(); !next.done; next = entries.next()) {
      this.#map.set(next.value[1], next.value[0]);
      if (++count % 1000 === 0) yield;
    }
    this.#from = null;
    this.#filled = null;
  }

  #known(): Map<unknown, number> {
    if (this.#from) for (const _ of this.fillSteps()) void _;
    return this.#map;
  }

  get size(): number {
    return this.#known().size;
  }

  get(id: unknown): number | undefined {
    return this.#known().get(id);
  }

  has(id: unknown): boolean {
    return this.#known().has(id);
  }

  set(id: unknown, short: number): this {
    this.#known().set(id, short);
    return this;
  }

  delete(id: unknown): boolean {
    return this.#known().delete(id);
  }

  clear(): void {
    this.#from = null;
    this.#filled = null;
    this.#map.clear();
  }

  forEach(callback: (short: number, id: unknown, map: Map<unknown, number>) => void, thisArg?: unknown): void {
    this.#known().forEach((short, id) => callback.call(thisArg, short, id, this));
  }

  entries(): MapIterator<[unknown, number]> {
    return this.#known().entries();
  }

  keys(): MapIterator<unknown> {
    return this.#known().keys();
  }

  values(): MapIterator<number> {
    return this.#known().values();
  }

  [Symbol.iterator](): MapIterator<[unknown, number]> {
    return this.entries();
  }

  get [Symbol.toStringTag](): string {
    return 'ShortIdsById';
  }
}

/** The index's field lengths as a packed table, which they become if they are not one yet. */
function packedLengths(f: MiniSearchFields): FieldLengths {
  const lengths = f._fieldLength;
  if (lengths instanceof FieldLengths) return lengths;
  const table = new FieldLengths(Object.keys(f._fieldIds).length);
  lengths.forEach((values, short) => table.set(short, values));
  f._fieldLength = table;
  return table;
}

/**
 * The index tidied, a term at a step: postings of discarded documents dropped
 * (MiniSearch's vacuum), and every term's postings packed into typed arrays, as
 * are the field lengths of documents added since.
 */
export function* tidySteps(engine: MiniSearch<SearchDoc>): Steps<void> {
  const f = fieldsOf(engine);
  yield* packedLengths(f).packSteps();
  const vacuum = f._dirtCount > 0;
  const empty: string[] = [];
  for (const [term, data] of f._index) {
    for (const [field, postings] of data) {
      if (!vacuum && postings instanceof PostingList && !postings.loose) continue;
      let kept: Map<number, number> = postings;
      if (vacuum) {
        kept = new Map();
        postings.forEach((count, doc) => {
          if (f._documentIds.has(doc)) kept.set(doc, count);
        });
      }
      if (kept.size === 0) data.delete(field);
      else data.set(field, PostingList.packed(kept));
    }
    if (data.size === 0) empty.push(term);
    yield;
  }
  for (const term of empty) f._index.delete(term);
  if (vacuum) f._dirtCount = 0;
}

/**
 * The format and store version a snapshot starts with (its first line only), and whether it is in
 * the layout written now (`current`); null when it does not start as this module writes or wrote.
 */
export function readSnapshotHead(file: string): { format: number; storeVersion: string; current: boolean } | null {
  let fd: number | null = null;
  try {
    fd = openSync(file, 'r');
    const buffer = Buffer.alloc(4096);
    const length = readSync(fd, buffer, 0, buffer.length, 0);
    const text = buffer.subarray(0, length).toString('utf8');
    const end = text.indexOf('\n');
    if (end < 0) return null;
    const head = JSON.parse(text.slice(0, end)) as Partial<Head>;
    if (typeof head.format !== 'number' || typeof head.storeVersion !== 'string' || !READABLE_LAYOUTS.has(head.layout)) return null;
    return { format: head.format, storeVersion: head.storeVersion, current: head.layout === LAYOUT };
  } catch {
    return null;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** Whether the snapshot in this file was written for this store version with these options. */
export function snapshotMatches(file: string, storeVersion: string): boolean {
  const head = readSnapshotHead(file);
  return head !== null && head.format === SEARCH_OPTIONS_VERSION && head.storeVersion === storeVersion;
}
