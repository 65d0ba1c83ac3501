import type { Document } from '@agentvc/store';
import type { ContractContext } from './store-contract-target.js';

interface Credential extends Document {
  subject: { id: string; name?: string; scores: number[] };
  issuedAt: Date;
  tags: string[];
  seq?: number;
  note?: string | null;
}

const credential = (id: string, seq: number): Credential => ({
  _id: id,
  subject: { id: `did:key:${id}`, scores: [seq, seq * 2] },
  issuedAt: new Date(Date.UTC(2024, 0, seq)),
  tags: seq % 2 === 0 ? ['even'] : ['odd'],
  seq
});

export function crudContract({ store }: ContractContext): void {
  describe('insert, find, count, delete', () => {
    it('round-trips nested documents, arrays, null and Dates as they were', async () => {
      const items = store().collection<Credential>('credentials');
      const original: Credential = { ...credential('c1', 1), note: null, subject: { id: 'did:key:z', name: 'Ann', scores: [1.5, -2] } };
      await items.insertOne(original);
      const found = await items.findOne({ _id: 'c1' });
      expect(found).toEqual(original);
      expect(found?.issuedAt).toBeInstanceOf(Date);
      expect(found?.issuedAt.getTime()).toBe(original.issuedAt.getTime());
      expect(await items.findOne({ 'subject.name': 'Ann' })).toEqual(original);
      expect(await items.findOne({ _id: 'missing' })).toBeNull();
    });

    it('hands out copies: mutating inputs or results does not change stored data', async () => {
      const items = store().collection<Credential>('credentials');
      const original = credential('c1', 1);
      await items.insertOne(original);
      original.subject.scores.push(99);
      original.issuedAt.setTime(0);
      const first = await items.findOne({ _id: 'c1' });
      first?.tags.push('mutated');
      first?.issuedAt.setTime(1);
      const again = await items.findOne({ _id: 'c1' });
      expect(again).toEqual(credential('c1', 1));
    });

    it('drops undefined properties, as the driver does with ignoreUndefined', async () => {
      const items = store().collection<Credential>('credentials');
      await items.insertOne({ ...credential('c1', 1), note: undefined });
      const found = await items.findOne({ _id: 'c1' });
      expect(found).not.toHaveProperty('note');
      expect(await items.countDocuments({ note: { $exists: true } })).toBe(0);
    });

    it('sorts, skips, limits and projects', async () => {
      const items = store().collection<Credential>('credentials');
      for (const seq of [3, 1, 5, 2, 4]) await items.insertOne(credential(`c${seq}`, seq));
      const ids = (found: Credential[]) => found.map((item) => item._id);
      expect(ids(await items.find({}, { sort: { seq: 1 } }))).toEqual(['c1', 'c2', 'c3', 'c4', 'c5']);
      expect(ids(await items.find({}, { sort: { seq: -1 }, skip: 1, limit: 2 }))).toEqual(['c4', 'c3']);
      expect(ids(await items.find({}, { sort: { tags: 1, seq: -1 } }))).toEqual(['c4', 'c2', 'c5', 'c3', 'c1']);
      expect(ids(await items.find({ tags: 'odd' }, { sort: { seq: 1 }, limit: 0 }))).toEqual(['c1', 'c3', 'c5']);
      expect(await items.find({ _id: 'c2' }, { projection: { seq: 1, 'subject.id': 1 } })).toEqual([
        { _id: 'c2', seq: 2, subject: { id: 'did:key:c2' } }
      ]);
      expect(await items.find({ _id: 'c2' }, { projection: { _id: 0, seq: 1 } })).toEqual([{ seq: 2 }]);
      expect(await items.findOne({ _id: 'c2' }, { projection: { subject: 0, issuedAt: 0, tags: 0 } })).toEqual({ _id: 'c2', seq: 2 });
      // Sorting on a field the projection leaves out still works.
      expect(await items.find({}, { sort: { seq: -1 }, limit: 1, projection: { tags: 1 } })).toEqual([{ _id: 'c5', tags: ['odd'] }]);
    });

    it('counts documents', async () => {
      const items = store().collection<Credential>('credentials');
      for (const seq of [1, 2, 3, 4, 5]) await items.insertOne(credential(`c${seq}`, seq));
      expect(await items.countDocuments({})).toBe(5);
      expect(await items.countDocuments({ tags: 'even' })).toBe(2);
      expect(await items.countDocuments({ seq: { $gt: 10 } })).toBe(0);
    });

    it('deletes one or many', async () => {
      const items = store().collection<Credential>('credentials');
      for (const seq of [1, 2, 3, 4, 5]) await items.insertOne(credential(`c${seq}`, seq));
      expect(await items.deleteOne({ tags: 'odd' })).toEqual({ deletedCount: 1 });
      expect(await items.countDocuments({ tags: 'odd' })).toBe(2);
      expect(await items.deleteOne({ _id: 'missing' })).toEqual({ deletedCount: 0 });
      expect(await items.deleteMany({ seq: { $lte: 4 } })).toEqual({ deletedCount: 3 });
      expect(await items.find({})).toEqual([credential('c5', 5)]);
      expect(await items.deleteMany({})).toEqual({ deletedCount: 1 });
      expect(await items.countDocuments({})).toBe(0);
    });

    it('keeps collections apart', async () => {
      const one = store().collection<Credential>('one');
      const two = store().collection<Credential>('two');
      await one.insertOne(credential('c1', 1));
      await two.insertOne(credential('c1', 2));
      expect((await one.findOne({ _id: 'c1' }))?.seq).toBe(1);
      expect((await two.findOne({ _id: 'c1' }))?.seq).toBe(2);
    });
  });
}
