import type { Clock, RateLimitCounter } from '@agentvc/core';
import { createRateLimit, type RateLimit } from './create-rate-limit.js';

/** A service's named limits, as its configuration gives them. */
export interface RateLimitSettings<Name extends string> {
  /** Requests (or failures) per client per window, by limit name; 0 turns that limit off. */
  points: Readonly<Record<Name, number>>;
  windowSeconds: number;
  /** Shared counts (on MongoDB: createStoredRateLimitCounter); default this process's memory. */
  counter?: RateLimitCounter;
  clock?: Clock;
}

/** One RateLimit per name (undefined where its points are 0), all counting in one counter. */
export function createRateLimits<Name extends string>({ points, windowSeconds, counter, clock }: RateLimitSettings<Name>): Record<Name, RateLimit | undefined> {
  const limits = {} as Record<Name, RateLimit | undefined>;
  for (const [name, allowed] of Object.entries(points) as Array<[Name, number]>) {
    limits[name] =
      allowed === 0 ? undefined : createRateLimit({ name, points: allowed, durationSeconds: windowSeconds, ...(counter ? { counter } : {}), ...(clock ? { clock } : {}) });
  }
  return limits;
}
