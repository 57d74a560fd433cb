import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/parse.ts';
import { memoryIo } from '../../src/cli/io.ts';
import { CORPUS, FILES } from './corpus.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'scrutiny-parse-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('scrutiny parse', () => {
  it('prints only JSON, in the agreed shape, with --json', async () => {
    const io = memoryIo();
    expect(await run(['--json', `${CORPUS}${FILES.minutes2018}`], io)).toBe(0);
    expect(io.stdout).toHaveLength(1);
    const out = JSON.parse(io.stdout[0]!);
    expect(Object.keys(out)).toEqual(expect.arrayContaining(['meetings', 'workProgramme']));
    const m = out.meetings[0];
    expect(m).toMatchObject({
      committee: "Education and Children's Services Scrutiny Board (2)",
      date: '2018-01-11',
      time: '14:00',
      place: null,
      kind: 'minutes',
      chair: 'Councillor M Mutton',
    });
    expect(m.present[0]).toMatchObject({ name: 'Councillor M Mutton', role: 'member' });
    expect(m.apologies).toEqual([
      { name: 'Councillor Miks', note: null },
      { name: 'K Jones', note: null },
      { name: 'R Potter', note: null },
    ]);
    const item34 = m.items.find((i: { number: string }) => i.number === '34');
    expect(item34).toMatchObject({ title: 'Private Fostering', private: false });
    expect(item34.resolutions).toHaveLength(3);
    expect(item34.requests).toEqual(['Requests a report back following implementation of the promotion/ communication plan.']);
  });

  it('reports an agenda-item page as minutes with date null', async () => {
    const io = memoryIo();
    await run(['--json', `${CORPUS}${FILES.itemPage2022}`], io);
    const m = JSON.parse(io.stdout[0]!).meetings[0];
    expect(m).toMatchObject({ kind: 'minutes', date: null });
    expect(m.items[0].title).toBe("Children's Services Ofsted Outcome");
  });

  it('reports the agenda and work programme of the pack', async () => {
    const io = memoryIo();
    await run(['--json', `${CORPUS}${FILES.pack2017}`], io);
    const out = JSON.parse(io.stdout[0]!);
    expect(out.meetings.map((m: { kind: string; date: string }) => [m.kind, m.date])).toEqual([
      ['agenda', '2017-07-13'],
      ['minutes', '2017-06-29'],
    ]);
    expect(out.workProgramme).toHaveLength(26);
    expect(out.workProgramme[0]).toEqual(
      expect.objectContaining({ year: '2017/18', date: null, title: 'Voices of Care', leads: ['Sheila Bates', 'Cllr Ruane'] }),
    );
  });

  it('prints a readable summary without --json', async () => {
    const io = memoryIo();
    expect(await run([`${CORPUS}${FILES.minutes2023}`], io)).toBe(0);
    const text = io.stdout.join('\n');
    expect(text).toContain("Minutes: Education and Children's Services Scrutiny Board (2), Thursday 16 March 2023, 3.00 pm");
    expect(text).toContain('27. Early Years Strategy');
    expect(text).toContain('Closed at 5.00 pm');
  });

  it('exits 1 with a one-line reason for an unreadable or unsupported file', async () => {
    const io = memoryIo();
    expect(await run(['--json', path.join(dir, 'missing.md')], io)).toBe(1);
    expect(io.stdout).toEqual([]);
    expect(io.stderr).toEqual([`${path.join(dir, 'missing.md')}: no such file`]);
    await writeFile(path.join(dir, 'data.csv'), 'a,b');
    const io2 = memoryIo();
    expect(await run([path.join(dir, 'data.csv')], io2)).toBe(1);
    expect(io2.stderr[0]).toMatch(/unsupported file type "\.csv"/);
  });

  it('says on stderr when a text is not a council document, JSON still clean', async () => {
    await writeFile(path.join(dir, 'list.txt'), 'eggs\nmilk\n');
    const io = memoryIo();
    expect(await run(['--json', path.join(dir, 'list.txt')], io)).toBe(0);
    expect(JSON.parse(io.stdout[0]!)).toMatchObject({ meetings: [], workProgramme: [] });
    expect(io.stderr).toEqual(['list.txt: not a council document (no meeting, agenda or work programme found)']);
  });

  it('needs exactly one file', async () => {
    const io = memoryIo();
    expect(await run(['--json'], io)).toBe(2);
    expect(io.stderr[0]).toMatch(/no file given/);
  });

  it('prints each line with its kinds with --lines, for teaching the parser a layout', async () => {
    const file = path.join(dir, 'parish.txt');
    await writeFile(
      file,
      [
        'LOWER ASHBY PARISH COUNCIL',
        '',
        'Minutes of the Ordinary Meeting held on Tuesday 4 March 2025 at 7.30 pm',
        'Present: Cllr P Ormond (Chairman), Cllr T Vale',
        '25/031 Apologies for absence',
        'RESOLVED: that the hedge quote be accepted.',
        'The meeting closed at 9.05 pm.',
      ].join('\n'),
    );
    const io = memoryIo();
    expect(await run(['--lines', file], io)).toBe(0);
    const lines = io.stdout.join('\n').split('\n');
    expect(lines).toHaveLength(7);
    expect(lines[0]).toMatch(/^1 \| .*council.* \| LOWER ASHBY PARISH COUNCIL$/);
    expect(lines[1]).toBe('2');
    expect(lines[2]).toMatch(/^3 \| [a-z,-]*\bminutes-title\b/);
    expect(lines[2]).toMatch(/^3 \| [a-z,-]*\bdate\b/);
    expect(lines[3]).toMatch(/attendance-label.*label member/);
    expect(lines[4]).toMatch(/item-heading.*heading 25\/031 "Apologies for absence"/);
    expect(lines[5]).toMatch(/decision-label/);
    expect(lines[6]).toMatch(/closing.*closes 21:05/);
  });

  it('refuses --json and --lines together', async () => {
    const io = memoryIo();
    expect(await run(['--json', '--lines', `${CORPUS}${FILES.minutes2018}`], io)).toBe(2);
    expect(io.stderr[0]).toMatch(/choose one/);
  });
});
