// Sequential timing of async operations: warmup, then a fixed number of timed calls per row.
import { performance } from 'node:perf_hooks';

export interface Measurement {
  name: string;
  iterations: number;
  /** Timed calls divided by the wall time spent in this row's timed chunks. */
  opsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
}

export interface MeasureOptions {
  warmup: number;
  iterations: number;
  /** The timed calls of every row are split into this many chunks, run round-robin. */
  rounds: number;
}

export interface Row {
  name: string;
  /** One verification; `i` is distinct for every call of the row (warmup included). */
  operation: (i: number) => Promise<unknown>;
}

/**
 * Times every row with sequential calls (never concurrent, so one core is busy at a time).
 * Each row is first warmed up; then the timed calls run in `rounds` round-robin chunks (row A
 * 100 calls, row B 100 calls, ..., then A again), so a burst of load from another process
 * lands on all rows alike instead of on whichever row was running. Fixtures indexed by `i`
 * are distinct across warmup and timed calls. No forced GC between chunks: tried, it made the
 * JSON-LD rows' medians 50–90% slower (V8 drops warm state), which no real server sees.
 */
export async function measureRows(rows: readonly Row[], { warmup, iterations, rounds }: MeasureOptions): Promise<Measurement[]> {
  for (const row of rows) for (let i = 0; i < warmup; i++) await row.operation(i);
  const state = rows.map(() => ({ samples: new Float64Array(iterations), done: 0, elapsedMs: 0 }));
  const chunk = Math.ceil(iterations / rounds);
  for (let round = 0; round < rounds; round++) {
    for (const [r, row] of rows.entries()) {
      const s = state[r] as (typeof state)[number];
      const end = Math.min(iterations, s.done + chunk);
      const started = performance.now();
      for (; s.done < end; s.done++) {
        const t0 = performance.now();
        await row.operation(warmup + s.done);
        s.samples[s.done] = performance.now() - t0;
      }
      s.elapsedMs += performance.now() - started;
    }
  }
  return rows.map((row, r) => {
    const { samples, elapsedMs } = state[r] as (typeof state)[number];
    samples.sort();
    return {
      name: row.name,
      iterations,
      opsPerSecond: (iterations * 1000) / elapsedMs,
      p50Ms: percentile(samples, 0.5),
      p99Ms: percentile(samples, 0.99)
    };
  });
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
