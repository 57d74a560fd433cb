// STUB: replaced by the 'ask' command.
import type { CliIo } from './io.ts';

export async function run(_args: string[], io: CliIo): Promise<number> {
  io.err('ask: not implemented yet');
  return 1;
}
