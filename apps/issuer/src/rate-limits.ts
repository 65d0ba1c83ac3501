/**
 * The issuer's per-client limits: requests (for `authFailures`, refused operator
 * authentications) per window, by default 60 s. Set with `ISSUER_RATE_LIMIT_CHALLENGES`,
 * `_SIGN_INS`, `_AUTH_FAILURES` and `_WINDOW_SECONDS`; 0 turns a limit off.
 */
export const ISSUER_RATE_LIMITS = {
  /** POST /challenges: one per credential request is all an agent needs */
  challenges: 120,
  /** POST /credentials/request: DID-auth, a presentation to verify */
  signIns: 60,
  /** refused operator API keys, counted per client on every operator route */
  authFailures: 60
};

export type IssuerRateLimitName = keyof typeof ISSUER_RATE_LIMITS;
