import { z } from 'zod';
import { createMemoryChallenges, createDidAuth } from '../../src/index.js';
import { parseOptions } from '../../src/options/parse-options.js';
import { createCapabilityGate } from '../../src/middleware/create-capability-gate.js';

const schema = z.strictObject({ domain: z.string().min(1, 'must not be empty'), limit: z.number().int().optional() });

describe('parseOptions', () => {
  it('returns the parsed options', () => {
    expect(parseOptions('make', schema, { domain: 'a.example', limit: undefined })).toEqual({ domain: 'a.example' });
  });

  it('names unknown keys and the accepted ones, as data too', () => {
    const error = (() => {
      try {
        parseOptions('make', schema, { domain: 'a.example', limt: 1, extra: true });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toMatchObject({
      code: 'INVALID_OPTIONS',
      message: 'make does not know the options limt, extra; it accepts domain, limit',
      details: { unknown: ['limt', 'extra'], accepted: ['domain', 'limit'] }
    });
  });

  it('names each field of the wrong kind, and refuses what is not an options object', () => {
    expect(() => parseOptions('make', schema, { domain: '', limit: 1.5 })).toThrow(/^invalid make options: domain must not be empty; limit /);
    for (const options of [null, undefined, 'a', [], 1]) {
      expect(() => parseOptions('make', schema, options)).toThrow(expect.objectContaining({ code: 'INVALID_OPTIONS', message: 'make takes an options object' }));
    }
  });
});

describe('factories that use it', () => {
  it('createDidAuth names its own options, not the verifier it builds', () => {
    const challenges = createMemoryChallenges();
    expect(() => createDidAuth({ challenges, domain: 'issuer.example', trustedIssuers: [] } as never)).toThrow(
      expect.objectContaining({
        message: expect.stringMatching(/^createDidAuth does not know the option trustedIssuers; it accepts challenges, domain, clock,/),
        details: expect.objectContaining({ unknown: ['trustedIssuers'] })
      })
    );
    expect(() => createDidAuth({ challenges: { issue: () => undefined } as never, domain: 'issuer.example' })).toThrow(/challenges must be a ChallengeStore/);
  });

  it('the relying-party gate names each bad option', () => {
    const verifier = { verifyPresentation: async () => ({ verified: false, problems: [], issuers: [], capabilities: [] }) } as never;
    const capability = { type: 'ActionAuthorization', action: 'restart', resource: 'service:x' } as const;
    expect(() => createCapabilityGate({ verifier, domain: 'shop "example"', capability })).toThrow(/^invalid requireCapability options: domain must be a host name/);
    expect(() => createCapabilityGate({ verifier: {} as never, domain: 'shop.example', capability })).toThrow(/verifier must be a verifier/);
    expect(() => createCapabilityGate({ verifier, domain: 'shop.example', capability: 'pay' as never })).toThrow(/capability must be a requirement or a function/);
    expect(() => createCapabilityGate({ verifier, domain: 'shop.example', capability, presentationsPerClientPerMinute: 2 ** 60 })).toThrow(/presentationsPerClientPerMinute/);
  });
});
