import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/ingest/parse-document.ts';

// A parish minute printed with no blank lines between its sentences: the exclusion is told in the middle of an item's
// paragraph and the private business runs on below it. Nothing after the exclusion may be read, decisions included.
const SECRET = 'quillfern';

function minute(exclusion: string): string {
  return [
    'Minutes of the meeting of Eastfold Parish Council held on Monday 2 March 2026 at 7.00pm',
    '',
    '1. Footpaths',
    'The clerk reported on the stile at Mill End.',
    'It was agreed that the clerk writes to the highway authority about the stile.',
    exclusion,
    `The council discussed the clerk's ${SECRET} salary review and agreed a ${SECRET} increment.`,
    '',
    '2. Date of next meeting',
    'The next meeting will be held on 6 April 2026.',
  ].join('\n');
}

describe('an exclusion told inside an item paragraph', () => {
  for (const exclusion of [
    'In accordance with the Public Bodies (Admission to Meetings) Act 1960 the public were asked to leave.',
    'The press and public were excluded from the meeting for this item.',
    'The meeting went into closed session.',
  ]) {
    it(`reads nothing after "${exclusion}"`, () => {
      const doc = parseDocument(minute(exclusion));
      expect(JSON.stringify(doc)).not.toContain(SECRET);
      // The public decision before the exclusion is still read, and so is the next item.
      const items = doc.meetings[0]!.items;
      expect(items[0]!.resolutions.map((r) => r.text).join(' ')).toContain('writes to the highway authority');
      expect(items.map((i) => i.title)).toContain('Date of next meeting');
    });
  }
});
