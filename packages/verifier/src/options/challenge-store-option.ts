import { z } from 'zod';
import type { ChallengeStore } from '@agentvc/core';

/** An options field holding a ChallengeStore: anything that can issue and consume challenges. */
export const challengeStoreOption = z.custom<ChallengeStore>(
  (value) => typeof (value as ChallengeStore | null)?.issue === 'function' && typeof (value as ChallengeStore).consume === 'function',
  'must be a ChallengeStore (issue and consume)'
);
