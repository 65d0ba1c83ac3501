import { appendFile, chmod, open } from 'node:fs/promises';
import { AgentVcError } from '@agentvc/core';
import { listDataFiles } from './list-data-files.js';
import { FILE_MODE } from './open-datastore.js';
import { scanDataFile, type DataFileScan } from './scan-data-file.js';

type Damaged = Pick<DataFileScan, 'file' | 'corrupt'>;

const SHOWN_LINES = 5;

/**
 * Run at start, before any collection loads: refuses a data directory with any corrupt line
 * (nedb would skip it, losing a record or resurrecting its previous version), naming the file and
 * line. A torn tail — bytes after the last newline — is a write cut short by a crash; a write is
 * acknowledged only after its whole line and newline are fsynced, so no one was told it happened:
 * it is cut off (a copy kept in `<file>.torn`) and the start goes on. Every file is made 0600.
 */
export async function checkDataDir(dataDir: string): Promise<void> {
  const damaged: Damaged[] = []; // file and lines only: a file's bytes are dropped once scanned
  for (const file of await listDataFiles(dataDir)) {
    await chmod(file, FILE_MODE); // files an earlier version left 0644, used or not
    const scan = await scanDataFile(file);
    if (scan.corrupt.length > 0) damaged.push({ file: scan.file, corrupt: scan.corrupt });
    else if (scan.tornTail) await dropTornTail(scan);
  }
  if (damaged.length > 0) throw corruptError(dataDir, damaged);
}

async function dropTornTail({ file, content, intactBytes }: DataFileScan): Promise<void> {
  await appendFile(`${file}.torn`, Buffer.concat([content.subarray(intactBytes), Buffer.from('\n')]), { mode: FILE_MODE });
  const handle = await open(file, 'r+');
  try {
    await handle.truncate(intactBytes);
    await handle.datasync();
  } finally {
    await handle.close();
  }
}

function corruptError(dataDir: string, damaged: Damaged[]): AgentVcError {
  const files = damaged.map(({ file, corrupt }) => {
    const shown = corrupt.slice(0, SHOWN_LINES).map(({ line, reason }) => `line ${line} (${reason})`);
    const more = corrupt.length > SHOWN_LINES ? ` and ${corrupt.length - SHOWN_LINES} more` : '';
    return `${file}: ${shown.join(', ')}${more}`;
  });
  return new AgentVcError(
    'STORE_CORRUPT',
    `corrupt data file ${files.join('; ')}. Refusing to start rather than silently drop or roll back ` +
      `records. Inspect and repair with: npm run store:check -- ${dataDir} (see docs/running.md)`,
    { details: { corrupt: damaged.map(({ file, corrupt }) => ({ file, lines: corrupt.map(({ line }) => line) })) } }
  );
}
