import type { Document } from '@agentvc/store';
import { expectStoreError } from './expect-store-error.js';
import type { ContractContext } from './store-contract-target.js';

interface Entry extends Document {
  key: string;
  at: Date;
  count: number;
  tags: string[];
}

export function persistenceContract({ store, reopen }: ContractContext, persistent: boolean): void {
  describe('lifecycle', () => {
    it('pings while open; refuses operations once closed', async () => {
      const current = store();
      await current.ping();
      const entries = current.collection<Entry>('entries');
      await current.close();
      await current.close();
      await expectStoreError(current.ping(), 'STORE_UNAVAILABLE');
      await expectStoreError(entries.countDocuments({}), 'STORE_UNAVAILABLE');
      await expectStoreError(current.collection('other').insertOne({ _id: 'x' }), 'STORE_UNAVAILABLE');
    });

    if (!persistent) return;

    it('keeps acknowledged writes, updates, deletes and unique indexes across close and reopen', async () => {
      const declare = (entries: ReturnType<typeof open>) => entries.createIndexes([{ key: { key: 1 }, unique: true }]);
      const open = () => store().collection<Entry>('entries');
      await declare(open());
      const at = new Date('2024-05-06T07:08:09.010Z');
      for (let i = 0; i < 20; i += 1) await open().insertOne({ _id: `e${i}`, key: `k${i}`, at, count: 0, tags: [] });
      await open().updateOne({ _id: 'e1' }, { $inc: { count: 2 }, $push: { tags: 'x' } });
      await open().findOneAndUpdate({ key: 'k2' }, { $set: { tags: ['y'] } });
      await open().deleteMany({ _id: { $in: ['e3', 'e4'] } });
      await open().updateOne({ key: 'k99' }, { $set: { at, count: 9, tags: [] } }, { upsert: true });

      await reopen();
      await declare(open());
      expect(await open().countDocuments({})).toBe(19);
      expect(await open().findOne({ _id: 'e1' })).toEqual({ _id: 'e1', key: 'k1', at, count: 2, tags: ['x'] });
      expect((await open().findOne({ _id: 'e2' }))?.tags).toEqual(['y']);
      expect(await open().findOne({ _id: 'e3' })).toBeNull();
      expect((await open().findOne({ key: 'k99' }))?.count).toBe(9);
      expect((await open().findOne({ _id: 'e0' }))?.at).toBeInstanceOf(Date);
      await expectStoreError(open().insertOne({ _id: 'new', key: 'k1', at, count: 0, tags: [] }), 'DUPLICATE_KEY');
    });
  });
}
