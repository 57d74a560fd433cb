// Where one store keeps its files. The store is named by the path of its
// catalogue (SCRUTINY_DB, `data/scrutiny.json` by default); everything else sits
// beside it:
//
//   data/scrutiny.json                 the catalogue: which part files make up the record, with their hashes
//   data/scrutiny.state.json           small mutable state (subscriptions, deliveries, sync, settings)
//   data/scrutiny.store/parts/         the record in parts: documents by the thousand, meetings by month,
//                                      the work programme by municipal year (one file each, never rewritten
//                                      in place: a new version is a new file, named by its content hash)
//   data/scrutiny.store/requests.json  request statuses as of the last compaction
//   data/scrutiny.store/requests.log   request status changes since, one JSON line each
//   data/scrutiny.store/replay-keys.log  the Slack requests the running bot handled in the last day (./replay-journal.ts)
//   data/scrutiny.store/*.lock         the record and state write locks, and the running bot's claim
//   data/scrutiny.store/v1-*.json      the single-file record and state a store was migrated from
import path from 'node:path';

export interface StoreFiles {
  catalogue: string;
  state: string;
  folder: string;
  parts: string;
  requests: string;
  requestLog: string;
  replayKeys: string;
  recordLock: string;
  stateLock: string;
  botLock: string;
  legacyRecord: string;
  legacyState: string;
}

function withoutJson(file: string): string {
  return file.endsWith('.json') ? file.slice(0, -'.json'.length) : file;
}

/** `data/scrutiny.json` -> `data/scrutiny.state.json`. */
export function statePathFor(recordPath: string): string {
  return `${withoutJson(recordPath)}.state.json`;
}

export function storeFiles(recordPath: string): StoreFiles {
  const catalogue = path.resolve(recordPath);
  const folder = `${withoutJson(catalogue)}.store`;
  return {
    catalogue,
    state: statePathFor(catalogue),
    folder,
    parts: path.join(folder, 'parts'),
    requests: path.join(folder, 'requests.json'),
    requestLog: path.join(folder, 'requests.log'),
    replayKeys: path.join(folder, 'replay-keys.log'),
    recordLock: path.join(folder, 'record.lock'),
    stateLock: path.join(folder, 'state.lock'),
    botLock: path.join(folder, 'bot.lock'),
    legacyRecord: path.join(folder, 'v1-record.json'),
    legacyState: path.join(folder, 'v1-state.json'),
  };
}
