import { AgentVcError, type Clock } from '@agentvc/core';
import type { GroupCommit } from './create-group-commit.js';
import { createMutex, type Mutex } from './create-mutex.js';
import { isIoError, mapNedbError } from './map-nedb-error.js';
import type { Datastore } from './nedb.js';

// Every write appends a line; rewrite the file once the appended lines outnumber the live documents
// (and at least this many), which keeps the file within about twice its live size.
const COMPACT_AFTER_LINES = 10_000;

/** What one embedded collection shares between the Collection objects handed out for its name. */
export interface CollectionState {
  readonly name: string;
  readonly db: Datastore;
  readonly persistent: boolean;
  /** Persistent collections: an operation is acknowledged once an fsync covers what it saw. */
  readonly commit?: GroupCommit;
  readonly mutex: Mutex;
  readonly clock: Clock;
  /** Resolves once the datastore has loaded its file. */
  readonly ready: Promise<void>;
  /** TTL field → expireAfterSeconds, as declared by createIndexes in this process. */
  readonly ttl: Map<string, number>;
  readonly store: { closed: boolean };
  appendedLines: number;
  /** Appended lines at which to look at the live count again (counting copies every document). */
  compactCheckAt: number;
  failure?: AgentVcError;
  compactionError?: unknown;
}

export function createCollectionState(init: Omit<CollectionState, 'mutex' | 'ttl' | 'appendedLines' | 'compactCheckAt'>): CollectionState {
  // Load failures are reported by each operation; this only keeps them from going unhandled.
  init.ready.catch(() => undefined);
  return { ...init, mutex: createMutex(), ttl: new Map(), appendedLines: 0, compactCheckAt: COMPACT_AFTER_LINES };
}

/**
 * Runs one port operation exclusively on its collection: after the file has loaded, after expired
 * documents are gone, with nedb errors mapped to AgentVcErrors. It resolves only once every line
 * appended up to its end is on disk (its own writes and any it read), while the next operation
 * already runs: writes queued behind an fsync share the next one.
 */
export async function operate<R>(state: CollectionState, task: () => Promise<R>): Promise<R> {
  // Checked when queued: operations queued before close() still complete.
  if (state.store.closed) throw new AgentVcError('STORE_UNAVAILABLE', 'the store is closed');
  const { result, position } = await state.mutex.run(async () => {
    if (state.failure) throw state.failure;
    try {
      await state.ready;
    } catch (error) {
      const reason = error instanceof Error ? `: ${error.message}` : '';
      throw new AgentVcError('STORE_UNAVAILABLE', `${state.name}: cannot load the data file${reason}`, { cause: error });
    }
    try {
      await removeExpired(state);
      return { result: await task(), position: state.commit?.mark() ?? 0 };
    } catch (error) {
      if (isIoError(error) && state.persistent) stopServing(state, error);
      throw mapNedbError(error, state.name);
    }
  });
  if (state.commit) await flushed(state, state.commit, position);
  return result;
}

async function flushed(state: CollectionState, commit: GroupCommit, position: number): Promise<void> {
  try {
    await commit.flush(position);
  } catch (error) {
    stopServing(state, error);
    throw new AgentVcError('STORE_UNAVAILABLE', `${state.name}: the data file could not be flushed to disk; restart to reload it`, { cause: error });
  }
}

/** Counts appended lines and queues a compaction when the file has grown enough. */
export function noteAppended(state: CollectionState, lines: number): void {
  if (!state.persistent || lines === 0) return;
  state.appendedLines += lines;
  if (state.appendedLines < state.compactCheckAt) return;
  // getAllData() copies every document: look again only after as many appends (amortized O(1))
  const live = state.db.getAllData().length;
  if (state.appendedLines < live) {
    state.compactCheckAt = live;
    return;
  }
  state.appendedLines = 0;
  state.compactCheckAt = COMPACT_AFTER_LINES;
  void state.mutex
    // Never after a failed append: the rewrite would persist the write the caller saw fail.
    .run(async () => (state.failure ? undefined : state.db.compactDatafileAsync()))
    .then(
      () => delete state.compactionError,
      // The writes are already durable; a failing rewrite means disk trouble, which ping() reports.
      (error: unknown) => (state.compactionError = error)
    );
}

/**
 * TTL, lazily: documents whose TTL field (a Date) is older than expireAfterSeconds are removed
 * before each operation, by the injected clock. Exact expiry checks still filter on `expiresAt > now`,
 * because MongoDB's own TTL monitor only runs once a minute.
 */
async function removeExpired(state: CollectionState): Promise<void> {
  if (state.ttl.size === 0) return;
  const now = state.clock.now().getTime();
  for (const [field, seconds] of state.ttl) {
    const cutoff = new Date(now - seconds * 1000);
    noteAppended(state, await state.db.removeAsync({ [field]: { $lt: cutoff } }, { multi: true }));
  }
}

/**
 * nedb changes its in-memory copy before appending to the file, so after a failed append memory
 * holds a write the file does not. Stop serving the collection (fail-stop; a restart reloads the
 * file, which is the truth). Reloading in place is no option: nedb's loader never settles when the
 * file cannot be read, wedging its queue.
 */
function stopServing(state: CollectionState, cause: unknown): void {
  state.failure = new AgentVcError('STORE_UNAVAILABLE', `${state.name}: the data file cannot be written; restart to reload it`, {
    cause
  });
}
