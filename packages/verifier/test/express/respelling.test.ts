import express from 'express';
import { requireCapability } from '@agentvc/verifier/express';
import { describeRespelling } from '../middleware/respelling-suite.js';

// a shop with one protected route, POST /pay (body {amount}, merchant shop.example)
describeRespelling('Express', ({ verifier, challenges, domain, handled }) => {
  const app = express();
  app.use(express.json());
  app.post(
    '/pay',
    requireCapability({
      verifier,
      challenges,
      domain,
      capability: { type: 'PaymentAuthorization', amount: (req) => ({ value: (req.body as { amount: number }).amount, currency: 'USD' }), merchant: 'shop.example' }
    }),
    (req, res) => {
      handled.push(req.path);
      res.json({ did: res.locals.agent.did });
    }
  );
  return app;
});
