import type { Update } from '../collection.js';
import { checkPath, findPathConflict } from './check-path.js';
import { cloneValue } from './clone-value.js';
import { invalidOperation } from './invalid-operation.js';
import { isOperatorObject, isPlainObject } from './is-plain-object.js';

const UPDATE_OPERATORS = ['$set', '$unset', '$inc', '$push', '$addToSet', '$pull', '$setOnInsert'] as const;
type UpdateOperator = (typeof UPDATE_OPERATORS)[number];

/**
 * Validates an update document and returns a deep copy. Refuses what MongoDB refuses (replacement
 * documents, changing `_id`, two operators on overlapping paths) and operator forms the embedded
 * engine cannot reproduce exactly.
 */
export function checkUpdate(update: Update): Update {
  if (!isPlainObject(update) || Object.keys(update).length === 0) {
    throw invalidOperation('update needs at least one update operator');
  }
  const copy: Record<string, Record<string, unknown>> = {};
  const paths: string[] = [];
  for (const [operator, fields] of Object.entries(update)) {
    if (!isUpdateOperator(operator)) {
      throw invalidOperation(
        operator.startsWith('$')
          ? `unsupported update operator ${operator} (supported: ${UPDATE_OPERATORS.join(' ')})`
          : `update must use operators; replacement documents are not supported (found "${operator}")`
      );
    }
    if (!isPlainObject(fields)) throw invalidOperation(`update.${operator} must be a plain object`);
    const checked: Record<string, unknown> = {};
    for (const [path, operand] of Object.entries(fields)) {
      checkPath(path, `update.${operator}`);
      if (operand === undefined && (operator === '$set' || operator === '$setOnInsert')) continue;
      checkIdPath(operator, path, operand);
      checked[path] = checkOperand(operator, path, operand);
      paths.push(path);
    }
    copy[operator] = checked;
  }
  const conflict = findPathConflict(paths);
  if (conflict) throw invalidOperation(`update: paths "${conflict[0]}" and "${conflict[1]}" conflict`);
  return copy as Update;
}

function isUpdateOperator(operator: string): operator is UpdateOperator {
  return (UPDATE_OPERATORS as readonly string[]).includes(operator);
}

function checkIdPath(operator: UpdateOperator, path: string, operand: unknown): void {
  if (path !== '_id' && !path.startsWith('_id.')) return;
  // `_id` is immutable; it may only be chosen for a document an upsert inserts.
  if (operator !== '$setOnInsert' || path !== '_id') throw invalidOperation(`update.${operator}: _id cannot be changed`);
  if (typeof operand !== 'string' || operand === '') throw invalidOperation('update.$setOnInsert._id must be a non-empty string');
}

function checkOperand(operator: UpdateOperator, path: string, operand: unknown): unknown {
  const where = `update.${operator}.${path}`;
  switch (operator) {
    case '$set':
    case '$setOnInsert':
      return cloneValue(operand, where, 'strip');
    case '$unset':
      return '';
    case '$inc':
      if (typeof operand !== 'number' || !Number.isFinite(operand)) throw invalidOperation(`${where} needs a finite number`);
      return operand;
    case '$push':
    case '$addToSet':
      return isOperatorObject(operand) ? checkEach(operator, where, operand) : cloneValue(operand, where, 'reject');
    case '$pull':
      // nedb evaluates $pull conditions with its own matcher, so only values (and documents of
      // field values, which match elements having those fields) behave as on MongoDB.
      if (isOperatorObject(operand)) throw invalidOperation(`${where}: conditions are not supported, pass a value`);
      return cloneValue(operand, where, 'reject');
  }
}

function checkEach(operator: '$push' | '$addToSet', where: string, modifiers: Record<string, unknown>): unknown {
  const allowed = operator === '$push' ? ['$each', '$slice'] : ['$each'];
  for (const key of Object.keys(modifiers)) {
    if (!allowed.includes(key)) throw invalidOperation(`${where}: modifier ${key} is not supported (supported: ${allowed.join(' ')})`);
  }
  if (!Array.isArray(modifiers.$each)) throw invalidOperation(`${where}.$each needs an array`);
  const copy: Record<string, unknown> = { $each: cloneValue(modifiers.$each, `${where}.$each`, 'reject') };
  if (modifiers.$slice !== undefined) {
    if (!Number.isInteger(modifiers.$slice)) throw invalidOperation(`${where}.$slice needs an integer`);
    copy.$slice = modifiers.$slice;
  }
  return copy;
}
