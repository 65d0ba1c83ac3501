import { z } from 'zod';
import { exportIdentity, verifiableCredentialSchema, WALLET_ROUTES, type AgentIdentity, type ExportedIdentity, type WalletPresentationRequest } from '@agentvc/core';
import { AgentVcClientError, isAgentVcClientError } from '../errors/agentvc-client-error.js';
import { callRoute, type CallRouteOptions, type RouteAnswer } from '../http/call-route.js';
import type { FetchLike } from '../http/fetch-like.js';
import { signPresentation } from '../sign-presentation.js';
import type { StoredCredential } from './wallet-schemas.js';

// The request bodies and queries are the contract's (WALLET_ROUTES in @agentvc/core).

export type CredentialFilter = z.input<typeof WALLET_ROUTES.listCredentials.request.query>;

/** POST /presentations (the holder is the session's agent), plus what the SDK does with an unsigned answer. */
export type CreatePresentationInput = Omit<WalletPresentationRequest, 'credentialIds' | 'holder'> & {
  credentialIds: readonly string[];
  /** Sign an unsigned wallet answer here with the session's key. Default true. */
  signLocally?: boolean;
};

export interface WalletPresentation {
  verifiablePresentation: Record<string, unknown>;
  /** Who signed it; undefined when it came back unsigned and `signLocally` was false. */
  signedBy: 'wallet' | 'agent' | undefined;
}

export interface WalletSession {
  readonly agentDid: string;
  /** The wallet verifies a credential before storing it (400 CREDENTIAL_REJECTED with problems). */
  storeCredential(credential: Record<string, unknown>): Promise<StoredCredential>;
  listCredentials(filter?: CredentialFilter): Promise<StoredCredential[]>;
  getCredential(id: string): Promise<StoredCredential>;
  deleteCredential(id: string): Promise<void>;
  /** Custodial mode: hands the agent's key to the wallet (sealed there). */
  entrustKey(identity: AgentIdentity): Promise<void>;
  exportKey(): Promise<ExportedIdentity>;
  createPresentation(input: CreatePresentationInput): Promise<WalletPresentation>;
  /** Ends the session at the wallet; this object is unusable afterwards. */
  signOut(): Promise<void>;
}

interface SessionToken {
  token: string;
  agentDid: string;
}

export function createWalletSession({
  baseUrl,
  fetch,
  identity,
  session,
  renew
}: {
  baseUrl: string;
  fetch: FetchLike;
  identity: AgentIdentity;
  session: SessionToken;
  renew: () => Promise<SessionToken>;
}): WalletSession {
  let token = session.token;

  type Route = (typeof WALLET_ROUTES)[keyof typeof WALLET_ROUTES];
  async function call<R extends Route>(options: Omit<CallRouteOptions<R>, 'fetch' | 'baseUrl' | 'headers'>): Promise<RouteAnswer<R>> {
    const send = (): Promise<RouteAnswer<R>> => callRoute({ ...options, fetch, baseUrl, headers: { authorization: `Bearer ${token}` } } as CallRouteOptions<R>);
    try {
      return await send();
    } catch (error) {
      // sessions are short (15 min): sign in again once rather than fail a long-running agent
      if (!isAgentVcClientError(error, 'TOKEN_EXPIRED')) throw error;
      token = (await renew()).token;
      return send();
    }
  }

  return {
    agentDid: session.agentDid,
    storeCredential: (credential) => call({ route: WALLET_ROUTES.storeCredential, body: { verifiableCredential: credential } }),
    listCredentials: async (filter = {}) => (await call({ route: WALLET_ROUTES.listCredentials, query: filter })).credentials,
    getCredential: (id) => call({ route: WALLET_ROUTES.getCredential, params: { id } }),
    deleteCredential: (id) => call({ route: WALLET_ROUTES.deleteCredential, params: { id } }),
    entrustKey: (key) => call({ route: WALLET_ROUTES.putKey, body: { identity: exportIdentity(key) } }),
    exportKey: async () => (await call({ route: WALLET_ROUTES.getKey })).identity,
    // not retried: an expired session is already over
    signOut: () => callRoute({ fetch, baseUrl, route: WALLET_ROUTES.signOut, headers: { authorization: `Bearer ${token}` } }),
    async createPresentation({ credentialIds, challenge, domain, sign, suite, signLocally = true }) {
      const body = { credentialIds, challenge, domain, ...(sign === undefined ? {} : { sign }), ...(suite ? { suite } : {}) };
      const answer = await call({ route: WALLET_ROUTES.createPresentation, body });
      if (answer.signed) return { verifiablePresentation: answer.verifiablePresentation, signedBy: 'wallet' };
      if (!signLocally) return { verifiablePresentation: answer.verifiablePresentation, signedBy: undefined };
      // re-built from the credentials the wallet chose, so nothing else it added is signed blindly
      const carried = answer.verifiablePresentation.verifiableCredential;
      const parsed = z.array(verifiableCredentialSchema).safeParse(carried === undefined ? [] : ([] as unknown[]).concat(carried));
      if (!parsed.success) {
        throw new AgentVcClientError('INVALID_RESPONSE', 'POST /presentations: the unsigned presentation carries malformed credentials', { status: 201 });
      }
      const credentials = parsed.data;
      const signed = await signPresentation({ holder: identity, credentials, challenge, domain, ...(suite ? { suite } : {}) });
      return { verifiablePresentation: signed, signedBy: 'agent' };
    }
  };
}
