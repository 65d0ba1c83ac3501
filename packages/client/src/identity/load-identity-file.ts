import { readFile } from 'node:fs/promises';
import { AgentVcError, importIdentity, type AgentIdentity } from '@agentvc/core';

/**
 * Reads a file written by `saveIdentityFile` (or `agentvc identity export`) and imports it, which
 * checks the DID, key id and key pair belong together. Malformed content → INVALID_IDENTITY.
 */
export async function loadIdentityFile(path: string): Promise<AgentIdentity> {
  const text = await readFile(path, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // no cause: JSON.parse messages quote the content, and the content is a private key
    throw new AgentVcError('INVALID_IDENTITY', `${path} is not JSON`);
  }
  return importIdentity(json);
}
