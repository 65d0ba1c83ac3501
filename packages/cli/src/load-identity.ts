import { stat } from 'node:fs/promises';
import { loadIdentityFile, type AgentIdentity } from '@agentvc/client';
import { CliError } from './cli-error.js';

/** Loads the identity file; warns (like ssh) when others may read the key. */
export async function loadIdentity(path: string, warn: (text: string) => void): Promise<AgentIdentity> {
  let mode: number;
  try {
    mode = (await stat(path)).mode;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new CliError('IDENTITY_NOT_FOUND', `no identity file at ${path}; create one with "agentvc identity new"`);
    }
    throw error;
  }
  if ((mode & 0o077) !== 0) warn(`warning: ${path} is readable by others (mode ${(mode & 0o777).toString(8)}); run chmod 600 ${path}`);
  return loadIdentityFile(path);
}
