import { AgentVcError } from '@agentvc/core';

export interface UsedChallenges {
  /**
   * Records `id` as used, in one synchronous step (of two concurrent claims exactly one wins).
   * Throws CHALLENGE_USED for an id already recorded, and CHALLENGE_CAPACITY (retryable, with
   * `details.retryAfterSeconds`) when `maxUsed` ids are still unexpired: a used id is never
   * forgotten early, since forgetting it would let its presentation be replayed.
   */
  claim(id: string, expiresAt: number, now: number): void;
  readonly size: number;
}

/**
 * The ids of consumed challenges, each kept until its challenge's deadline. Grouped by the
 * second in which they expire, so pruning drops whole groups and never scans single ids.
 * Callers must refuse an expired challenge before claiming it: that is what makes pruning safe.
 */
export function createUsedChallenges(maxUsed: number): UsedChallenges {
  // second (rounded up) -> ids expiring within it; a group is dropped once that second has begun
  const groups = new Map<number, Set<string>>();
  let size = 0;
  let nextPrune = 0;

  function prune(now: number): void {
    for (const [second, ids] of groups) {
      if (second * 1000 > now) continue;
      groups.delete(second);
      size -= ids.size;
    }
    nextPrune = now + 1000;
  }

  function secondsUntilRoom(now: number): number {
    let earliest = Infinity;
    for (const second of groups.keys()) earliest = Math.min(earliest, second);
    return Math.max(1, Math.ceil((earliest * 1000 - now) / 1000));
  }

  return {
    claim(id, expiresAt, now) {
      if (now >= nextPrune || size >= maxUsed) prune(now);
      const second = Math.ceil(expiresAt / 1000);
      const group = groups.get(second);
      if (group?.has(id)) throw new AgentVcError('CHALLENGE_USED', 'the challenge was already used');
      if (size >= maxUsed) {
        const retryAfterSeconds = secondsUntilRoom(now);
        throw new AgentVcError(
          'CHALLENGE_CAPACITY',
          `${size} challenges used within their lifetime are remembered (the limit) so none can be replayed; retry in ${retryAfterSeconds} s`,
          { details: { retryAfterSeconds } }
        );
      }
      if (group) group.add(id);
      else groups.set(second, new Set([id]));
      size += 1;
    },
    get size() {
      return size;
    }
  };
}
