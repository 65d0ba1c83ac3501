import { randomBytes } from 'node:crypto';

/**
 * `avc_<id>_<secret>`: a random 96-bit key id (24 hex digits, so the first `_` after it ends it)
 * and a secret of at least 256 bits (43+ base64url characters). The id is a lookup handle, not a
 * secret; only scrypt of the whole token is stored.
 */
export const API_KEY_TOKEN_PATTERN = /^avc_([0-9a-f]{24})_([A-Za-z0-9_-]{43,256})$/;

// a stored key's record id (`key_` + the token's hex digits): the HTTP contract's, which DELETE /admin/api-keys/:id accepts
export { API_KEY_ID_PATTERN } from '@agentvc/core';

/** A new operator token; what `npm start` prints and `POST /admin/api-keys` returns once. */
export function generateApiKeyToken(): string {
  return `avc_${randomBytes(12).toString('hex')}_${randomBytes(32).toString('base64url')}`;
}

/** The record id a token names, or undefined when the token is not in the current format. */
export function apiKeyIdOf(token: string): string | undefined {
  const match = API_KEY_TOKEN_PATTERN.exec(token);
  return match ? `key_${match[1]}` : undefined;
}
