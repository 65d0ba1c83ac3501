import type { CapabilityRequirement } from '@agentvc/core';
import { capabilityCredential, issue, present, type Json } from '../../../test/support/sign.js';
import { CHALLENGE, codes, createWorld, DOMAIN, type World } from './world.js';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const pay = (value: number | string, currency = 'USD', merchant: string | null = 'shop.example'): CapabilityRequirement => ({
  type: 'PaymentAuthorization',
  amount: { value, currency },
  ...(merchant === null ? {} : { merchant })
});

describe('capability requirements', () => {
  it('grants a payment within the limit at an allowed merchant', async () => {
    const result = await world.verifier().verifyCredential(world.credential, { capability: pay(20) });
    expect(codes(result)).toEqual([]);
    expect(result.grantedBy).toMatchObject({ issuer: world.issuer.did, credentialId: world.credential.id, capability: { type: 'PaymentAuthorization' } });
    expect(codes(await world.verifier().verifyCredential(world.credential, { capability: pay('50.00') }))).toEqual([]);
    expect(codes(await world.verifier().verifyCredential(world.credential, { capability: pay(20, 'USD', 'SHOP.example') }))).toEqual([]);
    expect(codes(await world.verifier().verifyCredential(world.credential, { capability: pay(20, 'USD', 'did:web:shop.example') }))).toEqual([]);
  });

  it.each([
    ['over the limit', pay(80), 'CAPABILITY_AMOUNT_EXCEEDED'],
    ['over the limit by a cent', pay('50.01'), 'CAPABILITY_AMOUNT_EXCEEDED'],
    ['wrong currency', pay(20, 'EUR'), 'CAPABILITY_CURRENCY_MISMATCH'],
    ['merchant not allowed', pay(20, 'USD', 'other.example'), 'CAPABILITY_MERCHANT_NOT_ALLOWED'],
    ['subdomain of an allowed merchant', pay(20, 'USD', 'evil.shop.example'), 'CAPABILITY_MERCHANT_NOT_ALLOWED'],
    ['no merchant named', pay(20, 'USD', null), 'CAPABILITY_MERCHANT_NOT_ALLOWED'],
    ['a capability never granted', { type: 'ActionAuthorization', action: 'restart', resource: 'service:x' } as CapabilityRequirement, 'CAPABILITY_NOT_GRANTED']
  ])('refuses %s', async (_name, requirement, code) => {
    const result = await world.verifier().verifyCredential(world.credential, { capability: requirement });
    expect(result.verified).toBe(false);
    expect(codes(result)).toEqual([code]);
    expect(result.grantedBy).toBeUndefined();
  });

  it('fails closed on an unknown capability type or constraint field', async () => {
    const unknownType = structuredClone(world.credential);
    ((unknownType.credentialSubject as Json).capability as Json[]).push({ type: 'TeleportAuthorization', anywhere: true });
    const result = await world.verifier().verifyCredential(unknownType);
    expect(codes(result)).toEqual(['CAPABILITY_UNKNOWN_TYPE']);
    expect(result.capabilities).toEqual([]);
    const unknownField = structuredClone(world.credential);
    (((unknownField.credentialSubject as Json).capability as Json[])[0] as Json).dailyLimitIgnored = '1';
    expect(codes(await world.verifier().verifyCredential(unknownField))).toEqual(['CAPABILITY_MALFORMED']);
  });

  it('evaluates action capabilities with resource patterns', async () => {
    const credential = await issue(
      world.issuer,
      capabilityCredential({
        issuer: world.issuer.did,
        subject: world.agent.did,
        capabilities: [
          { type: 'ActionAuthorization', action: 'restart', resource: 'service:payments/*' },
          { type: 'ActionAuthorization', action: 'read', resource: 'logs/**' }
        ]
      })
    );
    const verifier = world.verifier();
    const check = async (action: string, resource: string) =>
      codes(await verifier.verifyCredential(credential, { capability: { type: 'ActionAuthorization', action, resource } }));
    expect(await check('restart', 'service:payments/api')).toEqual([]);
    expect(await check('restart', 'service:payments/api/extra')).toEqual(['CAPABILITY_RESOURCE_NOT_ALLOWED']);
    expect(await check('restart', 'service:paymentsX/api')).toEqual(['CAPABILITY_RESOURCE_NOT_ALLOWED']);
    expect(await check('read', 'logs/a/b/c')).toEqual([]);
    expect(await check('delete', 'logs/a')).toEqual(['CAPABILITY_ACTION_NOT_ALLOWED']);
  });

  it('answers for a presentation: some verified credential must grant it', async () => {
    const presentation = await present({ holder: world.agent, credentials: [world.credential], challenge: CHALLENGE, domain: DOMAIN, suite: 'eddsa-jcs-2022' });
    const options = { challenge: CHALLENGE, domain: DOMAIN };
    const ok = await world.verifier().verifyPresentation(presentation, { ...options, capability: pay(20) });
    expect(ok).toMatchObject({ verified: true, holder: world.agent.did, issuers: [world.issuer.did] });
    const tooMuch = await world.verifier().verifyPresentation(presentation, { ...options, capability: pay(80) });
    expect(codes(tooMuch)).toEqual(['CAPABILITY_AMOUNT_EXCEEDED']);
    const none = await present({ holder: world.agent, credentials: [], challenge: CHALLENGE, domain: DOMAIN });
    expect(codes(await world.verifier().verifyPresentation(none, { ...options, capability: pay(1) }))).toEqual(['CAPABILITY_NOT_GRANTED']);
  });

  it('takes an amount as a decimal string or an exact number, and compares them the same', async () => {
    const verifier = world.verifier();
    for (const value of [50, '50', '50.000000', 49.99, '49.99', 0, '0']) {
      expect(codes(await verifier.verifyCredential(world.credential, { capability: pay(value) }))).toEqual([]);
    }
    for (const value of [50.01, '50.01', 50.000001, '50.000001', 1e15 - 1]) {
      expect(codes(await verifier.verifyCredential(world.credential, { capability: pay(value) }))).toEqual(['CAPABILITY_AMOUNT_EXCEEDED']);
    }
  });

  it.each([['1e3'], ['-1'], [-1], [Number.NaN], [Number.POSITIVE_INFINITY], ['1234567890123456'], [1e21], [123456789012345.6], [0.0000001], ['0.0000001']])(
    'refuses the required amount %p as a caller mistake (INVALID_OPTIONS naming amount.value)',
    async (value) => {
      await expect(world.verifier().verifyCredential(world.credential, { capability: pay(value as never) })).rejects.toMatchObject({
        code: 'INVALID_OPTIONS',
        message: expect.stringMatching(/amount\.value .*a non-negative decimal string with at most 15 integer digits and 6 decimal places/)
      });
    }
  );

  it('refuses a credential whose maxAmount is a number (signed data carries decimal strings only)', async () => {
    const credential = await issue(
      world.issuer,
      capabilityCredential({ issuer: world.issuer.did, subject: world.agent.did, capabilities: [{ type: 'PaymentAuthorization', maxAmount: { value: 50, currency: 'USD' } }] as never })
    );
    const result = await world.verifier().verifyCredential(credential, { capability: pay(20) });
    expect(codes(result)).toEqual(['CAPABILITY_MALFORMED']);
    expect(result.problems[0]?.message).toMatch(/maxAmount\.value/);
  });
});
