import type { SyncFile } from './sync-file.js';

export interface GroupCommit {
  /** Records an append that has completed (its bytes are with the OS); returns its position. */
  appended(): number;
  /** The position of the last append so far: what an operation that just ran has seen. */
  mark(): number;
  /**
   * Resolves once every append up to `position` is on disk. An fsync covers all that was appended
   * before it started, so callers that arrive while one runs share the next one (group commit).
   * A failed fsync fails this and every later flush: after a failed fsync the kernel may have
   * dropped the dirty pages, so a retry that succeeds would prove nothing.
   */
  flush(position: number): Promise<void>;
}

/** Group commit for one append-only file: acknowledge a write only once an fsync covers it. */
export function createGroupCommit(filename: string, syncFile: SyncFile): GroupCommit {
  let appended = 0;
  let durable = 0;
  let running: Promise<void> | undefined;
  let failure: { error: unknown } | undefined;

  function startSync(): Promise<void> {
    const covers = appended;
    const current: Promise<void> = new Promise<void>((resolve) => resolve(syncFile(filename)))
      .then(
        () => {
          durable = Math.max(durable, covers);
        },
        (error: unknown) => {
          failure = { error };
        }
      )
      .finally(() => {
        if (running === current) running = undefined;
      });
    running = current;
    return current;
  }

  return {
    appended: () => (appended += 1),
    mark: () => appended,
    async flush(position) {
      while (durable < position) {
        if (failure) throw failure.error;
        await (running ?? startSync());
      }
    }
  };
}
