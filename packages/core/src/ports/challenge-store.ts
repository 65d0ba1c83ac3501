/** A challenge handed to a prover, with its deadline. */
export interface IssuedChallenge {
  challenge: string;
  expiresAt: Date;
}

/**
 * Single-use, expiring challenges (DID-auth, relying-party presentations). Implementations:
 * on the store (`createStoredChallenges`, shared by service instances) and self-verifying
 * (`createSelfVerifyingChallenges` in @agentvc/verifier: an HMAC'd challenge, nothing stored
 * until it is consumed).
 */
export interface ChallengeStore {
  issue(): Promise<IssuedChallenge>;
  /**
   * Marks the challenge used; of two concurrent uses exactly one succeeds. Throws AgentVcError
   * CHALLENGE_INVALID (never issued), CHALLENGE_USED or CHALLENGE_EXPIRED, or the retryable
   * CHALLENGE_CAPACITY (not consumed; `details.retryAfterSeconds`).
   */
  consume(challenge: string): Promise<void>;
}
