// Finding the layout fixtures: every test/fixtures/layouts/<family>/<name>.expected.json
// with its one document beside it (<name>.txt, .md, .html or .pdf.txt).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ExpectedFacts, FAMILIES } from './expected-facts.ts';

export const LAYOUTS_DIR = fileURLToPath(new URL('../fixtures/layouts/', import.meta.url));

const FACTS_SUFFIX = '.expected.json';
/** What a fixture document may be; `.pdf.txt` is the text PDF-to-text gives, read as plain text. */
export const DOCUMENT_SUFFIXES = ['.pdf.txt', '.txt', '.md', '.html'] as const;

export interface Fixture {
  /** "<family>/<name>": how the scorer and the baseline name it. */
  id: string;
  family: string;
  documentPath: string;
  factsPath: string;
  facts: ExpectedFacts;
}

/** A fixture folder that does not hold together: the message says which file and why. */
export class FixtureError extends Error {}

function documentName(file: string): string | null {
  const suffix = DOCUMENT_SUFFIXES.find((s) => file.endsWith(s));
  return suffix ? file.slice(0, -suffix.length) : null;
}

function readFacts(factsPath: string, id: string): ExpectedFacts {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(factsPath, 'utf8'));
  } catch (error) {
    throw new FixtureError(`${id}: ${path.basename(factsPath)} is not JSON (${(error as Error).message})`);
  }
  const parsed = ExpectedFacts.safeParse(raw);
  if (!parsed.success) throw new FixtureError(`${id}: ${path.basename(factsPath)} does not follow the format:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** The family folders present, in name order. Files at the top level are the old unscored fixtures and the README. */
function familyFolders(root: string): string[] {
  return readdirSync(root)
    .filter((entry) => statSync(path.join(root, entry)).isDirectory())
    .sort();
}

/**
 * Every fixture under `root`, sorted by id. Throws a FixtureError naming the file when a
 * folder is not a known family, a document has no facts (or facts no document), or the
 * facts do not follow the format or name another family.
 */
export function loadFixtures(root: string = LAYOUTS_DIR): Fixture[] {
  const fixtures: Fixture[] = [];
  for (const family of familyFolders(root)) {
    if (!(FAMILIES as readonly string[]).includes(family)) {
      throw new FixtureError(`${family}/: not a fixture family (known: ${FAMILIES.join(', ')})`);
    }
    const dir = path.join(root, family);
    const files = readdirSync(dir).sort();
    const documents = new Map<string, string>();
    for (const file of files) {
      if (file.endsWith(FACTS_SUFFIX)) continue;
      const name = documentName(file);
      if (name === null) throw new FixtureError(`${family}/${file}: not a fixture document (${DOCUMENT_SUFFIXES.join(' ')}) or facts file`);
      if (documents.has(name)) throw new FixtureError(`${family}/${file}: a second document named "${name}"`);
      documents.set(name, file);
    }
    for (const file of files.filter((f) => f.endsWith(FACTS_SUFFIX))) {
      const name = file.slice(0, -FACTS_SUFFIX.length);
      const id = `${family}/${name}`;
      const document = documents.get(name);
      if (!document) throw new FixtureError(`${id}: ${file} has no document beside it`);
      documents.delete(name);
      const facts = readFacts(path.join(dir, file), id);
      if (facts.family !== family) throw new FixtureError(`${id}: facts say family "${facts.family}" but the fixture is in ${family}/`);
      fixtures.push({ id, family, documentPath: path.join(dir, document), factsPath: path.join(dir, file), facts });
    }
    for (const [name, file] of documents) throw new FixtureError(`${family}/${file}: no ${name}${FACTS_SUFFIX} beside it`);
  }
  return fixtures;
}
