// A child's result line, then its exit. stdout to a pipe is written asynchronously,
// so exiting straight after the write can cut a long line (the answers step's is
// ~200 KB) at the pipe's buffer: exit only once the whole line has been handed over.
export function printResult(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`, () => process.exit(0));
}
