import express, { type Request } from 'express';
import { requireCapability } from '@agentvc/verifier/express';
import { describeRequireCapabilityOptions } from '../middleware/options-suite.js';
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

describeRequireCapabilityOptions('express', requireCapability);
