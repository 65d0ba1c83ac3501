/** Why a credential or presentation was not accepted. Stable: programs branch on these. */
export type ProblemCode =
  | 'MALFORMED_CREDENTIAL'
  | 'MALFORMED_PRESENTATION'
  | 'DOCUMENT_TOO_LARGE'
  /** Deeper, with more objects, blank nodes or array entries than the limits, or too costly to canonicalize. */
  | 'DOCUMENT_TOO_COMPLEX'
  /** A key or value spelled other than as the plain term its contexts define (the data checked must be the data signed). */
  | 'NON_CANONICAL_TERM'
  | 'UNKNOWN_CONTEXT'
  | 'PROOF_MISSING'
  | 'UNSUPPORTED_PROOF_TYPE'
  | 'WRONG_PROOF_PURPOSE'
  | 'VERIFICATION_METHOD_NOT_CONTROLLER'
  | 'INVALID_PROOF'
  | 'CHALLENGE_MISSING'
  | 'CHALLENGE_MISMATCH'
  /** From a ChallengeStore: never issued, already used, or past its deadline. */
  | 'CHALLENGE_INVALID'
  | 'CHALLENGE_USED'
  | 'CHALLENGE_EXPIRED'
  | 'DOMAIN_MISSING'
  | 'DOMAIN_MISMATCH'
  | 'HOLDER_MISMATCH'
  | 'HOLDER_NOT_SUBJECT'
  | 'NO_TRUSTED_ISSUERS'
  | 'UNTRUSTED_ISSUER'
  | 'NOT_YET_VALID'
  | 'EXPIRED'
  | 'STATUS_UNSUPPORTED'
  | 'STATUS_UNAVAILABLE'
  | 'STATUS_LIST_INVALID'
  /** The status list credential is past its expirationDate/validUntil (a stale or replayed copy). */
  | 'STATUS_LIST_EXPIRED'
  | 'STATUS_LIST_ISSUER_MISMATCH'
  | 'STATUS_REVOKED'
  | 'STATUS_SUSPENDED'
  | 'CAPABILITY_MALFORMED'
  | 'CAPABILITY_UNKNOWN_TYPE'
  | 'CAPABILITY_NOT_GRANTED'
  | 'CAPABILITY_AMOUNT_EXCEEDED'
  | 'CAPABILITY_CURRENCY_MISMATCH'
  | 'CAPABILITY_MERCHANT_NOT_ALLOWED'
  | 'CAPABILITY_CATEGORY_NOT_ALLOWED'
  | 'CAPABILITY_ACTION_NOT_ALLOWED'
  | 'CAPABILITY_RESOURCE_NOT_ALLOWED';

export interface Problem {
  code: ProblemCode;
  message: string;
  /** Where in the input, e.g. `verifiableCredential[0].expirationDate`. */
  path?: string;
}

export function problem(code: ProblemCode, message: string, path?: string): Problem {
  return path === undefined ? { code, message } : { code, message, path };
}

/** Prefixes the paths of problems found inside a nested document. */
export function nestProblems(problems: Problem[], prefix: string): Problem[] {
  return problems.map((p) => ({ ...p, path: p.path ? `${prefix}.${p.path}` : prefix }));
}
