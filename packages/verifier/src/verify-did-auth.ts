import { AgentVcError, type ChallengeStore } from '@agentvc/core';
import type { Verifier } from './create-verifier.js';

/**
 * DID-auth as the issuer and the wallet run it: a bare presentation signed by the agent over a
 * challenge from `challenges` and this service's `domain`. The challenge is consumed before
 * the (costly) verification, so a replay is refused without it. Returns the agent's DID;
 * throws AgentVcError CHALLENGE_INVALID / CHALLENGE_USED / CHALLENGE_EXPIRED, or
 * DID_AUTH_FAILED with the verifier's problems as details.
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
  const proof = (presentation as { proof?: { challenge?: unknown } } | null)?.proof;
  const challenge = proof && !Array.isArray(proof) ? proof.challenge : undefined;
  if (typeof challenge !== 'string') throw new AgentVcError('DID_AUTH_FAILED', 'the presentation proof carries no challenge');
  await challenges.consume(challenge);
  const result = await verifier.verifyPresentation(presentation, { challenge, domain });
  if (!result.verified || !result.holder) {
    throw new AgentVcError('DID_AUTH_FAILED', 'the DID-auth presentation did not verify', { details: { problems: result.problems } });
  }
  return result.holder;
}
