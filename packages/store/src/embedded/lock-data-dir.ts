import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AgentVcError } from '@agentvc/core';

export interface DataDirLock {
  release(): Promise<void>;
}

/**
 * The embedded engine is single-process: two processes appending to the same files would corrupt
 * them. A `LOCK` file holds the owner's pid; a lock whose process is gone (crashed, killed) is taken over.
 */
export async function lockDataDir(dataDir: string): Promise<DataDirLock> {
  const path = join(dataDir, 'LOCK');
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      await writeFile(path, String(process.pid), { flag: 'wx' });
      return { release: () => rm(path, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new AgentVcError('STORE_UNAVAILABLE', `cannot lock data directory ${dataDir}`, { cause: error });
      }
    }
    const owner = Number.parseInt(await readFile(path, 'utf8').catch(() => ''), 10);
    if (Number.isSafeInteger(owner) && owner > 0 && isRunning(owner)) {
      throw new AgentVcError('STORE_UNAVAILABLE', `data directory ${dataDir} is in use by process ${owner}`);
    }
    await rm(path, { force: true });
  }
  throw new AgentVcError('STORE_UNAVAILABLE', `cannot lock data directory ${dataDir}`);
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
