import { systemClock, type Clock, type RateLimitCounter } from '@agentvc/core';
import { HttpError } from '../errors/http-error.js';
import type { ServiceContext, ServiceMiddleware } from '../service/service-state.js';
import { clientAddress } from './client-address.js';
import { createMemoryRateLimitCounter } from './create-memory-rate-limit-counter.js';

export interface RateLimitOptions {
  /** Names the limit in counter keys and in the 429 detail; unique among limits sharing a counter. */
  name: string;
  /** Requests (for a failure limit: failures) one client may make per window. */
  points: number;
  /** Window length. Windows are aligned to the epoch, so every instance counts in the same ones. */
  durationSeconds: number;
  /** Who a request counts against; default `clientAddress` (the socket address, or the trusted X-Forwarded-For hop). */
  key?: (ctx: ServiceContext) => string;
  /** Where counts live; default this process's memory. If it fails, counting falls back to memory. */
  counter?: RateLimitCounter;
  clock?: Clock;
}

/** A per-client limit; routes declare it (`rateLimit`, `auth.failureLimit`) so it runs before body parsing and is documented. */
export interface RateLimit {
  readonly name: string;
  readonly points: number;
  readonly durationSeconds: number;
  /** Counts the request; past `points` in the window, 429 RATE_LIMITED with `Retry-After`. */
  readonly middleware: ServiceMiddleware;
  /** For failure limits: 429 when the client already failed `points` times this window. Counts nothing. */
  check(ctx: ServiceContext): Promise<void>;
  /** Counts one failure of the client. */
  recordFailure(ctx: ServiceContext): Promise<void>;
}

/** Longer keys are not addresses (a misconfigured proxy header): capped, so they stay cheap. */
const MAX_CLIENT_KEY = 64;

/**
 * A fixed-window limit per client. The counter key is `name:client:window`, so a window never
 * needs resetting; a client found over the limit is remembered in memory until the window ends,
 * so a flood is refused without touching a shared counter again.
 */
export function createRateLimit(options: RateLimitOptions): RateLimit {
  const { name, points, durationSeconds, key = clientAddress, clock = systemClock } = options;
  if (!Number.isInteger(points) || points < 1) throw new RangeError(`rate limit ${name}: points must be a positive integer, got ${points}`);
  if (!Number.isInteger(durationSeconds) || durationSeconds < 1) {
    throw new RangeError(`rate limit ${name}: durationSeconds must be a positive integer, got ${durationSeconds}`);
  }
  const windowMs = durationSeconds * 1000;
  const memory = createMemoryRateLimitCounter({ clock });
  const counter = options.counter ?? memory;
  let currentWindow = -1;
  const blocked = new Set<string>();

  const locate = (ctx: ServiceContext) => {
    const now = clock.now().getTime();
    const window = Math.floor(now / windowMs);
    if (window !== currentWindow) {
      currentWindow = window;
      blocked.clear();
    }
    const resetAt = (window + 1) * windowMs;
    return { counterKey: `${name}:${key(ctx).slice(0, MAX_CLIENT_KEY)}:${window}`, resetAt: new Date(resetAt), retryAfter: Math.max(1, Math.ceil((resetAt - now) / 1000)) };
  };

  // A failing shared counter (store down) must not take the service down with it
  const withCounter = async <T>(ctx: ServiceContext, use: (c: RateLimitCounter) => Promise<T>): Promise<T> => {
    try {
      return await use(counter);
    } catch (error) {
      if (counter === memory) throw error;
      ctx.state.log.warn({ err: error, rateLimit: name }, 'rate limit counter failed; counting in memory');
      return use(memory);
    }
  };

  const refuse = (counterKey: string, retryAfter: number): HttpError => {
    blocked.add(counterKey);
    return new HttpError('RATE_LIMITED', `Too many requests (${name}): at most ${points} per ${durationSeconds} s per client; retry after ${retryAfter} s`, {
      headers: { 'Retry-After': String(retryAfter) }
    });
  };

  return {
    name,
    points,
    durationSeconds,
    async middleware(ctx, next) {
      const { counterKey, resetAt, retryAfter } = locate(ctx);
      if (blocked.has(counterKey)) throw refuse(counterKey, retryAfter);
      const count = await withCounter(ctx, (c) => c.increment(counterKey, resetAt));
      if (count > points) throw refuse(counterKey, retryAfter);
      await next();
    },
    async check(ctx) {
      const { counterKey, retryAfter } = locate(ctx);
      if (blocked.has(counterKey) || (await withCounter(ctx, (c) => c.count(counterKey))) >= points) throw refuse(counterKey, retryAfter);
    },
    async recordFailure(ctx) {
      const { counterKey, resetAt } = locate(ctx);
      if (!blocked.has(counterKey)) await withCounter(ctx, (c) => c.increment(counterKey, resetAt));
    }
  };
}
