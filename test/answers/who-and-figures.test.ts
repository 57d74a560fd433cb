// Who a person is (the role before the attendance) and figures in a paper's body, on
// invented papers in the layouts councils use: a co-option of a parent governor, an
// officer's signature block, a table whose header gives its columns, a sentence broken
// over a page.
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.ts';
import { createEngine } from '../../src/answers/engine.ts';
import { renderText } from '../../src/answers/render-text.ts';
import type { BoardRecord } from '../../src/model.ts';
import { openMemoryStore } from '../../src/store/lowdb-store.ts';
import { comparable } from './eval/ask-eval.ts';
import { testItem } from './record-parts.ts';
import { smallRecord } from './small-record.ts';

const NOW = new Date('2024-04-01T12:00:00Z');

async function engineWith(change: (record: BoardRecord) => void) {
  const record = smallRecord();
  change(record);
  const store = openMemoryStore({ record });
  const engine = await createEngine({ store, clock: new ManualClock('2024-04-01T12:00:00Z'), snapshotPath: null });
  await engine.loaded();
  return engine;
}

// As a member reads it: the lines of the terminal rendering, with wrapped lines joined.
const ask = async (engine: Awaited<ReturnType<typeof engineWith>>, question: string, now = NOW) => renderText(engine.ask(question, { now }));
const read = (text: string) => comparable(text);

describe('who is <name>', () => {
  const coopted = (record: BoardRecord) => {
    const m1 = record.meetings[0]!;
    m1.present.push({ name: 'Mr T Okafor', role: 'co-opted', chair: false, note: null }, { name: 'R Lindqvist', role: 'employee', chair: false, note: 'Education and Skills' });
    record.items.push(
      testItem('i9', 'm1', '14', 'Appointment of Parent Governor Representatives', {
        body: 'The Board considered the nominations received.\n\nRuth Lindqvist\nHead of School Improvement\n',
      }),
    );
    record.resolutions.push({ id: 'r9', meetingId: 'm1', itemId: 'i9', clause: 1, text: 'That Mr Tobias Okafor be co-opted to the Board. The Board approves the co-option of Mr Tobias Okafor as a voting co-opted member for a term of four years.', unanimous: true });
  };

  it('says first that a co-optee is a co-opted member, and whom they represent, from the resolution', async () => {
    const engine = await engineWith(coopted);
    const text = await ask(engine, 'who is mr okafor');
    const title = text.split('\n')[0]!;
    expect(title).toContain('co-opted member of the board');
    expect(title).toContain('representing Parent Governor');
    expect(title).toContain('7 March 2024');
    expect(read(text)).toContain(read('approves the co-option of Mr Tobias Okafor'));
    // Then the attendance.
    expect(text).toContain('Attended');
  });

  it('gives an officer the job title a paper prints under their name', async () => {
    const engine = await engineWith(coopted);
    const text = await ask(engine, 'whos ruth lindqvist');
    expect(text.split('\n')[0]).toBe('Ruth Lindqvist: Head of School Improvement; an officer (Education and Skills) (as the minutes of Thursday 7 March 2024 list them).');
  });

  it('knows nothing of a role recorded after now', async () => {
    const engine = await engineWith(coopted);
    const text = await ask(engine, 'who is mr okafor', new Date('2024-03-01T12:00:00Z'));
    expect(text).not.toContain('co-opt');
    expect(text).toContain('No record of');
  });

  it('finds who holds a role from the papers, and finds nothing for a role the record never names', async () => {
    const engine = await engineWith(coopted);
    expect((await ask(engine, 'who is the head of school improvement')).split('\n')[0]).toBe('Ruth Lindqvist is the Head of School Improvement (as the record gives it on Thursday 7 March 2024).');
    expect(read(await ask(engine, 'who is the director of public health'))).toContain('nothing in the record matches');
  });

  it('reads "who joined the board" as the co-option resolutions', async () => {
    const engine = await engineWith(coopted);
    const text = await ask(engine, 'who joined the board');
    expect(read(text)).toContain(read('approves the co-option of Mr Tobias Okafor'));
  });

  it('leaves out of "who joined" a resolution that only names co-opted members as a group', async () => {
    const engine = await engineWith((record) => {
      coopted(record);
      record.resolutions.push({ id: 'r10', meetingId: 'm1', itemId: 'i9', clause: 2, text: 'That the quarterly bulletin also be sent to co-opted members.', unanimous: false });
    });
    for (const q of ['who joined the board', 'who got co-opted', 'has anyone new joined']) {
      const text = read(await ask(engine, q));
      expect(text).toContain(read('approves the co-option of Mr Tobias Okafor'));
      expect(text).not.toContain('quarterly bulletin');
    }
    // Asked of the topic, the bulletin is on it.
    expect(read(await ask(engine, 'what was resolved on co-option'))).toContain('quarterly bulletin');
  });
});

describe('figures in a paper', () => {
  const bodies = (record: BoardRecord) => {
    record.items[0]!.body = [
      'The Board considered home to school transport for pupils with SEND.',
      '3.1 Further information about the number of pupils on routes',
      '3.2 Twelve pupils were refused a place on a route in the autumn term, and the service',
      '',
      'reviewed each of those cases. Routes were reviewed again in January.',
      '3.3 The table below sets out pupils on routes by phase.',
      '',
      'Primary Secondary Post-16 Total',
      'Pupils on routes 140 212 60 412',
      'Pupils with a personal travel budget 22 31 9 62',
      '',
      '3.4 Around 15% of pupils on routes travel more than 10 miles each way.',
      '3.5 The review found three problems with the routes:',
      '- Buses late on two of the longer routes',
      '- Escorts without up to date training',
      '- Journeys of more than an hour for some pupils',
      '3.6 A pupil with a personal travel budget keeps it for about 2 years on average.',
    ].join('\n');
  };

  it('answers "how many" with the sentence that gives the count, joined over a page break', async () => {
    const engine = await engineWith(bodies);
    const text = await ask(engine, 'how many pupils were refused a place on a route');
    const quoted = read(text.slice(text.indexOf('From the papers'), text.indexOf('Also in the record')));
    expect(quoted).toContain(read('Twelve pupils were refused a place on a route in the autumn term, and the service reviewed each of those cases.'));
    expect(quoted).not.toContain(read('Further information about the number'));
  });

  it('answers "out of" a number with the table row that holds it, with the header beside it', async () => {
    const engine = await engineWith(bodies);
    const text = await ask(engine, 'how many pupils out of the 412 are secondary');
    expect(read(text)).toContain(read('Pupils on routes 140 212 60 412 (Primary Secondary Post-16 Total)'));
  });

  it('quotes a sentence that opens a list with its entries', async () => {
    const engine = await engineWith(bodies);
    const text = read(await ask(engine, 'how many problems did the review find with the routes'));
    expect(text).toContain(read('The review found three problems with the routes: Buses late on two of the longer routes; Escorts without up to date training;'));
  });

  it('answers "how long" with a span of time', async () => {
    const engine = await engineWith(bodies);
    const text = await ask(engine, 'how long do pupils keep a personal travel budget');
    const first = text.split('\n').find((line) => line.includes('“'));
    expect(first).toContain('about 2 years');
  });

  it('answers "what percentage" with the sentence that gives a share', async () => {
    const engine = await engineWith(bodies);
    const text = await ask(engine, 'what percentage of pupils on routes travel far');
    const first = text.split('\n').find((line) => line.includes('“'));
    expect(first).toContain('15% of pupils on routes');
  });
});

describe('a count asked of a subject a table splits into rows', () => {
  const placements = (record: BoardRecord) => {
    record.items[0]!.body = [
      'The Board considered short breaks for disabled children.',
      '4.1 At present there are 48 children using overnight short breaks. Numbers have risen since the spring.',
      '',
      'Provider Children % of all',
      'Overnight short breaks (Council) - Maple House 30 62.5%',
      'Overnight short breaks (Commissioned) - Other 18 37.5%',
      'Total 48 100%',
      '',
      'Of those using commissioned overnight short breaks, 4 are placed out of the county.',
    ].join('\n');
  };

  it('answers with the sentence that gives the whole before a row that gives a part', async () => {
    const engine = await engineWith(placements);
    const text = await ask(engine, 'how many children use overnight short breaks');
    const first = text.split('\n').find((line) => line.includes('“'));
    expect(first).toContain('At present there are 48 children using overnight short breaks');
    expect(read(text)).toContain(read('Maple House 30'));
  });
});

describe('a figure asked with the name of what the paper is about', () => {
  const placements = (record: BoardRecord) => {
    record.items[0]!.title = 'Placement Sufficiency';
    record.items[0]!.body = [
      '2.1 This note updates the Board on placements for children looked after.',
      '2.2 The table below sets out placements by type.',
      '',
      'Number 2023/24 % 2022/23 %',
      'Residential (External) - Children’s Homes 38 9.1% 9.4%',
      'Residential (External) - Secure Units 3 0.7% 0.5%',
      'Residential (Internal) - Children’s Homes 6 1.4% 1.2%',
      '',
      '2.3 Currently there are 47 young people placed within residential provision, a small rise on last year.',
    ].join('\n');
  };

  it('finds the sentence giving it though only the paper names the subject ("LAC"), and one row of a table leaves it room', async () => {
    const engine = await engineWith(placements);
    const text = read(await ask(engine, 'how many LAC in residential'));
    expect(text).toContain(read('Currently there are 47 young people placed within residential provision'));
    expect(text.split(read('(Number 2023/24')).length - 1).toBeLessThanOrEqual(1);
  });
});
