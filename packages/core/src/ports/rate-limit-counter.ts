/**
 * Hits per key, for per-client rate limits (see `createRateLimit` in @agentvc/http). A key names
 * one client in one window, so a count never has to be reset: the next window is a new key.
 * Implementations: in process memory (@agentvc/http, the default) and on the store
 * (`createStoredRateLimitCounter`, shared by every instance of a service).
 */
export interface RateLimitCounter {
  /** Adds one hit to `key` and returns its count so far; the key may be dropped after `expiresAt`. */
  increment(key: string, expiresAt: Date): Promise<number>;
  /** The count of `key` so far: 0 when it was never hit (or has expired). */
  count(key: string): Promise<number>;
}
