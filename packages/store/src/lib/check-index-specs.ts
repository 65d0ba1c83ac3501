import type { IndexSpec } from '../collection.js';
import { checkSort } from './check-find-options.js';
import { invalidOperation } from './invalid-operation.js';

export function checkIndexSpecs(indexes: IndexSpec[]): IndexSpec[] {
  if (!Array.isArray(indexes)) throw invalidOperation('createIndexes needs an array of index specs');
  return indexes.map((index) => {
    const key = checkSort(index.key);
    const fields = Object.keys(key);
    if (fields.length === 0) throw invalidOperation('an index needs at least one key field');
    const checked: IndexSpec = { key, unique: index.unique === true };
    if (index.name !== undefined) checked.name = index.name;
    if (index.expireAfterSeconds !== undefined) {
      const seconds = index.expireAfterSeconds;
      if (!Number.isSafeInteger(seconds) || seconds < 0) throw invalidOperation('expireAfterSeconds must be a non-negative integer');
      // MongoDB only supports TTL on single-field indexes.
      if (fields.length !== 1) throw invalidOperation('expireAfterSeconds needs a single-field index');
      checked.expireAfterSeconds = seconds;
    }
    return checked;
  });
}
