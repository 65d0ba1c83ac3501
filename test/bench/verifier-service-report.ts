// The verifier-service section's table and target verdicts.
import type { ServerStats, StepTiming } from './verifier-service-ipc.js';
import type { LoadResult } from './verifier-service-load.js';

export interface ServiceRow {
  name: string;
  result: LoadResult;
  server: ServerStats;
  /** Documents in the row's stored challenge collection at its end; undefined for in-memory challenges. */
  challengeDocs?: number;
}

export interface ServiceTargets {
  okPerSecond: number;
  p99Ms: number;
  errors: number;
}

const STATUSES = 11;

export function printServiceTable(rows: readonly ServiceRow[]): void {
  const header = ['', 'requests', 's', 'ok req/s', 'p50 ms', 'p99 ms', 'ok p50', 'ok p99', 'p99 after 1st', 'max ms', 'errors', 'statuses', 'service CPU %', 'ELU', 'consume ms', 'verify ms', 'challenge docs', 'load gen CPU %'];
  const lines = rows.map(({ name, result: r, server: s, challengeDocs }) => [
    name,
    String(r.requests),
    r.elapsedSeconds.toFixed(1),
    r.okPerSecond.toFixed(0),
    r.p50Ms.toFixed(1),
    r.p99Ms.toFixed(1),
    r.okP50Ms.toFixed(1),
    r.okP99Ms.toFixed(1),
    r.laterP99Ms.toFixed(1),
    r.maxMs.toFixed(0),
    errorText(r),
    Object.entries(r.statuses)
      .map(([status, count]) => `${status}×${count}`)
      .join(' '),
    s.cpuPercent.toFixed(0),
    s.eventLoopUtilization.toFixed(2),
    mean(s.consume),
    mean(s.verify),
    challengeDocs === undefined ? '–' : String(challengeDocs),
    r.loadGeneratorCpuPercent.toFixed(0)
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const format = (cells: string[]): string =>
    `| ${cells.map((c, i) => (i === 0 || i === STATUSES ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
  console.log('\nVerifier service, 100 connections (ok = 200 with "verified":true; errors = every other answer; p50/p99 over all answers, ok p50/p99 over the ok ones, p99 after 1st over all but the first answer on each connection; consume / verify ms = mean wall time per request in the challenge consume / verifyPresentation, waiting included)');
  console.log(format(header));
  console.log(`|${widths.map((w, i) => (i === 0 || i === STATUSES ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  for (const line of lines) console.log(format(line));
}

/** One verdict per target on `row`; returns whether all were met. */
export function printServiceTargets(row: ServiceRow, targets: ServiceTargets): boolean {
  const { result: r } = row;
  const checks = [
    { label: `≥ ${targets.okPerSecond} verified req/s`, met: r.okPerSecond >= targets.okPerSecond, got: `${r.okPerSecond.toFixed(0)} req/s` },
    {
      label: `p99 ≤ ${targets.p99Ms} ms (all answers and ok answers)`,
      met: Math.max(r.p99Ms, r.okP99Ms) <= targets.p99Ms,
      got: `${r.p99Ms.toFixed(1)} ms all, ${r.okP99Ms.toFixed(1)} ms ok`
    },
    { label: `${targets.errors} errors`, met: r.errors <= targets.errors, got: errorText(r) }
  ];
  console.log(`\nTargets (${row.name})`);
  for (const { label, met, got } of checks) console.log(`  ${met ? 'MET    ' : 'NOT MET'}  ${label}: ${got}`);
  if (r.firstFailure !== undefined) console.log(`  first failure: ${r.firstFailure}`);
  return checks.every((c) => c.met);
}

/** Mean wall time of a step per request (its work plus waiting for the CPU, I/O or a lock). */
function mean(timing: StepTiming): string {
  return timing.calls === 0 ? '–' : (timing.totalMs / timing.calls).toFixed(1);
}

function errorText(r: LoadResult): string {
  if (r.errors === 0) return '0';
  const parts = [`${r.errors} (${((r.errors / r.requests) * 100).toFixed(1)}%)`];
  if (r.socketErrors > 0) parts.push(`${r.socketErrors} socket`);
  if (r.timeouts > 0) parts.push(`${r.timeouts} timeouts`);
  if (r.unexpectedBodies > 0) parts.push(`${r.unexpectedBodies} not verified`);
  return parts.join(', ');
}
