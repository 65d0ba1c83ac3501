import type { Json } from '../../../test/support/sign.js';

/** Every leaf of a JSON document as a path of keys and indexes. */
export function leafPaths(node: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (Array.isArray(node)) return node.flatMap((item, index) => leafPaths(item, [...prefix, index]));
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([key, value]) => leafPaths(value, [...prefix, key]));
  return [prefix];
}

/** A copy of `document` with the leaf at `path` changed to a different value of the same type. */
export function tamper(document: Json, path: Array<string | number>): Json {
  const copy = structuredClone(document);
  let parent: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  parent[last] = changed(parent[last]);
  return copy;
}

function changed(value: unknown): unknown {
  if (typeof value === 'number') return value + 1;
  if (typeof value === 'boolean') return !value;
  if (typeof value !== 'string') return 'x';
  // keep dates valid and digits digits, so the change reaches the signature check
  const match = /\d(?=\D*$)/.exec(value);
  if (match) {
    const digit = Number(match[0]);
    return `${value.slice(0, match.index)}${(digit + (digit === 0 ? 1 : -1)) % 10}${value.slice(match.index + 1)}`;
  }
  const last = value.at(-1) ?? 'a';
  return `${value.slice(0, -1)}${last === 'a' ? 'b' : 'a'}`;
}
