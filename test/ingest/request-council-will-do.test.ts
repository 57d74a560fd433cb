// The council itself (or its members) saying it will do a task owes it as a clerk set the task does; its decisions on
// its money or its next meeting, and a view in "would", owe nothing.
import { describe, expect, it } from 'vitest';
import { requestKind } from '../../src/ingest/requests.ts';

const kind = (text: string) => requestKind(text, 'body');

describe('a task the council takes on itself', () => {
  it('is read where the council or its members will do it, whatever the task', () => {
    expect(kind('Council will inspect the culvert after the next heavy rain.')).not.toBeNull();
    expect(kind('The CC will send them the dates of future meetings.')).not.toBeNull();
  });

  it('is not read from a decision on money or meetings, or a view', () => {
    expect(kind('The Council will pay the hall hire from the events fund.')).toBeNull();
    expect(kind('The Council will meet again on Wednesday 19th February.')).toBeNull();
    expect(kind('The Council would support a bid for a new shelter.')).toBeNull();
  });
});
