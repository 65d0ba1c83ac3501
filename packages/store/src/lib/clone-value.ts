import { invalidOperation } from './invalid-operation.js';
import { isDate, isPlainObject } from './is-plain-object.js';

/**
 * What an `undefined` property means: in documents and `$set` it is dropped (as the MongoDB driver
 * does with `ignoreUndefined`); in filters it is refused, because a dropped filter key would match
 * every document.
 */
export type UndefinedProperties = 'strip' | 'reject';

/**
 * Validates that `value` can be stored identically by both engines and returns a deep copy, so the
 * engines never hold (or hand back) objects the caller can still mutate. Storable: null, strings,
 * booleans, finite numbers, valid Dates, arrays and plain objects of those. Binary data is stored
 * as base64url strings (see the design notes), so Buffers and typed arrays are refused.
 */
export function cloneValue(value: unknown, where: string, undefinedProperties: UndefinedProperties): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    // JSON (the embedded engine's file format) cannot hold NaN or Infinity.
    if (!Number.isFinite(value)) throw invalidOperation(`${where}: ${value} cannot be stored`);
    return value;
  }
  if (isDate(value)) {
    if (Number.isNaN(value.getTime())) throw invalidOperation(`${where}: invalid Date`);
    return new Date(value.getTime());
  }
  if (Array.isArray(value)) {
    return value.map((item: unknown, index) => {
      if (item === undefined) throw invalidOperation(`${where}[${index}] is undefined`);
      return cloneValue(item, `${where}[${index}]`, undefinedProperties);
    });
  }
  if (isPlainObject(value)) {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (item === undefined) {
        if (undefinedProperties === 'reject') throw invalidOperation(`${where}.${key} is undefined`);
        continue;
      }
      checkFieldName(key, where);
      copy[key] = cloneValue(item, `${where}.${key}`, undefinedProperties);
    }
    return copy;
  }
  if (value === undefined) throw invalidOperation(`${where} is undefined`);
  throw invalidOperation(
    `${where}: ${Object.prototype.toString.call(value)} cannot be stored; ` +
      'use plain objects, arrays, strings, numbers, booleans, Dates or null (binary as base64url)'
  );
}

function checkFieldName(key: string, where: string): void {
  // `$` and `.` are reserved by the query language; `__proto__` would rewrite the copy's prototype.
  if (key === '' || key.startsWith('$') || key.includes('.') || key === '__proto__') {
    throw invalidOperation(`${where}: field name "${key}" is not allowed`);
  }
}
