// The wallet client against a stub that follows the wallet contract over loopback HTTP.
import { createVerifier } from '@agentvc/verifier';
import { capabilityCredential, issue, payment } from '../../../../test/support/sign.js';
import { AgentVcClientError, createWalletClient, exportIdentity, generateIdentity, type AgentIdentity } from '../../src/index.js';
import { startWalletStub } from '../support/wallet-stub.js';

let issuer: AgentIdentity;
let agent: AgentIdentity;
let wallet: Awaited<ReturnType<typeof startWalletStub>>;
beforeAll(async () => {
  [issuer, agent] = await Promise.all([generateIdentity(), generateIdentity()]);
  wallet = await startWalletStub({ trustedIssuers: [issuer.did] });
});
afterAll(() => wallet.close());

const credentialFor = (subject: AgentIdentity, by = issuer) =>
  issue(by, capabilityCredential({ issuer: by.did, subject: subject.did, capabilities: [payment('50', 'USD', { merchants: ['shop.example'] })] }));

async function rejection(promise: Promise<unknown>): Promise<AgentVcClientError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(AgentVcClientError);
  return error as AgentVcClientError;
}

describe('createWalletClient', () => {
  it('signs in by DID-auth and stores, lists, gets and deletes credentials', async () => {
    const session = await createWalletClient({ baseUrl: wallet.url }).signIn(agent);
    expect(session.agentDid).toBe(agent.did);
    const credential = await credentialFor(agent);
    const item = await session.storeCredential(credential);
    expect(item).toMatchObject({ id: credential.id, issuer: issuer.did, verifiableCredential: { id: credential.id } });
    expect((await session.listCredentials({ type: 'AgentCapabilityCredential' })).map((c) => c.id)).toEqual([credential.id]);
    expect(await session.listCredentials({ type: 'SomethingElse' })).toEqual([]);
    expect((await session.getCredential(String(credential.id))).id).toBe(credential.id);
    expect(await rejection(session.storeCredential(credential))).toMatchObject({ status: 409, code: 'CONFLICT' });
    await session.deleteCredential(String(credential.id));
    expect(await rejection(session.getCredential(String(credential.id)))).toMatchObject({ status: 404, code: 'CREDENTIAL_NOT_FOUND' });
  });

  it('carries the verifier problems of a refused credential', async () => {
    const session = await createWalletClient({ baseUrl: wallet.url }).signIn(agent);
    const stranger = await generateIdentity();
    const error = await rejection(session.storeCredential(await credentialFor(agent, stranger)));
    expect(error).toMatchObject({ status: 400, code: 'CREDENTIAL_REJECTED' });
    expect(error.problems?.map((p) => p.code)).toEqual(['UNTRUSTED_ISSUER']);
  });

  it('signs an unsigned wallet presentation locally, or lets a custodial wallet sign', async () => {
    const session = await createWalletClient({ baseUrl: wallet.url }).signIn(agent);
    const credential = await credentialFor(agent);
    await session.storeCredential(credential);
    const rp = { challenge: 'rp-challenge', domain: 'shop.example' };
    const verifier = createVerifier({ trustedIssuers: [issuer.did] });

    const local = await session.createPresentation({ credentialIds: [String(credential.id)], ...rp });
    expect(local.signedBy).toBe('agent');
    expect(await verifier.verifyPresentation(local.verifiablePresentation, rp)).toMatchObject({ verified: true, holder: agent.did });
    const raw = await session.createPresentation({ credentialIds: [String(credential.id)], ...rp, signLocally: false });
    expect(raw.signedBy).toBeUndefined();
    expect(raw.verifiablePresentation.proof).toBeUndefined();

    expect(await rejection(session.exportKey())).toMatchObject({ status: 404, code: 'KEY_NOT_FOUND' });
    expect(await rejection(session.entrustKey(await generateIdentity()))).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    await session.entrustKey(agent);
    expect(await session.exportKey()).toEqual(exportIdentity(agent));
    const custodial = await session.createPresentation({ credentialIds: [String(credential.id)], ...rp });
    expect(custodial.signedBy).toBe('wallet');
    expect(await verifier.verifyPresentation(custodial.verifiablePresentation, rp)).toMatchObject({ verified: true, holder: agent.did });
    expect(await rejection(session.createPresentation({ credentialIds: ['urn:uuid:nope'], ...rp }))).toMatchObject({ code: 'CREDENTIAL_NOT_FOUND' });
  });

  it('signs in again once when the session token has expired', async () => {
    const session = await createWalletClient({ baseUrl: wallet.url }).signIn(agent);
    const before = wallet.seen.filter((r) => r.path === '/auth/sessions').length;
    wallet.expireTokens();
    expect(Array.isArray(await session.listCredentials())).toBe(true);
    expect(wallet.seen.filter((r) => r.path === '/auth/sessions').length).toBe(before + 1);
  });

  it('passes DID_AUTH_FAILED through for a tampered sign-in', async () => {
    const client = createWalletClient({
      baseUrl: wallet.url,
      // tamper with the DID-auth presentation on its way out
      fetch: (input, init) => {
        if (String(input).endsWith('/auth/sessions') && typeof init?.body === 'string') {
          init = { ...init, body: init.body.replace(/"proofValue":"z./, '"proofValue":"z1') };
        }
        return fetch(input, init);
      }
    });
    expect(await rejection(client.signIn(agent))).toMatchObject({ status: 401, code: 'DID_AUTH_FAILED' });
  });
});
