import { randomBytes } from 'node:crypto';
import { AgentVcError, systemClock, type ChallengeStore, type Clock } from '@agentvc/core';

export interface MemoryChallengesOptions {
  clock?: Clock;
  /** How long a challenge may be answered. Default 120 s. */
  ttlSeconds?: number;
  /** Challenges kept at most; past it the oldest is forgotten. Default 10,000. */
  maxOutstanding?: number;
}

/**
 * Single-use, expiring challenges in this process's memory: for one relying-party process.
 * Behind a load balancer use the stored ones (`createStoredChallenges` in @agentvc/store),
 * or a challenge issued by one instance is unknown to the next.
 *
 * Bounded so that unauthenticated callers, who can each make us issue a challenge, cannot grow
 * it without limit. A used challenge is kept until its deadline so a replay is reported as
 * CHALLENGE_USED; an evicted one reads as CHALLENGE_INVALID, which refuses all the same.
 */
export function createMemoryChallenges({ clock = systemClock, ttlSeconds = 120, maxOutstanding = 10_000 }: MemoryChallengesOptions = {}): ChallengeStore {
  if (!(ttlSeconds > 0) || !Number.isSafeInteger(maxOutstanding) || maxOutstanding < 1) {
    throw new AgentVcError('INVALID_OPTIONS', 'ttlSeconds must be positive and maxOutstanding a positive integer');
  }
  // insertion order is issue order, and with one TTL also deadline order: the oldest go first
  const outstanding = new Map<string, { expiresAt: number; used: boolean }>();

  function sweep(now: number): void {
    for (const [challenge, entry] of outstanding) {
      if (entry.expiresAt > now && outstanding.size < maxOutstanding) return;
      outstanding.delete(challenge);
    }
  }

  return {
    async issue() {
      const now = clock.now().getTime();
      sweep(now);
      const challenge = randomBytes(24).toString('base64url');
      const expiresAt = now + ttlSeconds * 1000;
      outstanding.set(challenge, { expiresAt, used: false });
      return { challenge, expiresAt: new Date(expiresAt) };
    },
    async consume(challenge) {
      // check and mark in one synchronous step: of two concurrent uses exactly one wins
      const entry = typeof challenge === 'string' ? outstanding.get(challenge) : undefined;
      if (!entry) throw new AgentVcError('CHALLENGE_INVALID', 'unknown challenge');
      if (entry.used) throw new AgentVcError('CHALLENGE_USED', 'the challenge was already used');
      if (entry.expiresAt <= clock.now().getTime()) throw new AgentVcError('CHALLENGE_EXPIRED', 'the challenge has expired');
      entry.used = true;
    }
  };
}
