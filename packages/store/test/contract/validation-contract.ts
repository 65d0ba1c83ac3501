import type { Document, Filter, Update } from '@agentvc/store';
import { expectStoreError } from './expect-store-error.js';
import type { ContractContext } from './store-contract-target.js';

type Loose = Document & Record<string, unknown>;

const UNSUPPORTED_FILTERS: Array<[string, Filter]> = [
  ['$regex', { s: { $regex: '^a' } }],
  ['a RegExp value', { s: /^a/ }],
  ['$not', { n: { $not: { $gt: 1 } } }],
  ['$nor', { $nor: [{ n: 1 }] }],
  ['$elemMatch', { items: { $elemMatch: { qty: 1 } } }],
  ['$size', { tags: { $size: 1 } }],
  ['$type', { n: { $type: 'number' } }],
  ['$where', { $where: 'this.n > 1' }],
  ['$expr', { $expr: { $gt: ['$n', 1] } }],
  ['operators mixed with fields', { nested: { $eq: 1, x: 1 } }],
  ['an empty $or', { $or: [] }],
  ['an undefined value', { n: undefined }],
  ['$gt with null', { n: { $gt: null } }],
  ['$in without an array', { n: { $in: 1 } }],
  ['a positional path', { 'items.$.qty': 1 }]
];

const UNSUPPORTED_UPDATES: Array<[string, Update]> = [
  ['$rename', { $rename: { a: 'b' } } as Update],
  ['$min', { $min: { n: 1 } } as Update],
  ['$currentDate', { $currentDate: { at: true } } as Update],
  ['a replacement document', { n: 1 } as Update],
  ['an empty update', {}],
  ['changing _id', { $set: { _id: 'other' } }],
  ['conflicting paths', { $set: { a: 1 }, $inc: { 'a.b': 1 } }],
  ['$inc by a string', { $inc: { n: '1' } } as unknown as Update],
  ['$push with $position', { $push: { tags: { $each: ['x'], $position: 0 } } }],
  ['$pull with a condition', { $pull: { tags: { $in: ['a'] } } }],
  ['a Buffer value', { $set: { key: Buffer.from('x') } }],
  ['NaN', { $set: { n: Number.NaN } }]
];

export function validationContract({ store }: ContractContext): void {
  describe('refused operations', () => {
    it.each(UNSUPPORTED_FILTERS)('refuses a filter with %s', async (_label, filter) => {
      const items = store().collection<Loose>('items');
      await items.insertOne({ _id: 'a' });
      await expectStoreError(items.find(filter), 'STORE_INVALID_OPERATION');
      await expectStoreError(items.countDocuments(filter), 'STORE_INVALID_OPERATION');
      await expectStoreError(items.deleteMany(filter), 'STORE_INVALID_OPERATION');
      expect(await items.countDocuments({})).toBe(1);
    });

    it.each(UNSUPPORTED_UPDATES)('refuses an update with %s', async (_label, update) => {
      const items = store().collection<Loose>('items');
      await items.insertOne({ _id: 'a', n: 1 });
      await expectStoreError(items.updateOne({ _id: 'a' }, update), 'STORE_INVALID_OPERATION');
      await expectStoreError(items.findOneAndUpdate({ _id: 'a' }, update, { upsert: true }), 'STORE_INVALID_OPERATION');
      expect(await items.find({})).toEqual([{ _id: 'a', n: 1 }]);
    });

    it('refuses updates that MongoDB refuses on the stored value', async () => {
      const items = store().collection<Loose>('items');
      await items.insertOne({ _id: 'a', n: 'text', tags: 'not-an-array', leaf: 5 });
      await expectStoreError(items.updateOne({ _id: 'a' }, { $inc: { n: 1 } }), 'STORE_INVALID_OPERATION');
      await expectStoreError(items.updateOne({ _id: 'a' }, { $push: { tags: 'x' } }), 'STORE_INVALID_OPERATION');
      await expectStoreError(items.updateOne({ _id: 'a' }, { $set: { 'leaf.inner': 1 } }), 'STORE_INVALID_OPERATION');
      expect(await items.findOne({ _id: 'a' })).toEqual({ _id: 'a', n: 'text', tags: 'not-an-array', leaf: 5 });
    });

    it('refuses documents without a string _id or with unstorable values', async () => {
      const items = store().collection<Loose>('items');
      await expectStoreError(items.insertOne({ _id: 7 } as unknown as Loose), 'STORE_INVALID_OPERATION');
      await expectStoreError(items.insertOne({ _id: 'a', bytes: new Uint8Array([1]) }), 'STORE_INVALID_OPERATION');
      await expectStoreError(items.insertOne({ _id: 'a', $bad: 1 }), 'STORE_INVALID_OPERATION');
      await expectStoreError(items.insertOne({ _id: 'a', 'dotted.key': 1 }), 'STORE_INVALID_OPERATION');
      expect(await items.countDocuments({})).toBe(0);
    });

    it('refuses bad collection names, sort, projection and paging options', async () => {
      expect(() => store().collection('Bad Name')).toThrow(expect.objectContaining({ code: 'STORE_INVALID_OPERATION' }));
      expect(() => store().collection('../escape')).toThrow(expect.objectContaining({ code: 'STORE_INVALID_OPERATION' }));
      const items = store().collection<Loose>('items');
      await expectStoreError(items.find({}, { projection: { a: 1, b: 0 } }), 'STORE_INVALID_OPERATION');
      await expectStoreError(items.find({}, { sort: { a: 2 as 1 } }), 'STORE_INVALID_OPERATION');
      await expectStoreError(items.find({}, { limit: -1 }), 'STORE_INVALID_OPERATION');
      await expectStoreError(items.createIndexes([{ key: { a: 1, b: 1 }, expireAfterSeconds: 5 }]), 'STORE_INVALID_OPERATION');
    });
  });
}
