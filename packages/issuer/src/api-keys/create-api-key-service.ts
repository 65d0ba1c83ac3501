import { createHash, randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { AgentVcError, type Clock } from '@agentvc/core';
import type { Store } from '@agentvc/store';
import { apiKeyIdOf, generateApiKeyToken } from './api-key-token.js';

export interface ApiKeyRecord {
  _id: string;
  name: string;
  /** scrypt(token, salt): the token itself is never stored. */
  hash: string;
  salt: string;
  createdAt: Date;
  revokedAt?: Date;
  /**
   * 2: the id is random and carried in the token (`avc_<id>_<secret>`). Absent on keys made
   * before that, whose id was derived from the token: those are listed as legacy and refused.
   */
  format?: 2;
}

/** What listing shows: never the hash, and only a masked token. */
export interface ApiKeyView {
  id: string;
  name: string;
  masked: string;
  createdAt: Date;
  revokedAt?: Date;
  /** Made before `avc_<id>_<secret>` tokens; no longer accepted (docs/security.md). */
  legacy?: true;
}

/** Why a bearer token was refused; `keyId` only when it names a key that exists. */
export type ApiKeyRefusal = 'MALFORMED' | 'UNKNOWN' | 'REVOKED' | 'WRONG_SECRET';
export type ApiKeyCheck = { key: ApiKeyView } | { key: null; refusal: ApiKeyRefusal; keyId?: string };

export interface ApiKeyService {
  /** The token is returned once, here, and never again. A given token must be `avc_<id>_<secret>`. */
  create(name: string, token?: string): Promise<{ key: ApiKeyView; token: string }>;
  list(): Promise<ApiKeyView[]>;
  revoke(id: string): Promise<boolean>;
  /** The live current-format key a bearer token belongs to, or why not. */
  authenticate(token: string): Promise<ApiKeyCheck>;
  /** Keys stored, revoked ones included: current format, and legacy (refused) ones. */
  count(): Promise<{ current: number; legacy: number }>;
}

const SCRYPT: ScryptOptions = { N: 16_384, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

function scrypt(token: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCallback(token, salt, 32, SCRYPT, (error, key) => (error ? reject(error) : resolve(key)))
  );
}

const view = (record: ApiKeyRecord): ApiKeyView => ({
  id: record._id,
  name: record.name,
  masked: record.format === 2 ? `avc_${record._id.slice(4)}_…` : `${record._id}…`,
  createdAt: record.createdAt,
  ...(record.revokedAt ? { revokedAt: record.revokedAt } : {}),
  ...(record.format === 2 ? {} : { legacy: true as const })
});

/**
 * Operator API keys: random bearer tokens that carry a random key id, stored as salted scrypt
 * hashes. A token is looked up by its id, then its scrypt hash is compared in constant time;
 * nothing stored or listed is a fast function of the token. scrypt costs ~50 ms, so a process
 * remembers which exact tokens it has already checked (by sha256, in memory only), while the
 * record is still read on every request so that a revocation takes effect at once.
 */
export function createApiKeyService({ store, clock }: { store: Store; clock: Clock }): ApiKeyService {
  const keys = store.collection<ApiKeyRecord>('api_keys');
  // sha256 of a token -> the stored hash it matched (a changed record no longer matches)
  const checked = new LRUCache<string, string>({ max: 1_000 });

  return {
    async create(name, token = generateApiKeyToken()) {
      const id = apiKeyIdOf(token);
      if (!id) throw new AgentVcError('INVALID_OPTIONS', 'an operator API key must look like avc_<24 hex digits>_<43+ base64url characters>');
      const salt = randomBytes(16);
      const record: ApiKeyRecord = {
        _id: id,
        name,
        hash: (await scrypt(token, salt)).toString('base64url'),
        salt: salt.toString('base64url'),
        createdAt: clock.now(),
        format: 2
      };
      await keys.insertOne(record);
      return { key: view(record), token };
    },
    async list() {
      return (await keys.find({}, { sort: { createdAt: 1 } })).map(view);
    },
    async revoke(id) {
      const result = await keys.updateOne({ _id: id, revokedAt: { $exists: false } }, { $set: { revokedAt: clock.now() } });
      return result.matchedCount === 1;
    },
    async authenticate(token) {
      const id = typeof token === 'string' ? apiKeyIdOf(token) : undefined;
      if (!id) return { key: null, refusal: 'MALFORMED' };
      const record = await keys.findOne({ _id: id });
      if (!record || record.format !== 2) return { key: null, refusal: 'UNKNOWN' };
      if (record.revokedAt) return { key: null, refusal: 'REVOKED', keyId: id };
      const fingerprint = createHash('sha256').update(token).digest('base64url');
      if (checked.get(fingerprint) === record.hash) return { key: view(record) };
      const expected = Buffer.from(record.hash, 'base64url');
      const actual = await scrypt(token, Buffer.from(record.salt, 'base64url'));
      if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return { key: null, refusal: 'WRONG_SECRET', keyId: id };
      checked.set(fingerprint, record.hash);
      return { key: view(record) };
    },
    async count() {
      const [current, legacy] = await Promise.all([keys.countDocuments({ format: 2 }), keys.countDocuments({ format: { $exists: false } })]);
      return { current, legacy };
    }
  };
}
