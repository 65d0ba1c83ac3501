import type { IncomingMessage } from 'node:http';
import Koa from 'koa';
import { requireCapability } from '@agentvc/verifier/koa';
import { describeRespelling } from '../middleware/respelling-suite.js';

async function readJson(req: IncomingMessage): Promise<{ amount?: number }> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return chunks.length === 0 ? {} : (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { amount?: number });
}

// a shop with one protected route, POST /pay (body {amount}, merchant shop.example)
describeRespelling('Koa', ({ verifier, challenges, domain, handled }) => {
  const pay = requireCapability({
    verifier,
    challenges,
    domain,
    capability: { type: 'PaymentAuthorization', amount: (ctx) => ({ value: (ctx.state.body as { amount: number }).amount, currency: 'USD' }), merchant: 'shop.example' }
  });
  const app = new Koa();
  app.use(async (ctx) => {
    if (ctx.path !== '/pay') return;
    ctx.state.body = await readJson(ctx.req);
    await pay(ctx, async () => {
      handled.push(ctx.path);
      ctx.body = { did: ctx.state.agent.did };
    });
  });
  return app.callback();
});
