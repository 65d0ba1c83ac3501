import { randomBytes } from 'node:crypto';
import { AgentVcError, type ChallengeStore, type Clock } from '@agentvc/core';
import type { Store } from './collection.js';

interface ChallengeRecord {
  _id: string;
  expiresAt: Date;
  usedAt?: Date;
}

/**
 * Challenges on the store, so every instance behind a load balancer honours them. Consuming
 * is one atomic findOneAndUpdate whose filter also checks expiry (TTL indexes are lazy on the
 * embedded engine); the TTL index only cleans up.
 */
export async function createStoredChallenges({
  store,
  clock,
  ttlSeconds,
  collection = 'challenges'
}: {
  store: Store;
  clock: Clock;
  ttlSeconds: number;
  collection?: string;
}): Promise<ChallengeStore> {
  const challenges = store.collection<ChallengeRecord>(collection);
  // cleanup only (consume() checks expiry itself): kept briefly past expiry, so a late replay
  // still reads CHALLENGE_USED/EXPIRED rather than CHALLENGE_INVALID, without piling up
  await challenges.createIndexes([{ key: { expiresAt: 1 }, expireAfterSeconds: 300 }]);
  return {
    async issue() {
      const challenge = randomBytes(24).toString('base64url');
      const expiresAt = new Date(clock.now().getTime() + ttlSeconds * 1000);
      await challenges.insertOne({ _id: challenge, expiresAt });
      return { challenge, expiresAt };
    },
    async consume(challenge) {
      if (typeof challenge !== 'string' || challenge.length === 0 || challenge.length > 256) {
        throw new AgentVcError('CHALLENGE_INVALID', 'unknown challenge');
      }
      const now = clock.now();
      const claimed = await challenges.findOneAndUpdate(
        { _id: challenge, usedAt: { $exists: false }, expiresAt: { $gt: now } },
        { $set: { usedAt: now } }
      );
      if (claimed) return;
      const known = await challenges.findOne({ _id: challenge });
      if (!known) throw new AgentVcError('CHALLENGE_INVALID', 'unknown challenge');
      if (known.usedAt) throw new AgentVcError('CHALLENGE_USED', 'the challenge was already used');
      throw new AgentVcError('CHALLENGE_EXPIRED', 'the challenge has expired');
    }
  };
}
