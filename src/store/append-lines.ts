// Appending lines to a journal file (./request-journal.ts, ./replay-journal.ts) at the offset its
// owner has read up to: a last line without its newline is a write cut short, which the next
// append overwrites instead of gluing a new line onto it.
import { open } from 'node:fs/promises';

/**
 * Write `text` at `offset` in `file` (created when missing), over anything after `offset`; when the
 * disk refuses, the file is cut back to `offset` and the error thrown. Resolves with the file's inode.
 */
export async function appendAt(file: string, offset: number, text: string): Promise<{ ino: number }> {
  const handle = await open(file, 'r+').catch(async (error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return open(file, 'w');
    throw error;
  });
  try {
    if ((await handle.stat()).size > offset) await handle.truncate(offset);
    await handle.write(text, offset);
    return { ino: (await handle.stat()).ino };
  } catch (error) {
    if ((await handle.stat().catch(() => null))?.isFile()) await handle.truncate(offset).catch(() => {});
    throw error;
  } finally {
    await handle.close();
  }
}
