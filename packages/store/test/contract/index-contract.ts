import { isAgentVcError } from '@agentvc/core';
import type { Document, IndexSpec } from '@agentvc/store';
import { expectStoreError } from './expect-store-error.js';
import type { ContractContext } from './store-contract-target.js';

interface Agent extends Document {
  did: string;
  issuer?: string;
  serial?: number;
}

export function indexContract({ store, documented }: ContractContext): void {
  /** Refused on every server; as DUPLICATE_KEY where MongoDB's code comes through (duplicate-key-code). */
  async function refusedAsDuplicate(write: Promise<unknown>): Promise<void> {
    const refusal = await write.then(() => undefined, (error: unknown) => error);
    expect(isAgentVcError(refusal)).toBe(true);
    await documented('duplicate-key-code', () => expectStoreError(Promise.reject(refusal), 'DUPLICATE_KEY'));
  }

  describe('indexes', () => {
    it('refuses a duplicate _id with DUPLICATE_KEY, keeping the cause', async () => {
      const agents = store().collection<Agent>('agents');
      await agents.insertOne({ _id: 'a', did: 'did:1' });
      const error = await expectStoreError(agents.insertOne({ _id: 'a', did: 'did:2' }), 'DUPLICATE_KEY');
      expect(error.cause).toBeDefined();
      expect(await agents.find({})).toEqual([{ _id: 'a', did: 'did:1' }]);
    });

    it('enforces unique indexes on insertOne, on updates and on upserts', async () => {
      const agents = store().collection<Agent>('agents');
      await agents.createIndexes([{ key: { did: 1 }, unique: true }, { key: { issuer: 1, serial: 1 }, unique: true }, { key: { serial: -1 } }]);
      await agents.insertOne({ _id: 'a', did: 'did:1', issuer: 'i', serial: 1 });
      await agents.insertOne({ _id: 'b', did: 'did:2', issuer: 'i', serial: 2 });
      await expectStoreError(agents.insertOne({ _id: 'c', did: 'did:1', issuer: 'i', serial: 3 }), 'DUPLICATE_KEY');
      await expectStoreError(agents.insertOne({ _id: 'c', did: 'did:3', issuer: 'i', serial: 2 }), 'DUPLICATE_KEY');
      await refusedAsDuplicate(agents.updateOne({ _id: 'b' }, { $set: { did: 'did:1' } }));
      await expectStoreError(agents.updateOne({ did: 'did:9' }, { $set: { issuer: 'i', serial: 1 } }, { upsert: true }), 'DUPLICATE_KEY');
      await expectStoreError(agents.findOneAndUpdate({ _id: 'a', serial: 5 }, { $set: { did: 'did:7' } }, { upsert: true }), 'DUPLICATE_KEY');
      // A failed write leaves nothing behind.
      expect((await agents.find({}, { sort: { _id: 1 } })).map((agent) => agent.did)).toEqual(['did:1', 'did:2']);
      await agents.insertOne({ _id: 'c', did: 'did:3', issuer: 'j', serial: 1 });
      expect(await agents.countDocuments({})).toBe(3);
    });

    it('is idempotent: declaring the same indexes again changes nothing', async () => {
      const agents = store().collection<Agent>('agents');
      // several at once: every start redeclares all of a collection's indexes
      const indexes: IndexSpec[] = [{ key: { did: 1 }, unique: true }, { key: { _id: 1 } }, { key: { serial: -1 } }, { key: { issuer: 1, serial: 1 } }];
      await agents.createIndexes(indexes);
      await agents.insertOne({ _id: 'a', did: 'did:1' });
      await agents.createIndexes(indexes);
      await agents.createIndexes([]);
      await expectStoreError(agents.insertOne({ _id: 'b', did: 'did:1' }), 'DUPLICATE_KEY');
    });

    it('refuses a unique index over existing duplicates', async () => {
      const agents = store().collection<Agent>('agents');
      await agents.insertOne({ _id: 'a', did: 'did:1' });
      await agents.insertOne({ _id: 'b', did: 'did:1' });
      await refusedAsDuplicate(agents.createIndexes([{ key: { did: 1 }, unique: true }]));
    });

    it('refuses to redeclare an index with a different uniqueness', async () => {
      const agents = store().collection<Agent>('agents');
      await agents.createIndexes([{ key: { did: 1 } }]);
      await documented('index-redeclare', () => expectStoreError(agents.createIndexes([{ key: { did: 1 }, unique: true }]), 'STORE_INVALID_OPERATION'));
    });
  });
}
