// The wallet service contract (issue 4) in memory, with real DID-auth and credential checks
// through @agentvc/verifier, so the SDK's wallet client is tested against the protocol.
import { randomUUID } from 'node:crypto';
import { importIdentity, type ExportedIdentity } from '@agentvc/core';
import { createVerifier } from '@agentvc/verifier';
import { signPresentation } from '../../src/index.js';
import { problem, startStubServer, type StubAnswer, type StubRequest } from './stub-server.js';

type Json = Record<string, unknown>;
const DOMAIN = 'wallet.example';

export async function startWalletStub({ trustedIssuers }: { trustedIssuers: string[] }) {
  const verifier = createVerifier({ trustedIssuers });
  const challenges = new Set<string>();
  const tokens = new Map<string, { did: string; expired: boolean }>();
  const stored = new Map<string, Map<string, Json>>();
  const keys = new Map<string, ExportedIdentity>();
  const seen: Array<{ method: string; path: string; body: unknown }> = [];

  async function signIn(body: Json): Promise<StubAnswer> {
    const presentation = body.presentation as Json | undefined;
    const proof = presentation?.proof as Json | undefined;
    const challenge = String(proof?.challenge ?? '');
    if (!challenges.delete(challenge)) return problem(401, 'CHALLENGE_INVALID', 'unknown challenge');
    const result = await verifier.verifyPresentation(presentation, { challenge, domain: DOMAIN });
    if (!result.verified || !result.holder) return problem(401, 'DID_AUTH_FAILED', 'the presentation does not verify', { problems: result.problems });
    const token = randomUUID();
    tokens.set(token, { did: result.holder, expired: false });
    return { status: 201, body: { token, agentDid: result.holder, expiresAt: new Date(Date.now() + 900_000).toISOString() } };
  }

  async function authed({ method, path, query, body }: StubRequest, did: string): Promise<StubAnswer> {
    const mine = stored.get(did) ?? new Map<string, Json>();
    stored.set(did, mine);
    const input = (body ?? {}) as Json;
    if (method === 'POST' && path === '/credentials') {
      const credential = input.verifiableCredential as Json;
      const result = await verifier.verifyCredential(credential);
      if (!result.verified) return problem(400, 'CREDENTIAL_REJECTED', 'the credential does not verify', { problems: result.problems });
      if ((credential.credentialSubject as Json).id !== did) return problem(400, 'CREDENTIAL_REJECTED', 'not yours', { problems: [{ code: 'SUBJECT_MISMATCH', message: 'not yours' }] });
      if (mine.has(String(credential.id))) return problem(409, 'CONFLICT', 'already stored');
      const types = ([] as string[]).concat(credential.type as string);
      const item = { id: String(credential.id), issuer: String(credential.issuer), types, capabilityTypes: ['PaymentAuthorization'], storedAt: new Date().toISOString(), verifiableCredential: credential };
      mine.set(item.id, item);
      return { status: 201, body: item };
    }
    if (method === 'GET' && path === '/credentials') {
      const type = query.get('type');
      return { status: 200, body: { credentials: [...mine.values()].filter((c) => !type || (c.types as string[]).includes(type)) } };
    }
    const one = /^\/credentials\/(.+)$/.exec(path);
    if (one?.[1]) {
      const item = mine.get(decodeURIComponent(one[1]));
      if (!item) return problem(404, 'CREDENTIAL_NOT_FOUND', 'no such credential');
      if (method === 'DELETE') return mine.delete(String(item.id)), { status: 204 };
      return { status: 200, body: item };
    }
    if (method === 'PUT' && path === '/keys') {
      const identity = input.identity as ExportedIdentity;
      if (identity.did !== did) return problem(403, 'FORBIDDEN', 'not your key');
      keys.set(did, identity);
      return { status: 204 };
    }
    if (method === 'GET' && path === '/keys') {
      const identity = keys.get(did);
      return identity ? { status: 200, body: { identity } } : problem(404, 'KEY_NOT_FOUND', 'no custodial key');
    }
    if (method === 'POST' && path === '/presentations') {
      const ids = input.credentialIds as string[];
      const credentials = ids.map((id) => mine.get(id)?.verifiableCredential as Json | undefined);
      if (credentials.some((c) => !c)) return problem(404, 'CREDENTIAL_NOT_FOUND', 'no such credential');
      const key = keys.get(did);
      const sign = (input.sign as boolean | undefined) ?? key !== undefined;
      if (sign && !key) return problem(409, 'KEY_NOT_FOUND', 'no custodial key to sign with');
      const { challenge, domain } = input as { challenge: string; domain: string };
      if (sign && key) {
        const verifiablePresentation = await signPresentation({ holder: await importIdentity(key), credentials: credentials as Json[], challenge, domain });
        return { status: 201, body: { verifiablePresentation, signed: true } };
      }
      const verifiablePresentation = { '@context': ['https://www.w3.org/2018/credentials/v1'], type: ['VerifiablePresentation'], holder: did, verifiableCredential: credentials };
      return { status: 201, body: { verifiablePresentation, signed: false } };
    }
    return problem(404, 'NOT_FOUND', `no route ${method} ${path}`);
  }

  const server = await startStubServer(async (request) => {
    seen.push({ method: request.method, path: request.path, body: request.body });
    if (request.method === 'POST' && request.path === '/auth/challenges') {
      const challenge = randomUUID();
      challenges.add(challenge);
      return { status: 201, body: { challenge, domain: DOMAIN, expiresAt: new Date(Date.now() + 120_000).toISOString() } };
    }
    if (request.method === 'POST' && request.path === '/auth/sessions') return signIn(request.body as Json);
    const token = /^Bearer (.+)$/.exec(String(request.headers.authorization ?? ''))?.[1];
    const session = token ? tokens.get(token) : undefined;
    if (!session) return problem(401, 'TOKEN_INVALID', 'The session token is not valid');
    if (session.expired) return problem(401, 'TOKEN_EXPIRED', 'The session token has expired; sign in again');
    return authed(request, session.did);
  });

  return {
    ...server,
    seen,
    /** Expires every token issued so far, as 15 minutes passing would. */
    expireTokens: () => tokens.forEach((session) => (session.expired = true))
  };
}
