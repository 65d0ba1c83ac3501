import { z } from 'zod';
import { capabilitySchema, loose, verificationResultSchema } from '@agentvc/core';

describe('loose, the client reading of a contract schema', () => {
  it('keeps members and enum values a newer service adds', () => {
    const parsed = loose(verificationResultSchema).parse({
      verified: false,
      problems: [{ code: 'A_CODE_FROM_LATER', message: 'm', scope: 'credential', hint: 'h' }],
      issuers: [],
      capabilities: [],
      signedAt: 'x'
    });
    expect(parsed).toMatchObject({ signedAt: 'x', problems: [{ code: 'A_CODE_FROM_LATER', hint: 'h' }] });
  });

  it('still refuses what breaks the contract, and fills what older services left out', () => {
    expect(loose(verificationResultSchema).safeParse({ verified: 'yes', problems: [] }).success).toBe(false);
    expect(loose(verificationResultSchema).parse({ verified: false, problems: [{ code: 'EXPIRED', message: 'm' }] })).toEqual({
      verified: false,
      problems: [{ code: 'EXPIRED', message: 'm', scope: 'presentation' }],
      issuers: [],
      capabilities: []
    });
  });

  it('reads a strict request-style object loosely', () => {
    expect(loose(z.strictObject({ a: z.enum(['x']) })).parse({ a: 'y', b: 1 })).toEqual({ a: 'y', b: 1 });
  });
});

describe('loose on a discriminated union (capabilities)', () => {
  const payment = { type: 'PaymentAuthorization', maxAmount: { value: '10', currency: 'USD' } };

  it('keeps a variant the SDK does not know, as an object', () => {
    const later = { type: 'DataAccessAuthorization', datasets: ['a'] };
    expect(loose(capabilitySchema).parse(later)).toEqual(later);
  });

  it('reads a known variant loosely (members added later kept)', () => {
    expect(loose(capabilitySchema).parse({ ...payment, note: 'n' })).toEqual({ ...payment, note: 'n' });
  });

  it('refuses a known variant that is malformed, and an object without the discriminator', () => {
    expect(loose(capabilitySchema).safeParse({ type: 'PaymentAuthorization', maxAmount: { value: 10, currency: 'USD' } }).success).toBe(false);
    expect(loose(capabilitySchema).safeParse({ type: 'PaymentAuthorization' }).success).toBe(false);
    expect(loose(capabilitySchema).safeParse({ maxAmount: payment.maxAmount }).success).toBe(false);
  });

  it('never loosens the discriminator of a known variant', () => {
    const tagged = z.discriminatedUnion('kind', [z.object({ kind: z.enum(['a', 'b']), n: z.number() })]);
    expect(loose(tagged).safeParse({ kind: 'a', n: 'x' }).success).toBe(false);
    expect(loose(tagged).parse({ kind: 'c', n: 'x' })).toEqual({ kind: 'c', n: 'x' });
  });
});
