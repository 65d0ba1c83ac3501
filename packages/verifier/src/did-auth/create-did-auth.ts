import { AgentVcError, type ChallengeStore, type IssuedChallenge } from '@agentvc/core';
import { createVerifier } from '../create-verifier.js';
import { verifyDidAuth } from './verify-did-auth.js';
import type { VerifierOptions } from '../verifier-options.js';

/** DID-auth presentations carry no credentials: no issuer to trust, no status to fetch. */
export type DidAuthOptions = Omit<VerifierOptions, 'trustedIssuers' | 'fetchStatusList'> & {
  /** Where challenges are issued and consumed (stored ones when several instances serve the domain). */
  challenges: ChallengeStore;
  /** This service's DID-auth domain (the host of its public URL); presentations must be signed for it. */
  domain: string;
};

export interface DidAuth {
  readonly domain: string;
  /** The store behind issueChallenge and authenticate. */
  readonly challenges: ChallengeStore;
  /** A fresh single-use challenge and the domain the agent signs its presentation for. */
  issueChallenge(): Promise<IssuedChallenge & { domain: string }>;
  /**
   * The agent's DID, from a bare presentation it signed over one of these challenges and this
   * domain. Throws AgentVcError CHALLENGE_INVALID / CHALLENGE_USED / CHALLENGE_EXPIRED /
   * CHALLENGE_CAPACITY, or DID_AUTH_FAILED (the verifier's problems in `details.problems`).
   */
  authenticate(presentation: unknown): Promise<string>;
}

/** DID-auth, once for every service that signs agents in (the issuer, the wallet). */
export function createDidAuth({ challenges, domain, ...verifierOptions }: DidAuthOptions): DidAuth {
  if (typeof challenges?.issue !== 'function' || typeof challenges.consume !== 'function') {
    throw new AgentVcError('INVALID_OPTIONS', 'createDidAuth needs challenges that can issue and consume');
  }
  if (typeof domain !== 'string' || domain.length === 0) throw new AgentVcError('INVALID_OPTIONS', 'createDidAuth needs the domain, e.g. issuer.example');
  const verifier = createVerifier({ ...verifierOptions, trustedIssuers: [] });
  return {
    domain,
    challenges,
    async issueChallenge() {
      return { ...(await challenges.issue()), domain };
    },
    authenticate: (presentation) => verifyDidAuth({ presentation, challenges, verifier, domain })
  };
}
