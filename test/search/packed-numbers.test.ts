// The snapshot's packed numbers: whatever numbers, documents and frequencies go in come back the
// same, and text that is not what the encoder writes (a damaged snapshot) is refused, never misread.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeNumbers, decodePostings, encodeNumbers, encodePostings } from '../../src/search/packed-numbers.ts';

/** Ascending distinct document numbers (up to the largest an Int32Array holds) with a frequency each. */
const postings = fc
  .uniqueArray(fc.integer({ min: 0, max: 0x7fffffff }), { maxLength: 300 })
  .chain((docs) => fc.tuple(fc.constant(docs.sort((a, b) => a - b)), fc.array(fc.integer({ min: 1, max: 0x7fffffff }), { minLength: docs.length, maxLength: docs.length })));

describe('packed numbers', () => {
  it('read back as they were written, from 0 to 2^32 - 1', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 0xffffffff }), { maxLength: 200 }), (values) => {
        expect([...decodeNumbers(encodeNumbers(values))!]).toEqual(values);
      }),
    );
  });

  it('refuse a number cut short or longer than 32 bits', () => {
    expect(decodeNumbers(Buffer.from([0x80]).toString('base64'))).toBeNull();
    expect(decodeNumbers(Buffer.from([0xff, 0xff, 0xff, 0xff, 0x7f]).toString('base64'))).toBeNull();
    expect(decodeNumbers(Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f]).toString('base64'))).toEqual(new Uint32Array([0xffffffff]));
  });
});

describe('packed postings', () => {
  it('read back as they were written', () => {
    fc.assert(
      fc.property(postings, ([docs, counts]) => {
        const read = decodePostings(encodePostings(docs, counts));
        expect(read).not.toBeNull();
        expect([...read!.docs]).toEqual(docs);
        expect([...read!.counts]).toEqual(counts);
      }),
    );
  });

  it('take a byte or two a posting for the small gaps and counts of an index', () => {
    const docs = Array.from({ length: 1000 }, (_, i) => 5 + i * 3);
    const text = encodePostings(docs, docs.map(() => 2));
    expect(Buffer.from(text, 'base64').length).toBeLessThanOrEqual(2 * docs.length + 2);
  });

  it('refuse text cut short, lengthened, out of order or not theirs', () => {
    fc.assert(
      fc.property(postings.filter(([docs]) => docs.length > 0), fc.nat(), ([docs, counts], cut) => {
        const bytes = Buffer.from(encodePostings(docs, counts), 'base64');
        expect(decodePostings(bytes.subarray(0, cut % bytes.length).toString('base64'))).toBeNull();
        expect(decodePostings(Buffer.concat([bytes, Buffer.from([1])]).toString('base64'))).toBeNull();
      }),
    );
    // Documents must ascend: a second gap of 0 repeats a document.
    expect(decodePostings(Buffer.from([2, 4, 0, 1, 1]).toString('base64'))).toBeNull();
    // A frequency of 0 is no posting.
    expect(decodePostings(Buffer.from([1, 4, 0]).toString('base64'))).toBeNull();
    // A count far beyond the bytes that follow, and a number that never ends.
    expect(decodePostings(Buffer.from([100, 1, 1]).toString('base64'))).toBeNull();
    expect(decodePostings(Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff]).toString('base64'))).toBeNull();
    expect(decodePostings('')).toBeNull();
    expect(decodePostings('not base64 at all!')).toBeNull();
  });
});
