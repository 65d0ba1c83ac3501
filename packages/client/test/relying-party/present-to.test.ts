// presentTo against a relying party that follows the middleware protocol, over loopback HTTP.
import { capabilityCredential, issue, payment, type Json } from '../../../../test/support/sign.js';
import { AgentVcClientError, generateIdentity, presentTo, type AgentIdentity } from '../../src/index.js';
import { startRelyingPartyStub } from '../support/relying-party-stub.js';

let issuer: AgentIdentity;
let agent: AgentIdentity;
let credential: Json;
let rp: Awaited<ReturnType<typeof startRelyingPartyStub>>;
let headerOnly: Awaited<ReturnType<typeof startRelyingPartyStub>>;
beforeAll(async () => {
  [issuer, agent] = await Promise.all([generateIdentity(), generateIdentity()]);
  credential = await issue(issuer, capabilityCredential({ issuer: issuer.did, subject: agent.did, capabilities: [payment('50', 'USD', { merchants: ['shop.example'] })] }));
  rp = await startRelyingPartyStub({ trustedIssuers: [issuer.did] });
  headerOnly = await startRelyingPartyStub({ trustedIssuers: [issuer.did], challengeIn: 'header' });
});
afterAll(() => Promise.all([rp.close(), headerOnly.close()]));

async function rejection(promise: Promise<unknown>): Promise<AgentVcClientError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(AgentVcClientError);
  return error as AgentVcClientError;
}

describe('presentTo', () => {
  it('answers the challenge with a presentation and returns the parsed response', async () => {
    const result = await presentTo({ url: `${rp.url}/pay?amount=20`, method: 'POST', body: { order: 7 }, identity: agent, credentials: [credential] });
    expect(result).toMatchObject({ status: 200, presented: true, body: { paid: true, agent: agent.did, method: 'POST', echo: { order: 7 } } });
    const sent = JSON.parse(Buffer.from(rp.presentations.at(-1) ?? '', 'base64url').toString('utf8'));
    expect(sent).toMatchObject({ holder: agent.did, proof: { domain: 'shop.example' } });
  });

  it('reads the challenge from WWW-Authenticate when the body has none', async () => {
    const result = await presentTo({ url: `${headerOnly.url}/pay?amount=5`, identity: agent, credentials: [credential] });
    expect(result).toMatchObject({ status: 200, presented: true });
  });

  it('returns an unprotected answer without presenting', async () => {
    expect(await presentTo({ url: `${rp.url}/open`, identity: agent, credentials: [credential] })).toMatchObject({ status: 200, presented: false, body: { open: true } });
  });

  it('turns a refusal into NOT_AUTHORIZED with the verifier problems', async () => {
    const error = await rejection(presentTo({ url: `${rp.url}/pay?amount=500`, identity: agent, credentials: [credential] }));
    expect(error).toMatchObject({ status: 403, code: 'NOT_AUTHORIZED' });
    expect(error.problems?.map((p) => p.code)).toEqual(['CAPABILITY_AMOUNT_EXCEEDED']);
  });

  it("turns someone else's credential into 403 NOT_AUTHORIZED (holder is not the subject: about the credential)", async () => {
    const error = await rejection(presentTo({ url: `${rp.url}/pay?amount=5`, identity: await generateIdentity(), credentials: [credential] }));
    expect(error).toMatchObject({ status: 403, code: 'NOT_AUTHORIZED' });
    expect(error.problems).toContainEqual(expect.objectContaining({ code: 'HOLDER_NOT_SUBJECT', scope: 'credential' }));
  });

  it('a replayed presentation header is refused by the relying party', async () => {
    const header = rp.presentations.at(0) ?? '';
    const replay = await fetch(`${rp.url}/pay?amount=5`, { headers: { 'Agent-Presentation': header } });
    expect(replay.status).toBe(401);
    expect(await replay.json()).toMatchObject({ code: 'PRESENTATION_INVALID', problems: [{ code: 'CHALLENGE_USED' }] });
  });

  it('refuses to send a presentation over the header size limit', async () => {
    const big = { ...credential, padding: 'x'.repeat(60_000) };
    expect(await rejection(presentTo({ url: `${rp.url}/pay`, identity: agent, credentials: [big] }))).toMatchObject({ code: 'PRESENTATION_TOO_LARGE' });
  });

  it('names the URL and the cause when the relying party cannot be reached', async () => {
    const fetch = async (): Promise<Response> => {
      throw new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:4400'), { code: 'ECONNREFUSED' }) });
    };
    const error = await rejection(presentTo({ url: 'http://127.0.0.1:4400/pay', identity: agent, credentials: [credential], fetch }));
    expect(error).toMatchObject({ code: 'NETWORK_ERROR', status: 0, message: 'GET http://127.0.0.1:4400/pay: connect ECONNREFUSED 127.0.0.1:4400' });
  });
});
