// The bundled corpus, read for parser tests.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const CORPUS = fileURLToPath(new URL('../../data/corpus/', import.meta.url));

export const FILES = {
  pack2017: '2017-07-13-agenda-pack.txt',
  minutes2018: '2018-01-11-minutes.txt',
  itemPage2022: '2022-10-20-item-4-agenda-item-page.txt',
  minutes2022: '2022-10-20-minutes.md',
  minutes2023: '2023-03-16-minutes.md',
} as const;

export function corpusText(name: string): string {
  return readFileSync(`${CORPUS}${name}`, 'utf8');
}
