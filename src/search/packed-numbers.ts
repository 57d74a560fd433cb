// Whole numbers as the index snapshot stores them: each a variable-length integer (7 bits a byte,
// low bits first), the bytes in base64. Read back, they are typed arrays at once, with no object
// per number to parse and take apart: at council scale a snapshot holds 3.5 million postings and
// the lengths of 150,000 documents, and reading them as JSON objects was most of its load.
//
// A term's postings in one field are how many, the document numbers as gaps from the one before
// (ascending, so every gap after the first is at least 1), then the frequencies.

/** Bytes of one variable-length integer of 32 bits. */
const MAX_VARINT_BYTES = 5;
const LARGEST = 0xffffffff;

/** Numbers from 0 to 2^32 - 1 as the snapshot's text. */
export function encodeNumbers(values: ArrayLike<number>): string {
  const bytes = new Uint8Array(values.length * MAX_VARINT_BYTES);
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    let v = values[i]!;
    while (v >= 0x80) {
      bytes[at++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    bytes[at++] = v;
  }
  return Buffer.from(bytes.buffer, 0, at).toString('base64');
}

/** The numbers in the snapshot's text; null when it is not what encodeNumbers writes (a damaged snapshot). */
export function decodeNumbers(text: string): Uint32Array | null {
  const bytes = Buffer.from(text, 'base64');
  let count = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! < 0x80) count++;
  // Every number ends on a byte under 0x80: the text must end on one too.
  if (bytes.length > 0 && bytes[bytes.length - 1]! >= 0x80) return null;
  const values = new Uint32Array(count);
  let at = 0;
  for (let n = 0; n < count; n++) {
    let value = 0;
    let scale = 1;
    for (let length = 1; ; length++) {
      const byte = bytes[at++]!;
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) break;
      if (length === MAX_VARINT_BYTES) return null;
      scale *= 0x80;
    }
    if (value > LARGEST) return null;
    values[n] = value;
  }
  return values;
}

/** A term's postings in one field (documents ascending, frequencies of at least 1) as the snapshot's text. */
export function encodePostings(docs: ArrayLike<number>, counts: ArrayLike<number>): string {
  const n = docs.length;
  const values = new Float64Array(2 * n + 1);
  values[0] = n;
  let previous = 0;
  for (let i = 0; i < n; i++) {
    values[1 + i] = docs[i]! - previous;
    previous = docs[i]!;
    values[1 + n + i] = counts[i]!;
  }
  return encodeNumbers(values);
}

/** The postings in the snapshot's text; null when they are damaged. */
export function decodePostings(text: string): { docs: Int32Array; counts: Int32Array } | null {
  const bytes = Buffer.from(text, 'base64');
  let at = 0;
  // The next number, or -1 when the bytes end inside it or it runs past 32 bits.
  const next = (): number => {
    let value = 0;
    let scale = 1;
    for (let length = 1; length <= MAX_VARINT_BYTES && at < bytes.length; length++) {
      const byte = bytes[at++]!;
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value > LARGEST ? -1 : value;
      scale *= 0x80;
    }
    return -1;
  };
  const n = next();
  // Each posting takes two bytes at least.
  if (n < 0 || n > (bytes.length - at) / 2) return null;
  const docs = new Int32Array(n);
  const counts = new Int32Array(n);
  let doc = 0;
  for (let i = 0; i < n; i++) {
    const gap = next();
    if (gap < 0 || (i > 0 && gap < 1)) return null;
    doc += gap;
    if (doc > 0x7fffffff) return null;
    docs[i] = doc;
  }
  for (let i = 0; i < n; i++) {
    const count = next();
    if (count < 1 || count > 0x7fffffff) return null;
    counts[i] = count;
  }
  return at === bytes.length ? { docs, counts } : null;
}
