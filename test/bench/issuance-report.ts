// Printing for the issuance section: the rate table and the breakdown of where a request's time goes.
import type { LoadResult } from './issuance-load.js';
import type { ProfileSummary } from './issuance-profile.js';
import { percentile } from './measure.js';

export interface IssuanceRow {
  key: string;
  name: string;
  result: LoadResult;
}

const rate = (r: LoadResult): number => (r.ok * 1000) / r.elapsedMs;
const sorted = (r: LoadResult): Float64Array => new Float64Array(r.latencies).sort();

export function printIssuanceTable(rows: readonly IssuanceRow[], baselineKey: string): void {
  const baseline = rows.find((row) => row.key === baselineKey)?.result;
  const header = ['', 'ops/s', 'p50 ms', 'p99 ms', 'errors', '× raw signing'];
  const lines = rows.map(({ name, result }) => {
    const s = sorted(result);
    return [
      name,
      rate(result).toFixed(0),
      percentile(s, 0.5).toFixed(2),
      percentile(s, 0.99).toFixed(2),
      String(result.errors),
      baseline ? `${((rate(result) / rate(baseline)) * 100).toFixed(0)}%` : ''
    ];
  });
  printGrid(header, lines);
}

export interface Profiled {
  label: string;
  result: LoadResult;
  profile: ProfileSummary;
}

export interface Breakdown {
  /** Profiled runs; the last is the one whose top functions are listed. */
  profiled: readonly Profiled[];
  /** Store calls made during the 1-connection run. */
  storeAtC1: ReadonlyMap<string, { calls: number; ms: number }>;
  coldAuthMs: number;
  warmAuth: LoadResult;
}

export function printIssuanceBreakdown({ profiled, storeAtC1, coldAuthMs, warmAuth }: Breakdown): void {
  console.log(`\nWhere the time goes: CPU profiles of the main thread (profiled runs: ${profiled.map((p) => `${p.label} ${rate(p.result).toFixed(0)}/s`).join(', ')})`);
  const last = profiled[profiled.length - 1] as Profiled;
  const categories = [...new Set(profiled.flatMap((p) => [...p.profile.byCategory.keys()]))].sort(
    (a, b) => (last.profile.byCategory.get(b) ?? 0) - (last.profile.byCategory.get(a) ?? 0)
  );
  const cell = ({ profile, result }: Profiled, category: string): string => {
    const ms = profile.byCategory.get(category) ?? 0;
    return `${(ms / result.ok).toFixed(3)} (${((ms / profile.totalMs) * 100).toFixed(0)}%)`;
  };
  printGrid(
    ['category', ...profiled.map((p) => `${p.label}: ms/op (%)`)],
    [
      ...categories.map((c) => [c, ...profiled.map((p) => cell(p, c))]),
      ['total (wall ms per op)', ...profiled.map((p) => (p.profile.totalMs / p.result.ok).toFixed(3))]
    ]
  );
  console.log(`\nTop self time, ${last.label} (ms/op, category)`);
  for (const { frame, category, ms } of last.profile.topFunctions.slice(0, 15)) {
    console.log(`  ${(ms / last.result.ok).toFixed(3)}  ${frame}  [${category.split(':')[0]}]`);
  }

  const c1 = profiled.find((p) => p.label.includes('1 conn'))?.result ?? last.result;
  const storeMs = [...storeAtC1.values()].reduce((sum, t) => sum + t.ms, 0);
  const ops = [...storeAtC1.entries()].sort(([, a], [, b]) => b.ms - a.ms);
  console.log(`\nStore calls during the 1-connection run: ${(storeMs / c1.ok).toFixed(3)} ms of wall time per request (p50 of a request ${percentile(sorted(c1), 0.5).toFixed(2)} ms)`);
  printGrid(
    ['collection.method', 'calls/request', 'ms/request (wall, incl. queueing)'],
    ops.map(([op, t]) => [op, (t.calls / c1.ok).toFixed(2), (t.ms / c1.ok).toFixed(3)])
  );
  const warm = sorted(warmAuth);
  console.log(
    `\nOperator auth: first check of a new key ${coldAuthMs.toFixed(1)} ms (scrypt); after that p50 ${percentile(warm, 0.5).toFixed(3)} ms, p99 ${percentile(warm, 0.99).toFixed(3)} ms (${warmAuth.ok} calls: cached, no scrypt)`
  );
}

function printGrid(header: readonly string[], lines: readonly string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const format = (cells: readonly string[]): string =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
  console.log(format(header));
  console.log(`|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  for (const line of lines) console.log(format(line));
}
