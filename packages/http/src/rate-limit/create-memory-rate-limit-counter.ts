import type { Clock, RateLimitCounter } from '@agentvc/core';
import { RateLimiterMemory } from 'rate-limiter-flexible';

/**
 * Counts in this process, with rate-limiter-flexible's memory storage: each key is dropped by an
 * unref'd timer once it expires, so idle clients cost nothing. The default counter: right for
 * one instance (the embedded store is one process anyway); on MongoDB the apps share counts
 * through `createStoredRateLimitCounter` instead.
 */
export function createMemoryRateLimitCounter({ clock }: { clock: Clock }): RateLimitCounter {
  // Only its storage is used (penalty/get never refuse): windows and limits are createRateLimit's
  const memory = new RateLimiterMemory({ points: 1, duration: 1 });
  return {
    async increment(key, expiresAt) {
      const ttlSeconds = Math.max(1, Math.ceil((expiresAt.getTime() - clock.now().getTime()) / 1000));
      return (await memory.penalty(key, 1, { customDuration: ttlSeconds })).consumedPoints;
    },
    async count(key) {
      return (await memory.get(key))?.consumedPoints ?? 0;
    }
  };
}
