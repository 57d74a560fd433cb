// STUB: replaced by the 'ingest' command.
import type { CliIo } from './io.ts';

export async function run(_args: string[], io: CliIo): Promise<number> {
  io.err('ingest: not implemented yet');
  return 1;
}
