// An action column run into the text with no colon ("... for the year ahead. Action Roger") sets the sentence (or the
// decision) before it as a task owed by the one named, and the request keeps its owner; a decision that names who will
// act ("It was decided that Cathy will write ...") is a task set; a resolution quoted with its lettered list asks
// through the parts that ask, one request each; a request whose subject is a pronoun is quoted with the sentence naming
// what was asked; and what someone attending or the agenda says is no ask.
import { describe, expect, it } from 'vitest';
import { extractMinuteContent } from '../../src/ingest/minute-content.ts';
import { closingAction, isBareOwnerLabel, runInParts } from '../../src/ingest/requests.ts';

const requests = (text: string) => extractMinuteContent(text).requests.map((r) => r.text);

describe('an owner label with no colon', () => {
  it('reads initials or one name after a stop closing the paragraph', () => {
    expect(closingAction('The bench by the pond needs a new slat. Action PD & KL')).toEqual({ before: 'The bench by the pond needs a new slat.', label: 'Action PD & KL' });
    expect(closingAction('Quotes for the verge cutting are still awaited. ACTION Clerk')?.label).toBe('ACTION Clerk');
    expect(requests('Noticeboard – The glass has been ordered, fitting expected next month. Action Harriet')).toEqual([
      'Noticeboard – The glass has been ordered, fitting expected next month. Action Harriet',
    ]);
  });

  it('leaves "Action" as part of a name or a status, and a label not after a stop', () => {
    expect(closingAction('The council adopted the Climate Action Plan')).toBeNull();
    expect(closingAction('The meeting noted the report. Action Plan')).toBeNull();
    expect(closingAction('Two quotes had been received. Action NA')).toBeNull();
    expect(closingAction('The hedge was cut in May. Action complete')).toBeNull();
    expect(isBareOwnerLabel('Action Group')).toBe(false);
    expect(isBareOwnerLabel('Action Roger')).toBe(true);
  });

  it('makes the decision before the label a request in both their words', () => {
    expect(requests('It was decided to replace the gate at the playing field. Action Martin')).toEqual(['It was decided to replace the gate at the playing field. Action Martin']);
  });

  it('does not run the next matter onto a line its owner label closes', () => {
    const text = [
      'Footpath 12 – The stile has been reported to the county ranger, awaiting a visit in the coming weeks. Action TB',
      '',
      'Car park – The owner has been asked about the lighting, a reply is awaited. Action Clerk',
    ].join('\n');
    expect(requests(text)).toEqual([
      'Footpath 12 – The stile has been reported to the county ranger, awaiting a visit in the coming weeks. Action TB',
      'Car park – The owner has been asked about the lighting, a reply is awaited. Action Clerk',
    ]);
  });
});

describe('a decision naming who will act', () => {
  it('reads a name or initials and a task after "decided/agreed that"', () => {
    expect(requests('It was decided that Priya will write to the bus company about the timetable.')).toHaveLength(1);
    expect(requests('It was agreed that RT, as tree warden, would survey the oaks on the green.')).toHaveLength(1);
  });

  it('leaves a body, a state and a wish', () => {
    expect(requests('It was agreed that Council would support the scheme.')).toEqual([]);
    expect(requests('It was agreed that Martin would be the representative.')).toEqual([]);
    expect(requests('It was agreed that Priya would like more detail.')).toEqual([]);
  });
});

describe('a resolution quoted with its lettered list', () => {
  it('splits the letters in order from "a"', () => {
    expect(runInParts('That the actions be noted as follows: a) the lease was signed b) officers will report the policy to Council c) the survey has been circulated')).toEqual([
      'the lease was signed',
      'officers will report the policy to Council',
      'the survey has been circulated',
    ]);
    expect(runInParts('That the report be noted and a) of the plan approved.')).toBeNull();
  });

  it('makes one request of each part that asks, in its own words', () => {
    const text = [
      'RESOLVED that:',
      '',
      '1. The minutes of the meeting held on 3 March be approved',
      '',
      '2. Actions arising from the last meeting be noted as follows:',
      '',
      'a) The Cabinet had agreed the lease of the depot',
      '',
      'b) Officers will work with the contractor on bringing a full report to Committee at the June meeting',
      '',
      'c) A note on the bus figures has been circulated to the Committee',
      '',
      'd) Outline proposals for the crossing will be reported to ward members in the autumn',
    ].join('\n');
    expect(requests(text)).toEqual([
      'Officers will work with the contractor on bringing a full report to Committee at the June meeting',
      'Outline proposals for the crossing will be reported to ward members in the autumn',
    ]);
  });
});

describe('wordings of things owed', () => {
  it('reads a member asking that what was not provided be followed up, a reply someone will await, an item added for a month', () => {
    expect(requests('Councillor Ames said the staffing figures had not yet been provided and requested this be followed up.')).toHaveLength(1);
    expect(requests('The Clerk had searched the records but will await a reply from the land registry.')).toHaveLength(1);
    expect(requests('That the work programme be amended as follows:\n\n1. \'Fly-tipping enforcement\' be added for February 2026.')).toHaveLength(1);
    expect(requests('The draft accounts will be sent out to council members to review when complete.')).toHaveLength(1);
  });

  it('reads a matter to be considered again at a meeting named by its month, and a response to be sought', () => {
    expect(requests('That the matter be considered again at the April meeting.')).toHaveLength(1);
    expect(requests('RESOLVED that the concerns be raised with the hospital trust and a response sought.')).toHaveLength(1);
    expect(requests('RESOLVED that the comments of the Committee be forwarded to the Cabinet.')).toEqual([]);
  });

  it('leaves an agenda\'s words for an item, and keeps a minute asking for an update later', () => {
    expect(requests('To receive an update from the Leader of the Council, Councillor Mbeki.')).toEqual([]);
    expect(requests('To receive a verbal update on the performance of the leisure contract.')).toEqual([]);
    expect(requests('Members asked to receive an update on the leisure contract at the next meeting.')).toHaveLength(1);
  });

  it('leaves someone attending to speak and the agenda asking members to declare', () => {
    expect(requests('Councillor Wren attended to address the committee about parking on the estate.')).toEqual([]);
    expect(requests('Members will be asked to say if they have any interest in the items on the agenda.')).toEqual([]);
  });
});

describe('numbered paragraphs and a request named by a pronoun', () => {
  it('starts a paragraph at its number, and quotes the ask named in the sentence before', () => {
    const text = [
      '54.1 The Chair introduced the forward plan and invited suggestions for the programme.',
      '54.2 Following a request from Councillor Oduya for the Committee to look at the future of the covered market, the Scrutiny Officer said that the item had been held back. It was agreed that it would be added to the Overview and Scrutiny Work Programme with a date to be confirmed.',
      '54.3 Councillor Brandt asked about the bus station.',
    ].join('\n');
    expect(requests(text)).toEqual([
      'Following a request from Councillor Oduya for the Committee to look at the future of the covered market, the Scrutiny Officer said that the item had been held back. It was agreed that it would be added to the Overview and Scrutiny Work Programme with a date to be confirmed.',
    ]);
  });

  it('leaves the pronoun alone when the sentence before names no ask', () => {
    expect(requests('The Chair said the survey closed in May. It was agreed that it would be added to the Overview and Scrutiny Work Programme with a date to be confirmed.')).toEqual(['It was agreed that it would be added to the Overview and Scrutiny Work Programme with a date to be confirmed.']);
  });

  it('reads a reply still owed from someone named', () => {
    expect(requests('There is a problem with the drain, no reply from highways as yet.')).toHaveLength(1);
  });
});
