import { createVerifier } from '@agentvc/verifier';
import type { Json } from '../../../test/support/sign.js';
import { CHALLENGE, codes, createWorld, DOMAIN, type World } from './world.js';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const without = (document: Json, field: string): Json => {
  const copy = structuredClone(document);
  delete copy[field];
  return copy;
};

describe('malformed input never throws and gets a code', () => {
  it.each([null, undefined, 42, 'a credential', [], {}, { '@context': 'https://www.w3.org/2018/credentials/v1' }])(
    'credential %p',
    async (input) => {
      const result = await createVerifier({ trustedIssuers: ['did:example:1'] }).verifyCredential(input);
      expect(result.verified).toBe(false);
      expect(codes(result).every((c) => c === 'MALFORMED_CREDENTIAL')).toBe(true);
      expect(result.problems.length).toBeGreaterThan(0);
    }
  );

  it.each(['@context', 'type', 'issuer', 'credentialSubject', 'proof'])('credential without %s', async (field) => {
    const result = await world.verifier().verifyCredential(without(world.credential, field));
    expect(codes(result)).toContain('MALFORMED_CREDENTIAL');
    expect(result.problems.some((p) => p.path?.startsWith(field))).toBe(true);
  });

  it.each([
    ['issuer', 42],
    ['type', {}],
    ['type', []],
    ['issuanceDate', 'yesterday'],
    ['credentialSubject', 'did:key:z6Mk'],
    ['proof', 'signed'],
    ['@context', 'https://www.w3.org/2018/credentials/v1']
  ])('credential with %s of the wrong JSON type', async (field, value) => {
    const result = await world.verifier().verifyCredential({ ...world.credential, [field]: value });
    expect(codes(result)).toContain('MALFORMED_CREDENTIAL');
  });

  it('refuses huge arrays and oversized documents before any cryptography', async () => {
    const manyTypes = { ...world.credential, type: Array.from({ length: 10_000 }, () => 'VerifiableCredential') };
    expect(codes(await world.verifier().verifyCredential(manyTypes))).toEqual(['DOCUMENT_TOO_LARGE']);
    const fewTooMany = { ...world.credential, type: Array.from({ length: 17 }, () => 'VerifiableCredential') };
    expect(codes(await world.verifier().verifyCredential(fewTooMany))).toEqual(['MALFORMED_CREDENTIAL']);
    const bigSubject = { ...world.credential, credentialSubject: { id: world.agent.did, note: 'x'.repeat(70_000) } };
    expect(codes(await world.verifier().verifyCredential(bigSubject))).toEqual(['DOCUMENT_TOO_LARGE']);
    const cyclic: Json = { ...world.credential };
    cyclic.self = cyclic;
    expect(codes(await world.verifier().verifyCredential(cyclic))).toEqual(['MALFORMED_CREDENTIAL']);
  });

  it('refuses presentations that are not presentations', async () => {
    const options = { challenge: CHALLENGE, domain: DOMAIN };
    for (const input of [null, 'vp', {}, { '@context': ['https://www.w3.org/2018/credentials/v1'], type: 'VerifiablePresentation' }]) {
      const result = await world.verifier().verifyPresentation(input, options);
      expect(result.verified).toBe(false);
      expect(codes(result)).toContain('MALFORMED_PRESENTATION');
    }
    const tooMany = {
      '@context': ['https://www.w3.org/2018/credentials/v1'],
      type: 'VerifiablePresentation',
      verifiableCredential: Array.from({ length: 17 }, () => world.credential),
      proof: { type: 'Ed25519Signature2020', proofPurpose: 'authentication', verificationMethod: `${world.agent.keyId}`, proofValue: 'z1' }
    };
    expect(codes(await world.verifier().verifyPresentation(tooMany, options))).toEqual(expect.arrayContaining(['MALFORMED_PRESENTATION']));
  });

  it('throws only for caller mistakes, with INVALID_OPTIONS', async () => {
    expect(() => createVerifier({} as never)).toThrow(expect.objectContaining({ code: 'INVALID_OPTIONS' }));
    expect(() => createVerifier({ trustedIssuers: [], credentialSuites: ['RsaSignature2018' as never] })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTIONS' })
    );
    expect(() => createVerifier({ trustedIssuers: [], statusCacheSeconds: -1 })).toThrow(/statusCacheSeconds/);
    expect(() => createVerifier({ trustedIssuers: [], clock: {} as never })).toThrow(expect.objectContaining({ code: 'INVALID_OPTIONS' }));
    await expect(
      world.verifier().verifyCredential(world.credential, { capability: { type: 'PaymentAuthorization', amount: { value: 1, currency: 'usd' } } as never })
    ).rejects.toMatchObject({ code: 'INVALID_OPTIONS' });
    await expect(
      world.verifier().verifyCredential(world.credential, { capability: { type: 'PaymentAuthorization', amount: { value: 0.0000001, currency: 'USD' } } })
    ).rejects.toMatchObject({ code: 'INVALID_OPTIONS' });
  });

  it('refuses an option it does not know, naming it and the accepted ones', () => {
    const typo = () => createVerifier({ trustedIssuers: [], maxDocumentByte: 1024 } as never);
    expect(typo).toThrow(expect.objectContaining({ code: 'INVALID_OPTIONS', details: expect.objectContaining({ unknown: ['maxDocumentByte'] }) }));
    expect(typo).toThrow(/maxDocumentByte.*accepts trustedIssuers, fetchStatusList, clock,/);
    expect(() => createVerifier({ trustedIssuers: [], statusCacheSecs: 5, workerz: 0 } as never)).toThrow(/options statusCacheSecs, workerz;/);
    // every documented option is accepted, an explicit undefined included
    expect(() =>
      createVerifier({
        trustedIssuers: [world.issuer.did],
        fetchStatusList: undefined,
        clock: world.clock,
        clockSkewSeconds: 0,
        statusCacheSeconds: 0,
        credentialSuites: ['Ed25519Signature2020'],
        presentationSuites: ['eddsa-jcs-2022'],
        credentialCacheSize: 0,
        workers: 0,
        jobTimeoutMs: 1000
      })
    ).not.toThrow();
  });
});
