// The future passive promises a task only where the minute frames it as one: the meeting deciding that something will
// be done ("It was agreed that ... would be redrafted"), or someone to be asked or invited to act. The same tense
// telling another body's works, or the agenda's words for the meeting's own business, asks nothing.
import { describe, expect, it } from 'vitest';
import { requestKind } from '../../src/ingest/requests.ts';

const kind = (text: string) => requestKind(text, 'body');

describe('a task in the future passive', () => {
  it('is read when the meeting decided it, whatever the verb', () => {
    expect(kind('It was agreed that the terms of reference would be redrafted to include the new wards.')).toBe('follow-up');
    expect(kind('It was further agreed that all renewals outstanding would be placed before the Sub-Committee in May.')).toBe('follow-up');
  });

  it('is not read from a decision on a value or a paper', () => {
    expect(kind('It was agreed that the hire charge would be set at £12 an hour.')).toBeNull();
    expect(kind('It was agreed that the revised scheme would be adopted.')).toBeNull();
  });

  it('is read where someone is to be asked or invited to act', () => {
    expect(kind('Councillors would be invited to be part of the review group on play areas.')).toBe('follow-up');
    expect(kind('Ward members will also be asked to suggest sites for the new benches.')).toBe('follow-up');
  });

  it('is not read from narrative of works or the agenda asking the meeting', () => {
    expect(kind('The footpath by the church would be resurfaced in the spring.')).toBeNull();
    expect(kind('Councillors will be asked to say whether they have an interest in any item.')).toBeNull();
  });
});
