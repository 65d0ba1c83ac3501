/**
 * The one list of known ways the MongoDB-wire server CI runs — FerretDB 1.24.2 with its SQLite
 * handler — departs from MongoDB's documented behaviour. The assertion that checks each behaviour
 * stays as it is; on FerretDB it runs through `documented(id, …)`, its failure is expected and the
 * list is printed with what was observed (see docs/running.md). Never add an entry to get a
 * MongoDB assertion past a bug of ours.
 */
export interface KnownDeviation {
  /** What MongoDB documents, and the contract asserts. */
  mongodb: string;
  /** What FerretDB 1.24.2 (SQLite handler) does instead. */
  ferretdb: string;
}

export const FERRETDB_DEVIATIONS = {
  'nested-arrays': {
    mongodb: 'stores and matches arrays of arrays (`pairs: [["a", "b"]]`; `$in: [["a", "b"]]` matches the whole array)',
    ferretdb: 'refuses the document ("nested arrays are not supported"); the filter table runs without that field'
  },
  'upsert-seed-and': {
    mongodb: 'an upsert that inserts takes the equality fields of a top-level `$and` into the new document',
    ferretdb: 'takes only the top-level equality fields'
  },
  'push-slice': {
    mongodb: '`$push` with `$each` and `$slice: -3` keeps the last three elements',
    ferretdb: 'ignores `$slice` and keeps every element'
  },
  'pull-document': {
    mongodb: '`$pull` with a document removes the array elements having those field values',
    ferretdb: 'removes nothing unless an element equals the document as a whole'
  },
  'duplicate-key-code': {
    mongodb: 'a unique index violation by an update of an existing document, or by createIndexes over duplicates, is error 11000 (DUPLICATE_KEY)',
    ferretdb: 'refuses it, but with an internal error carrying SQLite\'s UNIQUE constraint message (so STORE_INVALID_OPERATION); inserts and upserts do get 11000'
  },
  'array-path-negation': {
    mongodb: '`$ne` / `$nin` on a path through an array of documents (`items.sku`) select documents where no element has the value',
    ferretdb: 'selects documents where some element lacks it (d04 with skus k1 and k2 matches `{ "items.sku": { $ne: "k1" } }`)'
  },
  'array-path-range': {
    mongodb: 'range conditions on a path through an array (`items.qty: { $gt: 1, $lt: 3 }`) may each be met by a different element',
    ferretdb: 'requires one element to meet them all, as `$elemMatch` would'
  },
  'array-path-null': {
    mongodb: '`{ "items.sku": null }` matches an array element lacking `sku` and not an empty `items` array',
    ferretdb: 'matches the empty array and not the element lacking the field'
  },
  'index-redeclare': {
    mongodb: 'createIndexes with the same key and a different `unique` is refused (IndexKeySpecsConflict, 86)',
    ferretdb: 'accepts it and keeps the old index'
  },
  'ttl-index': {
    mongodb: 'createIndexes accepts `expireAfterSeconds` (a TTL index; its monitor deletes lazily)',
    ferretdb:
      'refuses it ("Index option expireAfterSeconds is not implemented yet", code 238); the MongoDB adapter then declares the index without the option and deletes expired documents itself every 60 s (mongodb/create-ttl-sweeper.ts), so createIndexes succeeds'
  },
  'atomic-update': {
    mongodb: 'each single-document update (findOneAndUpdate, updateOne with `$inc`) is atomic: 1,000 concurrent `$inc` give 1..1,000 once each',
    ferretdb: 'reads the document, applies the update in the server and writes it back without a check, so concurrent updates are lost (FerretDB issue 3040)'
  },
  'upsert-retry': {
    mongodb: 'concurrent upserts on an `_id` equality: the one that loses the insert race is retried as an update (MongoDB ≥ 4.2), so all 1,000 `$inc` count',
    ferretdb: 'the losers fail with E11000 duplicate key, and the updates that do run can be lost as above'
  }
} as const satisfies Record<string, KnownDeviation>;

export type DeviationId = keyof typeof FERRETDB_DEVIATIONS;
