import { randomUUID } from 'node:crypto';
import { createEmbeddedStore, createMongoStore, createStoredRateLimitCounter, type Store } from '@agentvc/store';
import { FERRETDB_DEVIATIONS } from './contract/known-deviations.js';
import { describeWireServer } from './contract/server-deviations.js';

const mongodbUrl = process.env.MONGODB_URL;
const engines: Array<[string, () => Promise<Store>]> = [['embedded', () => createEmbeddedStore()]];
// on MongoDB too when one is configured, like the store contract suite; not on a server whose
// single-document updates are not atomic (FerretDB: contract/known-deviations.ts), where the
// concurrent count below cannot hold
const server = mongodbUrl ? await describeWireServer(mongodbUrl) : undefined;
if (mongodbUrl && server?.deviations.has('atomic-update')) {
  console.warn(`createStoredRateLimitCounter NOT RUN on ${server.name}: known deviation "atomic-update" (MongoDB ${FERRETDB_DEVIATIONS['atomic-update'].mongodb})`);
} else if (mongodbUrl) {
  engines.push(['MongoDB', () => createMongoStore({ url: mongodbUrl, dbName: `agentvc_rl_${randomUUID().slice(0, 8)}` })]);
}

describe.each(engines)('createStoredRateLimitCounter on %s', (_engine, open) => {
  let store: Store;
  beforeEach(async () => {
    store = await open();
  });
  afterEach(async () => {
    await store.collection('rate_limits').deleteMany({});
    await store.close();
  });

  const expiresAt = new Date(Date.now() + 60_000);

  it('counts hits per key, atomically under concurrency, and reads a count', async () => {
    const counter = await createStoredRateLimitCounter({ store, collection: 'rate_limits' });
    const counts = await Promise.all(Array.from({ length: 50 }, () => counter.increment('a:1', expiresAt)));
    expect([...counts].sort((x, y) => x - y)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(await counter.increment('b:1', expiresAt)).toBe(1);
    expect(await counter.count('a:1')).toBe(50);
    expect(await counter.count('never')).toBe(0);
  });

  it('is shared by every counter on the same collection (two service instances)', async () => {
    const first = await createStoredRateLimitCounter({ store, collection: 'rate_limits' });
    const second = await createStoredRateLimitCounter({ store, collection: 'rate_limits' });
    await first.increment('client:7', expiresAt);
    expect(await second.increment('client:7', expiresAt)).toBe(2);
    expect(await first.count('client:7')).toBe(2);
  });
});
