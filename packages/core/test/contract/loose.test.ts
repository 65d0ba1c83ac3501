import { z } from 'zod';
import { loose, verificationResultSchema } from '@agentvc/core';

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
