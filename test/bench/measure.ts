// Sequential timing of one async operation: warmup, then a fixed number of timed calls.
import { performance } from 'node:perf_hooks';

export interface Measurement {
  name: string;
  iterations: number;
  /** Timed calls divided by the wall time of the timed loop. */
  opsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
}

export interface MeasureOptions {
  warmup: number;
  iterations: number;
}

/**
 * Calls `operation(i)` `warmup + iterations` times, one after another (never concurrently, so
 * one core is busy at a time). `i` runs over the whole range, so pre-generated fixtures indexed
 * by `i` are distinct across warmup and timed calls. Only the timed calls are sampled.
 */
export async function measure(
  name: string,
  { warmup, iterations }: MeasureOptions,
  operation: (i: number) => Promise<unknown>
): Promise<Measurement> {
  for (let i = 0; i < warmup; i++) await operation(i);
  const samples = new Float64Array(iterations);
  const started = performance.now();
  for (let k = 0; k < iterations; k++) {
    const t0 = performance.now();
    await operation(warmup + k);
    samples[k] = performance.now() - t0;
  }
  const elapsedMs = performance.now() - started;
  samples.sort();
  return {
    name,
    iterations,
    opsPerSecond: (iterations * 1000) / elapsedMs,
    p50Ms: percentile(samples, 0.5),
    p99Ms: percentile(samples, 0.99)
  };
}

/** Nearest-rank percentile of sorted samples. */
export function percentile(sorted: Float64Array, p: number): number {
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(p * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}

/** Throws (aborting the bench) unless a verification result says verified. */
export function assertVerified(label: string, result: { verified: boolean; problems?: unknown; error?: unknown }): void {
  if (result.verified === true) return;
  const detail = JSON.stringify(result.problems ?? result.error ?? result, errorsAsText, 2).slice(0, 2000);
  throw new Error(`bench aborted: "${label}" returned verified !== true — a bench that measures failures is worthless.\n${detail}`);
}

function errorsAsText(_key: string, value: unknown): unknown {
  return value instanceof Error ? { message: value.message, errors: (value as { errors?: unknown }).errors } : value;
}
