// STUB: replaced by the 'parse' command.
import type { CliIo } from './io.ts';

export async function run(_args: string[], io: CliIo): Promise<number> {
  io.err('parse: not implemented yet');
  return 1;
}
