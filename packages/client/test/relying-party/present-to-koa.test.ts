// presentTo against the real relying-party middleware (@agentvc/verifier/koa) in a Koa app on
// a loopback port: the contract as implemented, not only as stubbed.
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Koa from 'koa';
import { createVerifier } from '@agentvc/verifier';
import { requireCapability } from '@agentvc/verifier/koa';
import { flood } from '../../../../test/support/flood.js';
import { capabilityCredential, issue, payment, type Json } from '../../../../test/support/sign.js';
import { AgentVcClientError, generateIdentity, presentTo, type AgentIdentity } from '../../src/index.js';

let agent: AgentIdentity;
let credential: Json;
let shop: RequestListener;
let server: Server;
let url: string;
beforeAll(async () => {
  const issuer = await generateIdentity();
  agent = await generateIdentity();
  credential = await issue(issuer, capabilityCredential({ issuer: issuer.did, subject: agent.did, capabilities: [payment('50', 'USD', { merchants: ['shop.example'] })] }));
  const app = new Koa();
  app.use(
    // the default challenges: self-verifying, under a key of this middleware's own
    requireCapability({
      verifier: createVerifier({ trustedIssuers: [issuer.did] }),
      domain: 'shop.example',
      capability: { type: 'PaymentAuthorization', amount: (ctx) => ({ value: Number(ctx.query.amount ?? 1), currency: 'USD' }), merchant: 'shop.example' }
    })
  );
  app.use((ctx) => {
    ctx.body = { paid: true, agent: (ctx.state as { agent: { did: string } }).agent.did };
  });
  shop = app.callback();
  server = createServer(shop);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('presentTo with @agentvc/verifier/koa', () => {
  it('gets through with a covering credential', async () => {
    expect(await presentTo({ url: `${url}/pay?amount=20`, identity: agent, credentials: [credential] })).toMatchObject({ status: 200, presented: true, body: { paid: true, agent: agent.did } });
  });

  it('is refused NOT_AUTHORIZED with the problems when the amount is not covered', async () => {
    const error = await presentTo({ url: `${url}/pay?amount=70`, identity: agent, credentials: [credential] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AgentVcClientError);
    expect(error).toMatchObject({ status: 403, code: 'NOT_AUTHORIZED' });
    expect((error as AgentVcClientError).problems?.map((p) => p.code)).toEqual(['CAPABILITY_AMOUNT_EXCEEDED']);
  });

  it('gets through although 10,500 anonymous requests (past the 10,000 the old store kept) came between its challenge and its answer', async () => {
    let flooded: Record<number, number> | undefined;
    // the agent's transport: after the 401 with its challenge, an attacker floods the shop
    const slowAgent: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (response.status === 401 && !flooded) flooded = await flood(shop, 10_500, { method: 'GET', path: '/pay?amount=1' });
      return response;
    };
    const result = await presentTo({ url: `${url}/pay?amount=20`, identity: agent, credentials: [credential], fetch: slowAgent });
    expect(flooded).toEqual({ 401: 10_500 });
    expect(result).toMatchObject({ status: 200, presented: true, body: { paid: true, agent: agent.did } });
  }, 180_000);
});
