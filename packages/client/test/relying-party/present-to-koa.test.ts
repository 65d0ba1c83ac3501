// presentTo against the real relying-party middleware (@agentvc/verifier/koa) in a Koa app on
// a loopback port: the contract as implemented, not only as stubbed.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Koa from 'koa';
import { createMemoryChallenges, createVerifier } from '@agentvc/verifier';
import { requireCapability } from '@agentvc/verifier/koa';
import { capabilityCredential, issue, payment, type Json } from '../../../../test/support/sign.js';
import { AgentVcClientError, generateIdentity, presentTo, type AgentIdentity } from '../../src/index.js';

let agent: AgentIdentity;
let credential: Json;
let server: Server;
let url: string;
beforeAll(async () => {
  const issuer = await generateIdentity();
  agent = await generateIdentity();
  credential = await issue(issuer, capabilityCredential({ issuer: issuer.did, subject: agent.did, capabilities: [payment('50', 'USD', { merchants: ['shop.example'] })] }));
  const app = new Koa();
  app.use(
    requireCapability({
      verifier: createVerifier({ trustedIssuers: [issuer.did] }),
      challenges: createMemoryChallenges(),
      domain: 'shop.example',
      capability: { type: 'PaymentAuthorization', amount: (ctx) => ({ value: Number(ctx.query.amount ?? 1), currency: 'USD' }), merchant: 'shop.example' }
    })
  );
  app.use((ctx) => {
    ctx.body = { paid: true, agent: (ctx.state as { agent: { did: string } }).agent.did };
  });
  server = createServer(app.callback());
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
});
