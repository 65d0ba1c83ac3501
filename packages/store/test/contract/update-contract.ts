import type { Document } from '@agentvc/store';
import type { ContractContext } from './store-contract-target.js';

interface Counter extends Document {
  key?: string;
  value?: number;
  history?: string[];
  meta?: { updatedBy?: string; createdBy?: string; tags?: string[] };
  labels?: string[];
}

export function updateContract({ store, documented }: ContractContext): void {
  describe('updates', () => {
    it('findOneAndUpdate applies $inc/$set/$push atomically and returns before (default) or after', async () => {
      const counters = store().collection<Counter>('counters');
      await counters.insertOne({ _id: 'k', value: 1, history: [] });
      const before = await counters.findOneAndUpdate({ _id: 'k' }, { $inc: { value: 2 }, $set: { 'meta.updatedBy': 'a' }, $push: { history: 'x' } });
      expect(before).toEqual({ _id: 'k', value: 1, history: [] });
      const after = await counters.findOneAndUpdate({ _id: 'k' }, { $inc: { value: -1 }, $push: { history: { $each: ['y', 'z'] } } }, { returnDocument: 'after' });
      expect(after).toEqual({ _id: 'k', value: 2, history: ['x', 'y', 'z'], meta: { updatedBy: 'a' } });
      expect(await counters.findOneAndUpdate({ _id: 'none' }, { $inc: { value: 1 } }, { returnDocument: 'after' })).toBeNull();
    });

    it('findOneAndUpdate updates the first document in sort order', async () => {
      const counters = store().collection<Counter>('counters');
      for (const [id, value] of [['a', 3], ['b', 1], ['c', 2]] as const) await counters.insertOne({ _id: id, value, key: 'q' });
      const taken = await counters.findOneAndUpdate({ key: 'q' }, { $set: { key: 'taken' } }, { sort: { value: 1 }, returnDocument: 'after' });
      expect(taken).toEqual({ _id: 'b', value: 1, key: 'taken' });
      const last = await counters.findOneAndUpdate({ key: 'q' }, { $set: { key: 'taken' } }, { sort: { value: -1 } });
      expect(last?._id).toBe('a');
    });

    it('updateOne reports matched and modified counts; a no-op change modifies nothing', async () => {
      const counters = store().collection<Counter>('counters');
      await counters.insertOne({ _id: 'k', value: 1 });
      expect(await counters.updateOne({ _id: 'k' }, { $set: { value: 5 } })).toEqual({ matchedCount: 1, modifiedCount: 1 });
      expect(await counters.updateOne({ _id: 'k' }, { $set: { value: 5 } })).toEqual({ matchedCount: 1, modifiedCount: 0 });
      expect(await counters.updateOne({ _id: 'x' }, { $set: { value: 5 } })).toEqual({ matchedCount: 0, modifiedCount: 0 });
      expect(await counters.updateOne({ _id: 'k' }, { $unset: { value: '' } })).toEqual({ matchedCount: 1, modifiedCount: 1 });
      expect(await counters.findOne({ _id: 'k' })).toEqual({ _id: 'k' });
    });

    it('upserts insert when nothing matches, from the filter equalities plus $set and $setOnInsert', async () => {
      const counters = store().collection<Counter>('counters');
      const result = await counters.updateOne(
        { key: 'visits', 'meta.createdBy': 'ann', value: { $gt: 100 } },
        { $inc: { value: 1 }, $setOnInsert: { labels: ['new'] }, $set: { 'meta.updatedBy': 'bob' } },
        { upsert: true }
      );
      expect(result).toEqual({ matchedCount: 0, modifiedCount: 0, upsertedId: expect.any(String) });
      expect(await counters.findOne({ key: 'visits' })).toEqual({
        _id: result.upsertedId,
        key: 'visits',
        meta: { createdBy: 'ann', updatedBy: 'bob' },
        value: 1,
        labels: ['new']
      });
    });

    it('upserts take _id from the filter, or from $setOnInsert', async () => {
      const counters = store().collection<Counter>('counters');
      const byFilter = await counters.findOneAndUpdate({ _id: 'day-1', $and: [{ key: 'd' }] }, { $inc: { value: 1 } }, { upsert: true, returnDocument: 'after' });
      await documented('upsert-seed-and', () => expect(byFilter).toEqual({ _id: 'day-1', key: 'd', value: 1 }));
      const bySetOnInsert = await counters.updateOne({ key: 'e' }, { $setOnInsert: { _id: 'chosen', value: 0 } }, { upsert: true });
      expect(bySetOnInsert.upsertedId).toBe('chosen');
      expect(await counters.findOne({ _id: 'chosen' })).toEqual({ _id: 'chosen', key: 'e', value: 0 });
    });

    it('upserts update when one matches, ignoring $setOnInsert', async () => {
      const counters = store().collection<Counter>('counters');
      await counters.insertOne({ _id: 'k', key: 'visits', value: 5, labels: ['old'] });
      const before = await counters.findOneAndUpdate({ key: 'visits' }, { $inc: { value: 1 }, $setOnInsert: { labels: ['new'] } }, { upsert: true });
      expect(before).toEqual({ _id: 'k', key: 'visits', value: 5, labels: ['old'] });
      expect(await counters.updateOne({ key: 'visits' }, { $setOnInsert: { value: 0 } }, { upsert: true })).toEqual({ matchedCount: 1, modifiedCount: 0 });
      expect(await counters.find({})).toEqual([{ _id: 'k', key: 'visits', value: 6, labels: ['old'] }]);
    });

    it('upsert returns null as the before document when it inserts', async () => {
      const counters = store().collection<Counter>('counters');
      expect(await counters.findOneAndUpdate({ key: 'n' }, { $set: { value: 1 } }, { upsert: true })).toBeNull();
      expect(await counters.countDocuments({ key: 'n', value: 1 })).toBe(1);
    });

    it('$addToSet, $pull and $push with $slice behave as on MongoDB', async () => {
      const counters = store().collection<Counter>('counters');
      await counters.insertOne({ _id: 'k', labels: ['a'], history: ['1', '2', '3'] });
      await counters.updateOne({ _id: 'k' }, { $addToSet: { labels: { $each: ['a', 'b', 'b'] } }, $push: { history: { $each: ['4'], $slice: -3 } } });
      const added = await counters.findOne({ _id: 'k' });
      expect(added?.labels).toEqual(['a', 'b']);
      await documented('push-slice', () => expect(added).toEqual({ _id: 'k', labels: ['a', 'b'], history: ['2', '3', '4'] }));
      await counters.updateOne({ _id: 'k' }, { $pull: { labels: 'a', 'meta.tags': 'x' } });
      const pulled = await counters.findOne({ _id: 'k' });
      expect(pulled?.labels).toEqual(['b']);
      await documented('push-slice', () => expect(pulled).toEqual({ _id: 'k', labels: ['b'], history: ['2', '3', '4'] }));
    });

    it('$pull with a document removes the elements having those field values', async () => {
      const grants = store().collection<Document & { grants: Array<{ id: string; scope: string }> }>('grants');
      await grants.insertOne({ _id: 'g', grants: [{ id: '1', scope: 'pay' }, { id: '2', scope: 'read' }, { id: '3', scope: 'pay' }] });
      await grants.updateOne({ _id: 'g' }, { $pull: { grants: { scope: 'pay' } } });
      const pulled = await grants.findOne({ _id: 'g' });
      await documented('pull-document', () => expect(pulled).toEqual({ _id: 'g', grants: [{ id: '2', scope: 'read' }] }));
    });
  });
}
