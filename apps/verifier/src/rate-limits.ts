/**
 * The verifier's per-client limits, requests per window (by default 60 s). Its callers are
 * relying-party servers verifying for many agents, so they are higher than the issuer's and
 * wallet's. Set with `VERIFIER_RATE_LIMIT_CHALLENGES`, `_VERIFY` and `_WINDOW_SECONDS`; 0 turns
 * a limit off (benchmarks drive one client far past them: see docs/benchmarks.md).
 */
export const VERIFIER_RATE_LIMITS = {
  /** POST /challenges */
  challenges: 1200,
  /** POST /credentials/verify and POST /presentations/verify, counted together */
  verify: 1200
};

export type VerifierRateLimitName = keyof typeof VERIFIER_RATE_LIMITS;
