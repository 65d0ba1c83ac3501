import { verify } from 'node:crypto';
import { inspect } from 'node:util';
import { createSigner, exportIdentity, generateIdentity, importIdentity } from '@agentvc/core';

describe('agent identity', () => {
  it('round-trips through export and import', async () => {
    const identity = await generateIdentity();
    const exported = exportIdentity(identity);
    expect(exported.did).toBe(identity.did);
    const imported = await importIdentity(JSON.parse(JSON.stringify(exported)));
    expect(imported.did).toBe(identity.did);
    expect(imported.keyId).toBe(`${identity.did}#${identity.did.slice('did:key:'.length)}`);
    const data = Buffer.from('hello');
    const signature = await createSigner(imported).sign({ data });
    expect(verify(null, data, identity.publicKey, signature)).toBe(true);
  });

  it('never prints private material', async () => {
    const identity = await generateIdentity();
    const secret = exportIdentity(identity).privateKeyMultibase;
    expect(JSON.stringify(identity)).not.toContain(secret);
    expect(JSON.stringify(identity)).toContain(identity.did);
    expect(inspect(identity, { showHidden: true, depth: 5 })).not.toContain(secret);
    expect(Object.keys(identity)).toEqual(['did', 'keyId', 'publicKeyMultibase']);
  });

  it('refuses a private key that is not the public key’s, without echoing it', async () => {
    const [a, b] = [exportIdentity(await generateIdentity()), exportIdentity(await generateIdentity())];
    const mixed = { ...a, privateKeyMultibase: b.privateKeyMultibase };
    const error = await importIdentity(mixed).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'INVALID_IDENTITY' });
    expect(String((error as Error).message)).not.toContain(b.privateKeyMultibase);
  });

  it('refuses a DID that is not the key’s', async () => {
    const [a, b] = [exportIdentity(await generateIdentity()), exportIdentity(await generateIdentity())];
    await expect(importIdentity({ ...a, did: b.did, keyId: b.keyId })).rejects.toMatchObject({ code: 'INVALID_IDENTITY' });
  });

  it.each([null, 'x', {}, { type: 'AgentIdentity', version: 2 }, { extra: true }])('refuses malformed input %p', async (input) => {
    await expect(importIdentity(input)).rejects.toMatchObject({ code: 'INVALID_IDENTITY' });
  });
});
