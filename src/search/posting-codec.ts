// One term's postings in one field as the index snapshot stores them: how many, the document
// numbers as gaps from the one before (ascending, so every gap after the first is at least 1),
// then the frequencies, each number a variable-length integer (7 bits a byte, low bits first),
// the bytes in base64. Read back, they are two typed arrays at once: no object per posting to
// parse and take apart, which at council scale (3.5 million postings) was most of a snapshot's load.

/** Bytes of one variable-length integer of 32 bits at most. */
const MAX_VARINT_BYTES = 5;

/** The postings (documents ascending, frequencies of at least 1) as the snapshot's text. */
export function encodePostings(docs: ArrayLike<number>, counts: ArrayLike<number>): string {
  const n = docs.length;
  const bytes = new Uint8Array((2 * n + 1) * MAX_VARINT_BYTES);
  let at = 0;
  const put = (value: number) => {
    let v = value >>> 0;
    while (v >= 0x80) {
      bytes[at++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    bytes[at++] = v;
  };
  put(n);
  let previous = 0;
  for (let i = 0; i < n; i++) {
    put(docs[i]! - previous);
    previous = docs[i]!;
  }
  for (let i = 0; i < n; i++) put(counts[i]!);
  return Buffer.from(bytes.buffer, 0, at).toString('base64');
}

/** The postings in the snapshot's text; null when it is not what encodePostings writes (a damaged snapshot). */
export function decodePostings(text: string): { docs: Int32Array; counts: Int32Array } | null {
  const bytes = Buffer.from(text, 'base64');
  let at = 0;
  let damaged = false;
  const take = (): number => {
    let value = 0;
    for (let shift = 0; shift < 7 * MAX_VARINT_BYTES; shift += 7) {
      if (at >= bytes.length) break;
      const byte = bytes[at++]!;
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
    damaged = true;
    return 0;
  };
  const n = take();
  // Each posting takes two bytes at least.
  if (damaged || n > (bytes.length - at) / 2) return null;
  const docs = new Int32Array(n);
  const counts = new Int32Array(n);
  let doc = 0;
  for (let i = 0; i < n; i++) {
    const gap = take();
    if (i > 0 && gap < 1) return null;
    doc += gap;
    docs[i] = doc;
  }
  for (let i = 0; i < n; i++) {
    const count = take();
    if (count < 1 || count > 0x7fffffff) return null;
    counts[i] = count;
  }
  if (damaged || at !== bytes.length || doc > 0x7fffffff) return null;
  return { docs, counts };
}
