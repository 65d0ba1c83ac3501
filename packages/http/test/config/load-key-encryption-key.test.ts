import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadKeyEncryptionKey } from '@agentvc/http';

const dir = () => mkdtempSync(join(tmpdir(), 'agentvc-kek-'));

describe('loadKeyEncryptionKey', () => {
  it('creates a 0600 key file once and reads the same key back', () => {
    const dataDir = join(dir(), 'nested');
    const first = loadKeyEncryptionKey({ dataDir, mongodb: false });
    expect(first.created).toBe(true);
    expect(first.key).toHaveLength(32);
    expect(statSync(join(dataDir, 'kek.key')).mode & 0o777).toBe(0o600);
    const second = loadKeyEncryptionKey({ dataDir, mongodb: false });
    expect(second).toEqual({ key: first.key, created: false });
  });

  it('tightens a key file that others can read', () => {
    const dataDir = dir();
    loadKeyEncryptionKey({ dataDir, mongodb: false });
    chmodSync(join(dataDir, 'kek.key'), 0o644);
    loadKeyEncryptionKey({ dataDir, mongodb: false });
    expect(statSync(join(dataDir, 'kek.key')).mode & 0o777).toBe(0o600);
  });

  it('takes a configured key (base64 or base64url) and refuses a wrong length', () => {
    const key = randomBytes(32);
    expect(loadKeyEncryptionKey({ configured: key.toString('base64'), dataDir: dir(), mongodb: true }).key).toEqual(key);
    expect(loadKeyEncryptionKey({ configured: key.toString('base64url'), dataDir: dir(), mongodb: true }).key).toEqual(key);
    expect(() => loadKeyEncryptionKey({ configured: randomBytes(16).toString('base64'), dataDir: dir(), mongodb: false })).toThrow(/32 bytes/);
  });

  it('requires a configured key with MongoDB, and refuses a damaged key file', () => {
    expect(() => loadKeyEncryptionKey({ dataDir: dir(), mongodb: true })).toThrow(/AGENTVC_KEK is required/);
    const dataDir = dir();
    writeFileSync(join(dataDir, 'kek.key'), 'short', { mode: 0o600 });
    expect(() => loadKeyEncryptionKey({ dataDir, mongodb: false })).toThrow(/32-byte/);
  });
});
