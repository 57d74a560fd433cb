import { describe, expect, it } from 'vitest';
import { stem } from '../../src/search/stem.ts';
import { processTerm, searchTerms, tokenize } from '../../src/search/search-options.ts';

describe('stem', () => {
  it('brings the word forms members type to one stem', () => {
    expect(new Set(['fostering', 'foster', 'fostered', 'fosters'].map(stem))).toEqual(new Set(['foster']));
    expect(stem('carers')).toBe(stem('carer'));
    expect(stem('figures')).toBe(stem('figure'));
    expect(stem('meetings')).toBe(stem('meeting'));
    expect(stem('caring')).toBe(stem('care'));
    expect(stem('services')).toBe(stem('service'));
  });

  it('leaves words that only look plural alone', () => {
    expect(stem('census')).toBe('census');
    expect(stem('status')).toBe('status');
    expect(stem('analysis')).toBe('analysis');
  });

  it('keeps different words apart', () => {
    expect(stem('foster')).not.toBe(stem('forest'));
    expect(stem('care')).not.toBe(stem('car'));
  });
});

describe('search terms', () => {
  it('drops stop words and joins apostrophes', () => {
    expect(tokenize("Children’s Services")).toEqual(['childrens', 'services']);
    expect(searchTerms('what was resolved on the private fostering?')).toEqual(['resolv', '~privatefostering', '~fostering']);
    expect(searchTerms('what was resolved on the private fostering?', { literal: true })).toEqual(['resolv', 'privat', 'foster']);
    expect(processTerm('the')).toBeNull();
    expect(tokenize('see www.carerstrust.org.uk/young-carers or mail a.b@coventry.gov.uk now')).toEqual(['see', 'or', 'mail', 'now']);
  });
});
