import { ISSUER_ROUTES, type AgentIdentity, type VerifiableCredential } from '@agentvc/core';
import { callRoute } from '../http/call-route.js';
import type { FetchLike } from '../http/fetch-like.js';
import { signPresentation, type PresentationSuite } from '../sign-presentation.js';
import { createOperatorCalls, type OperatorCalls } from './create-operator-calls.js';
import type { Challenge, IssuerInfo } from './issuer-schemas.js';

export interface IssuerClientOptions {
  /** The issuer service, e.g. `http://localhost:4100`. */
  baseUrl: string;
  fetch?: FetchLike;
  /** Operator API key; needed only for the operator calls. */
  apiKey?: string;
}

export interface IssuerClient extends OperatorCalls {
  /** The issuer's DID (to trust in verifiers), DID-auth domain and public URL. */
  issuerInfo(): Promise<IssuerInfo>;
  /** A single-use DID-auth challenge. */
  challenge(): Promise<Challenge>;
  /**
   * DID-auth then issuance: gets a challenge, signs a bare presentation over it with the
   * agent's key, and returns the capability credential for the agent's active grants.
   */
  requestCredential(identity: AgentIdentity, options?: { suite?: PresentationSuite }): Promise<VerifiableCredential>;
}

export function createIssuerClient({ baseUrl, fetch = globalThis.fetch, apiKey }: IssuerClientOptions): IssuerClient {
  const challenge = (): Promise<Challenge> => callRoute({ fetch, baseUrl, route: ISSUER_ROUTES.challenge });

  return {
    ...createOperatorCalls({ baseUrl, fetch, apiKey }),
    issuerInfo: () => callRoute({ fetch, baseUrl, route: ISSUER_ROUTES.issuerInfo }),
    challenge,
    async requestCredential(identity, { suite } = {}) {
      const { challenge: value, domain } = await challenge();
      const presentation = await signPresentation({ holder: identity, challenge: value, domain, ...(suite ? { suite } : {}) });
      const { verifiableCredential } = await callRoute({ fetch, baseUrl, route: ISSUER_ROUTES.requestCredential, body: { presentation } });
      return verifiableCredential;
    }
  };
}
