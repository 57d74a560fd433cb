// STUB: replaced by the store (issue 2). Signature is the contract.
import type { Store } from './store.ts';

/** Open (or create) the store at `path`; throws StoreError naming the file when it is corrupt or invalid. */
export async function openStore(_path: string): Promise<Store> {
  throw new Error('not implemented');
}
