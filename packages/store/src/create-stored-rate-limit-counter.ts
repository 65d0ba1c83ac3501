import type { RateLimitCounter } from '@agentvc/core';
import type { Store } from './collection.js';

interface CountRecord {
  /** The counter key: limit, client and window (see createRateLimit in @agentvc/http). */
  _id: string;
  count: number;
  expiresAt: Date;
}

/**
 * Rate-limit counts on the store, so every instance of a service behind a load balancer counts
 * the same client against one limit. Each hit is one atomic upsert with `$inc` (never
 * read-then-write); a key is one client in one window, so nothing is ever reset and the TTL
 * index only cleans up.
 */
export async function createStoredRateLimitCounter({ store, collection }: { store: Store; collection: string }): Promise<RateLimitCounter> {
  const counts = store.collection<CountRecord>(collection);
  await counts.createIndexes([{ key: { expiresAt: 1 }, expireAfterSeconds: 0 }]);
  return {
    async increment(key, expiresAt) {
      const counted = await counts.findOneAndUpdate(
        { _id: key },
        { $inc: { count: 1 }, $setOnInsert: { expiresAt } },
        { upsert: true, returnDocument: 'after' }
      );
      return counted?.count ?? 1;
    },
    async count(key) {
      return (await counts.findOne({ _id: key }))?.count ?? 0;
    }
  };
}
