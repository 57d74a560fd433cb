// The scorer is tested too: perfect parses score 1, empty ones 0, and a spoiled
// parse scores exactly what it should; harmless differences cost nothing and
// nothing matches by accident.
import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../src/model.ts';
import type { ExpectedFacts } from './expected-facts.ts';
import { factsAsParse } from './facts-as-parse.ts';
import { loadFixtures } from './fixtures.ts';
import { type Metrics, metrics, sameClauseOtherBoundary, scoreParse } from './score.ts';

const fixtures = loadFixtures();

const scored = (facts: ExpectedFacts, doc: Pick<ParsedDocument, 'meetings' | 'workProgramme'>): Metrics => metrics(scoreParse(facts, doc).tallies);
const measured = (m: Metrics) => Object.entries(m).filter(([, v]) => v !== null) as [string, number][];

/** Four items, two with clauses, one request, attendance, a chair, an exempt item and a work programme. */
const facts: ExpectedFacts = {
  family: 'moderngov-meeting-page',
  imitates: 'https://democracy.example.gov.uk/ieListDocuments.aspx?CId=1&MId=2',
  notes: 'made up for the scorer test',
  meetings: [
    {
      kind: 'minutes',
      committee: 'Adult Social Care Scrutiny Panel',
      date: '2024-03-12',
      time: '18:30',
      chair: 'Sarah Quinlan',
      present: ['Sarah Quinlan', 'Ade Okafor', 'J Smith'],
      apologies: ['Peter Vance'],
      items: [
        { number: '1', title: 'Apologies for Absence', private: false, resolutions: [], requests: [] },
        {
          number: '2',
          title: 'Home Care Recommissioning',
          private: false,
          resolutions: ['That the report be noted.', 'That a further report on hospital discharge delays be brought to the panel in June 2024.'],
          requests: ['further report on hospital discharge delays'],
        },
        { number: '3', title: "Carers' Strategy Refresh", private: false, resolutions: ['That the draft strategy be endorsed.'], requests: [] },
        { number: '4', title: 'Residential Care Block Contract', private: true, resolutions: [], requests: [] },
      ],
    },
  ],
  workProgramme: [
    { title: 'Day Opportunities Review', date: '2024-06-18', slot: 'dated' },
    { title: 'Falls Prevention', date: null, slot: 'to-be-determined' },
  ],
};

describe('a perfect parse and an empty parse', () => {
  it('the facts fed in as a parse score 1.0 on every fixture and every metric it has', () => {
    expect(fixtures.length).toBeGreaterThan(0);
    for (const fixture of fixtures) {
      const values = measured(scored(fixture.facts, factsAsParse(fixture.facts)));
      expect(values.length, fixture.id).toBeGreaterThan(0);
      for (const [metric, value] of values) expect([fixture.id, metric, value]).toEqual([fixture.id, metric, 1]);
    }
  });

  it('an empty parse scores 0 on every fixture and every metric it has', () => {
    for (const fixture of fixtures) {
      const values = measured(scored(fixture.facts, { meetings: [], workProgramme: [] }));
      expect(values.length, fixture.id).toBeGreaterThan(0);
      for (const [metric, value] of values) expect([fixture.id, metric, value]).toEqual([fixture.id, metric, 0]);
    }
  });

  it('the facts fed in as a parse have no clause found with another boundary, none missing and none extra', () => {
    for (const fixture of fixtures) {
      const causes = scoreParse(fixture.facts, factsAsParse(fixture.facts)).tallies.clauseCauses;
      expect([fixture.id, causes.boundary, causes.notFound, causes.extra]).toEqual([fixture.id, 0, 0, 0]);
    }
  });

  it('the made-up facts score 1.0 as themselves', () => {
    const m = scored(facts, factsAsParse(facts));
    expect(m).toMatchObject({ items: 1, clauses: 1, requests: 1, present: 1, apologies: 1, chair: 1, private: 1, workProgramme: 1, dates: 1, times: 1, meetings: 1 });
  });
});

describe('a spoiled parse scores exactly what it should', () => {
  const spoil = (change: (doc: ParsedDocument) => void): Metrics => {
    const doc = factsAsParse(facts);
    change(doc);
    return scored(facts, doc);
  };

  it('one item dropped: recall 3/4, precision 1, its clauses and request missed', () => {
    const m = spoil((doc) => doc.meetings[0]!.items.splice(1, 1));
    expect(m.itemsRecall).toBe(3 / 4);
    expect(m.itemsPrecision).toBe(1);
    expect(m.items).toBeCloseTo((2 * 3) / (4 + 3), 12);
    expect(m.clauses).toBe(1 / 2);
    expect(m.requests).toBe(0);
    expect(m.titles).toBe(1);
  });

  it('one clause changed: that item is not exact, the other still is', () => {
    const m = spoil((doc) => {
      doc.meetings[0]!.items[1]!.resolutions[1]!.text = 'That a further report be brought to the panel in June 2024.';
    });
    expect(m.clauses).toBe(1 / 2);
    expect(m.items).toBe(1);
  });

  it('a stem glued to each entry of its list is not the one resolution printed', () => {
    const listed: ExpectedFacts = structuredClone(facts);
    listed.meetings[0]!.items[2]!.resolutions = ['the following be added to the work programme:- 1) Day centres 2) Respite beds'];
    const doc = factsAsParse(listed);
    doc.meetings[0]!.items[2]!.resolutions = [
      { text: 'the following be added to the work programme: Day centres', unanimous: false },
      { text: 'the following be added to the work programme: Respite beds', unanimous: false },
    ];
    expect(scored(listed, doc).clauses).toBe(1 / 2);
    doc.meetings[0]!.items[2]!.resolutions = [{ text: 'The following be added to the Work Programme: (a) Day centres; (b) Respite beds', unanimous: false }];
    expect(scored(listed, doc).clauses).toBe(1);
  });

  it('a clause run on into the next sentence, or quoted with its stem, is found with another boundary', () => {
    const doc = factsAsParse(facts);
    const items = doc.meetings[0]!.items;
    items[1]!.resolutions = [
      { text: 'That the report be noted. The Chair thanked officers for their work.', unanimous: false },
      { text: 'That a further report on hospital discharge delays be brought to the panel in June 2024.', unanimous: false },
    ];
    items[2]!.resolutions = [{ text: 'Cabinet: that the draft strategy be endorsed.', unanimous: false }];
    const { tallies, misses } = scoreParse(facts, doc);
    expect(tallies.clauses).toEqual({ hit: 0, of: 2 });
    expect(tallies.clauseCauses).toEqual({ expected: 3, boundary: 2, notFound: 0, extra: 0 });
    expect(misses.filter((m) => m.metric === 'clauses').map((m) => m.note)).toEqual(['1 with another boundary, 0 not found, 0 extra', '1 with another boundary, 0 not found, 0 extra']);
  });

  it('a clause absent, or one with different words, is not found; a parsed clause matching none is extra', () => {
    const doc = factsAsParse(facts);
    const items = doc.meetings[0]!.items;
    items[1]!.resolutions = [{ text: 'That the report be noted.', unanimous: false }];
    items[2]!.resolutions = [{ text: 'That the draft strategy be noted.', unanimous: false }];
    expect(scoreParse(facts, doc).tallies.clauseCauses).toEqual({ expected: 3, boundary: 0, notFound: 2, extra: 1 });
    // An item not found has none of its clauses found.
    items.splice(1, 1);
    expect(scoreParse(facts, doc).tallies.clauseCauses).toMatchObject({ expected: 3, notFound: 3 });
  });

  it('a long shared stretch is one clause with another boundary; a shared phrase is not', () => {
    const key = (s: string) => s.toLowerCase();
    expect(sameClauseOtherBoundary(key('the panel agreed the revised terms of reference for the task group'), key('revised terms of reference for the task group be published'))).toBe(true);
    expect(sameClauseOtherBoundary(key('it be added to the overview and scrutiny work programme'), key('the overview and scrutiny work programme be amended to reflect the above'))).toBe(false);
    expect(sameClauseOtherBoundary(key('the report be noted'), key('the report be noted'))).toBe(false);
  });

  it('an extra item costs precision only', () => {
    const m = spoil((doc) => doc.meetings[0]!.items.push({ ...doc.meetings[0]!.items[0]!, number: '5', title: 'Any Other Business' }));
    expect(m.itemsPrecision).toBe(4 / 5);
    expect(m.itemsRecall).toBe(1);
  });

  it('a missing chair, one absent name and one wrong apology', () => {
    const m = spoil((doc) => {
      const meeting = doc.meetings[0]!;
      meeting.chair = null;
      meeting.present.pop();
      meeting.apologies = [{ name: 'Councillor Peter Vance', note: null }, { name: 'Ruth Adeyemi', note: null }];
    });
    expect(m.chair).toBe(0);
    expect(m.present).toBe((2 * 2) / (3 + 2));
    expect(m.apologies).toBe((2 * 1) / (1 + 2));
    expect(m.attendance).toBe((2 * 3) / (4 + 4));
  });

  it('a wrong date, a missing time and a chair where the facts have none', () => {
    const noChair: ExpectedFacts = structuredClone(facts);
    noChair.meetings[0]!.chair = null;
    const doc = factsAsParse(noChair);
    doc.meetings[0]!.date = '2024-03-13';
    doc.meetings[0]!.time = null;
    doc.meetings[0]!.chair = 'Sarah Quinlan';
    const m = scored(noChair, doc);
    expect([m.dates, m.times, m.chair, m.meetings]).toEqual([0, 0, 0, 1]);
  });

  it('an exempt item read out, or a public one marked exempt, is a private miss', () => {
    const leaked = spoil((doc) => doc.meetings[0]!.items[3]!.resolutions.push({ text: 'That the contract be awarded.', unanimous: false }));
    expect(leaked.private).toBe(0);
    expect(leaked.clauses).toBe(2 / 3);
    const overcautious = spoil((doc) => {
      doc.meetings[0]!.items[2]!.private = true;
    });
    expect(overcautious.private).toBe(1 / 2);
  });

  it('work-programme rows need title, date and slot', () => {
    const m = spoil((doc) => {
      doc.workProgramme[0]!.date = '2024-07-18';
      doc.workProgramme.push({ ...doc.workProgramme[1]!, title: 'Market Sustainability Plan' });
    });
    expect(m.workProgramme).toBe((2 * 1) / (2 + 3));
  });
});

describe('harmless differences cost nothing; nothing scores by accident', () => {
  it('case, white space, curly quotes, dashes, "T H A T", a decision label, a closing full stop and titles of address', () => {
    const doc = factsAsParse(facts);
    const meeting = doc.meetings[0]!;
    meeting.chair = 'Cllr Sarah Quinlan (Chair)';
    meeting.present = meeting.present.map((p) => ({ ...p, name: `Councillor ${p.name.toUpperCase()}` }));
    meeting.apologies = [{ name: 'Mr. Peter  Vance', note: null }];
    const items = meeting.items;
    items[0]!.number = 'Item 1.';
    items[1]!.title = 'home care  recommissioning.';
    items[2]!.title = 'Carers’ Strategy Refresh';
    items[1]!.resolutions = [
      { text: '(a) the report be noted; and', unanimous: false },
      { text: '(b) T H A T a further report on hospital discharge delays be brought to the panel in June 2024', unanimous: false },
    ];
    items[1]!.requests = [{ text: 'a   further report on hospital discharge delays be brought', kind: 'report-back', due: null }];
    items[2]!.resolutions = [{ text: 'The Panel AGREED that the draft strategy be endorsed', unanimous: false }];
    expect(scored(facts, doc)).toMatchObject({ items: 1, titles: 1, clauses: 1, requests: 1, chair: 1, present: 1, apologies: 1 });
  });

  it('a superscript ordinal split from its number is the same word, a number and a word are not', () => {
    const dated: ExpectedFacts = structuredClone(facts);
    dated.meetings[0]!.items[2]!.resolutions = ['That the strategy agreed on 19 th July be endorsed.'];
    const doc = factsAsParse(dated);
    doc.meetings[0]!.items[2]!.resolutions = [{ text: 'That the strategy agreed on 19th July be endorsed.', unanimous: false }];
    expect(scored(dated, doc).clauses).toBe(1);
    doc.meetings[0]!.items[2]!.resolutions = [{ text: 'That the strategy agreed on 19 July be endorsed.', unanimous: false }];
    expect(scored(dated, doc).clauses).toBe(1 / 2);
  });

  it('a label is not a verb: noting is not agreeing', () => {
    const doc = factsAsParse(facts);
    doc.meetings[0]!.items[2]!.resolutions = [{ text: 'That the draft strategy be noted.', unanimous: false }];
    expect(scored(facts, doc).clauses).toBe(1 / 2);
  });

  it('a request is found in another item of the same meeting, never in a clause', () => {
    const moved = factsAsParse(facts);
    moved.meetings[0]!.items[0]!.requests = moved.meetings[0]!.items[1]!.requests;
    moved.meetings[0]!.items[1]!.requests = [];
    expect(scored(facts, moved).requests).toBe(1);
    const onlyClause = factsAsParse(facts);
    onlyClause.meetings[0]!.items[1]!.requests = [];
    expect(scored(facts, onlyClause).requests).toBe(0);
  });

  it('a request found only inside a whole passage does not count', () => {
    const doc = factsAsParse(facts);
    const passage = `${'The panel discussed delays at length. '.repeat(15)}It asked for a further report on hospital discharge delays.`;
    doc.meetings[0]!.items[1]!.requests = [{ text: passage, kind: 'report-back', due: null }];
    expect(scored(facts, doc).requests).toBe(0);
  });

  it('the same number with an unrelated title, or a title that shares too little, is not the item', () => {
    const doc = factsAsParse(facts);
    doc.meetings[0]!.items[1]!.title = 'The panel received a presentation from the provider';
    doc.meetings[0]!.items[2]!.number = null;
    doc.meetings[0]!.items[2]!.title = 'Strategy';
    const m = scored(facts, doc);
    expect(m.itemsRecall).toBe(2 / 4);
    expect(m.clauses).toBe(0);
  });

  it('different numbers are different items even with the same title', () => {
    const doc = factsAsParse(facts);
    doc.meetings[0]!.items[2]!.number = '3a';
    expect(scored(facts, doc).itemsRecall).toBe(3 / 4);
  });

  it('a meeting is paired by its date first, whatever the order the parse gives', () => {
    const two: ExpectedFacts = structuredClone(facts);
    const second = structuredClone(two.meetings[0]!);
    second.date = '2024-01-09';
    second.items = second.items.slice(0, 2);
    two.meetings.push(second);
    const doc = factsAsParse(two);
    doc.meetings.reverse();
    expect(scored(two, doc)).toMatchObject({ meetings: 1, dates: 1, items: 1, clauses: 1 });
  });
});
