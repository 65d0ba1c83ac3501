import express, { type Request } from 'express';
import { requireCapability } from '@agentvc/verifier/express';
import { describeRelyingParty } from '../middleware/relying-party-suite.js';

describeRelyingParty('Express', ({ verifier, challenges, domain, handled }) => {
  const base = { verifier, challenges, domain };
  const amount = (req: Request) => ({ value: (req.body as { amount: number }).amount, currency: 'USD' });
  const app = express();
  app.use(express.json());
  const reply: express.RequestHandler = (req, res) => {
    handled.push(req.path);
    const { agent } = res.locals;
    res.json({ did: agent.did, grantedBy: agent.grantedBy.capability.type, issuers: agent.issuers });
  };
  app.post('/pay', requireCapability({ ...base, capability: { type: 'PaymentAuthorization', amount, merchant: 'shop.example' } }), reply);
  app.post('/pay/other', requireCapability({ ...base, capability: { type: 'PaymentAuthorization', amount, merchant: 'other.example' } }), reply);
  app.post(
    '/restart',
    requireCapability({ ...base, capability: (req) => ({ type: 'ActionAuthorization', action: 'restart', resource: `service:${req.path}` }) }),
    reply
  );
  return app;
});

describe('requireCapability options (express)', () => {
  const verifier = { verifyPresentation: async () => ({ verified: false, problems: [], issuers: [], capabilities: [] }) } as never;
  const options = { verifier, domain: 'shop.example', capability: { type: 'ActionAuthorization', action: 'restart', resource: 'service:x' } } as const;

  it('refuses an option it does not know, naming it and the accepted ones (a typo is a check silently not made)', () => {
    expect(() => requireCapability({ ...options, presentationsPerClientPerMinut: 10 } as never)).toThrow(
      expect.objectContaining({
        code: 'INVALID_OPTIONS',
        message: expect.stringContaining('presentationsPerClientPerMinut; it accepts verifier, challenges, domain, capability, presentationsPerClientPerMinute'),
        details: { unknown: ['presentationsPerClientPerMinut'], accepted: ['verifier', 'challenges', 'domain', 'capability', 'presentationsPerClientPerMinute'] }
      })
    );
    expect(() => requireCapability({ ...options, trustedIssuers: ['did:key:z6Mk'], statusCacheSeconds: 0 } as never)).toThrow(/options trustedIssuers, statusCacheSeconds;/);
    expect(() => requireCapability(null as never)).toThrow(expect.objectContaining({ code: 'INVALID_OPTIONS' }));
  });

  it('accepts exactly the documented options', () => {
    expect(typeof requireCapability({ ...options, presentationsPerClientPerMinute: 0 })).toBe('function');
  });
});
