// The printed table, the ratios to the plain baselines, and the target verdicts.
import type { Measurement } from './measure.js';

export interface TableRow {
  measurement: Measurement;
  /** The plain figure this row is compared against (its "× plain" column). */
  baseline?: Measurement;
  /** A second comparison, against plain with the same presentation proof suite. */
  sameSuite?: Measurement;
}

export interface Target {
  label: string;
  row: Measurement;
  baseline: Measurement;
  atLeast: number;
}

const ratio = (row: Measurement, baseline: Measurement | undefined): string =>
  baseline ? `${(row.opsPerSecond / baseline.opsPerSecond).toFixed(1)}×` : '';
/** The same comparison on medians: less sensitive to other processes taking the core. */
const p50Ratio = (row: Measurement, baseline: Measurement | undefined): string =>
  baseline ? `${(baseline.p50Ms / row.p50Ms).toFixed(1)}×` : '';

export function printTable(title: string, rows: readonly TableRow[]): void {
  const header = ['', 'ops/s', 'p50 ms', 'p99 ms', '× plain (ops/s)', '× plain (p50)', '× same-suite plain (ops/s)'];
  const lines = rows.map(({ measurement: m, baseline, sameSuite }) => [
    m.name,
    m.opsPerSecond.toFixed(0),
    m.p50Ms.toFixed(3),
    m.p99Ms.toFixed(3),
    ratio(m, baseline),
    p50Ratio(m, baseline),
    sameSuite && sameSuite !== baseline ? ratio(m, sameSuite) : ''
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const format = (cells: string[]): string =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
  console.log(`\n${title}`);
  console.log(format(header));
  console.log(`|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  for (const line of lines) console.log(format(line));
}

/** Prints one verdict per target; returns whether all were met. */
export function printTargets(targets: readonly Target[]): boolean {
  console.log('\nTargets');
  let allMet = true;
  for (const { label, row, baseline, atLeast } of targets) {
    const achieved = row.opsPerSecond / baseline.opsPerSecond;
    const met = achieved >= atLeast;
    allMet &&= met;
    const onMedians = (baseline.p50Ms / row.p50Ms).toFixed(1);
    console.log(`  ${met ? 'MET    ' : 'NOT MET'}  ${label}: ${achieved.toFixed(1)}× ops/s (${onMedians}× on p50; target ≥ ${atLeast}×)`);
  }
  return allMet;
}
