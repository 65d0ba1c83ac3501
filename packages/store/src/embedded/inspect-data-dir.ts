import { listDataFiles } from './list-data-files.js';
import { scanDataFile, type DataFileScan } from './scan-data-file.js';

/** What the operator is shown about one collection file. */
export type DataFileReport = Omit<DataFileScan, 'content' | 'intactBytes'>;

/**
 * Reads every collection file of an embedded data directory and reports its corrupt lines and any
 * torn tail. Read-only: it may run beside a live store (whose latest append may then look torn).
 */
export async function inspectDataDir(dataDir: string): Promise<DataFileReport[]> {
  const reports: DataFileReport[] = [];
  for (const file of await listDataFiles(dataDir)) {
    const { content: _content, intactBytes: _intact, ...report } = await scanDataFile(file);
    reports.push(report);
  }
  return reports;
}
