import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The key-encryption key: from configuration when given (required with MongoDB, where the data
 * directory is not the place for it), else a key file in the data directory, created once with
 * 0600 permissions. Returns whether it was created, so main can say so.
 */
export function loadKeyEncryptionKey({ configured, dataDir, mongodb }: { configured?: string; dataDir: string; mongodb: boolean }): { key: Buffer; created: boolean } {
  if (configured) {
    // Node's base64 decoder accepts the url-safe alphabet too
    const key = Buffer.from(configured, 'base64');
    if (key.length !== 32) throw new Error('AGENTVC_KEK must be 32 bytes, base64 or base64url encoded');
    return { key, created: false };
  }
  if (mongodb) throw new Error('AGENTVC_KEK is required when MONGODB_URL is set');
  const path = join(dataDir, 'kek.key');
  try {
    const mode = statSync(path).mode & 0o777;
    if (mode & 0o077) chmodSync(path, 0o600);
    const key = Buffer.from(readFileSync(path, 'utf8').trim(), 'base64url');
    if (key.length !== 32) throw new Error(`${path} does not hold a 32-byte key`);
    return { key, created: false };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const key = randomBytes(32);
  // 'wx': never overwrite a key another process just wrote
  writeFileSync(path, `${key.toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
  return { key, created: true };
}
