import { readFileSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { AgentVcError } from '@agentvc/core';

export interface DataDirLock {
  release(): Promise<void>;
}

/** Directories this process holds: a recorded pid equal to ours is ours only if listed here. */
const held = new Set<string>();

/**
 * The embedded engine is single-process: two processes appending to the same files would corrupt
 * them. A `LOCK` file records the owner's pid and process start time; a lock whose process is
 * gone (crashed, killed) is taken over. The start time tells a live owner from an unrelated
 * process that reuses its pid — the usual case in a container, where every restart is pid 1.
 */
export async function lockDataDir(dataDir: string): Promise<DataDirLock> {
  const path = join(resolve(dataDir), 'LOCK');
  if (held.has(path)) throw new AgentVcError('STORE_UNAVAILABLE', `data directory ${dataDir} is already open in this process`);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      await writeFile(path, `${process.pid} ${startTime(process.pid) ?? ''}`.trim(), { flag: 'wx', mode: 0o600 });
      held.add(path);
      return {
        release: async () => {
          held.delete(path);
          await rm(path, { force: true });
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new AgentVcError('STORE_UNAVAILABLE', `cannot lock data directory ${dataDir}`, { cause: error });
      }
    }
    const [pid, started] = (await readFile(path, 'utf8').catch(() => '')).trim().split(/\s+/);
    const owner = Number.parseInt(pid ?? '', 10);
    if (Number.isSafeInteger(owner) && owner > 0 && isOwnerAlive(owner, started)) {
      throw new AgentVcError('STORE_UNAVAILABLE', `data directory ${dataDir} is in use by process ${owner}`);
    }
    await rm(path, { force: true });
  }
  throw new AgentVcError('STORE_UNAVAILABLE', `cannot lock data directory ${dataDir}`);
}

function isOwnerAlive(pid: number, recordedStart: string | undefined): boolean {
  // our own pid: a previous process that had it (we would be in `held` otherwise)
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const current = startTime(pid);
  // without /proc (not Linux) a live pid is taken as the owner: refusing is the safe side
  return recordedStart === undefined || current === undefined || current === recordedStart;
}

/** Field 22 of /proc/<pid>/stat: the process start time in clock ticks since boot (Linux). */
function startTime(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // the command name (field 2) may contain spaces; fields after its closing paren are plain
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}
