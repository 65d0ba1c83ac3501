import type { ChallengeStore, Clock } from '@agentvc/core';
import { createSelfVerifyingChallenges } from './create-self-verifying-challenges.js';

export interface MemoryChallengesOptions {
  clock?: Clock;
  /** How long a challenge may be answered. Default 120 s. */
  ttlSeconds?: number;
  /**
   * Consumed challenges remembered until their deadlines (`maxUsed`). It once bounded the
   * challenges issued and forgot the oldest, which let a flood push out an honest challenge.
   */
  maxOutstanding?: number;
}

/**
 * @deprecated Use `createSelfVerifyingChallenges` (which this now is, with a key of its own and
 * no domain), or leave `challenges` out of `requireCapability`: its default is the same, bound to
 * the middleware's domain. Kept so existing callers get challenges a flood cannot evict.
 */
export function createMemoryChallenges({ clock, ttlSeconds, maxOutstanding }: MemoryChallengesOptions = {}): ChallengeStore {
  return createSelfVerifyingChallenges({
    ...(clock ? { clock } : {}),
    ...(ttlSeconds !== undefined ? { ttlSeconds } : {}),
    ...(maxOutstanding !== undefined ? { maxUsed: maxOutstanding } : {})
  });
}
