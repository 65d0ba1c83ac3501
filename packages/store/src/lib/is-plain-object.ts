/**
 * A `{}` literal or `Object.create(null)` from any realm (jest runs tests in a vm context, so
 * `Object.prototype` identity is not reliable). Class instances, Buffers and Maps are not plain.
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  if (Object.prototype.toString.call(value) !== '[object Object]') return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** A plain object whose keys start with `$`, e.g. `{ $gt: 1 }` in a filter or `{ $each: [] }` in `$push`. */
export function isOperatorObject(value: unknown): value is Record<string, unknown> {
  return isPlainObject(value) && Object.keys(value).some((key) => key.startsWith('$'));
}
