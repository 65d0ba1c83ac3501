import { isAgentVcError } from '@agentvc/core';
import type { Document } from '@agentvc/store';
import type { ContractContext } from './store-contract-target.js';

type Loose = Document & Record<string, unknown>;

interface Counter extends Document {
  value: number;
}

const N = 1_000;

export function concurrencyContract({ store, documented }: ContractContext): void {
  describe('concurrency', () => {
    it(`${N} concurrent findOneAndUpdate $inc: final value ${N}, each value 1..${N} returned once`, async () => {
      const counters = store().collection<Counter>('counters');
      await counters.insertOne({ _id: 'c', value: 0 });
      const results = await Promise.all(
        Array.from({ length: N }, () => counters.findOneAndUpdate({ _id: 'c' }, { $inc: { value: 1 } }, { returnDocument: 'after' }))
      );
      const seen = results.map((result) => result?.value).sort((a = 0, b = 0) => a - b);
      const final = await counters.findOne({ _id: 'c' });
      await documented('atomic-update', () => {
        expect(seen).toEqual(Array.from({ length: N }, (_, i) => i + 1));
        expect(final).toEqual({ _id: 'c', value: N });
      });
    });

    it(`${N} concurrent upserts with $inc create one document and count to ${N}`, async () => {
      const counters = store().collection<Counter>('counters');
      const outcomes = await Promise.allSettled(
        Array.from({ length: N }, () => counters.updateOne({ _id: 'fresh' }, { $inc: { value: 1 } }, { upsert: true }))
      );
      const stored = await counters.find({});
      await documented('upsert-retry', () => {
        const results = outcomes.map((outcome) => (outcome.status === 'fulfilled' ? outcome.value : expect(outcome.reason).toBeUndefined()));
        expect(results.filter((result) => result?.upsertedId !== undefined)).toHaveLength(1);
        expect(stored).toEqual([{ _id: 'fresh', value: N }]);
      });
    });

    it(`${N} concurrent inserts of keys from a small space: the distinct ones succeed, the rest are DUPLICATE_KEY`, async () => {
      const keys = store().collection<Document & { key: string }>('keys');
      await keys.createIndexes([{ key: { key: 1 }, unique: true }]);
      // A fixed pseudo-random draw from 37 keys, so the distinct count is known up front.
      const drawn = Array.from({ length: N }, (_, i) => `k${(i * 7919 + 13) % 37}`);
      const outcomes = await Promise.allSettled(drawn.map((key, i) => keys.insertOne({ _id: `id-${i}`, key })));
      const failed = outcomes.filter((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
      expect(outcomes.length - failed.length).toBe(new Set(drawn).size);
      expect(failed.every((outcome) => isAgentVcError(outcome.reason, 'DUPLICATE_KEY'))).toBe(true);
      expect(await keys.countDocuments({})).toBe(new Set(drawn).size);
    });

    it(`${N} concurrent inserts of colliding _ids: one per _id succeeds`, async () => {
      const keys = store().collection<Loose>('ids');
      const outcomes = await Promise.allSettled(Array.from({ length: N }, (_, i) => keys.insertOne({ _id: `id-${i % 50}`, i })));
      expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(50);
      expect(
        outcomes.every((outcome) => outcome.status === 'fulfilled' || isAgentVcError(outcome.reason, 'DUPLICATE_KEY'))
      ).toBe(true);
      expect(await keys.countDocuments({})).toBe(50);
    });
  });
}
