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
 * is one atomic findOneAndUpdate by `_id` that marks it used and returns it as it was; expiry is
 * read from that document (TTL indexes are lazy on the embedded engine); the TTL index only
 * cleans up.
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
      // One atomic update by _id that returns the document as it was: the caller whose update
      // found no `usedAt` before the deadline claimed it; every later one sees the mark (usedAt is
      // the latest attempt). By _id alone, so every server answers it from the _id index: FerretDB
      // scanned the collection for the richer filter this replaced (13 consumes/s at 1,000
      // documents, 57/s by _id; MongoDB uses the _id index either way).
      const before = await challenges.findOneAndUpdate({ _id: challenge }, { $set: { usedAt: now } }, { returnDocument: 'before' });
      if (!before) throw new AgentVcError('CHALLENGE_INVALID', 'unknown challenge');
      // expiry first: a late attempt marks the document too, and must keep reading EXPIRED
      if (before.expiresAt.getTime() <= now.getTime()) throw new AgentVcError('CHALLENGE_EXPIRED', 'the challenge has expired');
      if (before.usedAt) throw new AgentVcError('CHALLENGE_USED', 'the challenge was already used');
    }
  };
}
