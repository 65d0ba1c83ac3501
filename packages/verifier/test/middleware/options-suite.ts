// One options suite for both adapters: each refuses what it does not know, the same way.

/** The adapter's requireCapability, called only with options (the suite never runs a request). */
type RequireCapability = (options: never) => unknown;

export function describeRequireCapabilityOptions(framework: string, requireCapability: RequireCapability): void {
  describe(`requireCapability options (${framework})`, () => {
    const verifier = { verifyPresentation: async () => ({ verified: false, problems: [], issuers: [], capabilities: [] }) };
    const options = { verifier, domain: 'shop.example', capability: { type: 'ActionAuthorization', action: 'restart', resource: 'service:x' } } as const;
    const accepted = ['verifier', 'challenges', 'domain', 'capability', 'presentationsPerClientPerMinute'];

    it('refuses an option it does not know, naming it and the accepted ones (a typo is a check silently not made)', () => {
      expect(() => requireCapability({ ...options, presentationsPerClientPerMinut: 10 } as never)).toThrow(
        expect.objectContaining({
          code: 'INVALID_OPTIONS',
          message: expect.stringContaining(`presentationsPerClientPerMinut; it accepts ${accepted.join(', ')}`),
          details: { unknown: ['presentationsPerClientPerMinut'], accepted }
        })
      );
      expect(() => requireCapability({ ...options, trustedIssuers: ['did:key:z6Mk'], statusCacheSeconds: 0 } as never)).toThrow(/options trustedIssuers, statusCacheSeconds;/);
      expect(() => requireCapability(null as never)).toThrow(expect.objectContaining({ code: 'INVALID_OPTIONS' }));
    });

    it('accepts exactly the documented options', () => {
      expect(typeof requireCapability({ ...options, presentationsPerClientPerMinute: 0 } as never)).toBe('function');
    });
  });
}
