import { HttpError } from '../errors/http-error.js';
import type { ServiceMiddleware } from '../service/service-state.js';

export interface AdmissionControlOptions {
  /** Requests handled at once; the next one is refused rather than queued. */
  maxInFlight: number;
  /** Sent as `Retry-After` on refusals. Default 1. */
  retryAfterSeconds?: number;
}

/**
 * Bounded concurrency: past `maxInFlight` a request gets an immediate 503 OVERLOADED with
 * `Retry-After`. CPU-bound verification otherwise builds a queue whose latency grows
 * without limit (FACTS.md: p99 of seconds and timeouts at saturation).
 */
export function admissionControl(options: AdmissionControlOptions): ServiceMiddleware {
  const { maxInFlight, retryAfterSeconds = 1 } = options;
  if (!Number.isInteger(maxInFlight) || maxInFlight < 1) {
    throw new RangeError(`maxInFlight must be a positive integer, got ${maxInFlight}`);
  }
  const headers = { 'Retry-After': String(retryAfterSeconds) };
  let inFlight = 0;
  return async (_ctx, next) => {
    if (inFlight >= maxInFlight) {
      throw new HttpError('OVERLOADED', 'The service is at capacity; retry later', { headers });
    }
    inFlight += 1;
    try {
      await next();
    } finally {
      inFlight -= 1;
    }
  };
}
