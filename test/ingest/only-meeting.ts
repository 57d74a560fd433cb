// The one meeting an invented text parses into (the test fails when there is not exactly one).
import { expect } from 'vitest';
import type { ParsedMeeting } from '../../src/model.ts';
import { parseDocument } from '../../src/ingest/parse-document.ts';

export function onlyMeeting(text: string): ParsedMeeting {
  const doc = parseDocument(text);
  expect(doc.meetings).toHaveLength(1);
  return doc.meetings[0]!;
}
