import type { Document } from '@agentvc/store';
import type { ContractContext } from './store-contract-target.js';

interface Challenge extends Document {
  expiresAt: Date;
}

export function expiryContract({ store, documented }: ContractContext): void {
  describe('expiry', () => {
    it('selects unexpired documents with expiresAt > now; Dates round-trip as Dates', async () => {
      const challenges = store().collection<Challenge>('challenges');
      // TTL deletion is lazy on both engines (MongoDB's monitor runs once a minute), so the
      // filter, not the index, decides what is expired.
      await documented('ttl-index', () => challenges.createIndexes([{ key: { expiresAt: 1 }, expireAfterSeconds: 0 }]));
      const now = new Date();
      const hour = 3_600_000;
      await challenges.insertOne({ _id: 'past', expiresAt: new Date(now.getTime() - hour) });
      await challenges.insertOne({ _id: 'future', expiresAt: new Date(now.getTime() + hour) });
      await challenges.insertOne({ _id: 'later', expiresAt: new Date(now.getTime() + 2 * hour) });
      const live = await challenges.find({ expiresAt: { $gt: now } }, { sort: { expiresAt: 1 } });
      expect(live.map((challenge) => challenge._id)).toEqual(['future', 'later']);
      expect(live[0]?.expiresAt).toBeInstanceOf(Date);
      expect(live[0]?.expiresAt.getTime()).toBe(now.getTime() + hour);
      const used = await challenges.findOneAndUpdate({ _id: 'future', expiresAt: { $gt: now } }, { $set: { expiresAt: now } }, { returnDocument: 'after' });
      expect(used?.expiresAt).toEqual(now);
      expect(await challenges.countDocuments({ expiresAt: { $gt: now } })).toBe(1);
    });
  });
}
