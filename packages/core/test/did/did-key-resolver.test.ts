import { createDidKeyResolver, generateIdentity, type DidDocument } from '@agentvc/core';

describe('createDidKeyResolver', () => {
  it('presents key-did-resolver methods as Ed25519VerificationKey2020 with the same key', async () => {
    const identity = await generateIdentity();
    const resolver = createDidKeyResolver();
    const document = (await resolver.resolve(identity.did)) as DidDocument;
    expect(document['@context']).toEqual(['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/suites/ed25519-2020/v1']);
    expect(document.verificationMethod).toEqual([
      { id: identity.keyId, type: 'Ed25519VerificationKey2020', controller: identity.did, publicKeyMultibase: identity.publicKeyMultibase }
    ]);
    expect(document.assertionMethod).toEqual([identity.keyId]);
    expect(document.authentication).toEqual([identity.keyId]);
    expect(document).not.toHaveProperty('keyAgreement');
  });

  it('memoizes documents and hands out copies that cannot poison the cache', async () => {
    const identity = await generateIdentity();
    const resolver = createDidKeyResolver();
    const first = (await resolver.resolve(identity.did)) as DidDocument;
    first.assertionMethod.push('did:key:attacker#key');
    const second = (await resolver.resolve(identity.did)) as DidDocument;
    expect(second.assertionMethod).toEqual([identity.keyId]);
  });

  it('evicts beyond the cache size and still resolves', async () => {
    const resolver = createDidKeyResolver({ cacheSize: 1 });
    const [a, b] = [await generateIdentity(), await generateIdentity()];
    await resolver.resolve(a.did);
    await resolver.resolve(b.did);
    expect(await resolver.resolve(a.did)).toMatchObject({ id: a.did });
  });

  it('refuses other DID methods, non-Ed25519 keys and unknown fragments with codes', async () => {
    const resolver = createDidKeyResolver();
    const { did } = await generateIdentity();
    await expect(resolver.resolve('did:web:shop.example')).rejects.toMatchObject({ code: 'DID_UNSUPPORTED' });
    // a secp256k1 did:key
    await expect(resolver.resolve('did:key:zQ3shokFTS3brHcDQrn82RUDfCZESWL1ZdCEJwekUDPQiYBme')).rejects.toMatchObject({
      code: 'DID_UNSUPPORTED'
    });
    await expect(resolver.resolve(`${did}#other`)).rejects.toMatchObject({ code: 'DID_UNRESOLVABLE' });
    await expect(resolver.resolve('did:key:z6MkNOTBASE58000000000000000000000000000000000')).rejects.toMatchObject({
      code: 'DID_UNSUPPORTED'
    });
  });
});
