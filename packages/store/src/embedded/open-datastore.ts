import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { Datastore } from './nedb.js';

export interface OpenedDatastore {
  db: Datastore;
  /** Settles once the file is loaded (rejects when it cannot be). */
  ready: Promise<void>;
  persistent: boolean;
}

/** `<dataDir>/<name>.db`, loading in the background; in memory when there is no dataDir. */
export function openDatastore(dataDir: string | undefined, name: string): OpenedDatastore {
  if (dataDir === undefined) return { db: new Datastore({ inMemoryOnly: true }), ready: Promise.resolve(), persistent: false };
  const filename = join(dataDir, `${name}.db`);
  const db = new Datastore({ filename });
  return { db, ready: checkReadable(filename).then(() => db.loadDatabaseAsync()), persistent: true };
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
