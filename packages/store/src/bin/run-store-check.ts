import { basename } from 'node:path';
import type { Clock } from '@agentvc/core';
import { inspectDataDir, type DataFileReport } from '../embedded/inspect-data-dir.js';
import { repairDataDir } from '../embedded/repair-data-dir.js';

export interface StoreCheckIo {
  args: readonly string[];
  out: (line: string) => void;
  clock?: Clock;
}

const USAGE = 'usage: npm run store:check -- <dataDir> [--repair]   (e.g. ./data/issuer)';

/**
 * `store:check`: lists the corrupt lines and torn tails of an embedded data directory; with
 * `--repair` (services stopped) rewrites the damaged files without them, keeping backups.
 * Returns the exit code: 0 clean or repaired, 1 corrupt lines found, 2 usage or I/O error.
 */
export async function runStoreCheck({ args, out, clock }: StoreCheckIo): Promise<number> {
  const repair = args.includes('--repair');
  const [dataDir, ...rest] = args.filter((arg) => arg !== '--repair');
  if (dataDir === undefined || dataDir.startsWith('-') || rest.length > 0) {
    out(USAGE);
    return 2;
  }
  let reports: DataFileReport[];
  try {
    reports = await inspectDataDir(dataDir);
  } catch (error) {
    out(`cannot read ${dataDir}: ${(error as Error).message}`);
    return 2;
  }
  if (reports.length === 0) out(`no collection files (*.db) in ${dataDir}`);
  for (const report of reports) describe(report, out);
  const damaged = reports.filter((report) => report.corrupt.length > 0 || report.tornTail);
  if (!repair) {
    if (reports.some((report) => report.corrupt.length > 0)) {
      out(`corrupt lines found: stop the service, then run again with --repair (backups are kept)`);
      return 1;
    }
    return 0;
  }
  if (damaged.length === 0) return 0;
  try {
    for (const done of await repairDataDir(clock === undefined ? { dataDir } : { dataDir, clock })) {
      const dropped = done.droppedLines.length > 0 ? `dropped line(s) ${done.droppedLines.join(', ')}` : 'dropped no line';
      const tail = done.droppedTailBytes > 0 ? ` and a torn tail of ${done.droppedTailBytes} bytes` : '';
      out(`repaired ${basename(done.file)}: ${dropped}${tail}; the original is in ${done.backup}`);
    }
  } catch (error) {
    out(`repair failed: ${(error as Error).message}`);
    return 2;
  }
  return 0;
}

function describe({ file, lines, corrupt, tornTail }: DataFileReport, out: (line: string) => void): void {
  const name = basename(file);
  if (corrupt.length === 0 && !tornTail) return out(`ok       ${name} (${lines} lines)`);
  if (corrupt.length > 0) out(`CORRUPT  ${name} (${lines} lines, ${corrupt.length} corrupt)`);
  else out(`torn     ${name} (${lines} lines)`);
  for (const { line, reason, excerpt, id, supersededBy } of corrupt) {
    out(`  line ${line}: ${reason}: ${JSON.stringify(excerpt)}`);
    if (id === undefined) out(`    record unknown: if this was the latest line of a record, dropping it rolls that record back`);
    else if (supersededBy !== undefined) out(`    record ${JSON.stringify(id)}: a later line (${supersededBy}) replaces it; dropping it loses nothing`);
    else out(`    record ${JSON.stringify(id)}: this was its latest line; dropping it rolls the record back to its previous line (or removes it) — check it and redo the change`);
  }
  if (tornTail) {
    out(`  after line ${lines}: a torn tail of ${tornTail.bytes} bytes (a write cut short by a crash, never acknowledged; the next start drops it)`);
  }
}
