import { z } from 'zod';
import { capabilitySchema } from '../schemas/capability.js';

/** Why a credential or presentation was not accepted. Stable: programs branch on these. */
export const PROBLEM_CODES = [
  'MALFORMED_CREDENTIAL',
  'MALFORMED_PRESENTATION',
  'DOCUMENT_TOO_LARGE',
  /** Deeper, with more objects, blank nodes or array entries than the limits, or too costly to canonicalize. */
  'DOCUMENT_TOO_COMPLEX',
  /** A key or value spelled other than as the plain term its contexts define (the data checked must be the data signed). */
  'NON_CANONICAL_TERM',
  'UNKNOWN_CONTEXT',
  'PROOF_MISSING',
  'UNSUPPORTED_PROOF_TYPE',
  'WRONG_PROOF_PURPOSE',
  'VERIFICATION_METHOD_NOT_CONTROLLER',
  'INVALID_PROOF',
  'CHALLENGE_MISSING',
  'CHALLENGE_MISMATCH',
  /** From a ChallengeStore: never issued, already used, or past its deadline. */
  'CHALLENGE_INVALID',
  'CHALLENGE_USED',
  'CHALLENGE_EXPIRED',
  'DOMAIN_MISSING',
  'DOMAIN_MISMATCH',
  'HOLDER_MISMATCH',
  'HOLDER_NOT_SUBJECT',
  'NO_TRUSTED_ISSUERS',
  'UNTRUSTED_ISSUER',
  'NOT_YET_VALID',
  'EXPIRED',
  'STATUS_UNSUPPORTED',
  'STATUS_UNAVAILABLE',
  'STATUS_LIST_INVALID',
  /** The status list credential is past its expirationDate/validUntil (a stale or replayed copy). */
  'STATUS_LIST_EXPIRED',
  'STATUS_LIST_ISSUER_MISMATCH',
  'STATUS_REVOKED',
  'STATUS_SUSPENDED',
  'CAPABILITY_MALFORMED',
  'CAPABILITY_UNKNOWN_TYPE',
  'CAPABILITY_NOT_GRANTED',
  'CAPABILITY_AMOUNT_EXCEEDED',
  'CAPABILITY_CURRENCY_MISMATCH',
  'CAPABILITY_MERCHANT_NOT_ALLOWED',
  'CAPABILITY_CATEGORY_NOT_ALLOWED',
  'CAPABILITY_ACTION_NOT_ALLOWED',
  'CAPABILITY_RESOURCE_NOT_ALLOWED',
  /** The wallet's own, when it refuses to keep a credential: no id, or not the signed-in agent's. */
  'CREDENTIAL_ID_MISSING',
  'SUBJECT_MISMATCH'
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];

/**
 * What a problem is about: the presentation itself (present again: 401 at the middleware) or
 * what the credentials prove or grant (403). Set where the problem is found, never derived from
 * its `path`.
 */
export const PROBLEM_SCOPES = ['presentation', 'credential'] as const;
export type ProblemScope = (typeof PROBLEM_SCOPES)[number];

export const verificationProblemSchema = z
  .object({
    code: z.enum(PROBLEM_CODES),
    message: z.string(),
    path: z.string().optional().describe('Where in the input, e.g. verifiableCredential[0].expirationDate'),
    // a reader of an older service, which sent no scope, takes it as about the presentation (present again)
    scope: z.enum(PROBLEM_SCOPES).default('presentation')
  })
  .meta({ id: 'VerificationProblem' });

export type Problem = z.infer<typeof verificationProblemSchema>;

/**
 * A verification problem. Its scope is a fact of where it is found: capability problems are
 * about what the credentials grant; checks of a credential scope theirs to it; everything else
 * found in a presentation is about the presentation.
 */
export function verificationProblem(
  code: ProblemCode,
  message: string,
  path?: string,
  scope: ProblemScope = code.startsWith('CAPABILITY_') ? 'credential' : 'presentation'
): Problem {
  return path === undefined ? { code, message, scope } : { code, message, path, scope };
}

/** A capability together with the credential that grants it. */
export const grantedCapabilitySchema = z
  .object({ credentialId: z.string().optional(), issuer: z.string(), capability: capabilitySchema })
  .meta({ id: 'GrantedCapability' });

export type GrantedCapability = z.infer<typeof grantedCapabilitySchema>;

const resultFields = {
  problems: z.array(verificationProblemSchema),
  holder: z.string().optional().describe('The DID that signed the presentation (presentations only, when its proof verified)'),
  // defaults: a refusal without credentials to report may leave them out
  issuers: z.array(z.string()).default([]).describe('Issuers of the credentials that passed every check'),
  capabilities: z.array(grantedCapabilitySchema).default([]).describe('Capabilities of the credentials that passed every check'),
  grantedBy: grantedCapabilitySchema.optional().describe('With a required capability: the capability that grants it')
};

/** What verifyCredential / verifyPresentation return (they never throw for a bad document), and the verifier service answers. */
export const verificationResultSchema = z.object({ verified: z.boolean(), ...resultFields });
export type VerificationResult = z.infer<typeof verificationResultSchema>;

export const verifiedSchema = z.object({ verified: z.literal(true), ...resultFields }).meta({ id: 'Verified' });
export const notVerifiedSchema = z.object({ verified: z.literal(false), ...resultFields }).meta({ id: 'NotVerified' });
