// The verifier-service client with an injected fetch: 400 results are data, 400 problems are errors.
import { createVerifierClient, isAgentVcClientError, type FetchLike } from '../../src/index.js';

const answering = (status: number, body: unknown, calls: Array<{ url: string; body: unknown }> = []): FetchLike =>
  async (input, init) => {
    calls.push({ url: String(input), body: init?.body ? JSON.parse(String(init.body)) : undefined });
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  };

describe('createVerifierClient', () => {
  it('gets a challenge and sends the contract bodies', async () => {
    const calls: Array<{ url: string; body: unknown }> = [];
    const ok = { verified: true, problems: [], issuers: ['did:key:z6Mkissuer'], capabilities: [] };
    const client = createVerifierClient({ baseUrl: 'http://verifier.test/', fetch: answering(200, ok, calls) });
    expect(await client.verifyPresentation({ vp: 1 }, { challenge: 'c', domain: 'd' })).toEqual(ok);
    expect(calls[0]).toEqual({ url: 'http://verifier.test/presentations/verify', body: { verifiablePresentation: { vp: 1 }, options: { challenge: 'c', domain: 'd' } } });
    await client.verifyCredential({ vc: 1 });
    expect(calls[1]).toEqual({ url: 'http://verifier.test/credentials/verify', body: { verifiableCredential: { vc: 1 }, options: {} } });
    const challenge = createVerifierClient({ baseUrl: 'http://verifier.test', fetch: answering(201, { challenge: 'c', domain: 'd', expiresAt: 'soon' }) });
    expect(await challenge.challenge()).toMatchObject({ challenge: 'c', domain: 'd' });
  });

  it('returns a refusal (400 with problems) as data', async () => {
    const refused = { verified: false, problems: [{ code: 'CHALLENGE_USED', message: 'used' }] };
    const client = createVerifierClient({ baseUrl: 'http://verifier.test', fetch: answering(400, refused) });
    expect(await client.verifyPresentation({}, { challenge: 'c', domain: 'd' })).toMatchObject(refused);
  });

  it('throws for a problem about the request itself', async () => {
    const client = createVerifierClient({ baseUrl: 'http://verifier.test', fetch: answering(400, { code: 'VALIDATION_FAILED', status: 400, detail: 'no', errors: [] }) });
    const error = await client.verifyCredential({}).catch((e: unknown) => e);
    expect(isAgentVcClientError(error, 'VALIDATION_FAILED')).toBe(true);
  });

  it('names the URL and the cause when the verifier cannot be reached', async () => {
    const fetch: FetchLike = async () => {
      throw new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:4300'), { code: 'ECONNREFUSED' }) });
    };
    const error = await createVerifierClient({ baseUrl: 'http://127.0.0.1:4300', fetch }).verifyCredential({}).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'NETWORK_ERROR', status: 0, message: 'POST /credentials/verify (http://127.0.0.1:4300/credentials/verify): connect ECONNREFUSED 127.0.0.1:4300' });
  });
});
