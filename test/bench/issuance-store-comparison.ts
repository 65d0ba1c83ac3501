// Issuance rows on MongoDB next to the same rows on the embedded engine, from one run.
import type { LoadResult } from './issuance-load.js';
import type { IssuanceRow } from './issuance-report.js';
import { percentile } from './measure.js';

const rate = (r: LoadResult): number => (r.ok * 1000) / r.elapsedMs;
const p = (r: LoadResult, q: number): number => percentile(new Float64Array(r.latencies).sort(), q);

export function printStoreComparison(embedded: readonly IssuanceRow[], mongodb: readonly IssuanceRow[]): void {
  console.log('\nIssuance, MongoDB wire server against the embedded engine (same run)');
  console.log('| row | embedded ops/s | MongoDB ops/s | MongoDB ÷ embedded | embedded p50 ms | MongoDB p50 ms | embedded p99 ms | MongoDB p99 ms |');
  console.log('|---|--:|--:|--:|--:|--:|--:|--:|');
  for (const row of mongodb) {
    const base = embedded.find((candidate) => candidate.key === row.key);
    if (!base) continue;
    const cells = [
      rate(base.result).toFixed(0),
      rate(row.result).toFixed(0),
      `${((rate(row.result) / rate(base.result)) * 100).toFixed(0)}%`,
      p(base.result, 0.5).toFixed(2),
      p(row.result, 0.5).toFixed(2),
      p(base.result, 0.99).toFixed(2),
      p(row.result, 0.99).toFixed(2)
    ];
    console.log(`| ${row.name} | ${cells.join(' | ')} |`);
  }
}
