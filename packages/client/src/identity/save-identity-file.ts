import { chmod, mkdir, open } from 'node:fs/promises';
import { dirname } from 'node:path';
import { exportIdentity, type AgentIdentity } from '@agentvc/core';

export interface SaveIdentityFileOptions {
  /** Replace an existing file. Default false: an identity is a key, losing one by accident is final. */
  overwrite?: boolean;
}

/**
 * Writes the portable (secret) form of an identity, readable by its owner only (0600). Refuses
 * to overwrite unless asked, so `agentvc identity new` cannot silently destroy a key.
 */
export async function saveIdentityFile(path: string, identity: AgentIdentity, { overwrite = false }: SaveIdentityFileOptions = {}): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const file = await open(path, overwrite ? 'w' : 'wx', 0o600);
  try {
    // the mode above applies only to a new file; an overwritten one may have been wider
    await chmod(path, 0o600);
    await file.writeFile(`${JSON.stringify(exportIdentity(identity), null, 2)}\n`, 'utf8');
  } finally {
    await file.close();
  }
}
