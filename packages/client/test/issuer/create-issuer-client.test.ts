// The SDK against the real issuer service over loopback HTTP.
import { createVerifier } from '@agentvc/verifier';
import { AgentVcClientError, createIssuerClient, generateIdentity, type IssuerClient } from '../../src/index.js';
import { paymentGrant, startTestIssuer, type TestIssuer } from '../support/start-test-issuer.js';

let issuer: TestIssuer;
let operator: IssuerClient;
beforeAll(async () => {
  issuer = await startTestIssuer();
  operator = createIssuerClient({ baseUrl: `${issuer.url}/`, apiKey: issuer.adminToken });
});
afterAll(() => issuer.stop());

async function rejection(promise: Promise<unknown>): Promise<AgentVcClientError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e
  );
  expect(error).toBeInstanceOf(AgentVcClientError);
  return error as AgentVcClientError;
}

describe('createIssuerClient', () => {
  it('onboards an agent with operator calls and gets it a credential by DID-auth', async () => {
    const agent = await generateIdentity();
    expect(await operator.registerAgent({ did: agent.did, name: 'shopper', owner: 'team-a' })).toMatchObject({ did: agent.did, name: 'shopper' });
    const grant = await operator.grant(agent.did, paymentGrant);
    expect(grant).toMatchObject({ agentDid: agent.did, validitySeconds: 900, suspendable: false });
    expect((await operator.listAgents()).map((a) => a.did)).toContain(agent.did);
    expect((await operator.listGrants(agent.did)).map((g) => g.id)).toEqual([grant.id]);

    const info = await createIssuerClient({ baseUrl: issuer.url }).issuerInfo();
    expect(info.did).toBe(issuer.did);
    const credential = await createIssuerClient({ baseUrl: issuer.url }).requestCredential(agent);
    expect(credential.credentialSubject).toMatchObject({ id: agent.did });

    const verifier = createVerifier({
      trustedIssuers: [info.did],
      statusCacheSeconds: 0,
      fetchStatusList: async (url) => (await fetch(url)).json()
    });
    expect(await verifier.verifyCredential(credential)).toMatchObject({ verified: true, problems: [] });

    const change = await operator.setStatus({ credentialId: String(credential.id), statusPurpose: 'revocation' });
    expect(change).toMatchObject({ status: true, changed: true });
    expect((await verifier.verifyCredential(credential)).problems.map((p) => p.code)).toEqual(['STATUS_REVOKED']);
  });

  it("passes the server's code through: an unregistered agent", async () => {
    const error = await rejection(createIssuerClient({ baseUrl: issuer.url }).requestCredential(await generateIdentity()));
    expect(error).toMatchObject({ status: 403, code: 'AGENT_NOT_REGISTERED' });
    expect(error.problem).toMatchObject({ code: 'AGENT_NOT_REGISTERED', status: 403, requestId: expect.any(String) });
  });

  it('a registered agent without grants gets NO_ACTIVE_GRANTS', async () => {
    const agent = await generateIdentity();
    await operator.registerAgent({ did: agent.did, name: 'idle', owner: 'team-a' });
    expect(await rejection(createIssuerClient({ baseUrl: issuer.url }).requestCredential(agent))).toMatchObject({ status: 403, code: 'NO_ACTIVE_GRANTS' });
  });

  it('a bad API key is INVALID_API_KEY; none at all fails before any request', async () => {
    const wrong = createIssuerClient({ baseUrl: issuer.url, apiKey: 'not-a-real-key-not-a-real-key' });
    expect(await rejection(wrong.listAgents())).toMatchObject({ status: 401, code: 'INVALID_API_KEY' });
    const calls: string[] = [];
    const none = createIssuerClient({ baseUrl: issuer.url, fetch: (input, init) => (calls.push(String(input)), fetch(input, init)) });
    expect(await rejection(none.listApiKeys())).toMatchObject({ status: 0, code: 'API_KEY_REQUIRED' });
    expect(calls).toEqual([]);
  });

  it('keeps validation details of a refused body', async () => {
    const error = await rejection(operator.grant((await generateIdentity()).did, { capabilities: [{ type: 'Teleport' }] }));
    expect(error).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    expect(error.problem?.errors?.length).toBeGreaterThan(0);
  });

  it('manages operator API keys', async () => {
    const { key, token } = await operator.createApiKey('ci');
    const second = createIssuerClient({ baseUrl: issuer.url, apiKey: token });
    expect((await second.listApiKeys()).map((k) => k.id)).toContain(key.id);
    await operator.revokeApiKey(key.id);
    expect(await rejection(second.listApiKeys())).toMatchObject({ code: 'INVALID_API_KEY' });
    expect(await rejection(operator.revokeApiKey(key.id))).toMatchObject({ status: 404, code: 'API_KEY_NOT_FOUND' });
    expect((await operator.audit({ action: 'api_key.revoke' })).map((r) => r.target)).toContain(key.id);
  });

  it('reports an unreachable service as NETWORK_ERROR and a foreign answer as INVALID_RESPONSE', async () => {
    const down = createIssuerClient({ baseUrl: 'http://127.0.0.1:1' });
    expect(await rejection(down.issuerInfo())).toMatchObject({ status: 0, code: 'NETWORK_ERROR' });
    const odd = createIssuerClient({ baseUrl: 'http://x', fetch: async () => Response.json({ hello: 'world' }) });
    expect(await rejection(odd.issuerInfo())).toMatchObject({ status: 200, code: 'INVALID_RESPONSE' });
    const html = createIssuerClient({ baseUrl: 'http://x', fetch: async () => new Response('<h1>bad gateway</h1>', { status: 502 }) });
    expect(await rejection(html.issuerInfo())).toMatchObject({ status: 502, code: 'HTTP_ERROR' });
  });
});
