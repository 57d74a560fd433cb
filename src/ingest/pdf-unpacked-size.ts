// How much a PDF's compressed streams unpack to, counted before the PDF reader unpacks any of them,
// so that a small PDF built to unpack to gigabytes is refused instead of read.
//
// The PDF's own word is not trusted for what a stream is: the reader resolves an indirect /Filter,
// applies chained filters ([/FlateDecode /FlateDecode] unpacks twice, a million-fold), reads a
// stream by its /Length whatever "endstream" bytes it holds, and reads a page's /Contents whatever
// /Subtype its dictionary claims. So every stream whose bytes open as zlib data is counted, to the
// end of that data, with each further zlib layer inside it; only image streams (which text
// extraction never unpacks) are passed over, and only when no page names them as its contents.
// Whatever this count cannot see (other filters, tricks it does not know) meets the paper worker's
// memory limits instead.
import type { Inflate } from 'node:zlib';

/** A stream keyword and its end of line; "endstream" matches too, and is passed over by the zlib check. */
const STREAM_KEYWORD = /stream(?:\r\n|\r|\n)/g;
/** Zlib layers counted inside one another at most: the PDF reader applies filter after filter. */
const MAX_LAYERS = 4;
/** How far back from a stream its object's dictionary is looked for. */
const DICTIONARY_WINDOW = 4096;

type ZlibModule = typeof import('node:zlib');

/** Whether the two bytes open a zlib stream (deflate, window at most 32 KB, header check). */
function opensZlib(first: number | undefined, second: number | undefined): boolean {
  if (first === undefined || second === undefined) return false;
  return (first & 0x0f) === 8 && first >> 4 <= 7 && ((first << 8) | second) % 31 === 0;
}

/** The object numbers referred to ("12 0 R") in a piece of a dictionary or array, read token by token. */
function references(slice: string, firstOnly: boolean): number[] {
  const found: number[] = [];
  const tokens = slice.replace(/[[\]<>/]/g, ' ').trim().split(/\s+/);
  for (let t = 0; t + 2 < tokens.length; t++) {
    if (/^\d+$/.test(tokens[t]!) && /^\d+$/.test(tokens[t + 1]!) && tokens[t + 2] === 'R') {
      found.push(Number(tokens[t]));
      if (firstOnly) break;
    }
  }
  return found;
}

/** The array at `at` (after any white space), up to its "]" or 16 KB; null when there is no array there. */
function arrayAt(latin: string, at: number): { text: string; end: number } | null {
  let i = at;
  while (i < latin.length && /\s/.test(latin[i]!)) i++;
  if (latin[i] !== '[') return null;
  const window = latin.slice(i, i + 16 * 1024);
  const close = window.indexOf(']');
  const text = close >= 0 ? window.slice(0, close) : window;
  return { text, end: i + Math.max(text.length, 1) };
}

/** The object number of the "12 0 obj" whose keyword is at `keywordAt` (the generation, then the number, before it). */
function objectNumberBefore(latin: string, keywordAt: number): number | null {
  const head = latin.slice(Math.max(0, keywordAt - 24), keywordAt).trimEnd().split(/\s+/);
  return head.length >= 2 && /^\d+$/.test(head[head.length - 2]!) ? Number(head[head.length - 2]) : null;
}

/**
 * Where each object's body begins ("12 0 obj" -> just after the keyword), found in one pass: the
 * last of a number's definitions wins, as in a file's incremental updates.
 */
function objectBodies(latin: string): Map<number, number> {
  const bodies = new Map<number, number>();
  for (let at = latin.indexOf(' obj'); at >= 0; at = latin.indexOf(' obj', at + 1)) {
    const number = objectNumberBefore(latin, at);
    if (number !== null) bodies.set(number, at + ' obj'.length);
  }
  return bodies;
}

/**
 * The object numbers pages name as their /Contents: one reference, an array of them, or a
 * reference to an array of them.
 */
function contentsObjects(latin: string, bodies: Map<number, number>): Set<number> {
  const found = new Set<number>();
  // Each stretch of the file is read once: the search goes on after what one /Contents held.
  for (let at = latin.indexOf('/Contents'); at >= 0; at = latin.indexOf('/Contents', at)) {
    const from = at + '/Contents'.length;
    const array = arrayAt(latin, from);
    if (array) {
      for (const n of references(array.text, false)) found.add(n);
      at = array.end;
    } else {
      for (const n of references(latin.slice(from, from + 32), true)) found.add(n);
      at = from;
    }
  }
  for (const n of [...found]) {
    const body = bodies.get(n);
    const array = body === undefined ? null : arrayAt(latin, body);
    if (array) for (const m of references(array.text, false)) found.add(m);
  }
  return found;
}

/**
 * The object around each stream, found going forward through the file: the "N G obj" that opens
 * it (its number) and its dictionary's text. Streams are asked for in file order, so each part of
 * the file is searched once.
 */
function objectFinder(latin: string): (streamAt: number) => { number: number | null; dictionary: string } {
  let lastObj = -1;
  let nextObj = latin.indexOf(' obj');
  return (streamAt) => {
    while (nextObj >= 0 && nextObj < streamAt) {
      lastObj = nextObj;
      nextObj = latin.indexOf(' obj', nextObj + 1);
    }
    const from = Math.max(0, streamAt - DICTIONARY_WINDOW);
    if (lastObj < from) return { number: null, dictionary: latin.slice(from, streamAt) };
    return { number: objectNumberBefore(latin, lastObj), dictionary: latin.slice(lastObj, streamAt) };
  };
}

/** Where the literal string opening at `open` ends: "(" and ")" nest, a backslash escapes. */
function stringEnd(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return text.length;
}

/** The value of /Subtype at the top level of a dictionary (the last one, as a reader keeps it), or null. */
export function topLevelSubtype(dictionary: string): string | null {
  let depth = 0;
  let subtype: string | null = null;
  for (let i = 0; i < dictionary.length; i++) {
    if (dictionary[i] === '(') {
      i = stringEnd(dictionary, i);
    } else if (dictionary.startsWith('<<', i)) {
      depth++;
      i++;
    } else if (dictionary.startsWith('>>', i)) {
      depth--;
      i++;
    } else if (depth === 1 && dictionary.startsWith('/Subtype', i)) {
      let j = i + '/Subtype'.length;
      while (j < dictionary.length && /\s/.test(dictionary[j]!)) j++;
      if (dictionary[j] === '/') {
        let k = j + 1;
        while (k < dictionary.length && /[A-Za-z0-9]/.test(dictionary[k]!)) k++;
        subtype = dictionary.slice(j + 1, k);
      }
    }
  }
  return subtype;
}

/**
 * How many bytes the zlib data at the start of `data` unpacks to, counting each zlib layer inside
 * the unpacked bytes too; nothing is kept. `budget.left` goes down as bytes come; false once it is spent.
 */
function countLayers(data: Buffer, budget: { left: number }, zlib: ZlibModule): Promise<boolean> {
  return new Promise((resolve) => {
    const layers: Inflate[] = [];
    let open = 0;
    let settled = false;
    const finish = (withinBudget: boolean) => {
      if (settled) return;
      settled = true;
      for (const layer of layers) layer.destroy();
      resolve(withinBudget);
    };
    const addLayer = (): Inflate => {
      const depth = layers.length;
      const layer = new zlib.Inflate({ finishFlush: zlib.constants.Z_SYNC_FLUSH });
      layers.push(layer);
      open++;
      let first = true;
      layer.on('data', (chunk: Buffer) => {
        if (settled) return;
        budget.left -= chunk.length;
        if (budget.left < 0) return finish(false);
        if (first && depth + 1 < MAX_LAYERS && opensZlib(chunk[0], chunk[1])) addLayer();
        first = false;
        layers[depth + 1]?.write(chunk);
      });
      // Damaged data counts for what it gave before the damage; an inner layer ends with its outer one.
      const done = () => {
        layers[depth + 1]?.end();
        if (--open === 0) finish(true);
      };
      layer.once('end', done);
      layer.once('error', done);
      return layer;
    };
    addLayer().end(data);
  });
}

/** How many bytes the PDF's zlib streams unpack to, stopping once past `limit` (null then). */
export async function pdfUnpackedBytes(bytes: Uint8Array, limit: number): Promise<number | null> {
  const zlib = await import('node:zlib');
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const latin = buffer.toString('latin1');
  const contents = contentsObjects(latin, objectBodies(latin));
  const objectAt = objectFinder(latin);
  const budget = { left: limit };
  STREAM_KEYWORD.lastIndex = 0;
  for (let m = STREAM_KEYWORD.exec(latin); m !== null; m = STREAM_KEYWORD.exec(latin)) {
    const start = m.index + m[0].length;
    if (!opensZlib(buffer[start], buffer[start + 1])) continue;
    const object = objectAt(m.index);
    if (topLevelSubtype(object.dictionary) === 'Image' && !(object.number !== null && contents.has(object.number))) continue;
    // To the end of the zlib data itself: neither /Length nor "endstream" is taken on trust.
    if (!(await countLayers(buffer.subarray(start), budget, zlib))) return null;
  }
  return limit - budget.left;
}
