// A task set as a note ("working party to be arranged") names the thing in a few words and puts it in the passive
// infinitive, with no verb of its own: owed whatever the verb. The same words inside a sentence ("the procedure to be
// followed", "matters to be discussed"), a field and its value, and the agenda's own words owe nothing.
import { describe, expect, it } from 'vitest';
import { requestKind } from '../../src/ingest/requests.ts';
import { noteToBeDone } from '../../src/ingest/task-notes.ts';

const kind = (text: string) => requestKind(text, 'body');

describe('a task set as a note', () => {
  it('is owed whatever its verb, at the sentence start, after a topic and its dash, or after a semicolon', () => {
    expect(kind('The Pound – working party to be arranged.')).toBe('follow-up');
    expect(kind('The ownership of the grit bins to be registered with the County Council.')).toBe('follow-up');
    expect(kind('Churchyard wall: the loose coping stones to be re-fixed before winter.')).toBe('follow-up');
    expect(kind('Bench repaired by volunteers; the remaining slats to be replaced in spring.')).toBe('follow-up');
  });

  it('is owed after a comma in a narrative, however long the sentence before it', () => {
    expect(kind('The fair raised £420 for the hall fund in October, photographs to be posted on the noticeboard.')).toBe('follow-up');
    expect(noteToBeDone('The fair raised £420 for the hall fund in October, photographs to be posted on the noticeboard.', false)).toBe(false);
  });

  it('is not a note after a decision\'s comma, nor when its words open on a preposition', () => {
    expect(requestKind('to reseed the goalmouths once the drains are relaid, the seed to be bought from the usual supplier', 'resolution')).toBeNull();
    expect(noteToBeDone('To consider any urgent items, by reason of special circumstances to be specified at the meeting.')).toBe(false);
  });

  it('is not a note when the words before "to be" are a sentence or a long run of words', () => {
    expect(noteToBeDone('The Chairman outlined the procedure to be followed.')).toBe(false);
    expect(noteToBeDone('The hedge needs to be cut back from the footpath.')).toBe(false);
    expect(noteToBeDone('Declarations of interest in respect of matters to be discussed were invited.')).toBe(false);
    expect(noteToBeDone('To approve the notes of the last meeting for these to be signed as the minutes.')).toBe(false);
    expect(noteToBeDone('Play equipment damaged by vandals to be replaced.')).toBe(false);
  });

  it('is not a note when it is a field and its value, a state, or money', () => {
    expect(noteToBeDone('Date for representations to be received: 3 October 2025')).toBe(false);
    expect(noteToBeDone('Next meeting – to be held on 4 May in the Institute.')).toBe(false);
    expect(noteToBeDone('Hall hire fees to be charged at the new rate.')).toBe(false);
  });
});
