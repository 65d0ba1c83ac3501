// TTL indexes on the MongoDB adapter: MongoDB keeps expireAfterSeconds on the index (its monitor
// expires); a server that answers it with "not implemented" (FerretDB 1.x, known deviation
// "ttl-index") gets the index without it and the adapter's sweeper deletes what is past.
import { randomUUID } from 'node:crypto';
import { MongoClient } from 'mongodb';
import { createMongoStore, type Document, type Store } from '@agentvc/store';
import { describeWireServer } from '../contract/server-deviations.js';

interface Expiring extends Document {
  expiresAt: Date;
}

const url = process.env.MONGODB_URL;
const server = url ? await describeWireServer(url) : undefined;
const now = new Date('2030-01-01T00:00:00Z');
const clock = { now: () => now };
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);

async function waitFor(check: () => Promise<boolean>, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

if (url && server) {
  describe(`TTL indexes on ${server.name}`, () => {
    const dbName = `agentvc_ttl_${randomUUID().slice(0, 8)}`;
    const warnings: string[] = [];
    let store: Store;
    let client: MongoClient;
    beforeAll(async () => {
      store = await createMongoStore({ url, dbName, ttlSweepIntervalMs: 50, clock, warn: (line) => warnings.push(line) });
      client = await MongoClient.connect(url);
    });
    afterAll(async () => {
      await store.close();
      await client.db(dbName).dropDatabase();
      await client.close();
    });

    const indexOn = async (collection: string) =>
      (await client.db(dbName).collection(collection).listIndexes().toArray()).find((index) => Object.keys(index.key as object).join() === 'expiresAt');

    it('declares the index; expired documents go (MongoDB: its monitor; FerretDB: the adapter, every interval)', async () => {
      const sessions = store.collection<Expiring>('sessions');
      await sessions.createIndexes([{ key: { expiresAt: 1 }, expireAfterSeconds: 60 }]);
      const index = await indexOn('sessions');
      expect(index).toBeDefined();
      if (!server.deviations.has('ttl-index')) {
        // MongoDB: the index carries the option and nothing is swept by agentvc
        expect(index?.expireAfterSeconds).toBe(60);
        expect(warnings).toEqual([]);
        return;
      }
      expect(index?.expireAfterSeconds).toBeUndefined();
      await sessions.insertOne({ _id: 'old', expiresAt: ago(61) });
      await sessions.insertOne({ _id: 'recent', expiresAt: ago(59) });
      await sessions.insertOne({ _id: 'future', expiresAt: ago(-3600) });
      await sessions.insertOne({ _id: 'no-date' } as Expiring);
      await waitFor(async () => (await sessions.countDocuments({ _id: 'old' })) === 0);
      const left = await sessions.find({}, { sort: { _id: 1 } });
      expect(left.map((document) => document._id)).toEqual(['future', 'no-date', 'recent']);
    });

    it('says so once per store, however many TTL indexes are swept', async () => {
      if (!server.deviations.has('ttl-index')) return;
      const challenges = store.collection<Expiring>('challenges');
      await challenges.createIndexes([{ key: { expiresAt: 1 }, expireAfterSeconds: 0 }, { key: { other: 1 }, unique: true }]);
      await challenges.insertOne({ _id: 'used', expiresAt: ago(1) });
      await waitFor(async () => (await challenges.countDocuments({})) === 0);
      expect(await indexOn('challenges')).toBeDefined();
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/does not implement TTL indexes: sessions\.expiresAt .* swept by agentvc every 50 ms/);
    });

    it('stops sweeping when the store closes', async () => {
      if (!server.deviations.has('ttl-index')) return;
      const other = await createMongoStore({ url, dbName, ttlSweepIntervalMs: 50, clock, warn: () => undefined });
      await other.collection<Expiring>('leases').createIndexes([{ key: { expiresAt: 1 }, expireAfterSeconds: 0 }]);
      await other.close();
      await client.db(dbName).collection('leases').insertOne({ _id: 'kept' as never, expiresAt: ago(10) });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await client.db(dbName).collection('leases').countDocuments({})).toBe(1);
    });
  });
} else {
  it('MongoDB TTL run SKIPPED: MONGODB_URL is not set', () => {
    expect(url).toBeFalsy();
  });
}
