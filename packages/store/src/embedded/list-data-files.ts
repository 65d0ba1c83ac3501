import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

// `<collection>.db`, as checkCollectionName allows; compaction copies (`~`) and backups are not.
const DATA_FILE = /^[a-z][a-z0-9_-]{0,63}\.db$/;

/** The collection files in a data directory (regular files only), sorted by name. */
export async function listDataFiles(dataDir: string): Promise<string[]> {
  const entries = await readdir(dataDir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && DATA_FILE.test(entry.name))
    .map((entry) => join(dataDir, entry.name))
    .sort();
}
