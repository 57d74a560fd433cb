// The configuration file: councils and boards as YAML or JSON, each problem one sentence naming the
// setting, and the environment's one-board deployment when there is no file.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scrutiny-config-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function withFile(name: string, content: string, env: Record<string, string> = {}) {
  const file = join(dir, name);
  await writeFile(file, content);
  return loadConfig({ SCRUTINY_CONFIG: file, SCRUTINY_DB: join(dir, 'data', 'scrutiny.json'), ...env });
}

async function problems(content: string, env: Record<string, string> = {}, name = 'scrutiny.yaml'): Promise<string[]> {
  try {
    await withFile(name, content, env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message.split('\n').slice(1).map((l) => l.replace(/^ {2}- /, ''));
  }
  return [];
}

describe('the configuration file', () => {
  it('names councils, each with its own store, and boards by committee id or name', async () => {
    const config = await withFile(
      'scrutiny.yaml',
      `councils:
  - id: north
    name: Northshire County Council
    moderngov: { url: "https://democracy.northshire.example", committees: [569] }
  - id: river
    name: Riverton Borough Council
    store: stores/riverton.json
boards:
  - { id: sb2, council: north, committee: 569, names: [SB2], channels: [C0SB2] }
  - { id: north-audit, council: north, committee: 412 }
  - { id: river-audit, council: river, committee: Audit Committee }
coordinators: [U0COORD]
`,
      { SCRUTINY_ADMINS: 'U0FIRST' },
    );
    const { deployment } = config;
    expect(deployment.source).toBe('file');
    expect(deployment.councils.map((c) => [c.id, c.storePath])).toEqual([
      ['north', join(dir, 'data', 'councils', 'north.json')],
      ['river', join(dir, 'stores', 'riverton.json')],
    ]);
    // A board's ModernGov committee is followed even when the council's list leaves it out.
    expect(deployment.councils[0]!.moderngov).toEqual({ url: 'https://democracy.northshire.example', committees: ['569', '412'], intervalMinutes: 60, papers: true });
    expect(deployment.councils[1]!.moderngov).toBeNull();
    expect(deployment.boards.map((b) => [b.id, b.committeeId, b.committeeName, b.channels])).toEqual([
      ['sb2', '569', null, ['C0SB2']],
      ['north-audit', '412', null, []],
      ['river-audit', null, 'Audit Committee', []],
    ]);
    expect(deployment.coordinators).toEqual(['U0COORD', 'U0FIRST']);
    expect(config.moderngov).toBeUndefined();
  });

  it('reads JSON too, and a single council needs no council on its boards', async () => {
    const config = await withFile('scrutiny.json', JSON.stringify({ councils: [{ id: 'solo', name: 'Solo District Council' }], boards: [{ id: 'overview', committee: 'Overview and Scrutiny Committee' }] }));
    expect(config.deployment.boards[0]).toMatchObject({ council: 'solo', committeeName: 'Overview and Scrutiny Committee' });
  });

  it('says each problem in one sentence naming the setting', async () => {
    const found = await problems(`councils:
  - id: North Shire
    name: Northshire County Council
    moderngov: { url: "not a site" }
  - id: river
    name: Riverton Borough Council
    colour: blue
boards:
  - { id: sb2, committee: 569 }
  - { id: audit, council: lake, committee: Audit Committee }
  - { id: audit, council: river, committee: 77 }
`);
    const file = join(dir, 'scrutiny.yaml');
    expect(found).toEqual(
      expect.arrayContaining([
        `SCRUTINY_CONFIG file ${file}: councils[0].id must be a short name of lower-case letters, digits and hyphens, such as "coventry" or "audit-committee".`,
        `SCRUTINY_CONFIG file ${file}: councils[0].moderngov.url must be the address of the council's ModernGov site, such as https://edemocracy.coventry.gov.uk.`,
        `SCRUTINY_CONFIG file ${file}: councils[1] has "colour", which is not a setting.`,
      ]),
    );
    for (const sentence of found) expect(sentence).toMatch(/^SCRUTINY_CONFIG .*\.$/);

    const boards = await problems(`councils:
  - { id: north, name: Northshire County Council, moderngov: { url: "https://democracy.northshire.example", committees: [569] } }
  - { id: river, name: Riverton Borough Council }
boards:
  - { id: sb2, committee: 569, channels: [C0SAME] }
  - { id: audit, council: lake, committee: Audit Committee }
  - { id: audit, council: river, committee: 77, channels: [C0SAME] }
`);
    expect(boards).toEqual([
      `SCRUTINY_CONFIG file ${file}: boards[0].council is missing; with several councils each board names its own (one of north, river).`,
      `SCRUTINY_CONFIG file ${file}: boards[1].council is "lake", which is not one of the councils listed (north, river).`,
      `SCRUTINY_CONFIG file ${file}: boards[2].id repeats "audit"; each board needs its own id.`,
      `SCRUTINY_CONFIG file ${file}: boards[2].committee is a ModernGov committee id, but council "river" has no moderngov settings; give the committee's name instead.`,
      `SCRUTINY_CONFIG file ${file}: boards[2].channels ties C0SAME to "audit", but it is already tied to "sb2"; a channel has one board.`,
    ]);
  });

  it('says when the file is missing, is not YAML, or clashes with the environment', async () => {
    expect(() => loadConfig({ SCRUTINY_CONFIG: join(dir, 'none.yaml') })).toThrow(`SCRUTINY_CONFIG names ${join(dir, 'none.yaml')}, which does not exist`);
    expect((await problems('councils: [ { id: x', {}, 'broken.yaml'))[0]).toMatch(/^SCRUTINY_CONFIG file .*broken\.yaml cannot be read as YAML: .*\.$/);
    expect((await problems('{"councils": ', {}, 'broken.json'))[0]).toMatch(/^SCRUTINY_CONFIG file .*broken\.json cannot be read as JSON: .*\.$/);
    expect(await problems('councils: [{ id: x, name: X }]\nboards: [{ id: b, committee: Board }]\n', { MODERNGOV_URL: 'https://x.example', MODERNGOV_COMMITTEES: '1' })).toEqual([
      "MODERNGOV_URL is set as well as SCRUTINY_CONFIG: name the council's ModernGov site and committees in the configuration file instead, and unset MODERNGOV_URL.",
      "MODERNGOV_COMMITTEES is set as well as SCRUTINY_CONFIG: name the council's ModernGov site and committees in the configuration file instead, and unset MODERNGOV_COMMITTEES.",
    ]);
  });
});

describe('without a file', () => {
  it('the environment gives one council in SCRUTINY_DB, and a board for each committee it follows', () => {
    const config = loadConfig({ MODERNGOV_URL: 'https://edemocracy.example.gov.uk', MODERNGOV_COMMITTEES: '569,412', SCRUTINY_ADMINS: 'U0FIRST' });
    expect(config.deployment.source).toBe('environment');
    expect(config.deployment.councils).toHaveLength(1);
    expect(config.deployment.councils[0]!.storePath).toMatch(/data\/scrutiny\.json$/);
    expect(config.deployment.boards.map((b) => [b.id, b.committeeId])).toEqual([
      ['board', '569'],
      ['committee-412', '412'],
    ]);
    expect(config.deployment.coordinators).toEqual(['U0FIRST']);
    expect(loadConfig({}).deployment).toMatchObject({ source: 'none', boards: [{ committeeId: null, committeeName: null }] });
  });
});
