import { FILTER_DOCUMENTS, FILTER_TABLE, MONGODB_ANSWERS } from './filter-table.js';
import { selectedIds } from './matches-filter.js';
import type { ContractContext } from './store-contract-target.js';

export function filterContract({ store }: ContractContext): void {
  describe('filters select what MongoDB (mingo) selects', () => {
    const label = (filter: object) =>
      JSON.stringify(filter, (_key, value: unknown) => (typeof value === 'string' && /^\d{4}-\d\d-\d\dT/.test(value) ? `Date(${value})` : value));

    it.each(FILTER_TABLE.map((filter) => [label(filter), filter] as const))('%s', async (_label, filter) => {
      const documents = store().collection('filtered');
      for (const document of FILTER_DOCUMENTS) await documents.insertOne(document);
      const found = await documents.find(filter);
      expect(found.map((document) => document._id).sort()).toEqual(selectedIds(FILTER_DOCUMENTS, filter));
      expect(await documents.countDocuments(filter)).toBe(found.length);
    });

    it.each(MONGODB_ANSWERS.map(({ filter, ids, why }) => [label(filter), why, filter, ids] as const))(
      '%s where mingo differs from MongoDB: %s',
      async (_label, _why, filter, ids) => {
        const documents = store().collection('filtered');
        for (const document of FILTER_DOCUMENTS) await documents.insertOne(document);
        expect((await documents.find(filter)).map((document) => document._id).sort()).toEqual(ids);
      }
    );
  });
}
