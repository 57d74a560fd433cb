// STUB: replaced by the ingest pipeline (issue 2). Signature is the contract.
import { fileURLToPath } from 'node:url';
import type { Store } from '../store/store.ts';

/** The bundled corpus shipped in data/corpus. */
export const BUNDLED_CORPUS = fileURLToPath(new URL('../../data/corpus/', import.meta.url));

export interface FileReport {
  path: string;
  ok: boolean;
  /** One line: why the file did not go in, or what it added. */
  message: string;
  warnings: string[];
}

export interface IngestReport {
  files: FileReport[];
  totals: { documents: number; meetings: number; items: number; resolutions: number; requests: number; workProgramme: number };
  /** Ids new to the record in this run, for "new minutes" / "agenda published" posts. */
  newResolutionIds: string[];
  newRequestIds: string[];
  newAgendaMeetingIds: string[];
  newMinutesMeetingIds: string[];
  allOk: boolean;
}

/** Read, parse and merge files and folders into the store; one file's problem never stops the others. */
export async function ingestPaths(_store: Store, _paths: string[]): Promise<IngestReport> {
  throw new Error('not implemented');
}
