import { z } from 'zod';
import type { ChallengeStore, IssuedChallenge } from '@agentvc/core';
import { createVerifier } from '../create-verifier.js';
import { challengeStoreOption } from '../options/challenge-store-option.js';
import { parseOptions } from '../options/parse-options.js';
import { verifierOptionsSchema } from '../verifier-options.js';
import { verifyDidAuth } from './verify-did-auth.js';

/** DID-auth presentations carry no credentials: no issuer to trust, no status to fetch. */
const didAuthOptionsSchema = z.strictObject({
  /** Where challenges are issued and consumed (stored ones when several instances serve the domain). */
  challenges: challengeStoreOption,
  /** This service's DID-auth domain (the host of its public URL); presentations must be signed for it. */
  domain: z.string().min(1, 'must be the DID-auth domain, e.g. issuer.example'),
  ...verifierOptionsSchema.omit({ trustedIssuers: true, fetchStatusList: true }).shape
});

export type DidAuthOptions = z.input<typeof didAuthOptionsSchema>;

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
export function createDidAuth(options: DidAuthOptions): DidAuth {
  const { challenges, domain, ...verifierOptions } = parseOptions('createDidAuth', didAuthOptionsSchema, options);
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
