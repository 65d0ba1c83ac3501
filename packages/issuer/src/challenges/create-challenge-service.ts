import { randomBytes } from 'node:crypto';
import { AgentVcError, type Clock } from '@agentvc/core';
import type { Store } from '@agentvc/store';

export interface ChallengeRecord {
  _id: string;
  expiresAt: Date;
  usedAt?: Date;
}

export interface ChallengeService {
  create(): Promise<{ challenge: string; expiresAt: Date }>;
  /**
   * Marks the challenge used, atomically: of two concurrent uses one wins. Throws
   * CHALLENGE_INVALID (unknown), CHALLENGE_USED or CHALLENGE_EXPIRED.
   */
  consume(challenge: string): Promise<void>;
}

/** Single-use, short-lived DID-auth challenges. */
export function createChallengeService({ store, clock, ttlSeconds }: { store: Store; clock: Clock; ttlSeconds: number }): ChallengeService {
  const challenges = store.collection<ChallengeRecord>('challenges');
  return {
    async create() {
      const challenge = randomBytes(24).toString('base64url');
      const expiresAt = new Date(clock.now().getTime() + ttlSeconds * 1000);
      await challenges.insertOne({ _id: challenge, expiresAt });
      return { challenge, expiresAt };
    },
    async consume(challenge) {
      const now = clock.now();
      // expiry is checked in the filter, not left to the TTL index (lazy on the embedded engine)
      const claimed = await challenges.findOneAndUpdate(
        { _id: challenge, usedAt: { $exists: false }, expiresAt: { $gt: now } },
        { $set: { usedAt: now } }
      );
      if (claimed) return;
      const known = typeof challenge === 'string' ? await challenges.findOne({ _id: challenge }) : null;
      if (!known) throw new AgentVcError('CHALLENGE_INVALID', 'unknown challenge');
      if (known.usedAt) throw new AgentVcError('CHALLENGE_USED', 'the challenge was already used');
      throw new AgentVcError('CHALLENGE_EXPIRED', 'the challenge has expired');
    }
  };
}
