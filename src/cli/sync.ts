// STUB: replaced by the 'sync' command.
import type { CliIo } from './io.ts';

export async function run(_args: string[], io: CliIo): Promise<number> {
  io.err('sync: not implemented yet');
  return 1;
}
