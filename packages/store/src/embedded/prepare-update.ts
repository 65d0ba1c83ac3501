import type { Filter, Update } from '../collection.js';
import { invalidOperation } from '../lib/invalid-operation.js';
import { isPlainObject } from '../lib/is-plain-object.js';
import type { RawDocument } from './nedb.js';
import { toNedbQuery } from './to-nedb-query.js';

export type NedbUpdate = Record<string, Record<string, unknown>>;

/**
 * Turns a checked update into the one nedb applies to `target`, where nedb's modifiers differ from
 * MongoDB's: `$setOnInsert` is unknown to nedb (dropped here; the upsert path merges it into `$set`),
 * `$pull` on a missing field is a no-op on MongoDB but an error in nedb, `$pull` documents are
 * conditions matched like filters, and setting a field inside a scalar is an error on MongoDB but
 * silently ignored by nedb. Returns undefined when nothing is left to apply.
 */
export function prepareUpdate(update: Update, target: RawDocument): NedbUpdate | undefined {
  const prepared: NedbUpdate = {};
  for (const [operator, fields] of Object.entries(update) as Array<[string, Record<string, unknown>]>) {
    if (operator === '$setOnInsert') continue;
    const out: Record<string, unknown> = {};
    for (const [path, operand] of Object.entries(fields)) {
      if (operator !== '$unset') checkTraversable(target, path);
      if (operator !== '$pull') out[path] = operand;
      else if (valueAt(target, path) !== undefined) out[path] = isPlainObject(operand) ? toNedbQuery(operand as Filter) : operand;
    }
    if (Object.keys(out).length > 0) prepared[operator] = out;
  }
  return Object.keys(prepared).length > 0 ? prepared : undefined;
}

/** MongoDB refuses to create a field inside a scalar, null, or an array (other than by index). */
function checkTraversable(target: RawDocument, path: string): void {
  const segments = path.split('.');
  let container: unknown = target;
  for (const [position, segment] of segments.entries()) {
    if (!isPlainObject(container) && !(Array.isArray(container) && /^\d+$/.test(segment))) {
      throw invalidOperation(`update: cannot create field "${path}" inside a non-object value`);
    }
    if (position === segments.length - 1) return;
    container = (container as Record<string, unknown>)[segment];
    if (container === undefined) return; // missing parents are created as documents
  }
}

function valueAt(target: RawDocument, path: string): unknown {
  let current: unknown = target;
  for (const segment of path.split('.')) {
    if (isPlainObject(current) || Array.isArray(current)) current = (current as Record<string, unknown>)[segment];
    else return undefined;
  }
  return current;
}
