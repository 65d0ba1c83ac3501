import { chmod, open } from 'node:fs/promises';
import { join } from 'node:path';
import { createGroupCommit, type GroupCommit } from './create-group-commit.js';
import { Datastore } from './nedb.js';
import type { SyncFile } from './sync-file.js';

export interface OpenedDatastore {
  db: Datastore;
  /** Settles once the file is loaded (rejects when it cannot be). */
  ready: Promise<void>;
  persistent: boolean;
  /** Durability of the appends (persistent datastores only). */
  commit?: GroupCommit;
}

/** Data files are the operator's secrets as much as the key file is: owner only. */
export const FILE_MODE = 0o600;
export const DIR_MODE = 0o700;

interface NedbPersistence {
  persistNewStateAsync(documents: unknown[]): Promise<void>;
}

/** `<dataDir>/<name>.db`, loading in the background; in memory when there is no dataDir. */
export function openDatastore(dataDir: string | undefined, name: string, syncFile: SyncFile): OpenedDatastore {
  if (dataDir === undefined) return { db: new Datastore({ inMemoryOnly: true }), ready: Promise.resolve(), persistent: false };
  const filename = join(dataDir, `${name}.db`);
  // `modes` (nedb ≥ 4.1) covers the file, its compaction copy and the directory; createEmbeddedStore
  // has already refused any corrupt line, and nedb's own threshold would otherwise skip up to 10%.
  const options = { filename, corruptAlertThreshold: 0, modes: { fileMode: FILE_MODE, dirMode: DIR_MODE } };
  const db = new Datastore(options);
  const commit = createGroupCommit(filename, syncFile);
  // nedb appends each write's lines with one appendFile; count the completed ones for the fsync.
  const persistence = (db as unknown as { persistence: NedbPersistence }).persistence;
  const append = persistence.persistNewStateAsync.bind(persistence);
  persistence.persistNewStateAsync = async (documents) => {
    await append(documents);
    if (documents.length > 0) commit.appended();
  };
  const ready = checkReadable(filename)
    .then(() => db.loadDatabaseAsync())
    // loading rewrote the file with FILE_MODE, unless a stale compaction copy lent it its mode
    .then(() => chmod(filename, FILE_MODE));
  return { db, ready, persistent: true, commit };
}

/**
 * nedb's loader does not handle read errors on its file stream: an unreadable file (a directory,
 * no permission) crashes the process with an unhandled 'error' event. Check before it reads.
 */
async function checkReadable(filename: string): Promise<void> {
  let handle;
  try {
    handle = await open(filename, 'r');
    if (!(await handle.stat()).isFile()) throw new Error(`${filename} is not a regular file`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  } finally {
    await handle?.close();
  }
}
