// saveIdentityFile / loadIdentityFile (one test file for the pair: they are each other's oracle).
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isAgentVcError } from '@agentvc/core';
import { exportIdentity, generateIdentity, loadIdentityFile, saveIdentityFile } from '../../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'agentvc-identity-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('identity files', () => {
  it('round-trips an identity through a 0600 file, creating directories', async () => {
    const identity = await generateIdentity();
    const path = join(dir, 'nested', 'agent.json');
    await saveIdentityFile(path, identity);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const loaded = await loadIdentityFile(path);
    expect(exportIdentity(loaded)).toEqual(exportIdentity(identity));
  });

  it('refuses to overwrite unless asked, and tightens the mode when it does', async () => {
    const path = join(dir, 'kept.json');
    writeFileSync(path, '{}', { mode: 0o644 });
    await expect(saveIdentityFile(path, await generateIdentity())).rejects.toMatchObject({ code: 'EEXIST' });
    await saveIdentityFile(path, await generateIdentity(), { overwrite: true });
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('refuses a file that is not an identity without echoing its content', async () => {
    const path = join(dir, 'broken.json');
    writeFileSync(path, 'zSECRETSECRET not json');
    const error = await loadIdentityFile(path).catch((e: unknown) => e);
    expect(isAgentVcError(error, 'INVALID_IDENTITY')).toBe(true);
    expect(String((error as Error).message)).not.toContain('SECRET');
    writeFileSync(path, JSON.stringify({ ...exportIdentity(await generateIdentity()), did: (await generateIdentity()).did }));
    await expect(loadIdentityFile(path)).rejects.toMatchObject({ code: 'INVALID_IDENTITY' });
  });
});
