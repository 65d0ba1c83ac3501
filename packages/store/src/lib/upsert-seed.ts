import type { Filter, Update } from '../collection.js';
import { findPathConflict } from './check-path.js';
import { invalidOperation } from './invalid-operation.js';
import { isOperatorObject, isPlainObject } from './is-plain-object.js';

/**
 * The document an upsert starts from when nothing matched, by MongoDB's rule: the filter's equality
 * conditions (`field: value`, `field: { $eq: value }`, also inside `$and`), dotted paths expanded
 * into nested documents. Other operators, and `$or`, contribute nothing. Expects a checked filter.
 */
export function upsertSeed(filter: Filter): Record<string, unknown> {
  const equalities: Array<[string, unknown]> = [];
  collectEqualities(filter, equalities);
  const conflict = findPathConflict(equalities.map(([path]) => path));
  // MongoDB refuses too: it cannot tell which value the new document should get.
  if (conflict) throw invalidOperation(`upsert: the filter sets "${conflict[0]}" and "${conflict[1]}" both`);
  const seed: Record<string, unknown> = {};
  for (const [path, value] of equalities) setPath(seed, path.split('.'), value);
  return seed;
}

/**
 * The `_id` an upsert will insert under: the filter's equality on `_id`, else `$setOnInsert._id`;
 * undefined means the adapter generates one (a string, never an ObjectId).
 */
export function upsertId(seed: Record<string, unknown>, update: Update): string | undefined {
  const fromFilter = seed._id;
  const fromUpdate = update.$setOnInsert?._id;
  if (fromFilter !== undefined && typeof fromFilter !== 'string') throw invalidOperation('upsert: the filter _id must be a string');
  if (fromFilter !== undefined && fromUpdate !== undefined && fromFilter !== fromUpdate) {
    throw invalidOperation('upsert: the filter and $setOnInsert give different _ids');
  }
  return fromFilter ?? (fromUpdate as string | undefined);
}

function collectEqualities(filter: Filter, into: Array<[string, unknown]>): void {
  for (const [key, value] of Object.entries(filter)) {
    if (key === '$and') for (const clause of value as Filter[]) collectEqualities(clause, into);
    else if (key.startsWith('$')) continue;
    else if (!isOperatorObject(value)) into.push([key, value]);
    else if ('$eq' in value) into.push([key, value.$eq]);
  }
}

function setPath(target: Record<string, unknown>, segments: string[], value: unknown): void {
  const [head, ...rest] = segments as [string, ...string[]];
  if (rest.length === 0) {
    target[head] = value;
    return;
  }
  const next = target[head] ?? {};
  if (!isPlainObject(next)) throw invalidOperation(`upsert: cannot set "${segments.join('.')}" inside a non-object`);
  target[head] = next;
  setPath(next, rest, value);
}
