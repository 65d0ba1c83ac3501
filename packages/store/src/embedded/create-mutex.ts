export interface Mutex {
  /** Runs `task` after every task queued before it has settled; tasks never interleave. */
  run<R>(task: () => Promise<R>): Promise<R>;
}

/**
 * A promise-chain mutex. nedb queues each of its own calls, but a find followed by an update is two
 * calls; running whole port operations through this makes them indivisible (single process only).
 */
export function createMutex(): Mutex {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run<R>(task: () => Promise<R>): Promise<R> {
      const result = tail.then(task);
      tail = result.catch(() => undefined);
      return result;
    }
  };
}
