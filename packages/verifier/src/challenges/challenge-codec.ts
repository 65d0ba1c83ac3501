import { createHmac, randomBytes, timingSafeEqual, type KeyObject } from 'node:crypto';

/** What a self-verifying challenge carries besides its MAC. */
export interface ChallengeClaims {
  /** 16 random bytes, base64url: what the used-set remembers. */
  id: string;
  /** Milliseconds since the epoch. */
  expiresAt: number;
}

export interface ChallengeCodec {
  /** A new challenge string: random id, the deadline and the MAC, base64url (74 characters). */
  encode(expiresAt: number): { challenge: string; claims: ChallengeClaims };
  /** The claims of a challenge this codec made (same key, same domain), else undefined. */
  decode(challenge: unknown): ChallengeClaims | undefined;
}

// version (1) | id (16) | expiresAt ms, unsigned big-endian (6) | HMAC-SHA256 (32)
const VERSION = 1;
const ID_BYTES = 16;
const EXPIRY_BYTES = 6;
const SIGNED_BYTES = 1 + ID_BYTES + EXPIRY_BYTES;
const TOTAL_BYTES = SIGNED_BYTES + 32;
const ENCODED = new RegExp(`^[A-Za-z0-9_-]{${Math.ceil((TOTAL_BYTES * 4) / 3)}}$`);
const MAX_EXPIRY = 2 ** (8 * EXPIRY_BYTES) - 1;

/**
 * The challenge format: URL- and header-safe, opaque to the prover, who signs it verbatim as
 * the presentation's `proof.challenge`. The MAC covers every other byte and the domain, which is
 * not carried: a challenge issued for another domain under the same key fails the MAC.
 */
export function createChallengeCodec(key: KeyObject, domain: string): ChallengeCodec {
  const domainBytes = Buffer.from(domain, 'utf8');
  // the signed bytes have a fixed length, so appending the domain is unambiguous
  const mac = (signed: Buffer): Buffer => createHmac('sha256', key).update(signed).update(domainBytes).digest();

  return {
    encode(expiresAt) {
      if (!Number.isSafeInteger(expiresAt) || expiresAt < 0 || expiresAt > MAX_EXPIRY) throw new RangeError(`expiry out of range: ${expiresAt}`);
      const signed = Buffer.alloc(SIGNED_BYTES);
      signed[0] = VERSION;
      randomBytes(ID_BYTES).copy(signed, 1);
      signed.writeUIntBE(expiresAt, 1 + ID_BYTES, EXPIRY_BYTES);
      const challenge = Buffer.concat([signed, mac(signed)]).toString('base64url');
      return { challenge, claims: { id: idOf(signed), expiresAt } };
    },
    decode(challenge) {
      if (typeof challenge !== 'string' || !ENCODED.test(challenge)) return undefined;
      const bytes = Buffer.from(challenge, 'base64url');
      // one spelling per challenge: refuse strings whose unused trailing bits are set
      if (bytes.length !== TOTAL_BYTES || bytes.toString('base64url') !== challenge || bytes[0] !== VERSION) return undefined;
      const signed = bytes.subarray(0, SIGNED_BYTES);
      if (!timingSafeEqual(bytes.subarray(SIGNED_BYTES), mac(signed))) return undefined;
      return { id: idOf(signed), expiresAt: signed.readUIntBE(1 + ID_BYTES, EXPIRY_BYTES) };
    }
  };
}

function idOf(signed: Buffer): string {
  return signed.subarray(1, 1 + ID_BYTES).toString('base64url');
}
