import { createVerifier } from '@agentvc/verifier';
import { capabilityCredential, issue, payment, type Json } from '../../../test/support/sign.js';
import { codes, createWorld, type World } from './world.js';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const HOUR = 3_600_000;

describe('validity period, against the injected clock', () => {
  it('rejects an expired credential, allowing the configured skew', async () => {
    const expiry = Date.parse(world.credential.expirationDate as string);
    world.clock.set(new Date(expiry + 30_000));
    expect(codes(await world.verifier({ clockSkewSeconds: 60 }).verifyCredential(world.credential))).toEqual([]);
    world.clock.set(new Date(expiry + 61_000));
    expect(codes(await world.verifier({ clockSkewSeconds: 60 }).verifyCredential(world.credential))).toEqual(['EXPIRED']);
    expect(codes(await world.verifier({ clockSkewSeconds: 0 }).verifyCredential(world.credential))).toEqual(['EXPIRED']);
  });

  it('rejects a credential that is not yet valid', async () => {
    const issued = Date.parse(world.credential.issuanceDate as string);
    world.clock.set(new Date(issued - 2 * HOUR));
    expect(codes(await world.verifier().verifyCredential(world.credential))).toEqual(['NOT_YET_VALID']);
    world.clock.set(new Date(issued - 30_000));
    expect(codes(await world.verifier({ clockSkewSeconds: 60 }).verifyCredential(world.credential))).toEqual([]);
  });

  it('checks VC 2.0 validFrom / validUntil too', async () => {
    world.clock.set(new Date());
    const credential = {
      ...capabilityCredential({ issuer: world.issuer.did, subject: world.agent.did, capabilities: [payment('1')] }),
      '@context': ['https://www.w3.org/ns/credentials/v2', 'https://agentvc.dev/contexts/v1']
    } as Json;
    delete credential.issuanceDate;
    delete credential.expirationDate;
    credential.validFrom = new Date(Date.now() + 2 * HOUR).toISOString();
    credential.validUntil = new Date(Date.now() - 2 * HOUR).toISOString();
    const result = await world.verifier().verifyCredential({ ...credential, proof: { type: 'Ed25519Signature2020', proofPurpose: 'assertionMethod', verificationMethod: world.issuer.keyId, proofValue: 'z1' } });
    expect(codes(result).sort()).toEqual(['EXPIRED', 'NOT_YET_VALID']);
  });
});

describe('issuer trust', () => {
  it('rejects an issuer that is not trusted', async () => {
    const result = await createVerifier({ trustedIssuers: ['did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK'], fetchStatusList: world.statusLists.fetch }).verifyCredential(world.credential);
    expect(codes(result)).toEqual(['UNTRUSTED_ISSUER']);
    expect(result.issuers).toEqual([]);
    expect(result.capabilities).toEqual([]);
  });

  it('rejects everything when no issuer is trusted, with its own code', async () => {
    expect(codes(await createVerifier({ trustedIssuers: [] }).verifyCredential(world.credential))).toEqual(['NO_TRUSTED_ISSUERS']);
  });

  it('accepts issuer objects with an id', async () => {
    const credential = await issue(world.issuer, {
      ...capabilityCredential({ issuer: world.issuer.did, subject: world.agent.did, capabilities: [payment('1')] }),
      issuer: { id: world.issuer.did }
    });
    expect(codes(await world.verifier().verifyCredential(credential))).toEqual([]);
  });
});
