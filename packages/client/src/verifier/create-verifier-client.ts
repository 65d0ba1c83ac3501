import { VERIFIER_ROUTES, type CapabilityRequirement, type Challenge, type VerificationResult } from '@agentvc/core';
import { callRoute } from '../http/call-route.js';
import type { FetchLike } from '../http/fetch-like.js';

/** What the verifier service answers, 200 (verified) or 400 (not): data, not an error. The contract's VerificationResult. */
export type RemoteVerification = VerificationResult;

export interface VerifierClient {
  /** A challenge issued (and later consumed) by the verifier service. */
  challenge(): Promise<Challenge>;
  verifyCredential(credential: unknown, options?: { capability?: CapabilityRequirement }): Promise<RemoteVerification>;
  verifyPresentation(presentation: unknown, options: { challenge: string; domain: string; capability?: CapabilityRequirement }): Promise<RemoteVerification>;
}

/** The verifier service (apps/verifier) for relying parties that do not embed @agentvc/verifier. */
export function createVerifierClient({ baseUrl, fetch = globalThis.fetch }: { baseUrl: string; fetch?: FetchLike }): VerifierClient {
  // the contract gives 400 a body (NotVerified): callRoute returns it as data; a 400 problem about the request is thrown
  return {
    challenge: () => callRoute({ fetch, baseUrl, route: VERIFIER_ROUTES.challenge }),
    verifyCredential: (credential, options = {}) => callRoute({ fetch, baseUrl, route: VERIFIER_ROUTES.verifyCredential, body: { verifiableCredential: credential, options } }),
    verifyPresentation: (presentation, options) => callRoute({ fetch, baseUrl, route: VERIFIER_ROUTES.verifyPresentation, body: { verifiablePresentation: presentation, options } })
  };
}
