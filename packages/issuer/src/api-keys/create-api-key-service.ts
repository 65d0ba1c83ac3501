import { createHash, randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { createLruCache, type Clock } from '@agentvc/core';
import type { Store } from '@agentvc/store';

export interface ApiKeyRecord {
  _id: string;
  name: string;
  /** scrypt(token, salt): the token itself is never stored. */
  hash: string;
  salt: string;
  createdAt: Date;
  revokedAt?: Date;
}

/** What listing shows: never the hash, and only a masked token. */
export interface ApiKeyView {
  id: string;
  name: string;
  masked: string;
  createdAt: Date;
  revokedAt?: Date;
}

export interface ApiKeyService {
  /** The token is returned once, here, and never again. */
  create(name: string, token?: string): Promise<{ key: ApiKeyView; token: string }>;
  list(): Promise<ApiKeyView[]>;
  revoke(id: string): Promise<boolean>;
  /** The live (not revoked) key a bearer token belongs to, or null. */
  authenticate(token: string): Promise<ApiKeyView | null>;
  count(): Promise<number>;
}

const SCRYPT: ScryptOptions = { N: 16_384, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const MAX_TOKEN_LENGTH = 512;

function scrypt(token: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCallback(token, salt, 32, SCRYPT, (error, key) => (error ? reject(error) : resolve(key)))
  );
}

/** The record id is a lookup handle derived from the token; the secret check is scrypt. */
const keyIdOf = (token: string): string => `key_${createHash('sha256').update(token).digest('hex').slice(0, 16)}`;

const view = (record: ApiKeyRecord): ApiKeyView => ({
  id: record._id,
  name: record.name,
  masked: `${record._id}…`,
  createdAt: record.createdAt,
  ...(record.revokedAt ? { revokedAt: record.revokedAt } : {})
});

/**
 * Operator API keys: random bearer tokens, stored as scrypt hashes. scrypt costs ~50 ms, so
 * a process remembers which exact tokens it has already checked (by sha256), while the record
 * is still read on every request so that a revocation takes effect at once.
 */
export function createApiKeyService({ store, clock }: { store: Store; clock: Clock }): ApiKeyService {
  const keys = store.collection<ApiKeyRecord>('api_keys');
  const checked = createLruCache<string, string>(1_000);

  return {
    async create(name, token = `avc_${randomBytes(32).toString('base64url')}`) {
      const salt = randomBytes(16);
      const record: ApiKeyRecord = {
        _id: keyIdOf(token),
        name,
        hash: (await scrypt(token, salt)).toString('base64url'),
        salt: salt.toString('base64url'),
        createdAt: clock.now()
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
      if (typeof token !== 'string' || token.length === 0 || token.length > MAX_TOKEN_LENGTH) return null;
      const record = await keys.findOne({ _id: keyIdOf(token) });
      if (!record || record.revokedAt) return null;
      const fingerprint = createHash('sha256').update(token).digest('base64url');
      if (checked.get(fingerprint) === record.hash) return view(record);
      const expected = Buffer.from(record.hash, 'base64url');
      const actual = await scrypt(token, Buffer.from(record.salt, 'base64url'));
      if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null;
      checked.set(fingerprint, record.hash);
      return view(record);
    },
    count() {
      return keys.countDocuments({});
    }
  };
}
