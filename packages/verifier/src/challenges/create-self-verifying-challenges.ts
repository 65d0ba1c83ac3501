import { createSecretKey, hkdfSync, randomBytes } from 'node:crypto';
import { AgentVcError, systemClock, type ChallengeStore, type Clock } from '@agentvc/core';
import { createChallengeCodec } from './challenge-codec.js';
import { createUsedChallenges } from './create-used-challenges.js';

export interface SelfVerifyingChallengesOptions {
  /**
   * Bound into every challenge's MAC: a challenge issued for another domain under the same
   * secret is refused. Required with `secret`; the relying-party middleware passes its own.
   */
  domain?: string;
  /**
   * At least 32 bytes (a string: 32 characters; use random ones, e.g. `openssl rand -base64 32`).
   * Instances behind one load balancer must share it, or a challenge issued by one is refused by
   * the next. Default: 32 random bytes drawn here, good for this object only.
   */
  secret?: string | Uint8Array;
  clock?: Clock;
  /** How long a challenge may be answered. Default 120 s. */
  ttlSeconds?: number;
  /**
   * Consumed challenges remembered (each until its deadline) so they cannot be replayed. When
   * that many are still unexpired, consuming answers CHALLENGE_CAPACITY (retryable) rather than
   * forget one. Default 100,000 (about 7 MB when full).
   */
  maxUsed?: number;
}

const MIN_SECRET_BYTES = 32;
const KEY_INFO = 'agentvc relying-party challenges v1';

/**
 * Challenges that carry their own proof of issue: a random id, the deadline and an HMAC-SHA256
 * over both and the domain. Issuing stores nothing, so no number of anonymous requests can
 * push out an honest agent's challenge. Consuming checks the MAC (in constant time), the
 * deadline and single use against a bounded set of used ids kept until their deadlines.
 *
 * Single use holds per object: instances sharing a secret each remember what they consumed,
 * so a captured presentation could be answered once more by another instance before its
 * deadline. Where that matters, use the stored challenges (`createStoredChallenges` in
 * @agentvc/store), which every instance consumes atomically.
 */
export function createSelfVerifyingChallenges({
  domain,
  secret,
  clock = systemClock,
  ttlSeconds = 120,
  maxUsed = 100_000
}: SelfVerifyingChallengesOptions = {}): ChallengeStore {
  if (!(ttlSeconds > 0) || !Number.isSafeInteger(maxUsed) || maxUsed < 1) {
    throw new AgentVcError('INVALID_OPTIONS', 'ttlSeconds must be positive and maxUsed a positive integer');
  }
  if (domain !== undefined && (typeof domain !== 'string' || domain === '')) throw new AgentVcError('INVALID_OPTIONS', 'domain must be a non-empty string');
  const codec = createChallengeCodec(deriveKey(secret, domain), domain ?? '');
  const used = createUsedChallenges(maxUsed);

  return {
    async issue() {
      const expiresAt = clock.now().getTime() + Math.round(ttlSeconds * 1000);
      return { challenge: codec.encode(expiresAt).challenge, expiresAt: new Date(expiresAt) };
    },
    async consume(challenge) {
      const claims = codec.decode(challenge);
      if (!claims) throw new AgentVcError('CHALLENGE_INVALID', 'unknown challenge');
      const now = clock.now().getTime();
      if (claims.expiresAt <= now) throw new AgentVcError('CHALLENGE_EXPIRED', 'the challenge has expired');
      used.claim(claims.id, claims.expiresAt, now);
    }
  };
}

/** A key for this purpose only, so the configured secret may also serve elsewhere. */
function deriveKey(secret: string | Uint8Array | undefined, domain: string | undefined) {
  if (secret === undefined) return createSecretKey(randomBytes(32));
  const bytes = typeof secret === 'string' ? Buffer.from(secret, 'utf8') : secret instanceof Uint8Array ? secret : undefined;
  if (!bytes || (typeof secret === 'string' ? secret.length : bytes.length) < MIN_SECRET_BYTES) {
    throw new AgentVcError('INVALID_OPTIONS', `secret must be at least ${MIN_SECRET_BYTES} bytes (or a string of ${MIN_SECRET_BYTES} characters)`);
  }
  if (domain === undefined) throw new AgentVcError('INVALID_OPTIONS', 'a shared secret needs the domain its challenges are for');
  return createSecretKey(Buffer.from(hkdfSync('sha256', bytes, Buffer.alloc(0), KEY_INFO, 32)));
}
