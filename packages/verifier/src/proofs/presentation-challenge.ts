/** Longer is no challenge any ChallengeStore issues; refusing it here keeps it out of store lookups. */
export const MAX_CHALLENGE_LENGTH = 256;

/**
 * The challenge a presentation was signed over: the `challenge` of its one proof (a proof
 * object, or an array holding one), as the presentation check reads it. Signed proofs cover
 * their options, challenge included, and verifyPresentation refuses a proof whose challenge is
 * not the expected one, so consuming this value and then verifying against it checks what was
 * signed. Undefined when there is not exactly one proof with a challenge of 1 to 256 characters.
 * DID-auth and the relying-party gate both read it here, before any cryptography.
 */
export function presentationChallenge(presentation: unknown): string | undefined {
  if (!presentation || typeof presentation !== 'object' || Array.isArray(presentation)) return undefined;
  const { proof } = presentation as { proof?: unknown };
  const proofs: unknown[] = Array.isArray(proof) ? proof : [proof];
  const [only] = proofs;
  if (proofs.length !== 1 || !only || typeof only !== 'object') return undefined;
  const { challenge } = only as { challenge?: unknown };
  return typeof challenge === 'string' && challenge.length > 0 && challenge.length <= MAX_CHALLENGE_LENGTH ? challenge : undefined;
}
