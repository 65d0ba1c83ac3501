/**
 * The wallet's per-client limits: requests (for `authFailures`, refused session tokens) per
 * window, by default 60 s. Set with `WALLET_RATE_LIMIT_CHALLENGES`, `_SIGN_INS`,
 * `_AUTH_FAILURES` and `_WINDOW_SECONDS`; 0 turns a limit off.
 */
export const WALLET_RATE_LIMITS = {
  /** POST /auth/challenges: one per sign-in is all an agent needs */
  challenges: 120,
  /** POST /auth/sessions: DID-auth, a presentation to verify */
  signIns: 60,
  /** refused session tokens (invalid, expired), counted per client on every authenticated route */
  authFailures: 60
};

export type WalletRateLimitName = keyof typeof WALLET_RATE_LIMITS;
