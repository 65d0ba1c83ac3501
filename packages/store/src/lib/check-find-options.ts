import type { FindOptions, Projection, SortSpec } from '../collection.js';
import { checkPath } from './check-path.js';
import { invalidOperation } from './invalid-operation.js';
import { isPlainObject } from './is-plain-object.js';

/** Validates sort/skip/limit/projection; `limit: 0` means no limit, as on MongoDB. */
export function checkFindOptions(options: FindOptions = {}): FindOptions {
  const checked: FindOptions = {};
  if (options.sort !== undefined) checked.sort = checkSort(options.sort);
  if (options.projection !== undefined) checked.projection = checkProjection(options.projection);
  for (const key of ['skip', 'limit'] as const) {
    const value = options[key];
    if (value === undefined) continue;
    if (!Number.isSafeInteger(value) || value < 0) throw invalidOperation(`${key} must be a non-negative integer`);
    checked[key] = value;
  }
  return checked;
}

export function checkSort(sort: SortSpec): SortSpec {
  return checkKeys(sort, 'sort', [1, -1]) as SortSpec;
}

export function checkProjection(projection: Projection): Projection {
  const checked = checkKeys(projection, 'projection', [0, 1]) as Projection;
  // MongoDB refuses to mix inclusion and exclusion, except for excluding _id.
  const modes = new Set(Object.entries(checked).filter(([path]) => path !== '_id').map(([, mode]) => mode));
  if (modes.size > 1) throw invalidOperation('projection cannot mix inclusion and exclusion (except _id: 0)');
  return checked;
}

function checkKeys(spec: unknown, where: string, allowed: readonly number[]): Record<string, number> {
  if (!isPlainObject(spec)) throw invalidOperation(`${where} must be a plain object`);
  const checked: Record<string, number> = {};
  for (const [path, value] of Object.entries(spec)) {
    checkPath(path, where);
    if (typeof value !== 'number' || !allowed.includes(value)) {
      throw invalidOperation(`${where}.${path} must be ${allowed.join(' or ')}`);
    }
    checked[path] = value;
  }
  return checked;
}
