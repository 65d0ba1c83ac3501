/** A challenge handed to a prover, with its deadline. */
export interface IssuedChallenge {
  challenge: string;
  expiresAt: Date;
}

/**
 * Single-use, expiring challenges (DID-auth, relying-party presentations). Implementations:
 * on the store (`createStoredChallenges`, shared by service instances) and in memory
 * (`createMemoryChallenges`, one process).
 */
export interface ChallengeStore {
  issue(): Promise<IssuedChallenge>;
  /**
   * Marks the challenge used; of two concurrent uses exactly one succeeds. Throws AgentVcError
   * CHALLENGE_INVALID (never issued), CHALLENGE_USED or CHALLENGE_EXPIRED.
   */
  consume(challenge: string): Promise<void>;
}
