import { AgentVcError, type ChallengeStore } from '@agentvc/core';
import type { Verifier } from '../create-verifier.js';
import { presentationChallenge } from '../proofs/presentation-challenge.js';

/**
 * DID-auth as the issuer and the wallet run it (through createDidAuth): a bare presentation
 * signed by the agent over a challenge from `challenges` and this service's `domain`. The
 * challenge is consumed before the (costly) verification, so a replay is refused without it.
 * Returns the agent's DID; throws AgentVcError CHALLENGE_INVALID / CHALLENGE_USED /
 * CHALLENGE_EXPIRED / CHALLENGE_CAPACITY, or DID_AUTH_FAILED with the verifier's problems as details.
 */
export async function verifyDidAuth({
  presentation,
  challenges,
  verifier,
  domain
}: {
  presentation: unknown;
  challenges: ChallengeStore;
  /** Trusting no issuer is right: DID-auth presentations carry no credentials. */
  verifier: Verifier;
  domain: string;
}): Promise<string> {
  const challenge = presentationChallenge(presentation);
  if (challenge === undefined) throw new AgentVcError('DID_AUTH_FAILED', 'the presentation proof carries no challenge');
  await challenges.consume(challenge);
  // the verifier refuses a proof whose challenge is not this one (CHALLENGE_MISMATCH)
  const result = await verifier.verifyPresentation(presentation, { challenge, domain });
  if (!result.verified || !result.holder) {
    throw new AgentVcError('DID_AUTH_FAILED', 'the DID-auth presentation did not verify', { details: { problems: result.problems } });
  }
  return result.holder;
}
