// The verifier-service section's table and target verdicts.
import type { ServerStats } from './verifier-service-ipc.js';
import type { LoadResult } from './verifier-service-load.js';

export interface ServiceRow {
  name: string;
  result: LoadResult;
  server: ServerStats;
}

export interface ServiceTargets {
  okPerSecond: number;
  p99Ms: number;
  errors: number;
}

export function printServiceTable(rows: readonly ServiceRow[]): void {
  const header = ['', 'requests', 's', 'ok req/s', 'p50 ms', 'p99 ms', 'max ms', 'errors', 'statuses', 'service CPU %', 'ELU', 'load gen CPU %'];
  const lines = rows.map(({ name, result: r, server: s }) => [
    name,
    String(r.requests),
    r.elapsedSeconds.toFixed(1),
    r.okPerSecond.toFixed(0),
    r.p50Ms.toFixed(1),
    r.p99Ms.toFixed(1),
    r.maxMs.toFixed(0),
    errorText(r),
    Object.entries(r.statuses)
      .map(([status, count]) => `${status}×${count}`)
      .join(' '),
    s.cpuPercent.toFixed(0),
    s.eventLoopUtilization.toFixed(2),
    r.loadGeneratorCpuPercent.toFixed(0)
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const format = (cells: string[]): string =>
    `| ${cells.map((c, i) => (i === 0 || i === 8 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
  console.log('\nVerifier service, 100 connections (ok = 200 with "verified":true; errors = every other answer; latency over all answers)');
  console.log(format(header));
  console.log(`|${widths.map((w, i) => (i === 0 || i === 8 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  for (const line of lines) console.log(format(line));
}

/** One verdict per target on `row`; returns whether all were met. */
export function printServiceTargets(row: ServiceRow, targets: ServiceTargets): boolean {
  const { result: r } = row;
  const checks = [
    { label: `≥ ${targets.okPerSecond} verified req/s`, met: r.okPerSecond >= targets.okPerSecond, got: `${r.okPerSecond.toFixed(0)} req/s` },
    { label: `p99 ≤ ${targets.p99Ms} ms`, met: r.p99Ms <= targets.p99Ms, got: `${r.p99Ms.toFixed(1)} ms` },
    { label: `${targets.errors} errors`, met: r.errors <= targets.errors, got: errorText(r) }
  ];
  console.log(`\nTargets (${row.name})`);
  for (const { label, met, got } of checks) console.log(`  ${met ? 'MET    ' : 'NOT MET'}  ${label}: ${got}`);
  if (r.firstFailure !== undefined) console.log(`  first failure: ${r.firstFailure}`);
  return checks.every((c) => c.met);
}

function errorText(r: LoadResult): string {
  if (r.errors === 0) return '0';
  const parts = [`${r.errors} (${((r.errors / r.requests) * 100).toFixed(1)}%)`];
  if (r.socketErrors > 0) parts.push(`${r.socketErrors} socket`);
  if (r.timeouts > 0) parts.push(`${r.timeouts} timeouts`);
  if (r.unexpectedBodies > 0) parts.push(`${r.unexpectedBodies} not verified`);
  return parts.join(', ');
}
