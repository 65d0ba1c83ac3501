import { constants } from 'node:fs';
import { access, mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { AgentVcError, systemClock, type Clock } from '@agentvc/core';
import type { Collection, Document, Store } from '../collection.js';
import { checkCollectionName } from '../lib/check-collection-name.js';
import { checkDataDir } from './check-data-dir.js';
import { createCollectionState, type CollectionState } from './collection-state.js';
import { createEmbeddedCollection } from './embedded-collection.js';
import { lockDataDir, type DataDirLock } from './lock-data-dir.js';
import { DIR_MODE, openDatastore } from './open-datastore.js';
import { syncDirectory, syncFile as fdatasync, type SyncFile } from './sync-file.js';

export interface EmbeddedStoreOptions {
  /** One `<name>.db` file per collection here (created if missing); omitted: in memory only. */
  dataDir?: string;
  /** Time source for TTL indexes. */
  clock?: Clock;
  /** Forces a data file to disk before writes are acknowledged (default: fdatasync). */
  syncFile?: SyncFile;
}

/**
 * The zero-setup engine: nedb, one append-only file per collection, single process. A write is
 * acknowledged once its line is appended and fsynced (group commit: writes that arrive while an
 * fsync runs share the next one), so it survives a power cut. The start refuses any corrupt line.
 * Files are created 0600 and directories 0700.
 */
export async function createEmbeddedStore({ dataDir, clock = systemClock, syncFile = fdatasync }: EmbeddedStoreOptions = {}): Promise<Store> {
  let lock: DataDirLock | undefined;
  if (dataDir !== undefined) {
    try {
      const created = await mkdir(dataDir, { recursive: true, mode: DIR_MODE });
      // each new directory's entry in its parent, up to the parent that already existed
      for (let dir = resolve(dataDir); created !== undefined; dir = dirname(dir)) {
        await syncDirectory(dirname(dir));
        if (dir === resolve(created) || dirname(dir) === dir) break;
      }
    } catch (error) {
      throw new AgentVcError('STORE_UNAVAILABLE', `cannot create data directory ${dataDir}`, { cause: error });
    }
    lock = await lockDataDir(dataDir);
    try {
      await checkDataDir(dataDir);
    } catch (error) {
      await lock.release();
      if (error instanceof AgentVcError) throw error;
      throw new AgentVcError('STORE_UNAVAILABLE', `cannot read data directory ${dataDir}`, { cause: error });
    }
  }
  const status = { closed: false };
  const states = new Map<string, CollectionState>();

  function stateOf(name: string): CollectionState {
    const existing = states.get(name);
    if (existing) return existing;
    const state = createCollectionState({ name, ...openDatastore(dataDir, name, syncFile), clock, store: status });
    states.set(name, state);
    return state;
  }

  return {
    engine: 'embedded',

    collection<T extends Document>(name: string): Collection<T> {
      return createEmbeddedCollection<T>(stateOf(checkCollectionName(name)));
    },

    async ping(): Promise<void> {
      if (status.closed) throw new AgentVcError('STORE_UNAVAILABLE', 'the store is closed');
      if (dataDir !== undefined) {
        await access(dataDir, constants.W_OK).catch((error: unknown) => {
          throw new AgentVcError('STORE_UNAVAILABLE', `data directory ${dataDir} is not writable`, { cause: error });
        });
      }
      for (const state of states.values()) {
        const problem = state.failure ?? state.compactionError;
        if (problem) throw new AgentVcError('STORE_UNAVAILABLE', `${state.name}: the data file cannot be written`, { cause: problem });
      }
    },

    async close(): Promise<void> {
      if (status.closed) return;
      // Operations already queued finish first; later ones are refused.
      status.closed = true;
      const drained = [...states.values()].map((state) =>
        state.mutex.run(async () => {
          const loaded = await state.ready.then(() => true, () => false);
          // Rewrites the file without superseded lines, so the next start loads less.
          if (loaded && state.persistent && !state.failure) await state.db.compactDatafileAsync();
        })
      );
      const results = await Promise.allSettled(drained);
      await lock?.release();
      const failed = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
      if (failed) throw new AgentVcError('STORE_UNAVAILABLE', 'could not compact every collection on close', { cause: failed.reason });
    }
  };
}
