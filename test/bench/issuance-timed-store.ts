// A Store wrapper that adds up the wall time of every collection call, by `collection.method`.
import { performance } from 'node:perf_hooks';
import type { Collection, Document, Store } from '@agentvc/store';

export interface StoreTimings {
  /** `collection.method` → calls and total wall milliseconds (queueing behind the collection's mutex included). */
  readonly totals: Map<string, { calls: number; ms: number }>;
  reset(): void;
}

const METHODS = ['insertOne', 'findOne', 'find', 'countDocuments', 'updateOne', 'findOneAndUpdate', 'deleteOne', 'deleteMany', 'createIndexes'] as const;

/** The issuer is given this store instead of the engine's, so the bench sees what each request asks of it. */
export function timedStore(store: Store): { store: Store; timings: StoreTimings } {
  const totals = new Map<string, { calls: number; ms: number }>();
  const timed = <T extends Document>(name: string, collection: Collection<T>): Collection<T> => {
    const wrapped = { ...collection };
    for (const method of METHODS) {
      const call = (collection[method] as (...args: unknown[]) => Promise<unknown>).bind(collection);
      (wrapped as Record<string, unknown>)[method] = async (...args: unknown[]) => {
        const started = performance.now();
        try {
          return await call(...args);
        } finally {
          const key = `${name}.${method}`;
          const total = totals.get(key) ?? { calls: 0, ms: 0 };
          total.calls += 1;
          total.ms += performance.now() - started;
          totals.set(key, total);
        }
      };
    }
    return wrapped;
  };
  return {
    store: {
      engine: store.engine,
      collection: <T extends Document>(name: string) => timed(name, store.collection<T>(name)),
      ping: () => store.ping(),
      close: () => store.close()
    },
    timings: { totals, reset: () => totals.clear() }
  };
}
