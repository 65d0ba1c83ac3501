import type { Filter } from '../collection.js';
import { isOperatorObject, isPlainObject } from '../lib/is-plain-object.js';

export type NedbQuery = Record<string, unknown>;

/**
 * Translates a checked MongoDB filter into a nedb query that selects the same documents.
 * nedb's matcher agrees with MongoDB on plain equality and range comparisons (any array element
 * may match), but not on: `$eq` (unknown to nedb), null (MongoDB also matches a missing field),
 * `$ne`/`$nin` on arrays (MongoDB: no element may match), several range operators on one array
 * field (MongoDB: each may be met by a different element), array values (MongoDB also matches
 * arrays holding them) and `$exists` on arrays and dotted paths. Those are rewritten here;
 * simple clauses stay at the top level so nedb can still use its indexes.
 */
export function toNedbQuery(filter: Filter): NedbQuery {
  const clauses: NedbQuery[] = [];
  for (const [key, value] of Object.entries(filter)) {
    if (key === '$and' || key === '$or') clauses.push({ [key]: (value as Filter[]).map(toNedbQuery) });
    else if (isOperatorObject(value)) {
      for (const [operator, operand] of Object.entries(value)) clauses.push(fieldClause(key, operator, operand));
    } else clauses.push(equals(key, value));
  }
  return merge(clauses);
}

function fieldClause(path: string, operator: string, operand: unknown): NedbQuery {
  switch (operator) {
    case '$eq':
      return equals(path, operand);
    case '$ne':
      return { $not: equals(path, operand) };
    case '$in':
      return isIn(path, operand as unknown[]);
    case '$nin':
      return { $not: isIn(path, operand as unknown[]) };
    case '$exists':
      return exists(path, operand === true);
    default:
      // $gt $gte $lt $lte: one operator per clause, so each may be met by a different element.
      return { [path]: { [operator]: operand } };
  }
}

function equals(path: string, value: unknown): NedbQuery {
  if (value === null) return { $or: [{ [path]: null }, { [path]: { $exists: false } }] };
  // nedb compares an array only as a whole; MongoDB also matches an array that holds it as an element.
  if (Array.isArray(value)) return { $or: [{ [path]: value }, { [path]: { $elemMatch: value } }] };
  return { [path]: value };
}

function isIn(path: string, values: unknown[]): NedbQuery {
  // Scalars and documents work with nedb's $in; null and arrays need equality's special cases.
  const simple = values.filter((value) => value !== null && !Array.isArray(value));
  const special = values.filter((value) => value === null || Array.isArray(value));
  if (special.length === 0) return { [path]: { $in: simple } };
  return { $or: [{ [path]: { $in: simple } }, ...special.map((value) => equals(path, value))] };
}

function exists(path: string, wanted: boolean): NedbQuery {
  const segments = path.split('.');
  return {
    $where(this: unknown): boolean {
      return pathExists(this, segments) === wanted;
    }
  };
}

/** MongoDB's notion of a path existing: arrays of documents are traversed, nested arrays are not. */
function pathExists(value: unknown, segments: readonly string[]): boolean {
  if (segments.length === 0) return value !== undefined;
  const [head, ...rest] = segments as [string, ...string[]];
  if (Array.isArray(value)) {
    if (/^\d+$/.test(head) && pathExists(value[Number(head)], rest)) return true;
    return value.some((element: unknown) => isPlainObject(element) && pathExists(element, segments));
  }
  if (isPlainObject(value)) return Object.hasOwn(value, head) && pathExists(value[head], rest);
  return false;
}

/** One query object; a field that appears twice, and any operator clause, goes under `$and`. */
function merge(clauses: NedbQuery[]): NedbQuery {
  const query: NedbQuery = {};
  const rest: NedbQuery[] = [];
  for (const clause of clauses) {
    const [key] = Object.keys(clause) as [string];
    if (!key.startsWith('$') && !Object.hasOwn(query, key)) query[key] = clause[key];
    else rest.push(clause);
  }
  if (rest.length > 0) query.$and = rest;
  return query;
}
