import { isDeepStrictEqual } from 'node:util';
import { FILTER_DEVIATIONS, FILTER_DOCUMENTS, FILTER_TABLE, MONGODB_ANSWERS } from './filter-table.js';
import { selectedIds } from './matches-filter.js';
import type { ContractContext } from './store-contract-target.js';

export function filterContract({ store, deviates, documented }: ContractContext): void {
  describe('filters select what MongoDB (mingo) selects', () => {
    const label = (filter: object) =>
      JSON.stringify(filter, (_key, value: unknown) => (typeof value === 'string' && /^\d{4}-\d\d-\d\dT/.test(value) ? `Date(${value})` : value));
    // A server that cannot store arrays of arrays gets the fixture without those fields.
    const fixture = () => (deviates('nested-arrays') ? FILTER_DOCUMENTS.map(withoutNestedArrays) : FILTER_DOCUMENTS);

    it.each(FILTER_TABLE.map((filter) => [label(filter), filter] as const))('%s', async (_label, filter) => {
      const documents = store().collection('filtered');
      for (const document of fixture()) await documents.insertOne(document);
      const found = await documents.find(filter);
      const deviation = FILTER_DEVIATIONS.find((entry) => isDeepStrictEqual(entry.filter, filter))?.deviation;
      const selects = () => expect(found.map((document) => document._id).sort()).toEqual(selectedIds(fixture(), filter));
      if (deviation) await documented(deviation, selects);
      else selects();
      expect(await documents.countDocuments(filter)).toBe(found.length);
    });

    it.each(MONGODB_ANSWERS.map(({ filter, ids, why, deviation }) => [label(filter), why, filter, ids, deviation] as const))(
      '%s where mingo differs from MongoDB: %s',
      async (_label, _why, filter, ids, deviation) => {
        const documents = store().collection('filtered');
        for (const document of fixture()) await documents.insertOne(document);
        const found = (await documents.find(filter)).map((document) => document._id).sort();
        if (deviation) await documented(deviation, () => expect(found).toEqual(ids));
        else expect(found).toEqual(ids);
      }
    );
  });
}

function withoutNestedArrays<T extends Record<string, unknown>>(document: T): T {
  const nested = (value: unknown) => Array.isArray(value) && value.some(Array.isArray);
  return Object.fromEntries(Object.entries(document).filter(([, value]) => !nested(value))) as T;
}
