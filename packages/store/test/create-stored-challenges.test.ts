import { randomUUID } from 'node:crypto';
import { MongoClient } from 'mongodb';
import { isAgentVcError, type ChallengeStore, type Clock } from '@agentvc/core';
import { createEmbeddedStore, createMongoStore, createStoredChallenges, type Store } from '@agentvc/store';
import { createDocumentedBehaviour, type DocumentedBehaviour } from './contract/documented-behaviour.js';
import { describeWireServer } from './contract/server-deviations.js';

// Stored single-use challenges (DID-auth at the issuer and wallet, the verifier service's
// /challenges) on the embedded engine and, when MONGODB_URL is set, on the MongoDB-wire server
// with two connections standing for two service instances.
const mongodbUrl = process.env.MONGODB_URL;
const server = mongodbUrl ? await describeWireServer(mongodbUrl) : undefined;
// known deviations apply to the wire server only: the embedded engine must meet every assertion
const wireBehaviour = createDocumentedBehaviour(server);

interface Engine {
  /** Two stores on the same data, as two instances would open it (one for the embedded engine, which allows one process per directory). */
  open(): Promise<[Store, Store]>;
  behaviour: DocumentedBehaviour;
  cleanup(): Promise<void>;
}

const engines: Array<[string, () => Engine]> = [
  [
    'embedded',
    () => {
      let store: Store | undefined;
      return {
        async open() {
          store = await createEmbeddedStore();
          return [store, store];
        },
        cleanup: async () => store?.close(),
        behaviour: createDocumentedBehaviour()
      };
    }
  ]
];
if (mongodbUrl) {
  engines.push([
    server?.name ?? 'MongoDB',
    () => {
      const dbName = `agentvc_challenges_${randomUUID().slice(0, 8)}`;
      const opened: Store[] = [];
      return {
        async open() {
          opened.push(await createMongoStore({ url: mongodbUrl, dbName }), await createMongoStore({ url: mongodbUrl, dbName }));
          return [opened[0]!, opened[1]!];
        },
        async cleanup() {
          await Promise.all(opened.map((store) => store.close()));
          const client = await MongoClient.connect(mongodbUrl);
          await client.db(dbName).dropDatabase();
          await client.close();
        },
        behaviour: wireBehaviour
      };
    }
  ]);
} else {
  it('createStoredChallenges on MongoDB SKIPPED: MONGODB_URL is not set', () => {
    console.warn('createStoredChallenges on MongoDB SKIPPED: MONGODB_URL is not set; only the embedded engine was checked.');
    expect(mongodbUrl).toBeFalsy();
  });
}

afterAll(() => {
  const lines = wireBehaviour.report().filter((line) => line.includes('"atomic-update"'));
  if (lines.length > 0) console.warn(lines.join('\n'));
});

async function codeOf(attempt: Promise<unknown>): Promise<string> {
  try {
    await attempt;
    return 'CONSUMED';
  } catch (error) {
    if (isAgentVcError(error)) return error.code;
    throw error;
  }
}

describe.each(engines)('createStoredChallenges on %s', (_name, makeEngine) => {
  let engine: Engine;
  let first: ChallengeStore;
  let second: ChallengeStore;
  let now: Date;
  const clock: Clock = { now: () => now };
  // an hour ahead of the wall clock, which the engines' TTL cleanup reads: nothing is swept mid-test
  const base = Math.ceil(Date.now() / 60_000) * 60_000 + 3_600_000;
  const at = (seconds: number): Date => new Date(base + seconds * 1000);

  beforeEach(async () => {
    now = at(0);
    engine = makeEngine();
    const [a, b] = await engine.open();
    first = await createStoredChallenges({ store: a, clock, ttlSeconds: 60, collection: 'challenges' });
    second = await createStoredChallenges({ store: b, clock, ttlSeconds: 60, collection: 'challenges' });
  });
  afterEach(async () => {
    await engine.cleanup();
  });

  it('consumes a challenge once; a second use, from either instance, is CHALLENGE_USED', async () => {
    const { challenge, expiresAt } = await first.issue();
    expect(challenge).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(expiresAt.toISOString()).toBe(at(60).toISOString());
    expect(await codeOf(second.consume(challenge))).toBe('CONSUMED');
    expect(await codeOf(first.consume(challenge))).toBe('CHALLENGE_USED');
    expect(await codeOf(second.consume(challenge))).toBe('CHALLENGE_USED');
  });

  it('refuses a challenge it never issued, and empty or oversized values, as CHALLENGE_INVALID', async () => {
    expect(await codeOf(first.consume('never-issued'))).toBe('CHALLENGE_INVALID');
    expect(await codeOf(first.consume(''))).toBe('CHALLENGE_INVALID');
    expect(await codeOf(first.consume('x'.repeat(257)))).toBe('CHALLENGE_INVALID');
    expect(await codeOf(first.consume(42 as unknown as string))).toBe('CHALLENGE_INVALID');
  });

  it('refuses at and after the deadline as CHALLENGE_EXPIRED, on every later attempt too', async () => {
    const { challenge } = await first.issue();
    const kept = await first.issue();
    now = at(60);
    expect(await codeOf(first.consume(challenge))).toBe('CHALLENGE_EXPIRED');
    expect(await codeOf(second.consume(challenge))).toBe('CHALLENGE_EXPIRED');
    // one used in time and tried again late reads EXPIRED or USED, never CONSUMED
    now = at(59.999);
    const late = await first.issue();
    expect(await codeOf(first.consume(late.challenge))).toBe('CONSUMED');
    now = at(300);
    expect(['CHALLENGE_EXPIRED', 'CHALLENGE_USED']).toContain(await codeOf(first.consume(late.challenge)));
    expect(await codeOf(first.consume(kept.challenge))).toBe('CHALLENGE_EXPIRED');
  });

  it('lets exactly one of 20 simultaneous consumers, spread over two instances, have a challenge', async () => {
    for (let round = 0; round < 3; round += 1) {
      const { challenge } = await first.issue();
      const codes = await Promise.all(Array.from({ length: 20 }, (_, i) => codeOf((i % 2 === 0 ? first : second).consume(challenge))));
      // MongoDB: findOneAndUpdate is atomic; FerretDB 1.x is not (known deviation "atomic-update")
      await engine.behaviour.documented('atomic-update', () => {
        expect(codes.filter((code) => code === 'CONSUMED')).toHaveLength(1);
        expect(codes.filter((code) => code === 'CHALLENGE_USED')).toHaveLength(19);
      });
    }
  });
});
