import type { IncomingMessage } from 'node:http';
import Koa, { type Context } from 'koa';
import { requireCapability } from '@agentvc/verifier/koa';
import { describeRequireCapabilityOptions } from '../middleware/options-suite.js';
import { describeRelyingParty } from '../middleware/relying-party-suite.js';

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return chunks.length === 0 ? {} : (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>);
}

describeRelyingParty('Koa', ({ verifier, challenges, domain, handled }) => {
  const base = { verifier, challenges, domain };
  const amount = (ctx: Context) => ({ value: (ctx.state.body as { amount: number }).amount, currency: 'USD' });
  const routes: Record<string, Koa.Middleware> = {
    '/pay': requireCapability({ ...base, capability: { type: 'PaymentAuthorization', amount, merchant: 'shop.example' } }),
    '/pay/other': requireCapability({ ...base, capability: { type: 'PaymentAuthorization', amount, merchant: 'other.example' } }),
    '/restart': requireCapability({ ...base, capability: (ctx) => ({ type: 'ActionAuthorization', action: 'restart', resource: `service:${ctx.path}` }) })
  };
  const app = new Koa();
  app.use(async (ctx, next) => {
    ctx.state.body = await readJson(ctx.req);
    await next();
  });
  app.use(async (ctx) => {
    const route = routes[ctx.path];
    if (!route) return;
    await route(ctx, async () => {
      handled.push(ctx.path);
      const { agent } = ctx.state;
      ctx.body = { did: agent.did, grantedBy: agent.grantedBy.capability.type, issuers: agent.issuers };
    });
  });
  return app.callback();
});

describeRequireCapabilityOptions('koa', requireCapability);
