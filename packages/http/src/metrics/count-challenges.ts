import type { ChallengeStore } from '@agentvc/core';
import type { Registry } from 'prom-client';
import { counterOn, errorLabel } from './metric-labels.js';

/**
 * The store, counting on `registry`: `agentvc_challenges_issued_total` and
 * `agentvc_challenges_consumed_total{outcome}` (ok, or the refusal's code: CHALLENGE_USED,
 * CHALLENGE_EXPIRED, CHALLENGE_INVALID, CHALLENGE_CAPACITY, ...). Errors pass through unchanged.
 */
export function countChallenges(challenges: ChallengeStore, registry: Registry): ChallengeStore {
  const issued = counterOn(registry, 'agentvc_challenges_issued_total', 'Challenges handed out');
  const consumed = counterOn(registry, 'agentvc_challenges_consumed_total', 'Challenges presented back, by outcome (ok or the refusal code)', ['outcome']);
  return {
    async issue() {
      const challenge = await challenges.issue();
      issued.inc();
      return challenge;
    },
    async consume(challenge) {
      try {
        await challenges.consume(challenge);
      } catch (error) {
        consumed.inc({ outcome: errorLabel(error) });
        throw error;
      }
      consumed.inc({ outcome: 'ok' });
    }
  };
}
