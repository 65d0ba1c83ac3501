import { isDate } from '../lib/is-plain-object.js';

/**
 * A fresh copy of what nedb returns. nedb deep-copies objects but hands out the very Date instances
 * it caches (mutating one would change stored data), and it may live in another realm (jest).
 */
export function copyOut(value: unknown): unknown {
  if (isDate(value)) return new Date(value.getTime());
  if (Array.isArray(value)) return value.map(copyOut);
  if (typeof value === 'object' && value !== null) {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) copy[key] = copyOut(item);
    return copy;
  }
  return value;
}
