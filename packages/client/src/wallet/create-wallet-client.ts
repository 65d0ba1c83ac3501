import { WALLET_ROUTES, type AgentIdentity } from '@agentvc/core';
import { callRoute } from '../http/call-route.js';
import type { FetchLike } from '../http/fetch-like.js';
import { signPresentation, type PresentationSuite } from '../sign-presentation.js';
import { createWalletSession, type WalletSession } from './create-wallet-session.js';

export interface WalletClientOptions {
  /** The wallet service, e.g. `http://localhost:4200`. */
  baseUrl: string;
  fetch?: FetchLike;
}

export interface WalletClient {
  /**
   * DID-auth: signs the wallet's challenge with the agent's key and opens a session (a
   * short-lived bearer token, renewed the same way when it expires).
   */
  signIn(identity: AgentIdentity, options?: { suite?: PresentationSuite }): Promise<WalletSession>;
}

export function createWalletClient({ baseUrl, fetch = globalThis.fetch }: WalletClientOptions): WalletClient {
  async function authenticate(identity: AgentIdentity, suite: PresentationSuite | undefined) {
    const { challenge, domain } = await callRoute({ fetch, baseUrl, route: WALLET_ROUTES.challenge });
    const presentation = await signPresentation({ holder: identity, challenge, domain, ...(suite ? { suite } : {}) });
    return callRoute({ fetch, baseUrl, route: WALLET_ROUTES.signIn, body: { presentation } });
  }

  return {
    async signIn(identity, { suite } = {}) {
      const first = await authenticate(identity, suite);
      return createWalletSession({ baseUrl, fetch, identity, session: first, renew: () => authenticate(identity, suite) });
    }
  };
}
