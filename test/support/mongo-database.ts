// A database of its own on the MongoDB-wire server of the run (MONGODB_URL, set by
// scripts/with-ferretdb.sh in CI), for tests that start services on MongoDB.
import { randomBytes, randomUUID } from 'node:crypto';
import { MongoClient } from 'mongodb';

export interface MongoTestDatabase {
  url: string;
  dbName: string;
  /** A key-encryption key (AGENTVC_KEK), required by the services on MongoDB. */
  kek: string;
  /** MONGODB_URL, MONGODB_DB and AGENTVC_KEK for a service process. */
  env: Record<string, string>;
  drop(): Promise<void>;
}

/** undefined when the run has no MONGODB_URL: the caller says its MongoDB part is SKIPPED. */
export function mongoTestDatabase(prefix: string, url = process.env.MONGODB_URL): MongoTestDatabase | undefined {
  if (!url) return undefined;
  const dbName = `${prefix}_${randomUUID().slice(0, 8)}`;
  const kek = randomBytes(32).toString('base64');
  return {
    url,
    dbName,
    kek,
    env: { MONGODB_URL: url, MONGODB_DB: dbName, AGENTVC_KEK: kek },
    async drop() {
      const client = await MongoClient.connect(url, { serverSelectionTimeoutMS: 5000 });
      try {
        await client.db(dbName).dropDatabase();
      } finally {
        await client.close();
      }
    }
  };
}

/** The `it` for a MongoDB-only test: a visible SKIPPED line when MONGODB_URL is not set. */
export function itOnMongo(database: MongoTestDatabase | undefined): jest.It {
  if (database) return it;
  return ((name: string) =>
    it(`${name} — SKIPPED: MONGODB_URL is not set`, () => {
      expect(database).toBeUndefined();
    })) as unknown as jest.It;
}
