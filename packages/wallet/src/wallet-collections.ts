/**
 * Collection names, prefixed so the wallet can share a MongoDB database with the issuer
 * (which has its own `challenges` and `credentials`).
 */
export const WALLET_COLLECTIONS = {
  challenges: 'wallet_challenges',
  sessions: 'wallet_sessions',
  credentials: 'wallet_credentials',
  keys: 'wallet_keys'
} as const;
