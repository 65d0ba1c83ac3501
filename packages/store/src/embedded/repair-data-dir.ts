import { rename, rm, writeFile } from 'node:fs/promises';
import { systemClock, type Clock } from '@agentvc/core';
import { listDataFiles } from './list-data-files.js';
import { lockDataDir } from './lock-data-dir.js';
import { FILE_MODE } from './open-datastore.js';
import { scanDataFile, type DataFileScan } from './scan-data-file.js';
import { syncDirectory, syncFile } from './sync-file.js';

export interface RepairedFile {
  file: string;
  /** The file as it was, byte for byte (mode 0600). */
  backup: string;
  /** Line numbers removed (numbers in the backup). */
  droppedLines: number[];
  /** Bytes of a torn tail removed. */
  droppedTailBytes: number;
}

/**
 * Rewrites every collection file that has corrupt lines or a torn tail without them, after copying
 * it to `<file>.<time>.bak`. Takes the data directory's lock, so it refuses while a service runs.
 * What a dropped line said is lost: a record whose latest line it was goes back to its previous
 * line (or disappears) — the report says which, so the operator can redo that change.
 */
export async function repairDataDir({ dataDir, clock = systemClock }: { dataDir: string; clock?: Clock }): Promise<RepairedFile[]> {
  const lock = await lockDataDir(dataDir);
  try {
    const stamp = clock.now().toISOString().replace(/[:.]/g, '-');
    const repaired: RepairedFile[] = [];
    for (const file of await listDataFiles(dataDir)) {
      const scan = await scanDataFile(file);
      if (scan.corrupt.length === 0 && !scan.tornTail) continue;
      const backup = `${file}.${stamp}.bak`;
      await writeDurably(backup, scan.content);
      const temporary = `${file}.repair`;
      await rm(temporary, { force: true }); // left by an interrupted repair
      await writeDurably(temporary, intactLines(scan));
      await rename(temporary, file);
      await syncDirectory(dataDir);
      repaired.push({ file, backup, droppedLines: scan.corrupt.map(({ line }) => line), droppedTailBytes: scan.tornTail?.bytes ?? 0 });
    }
    return repaired;
  } finally {
    await lock.release();
  }
}

/** The file's complete lines minus the corrupt ones, each byte as it was. */
function intactLines({ content, corrupt, intactBytes }: DataFileScan): Buffer {
  const dropped = new Set(corrupt.map(({ line }) => line));
  const kept: Buffer[] = [];
  let start = 0;
  for (let line = 1; start < intactBytes; line += 1) {
    const end = content.indexOf(0x0a, start) + 1;
    if (!dropped.has(line)) kept.push(content.subarray(start, end));
    start = end;
  }
  return Buffer.concat(kept);
}

async function writeDurably(path: string, data: Buffer): Promise<void> {
  await writeFile(path, data, { flag: 'wx', mode: FILE_MODE });
  await syncFile(path);
}
