import Koa from 'koa';
import { listen, type RunningServer } from '@agentvc/http';
import { createMemoryChallenges, createStatusListFetcher, createVerifier } from '@agentvc/verifier';
import { requireCapability, type AgentState } from '@agentvc/verifier/koa';

export interface DemoShop {
  domain: string;
  url: string;
  stop(): Promise<void>;
}

/**
 * A relying party as a shop would write it: `POST /purchases?amount=20` is allowed only to
 * agents holding a payment capability for that amount at this merchant.
 */
export async function startDemoShop({ domain, trustedIssuer, statusCacheSeconds = 1 }: { domain: string; trustedIssuer: string; statusCacheSeconds?: number }): Promise<DemoShop> {
  const verifier = createVerifier({
    trustedIssuers: [trustedIssuer],
    // the demo's issuer serves its status lists over http on localhost
    fetchStatusList: createStatusListFetcher({ allowHttp: true, allowPrivateNetworks: true }),
    statusCacheSeconds
  });
  const app = new Koa<AgentState>();
  app.use(
    requireCapability({
      verifier,
      challenges: createMemoryChallenges(),
      domain,
      capability: {
        type: 'PaymentAuthorization',
        amount: (ctx) => ({ value: String(ctx.query.amount ?? ''), currency: 'USD' }),
        merchant: domain
      }
    })
  );
  app.use((ctx) => {
    ctx.status = 201;
    ctx.body = { purchase: 'accepted', merchant: domain, amount: `${String(ctx.query.amount)} USD`, agent: ctx.state.agent.did };
  });
  const server: RunningServer = await listen(app, { port: 0 });
  return { domain, url: server.url, stop: () => server.close() };
}
