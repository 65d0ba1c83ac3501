import type { Filter } from '../collection.js';
import { checkPath } from './check-path.js';
import { cloneValue } from './clone-value.js';
import { invalidOperation } from './invalid-operation.js';
import { isDate, isOperatorObject, isPlainObject } from './is-plain-object.js';

const FIELD_OPERATORS = ['$eq', '$ne', '$gt', '$gte', '$lt', '$lte', '$in', '$nin', '$exists'];
const LOGICAL_OPERATORS = ['$and', '$or'];

/**
 * Validates a filter against the operators both engines implement identically and returns a deep
 * copy. Anything else (`$regex`, `$not`, `$elemMatch`, `$where`, ...) is refused rather than
 * risking an engine quietly answering differently from MongoDB.
 */
export function checkFilter(filter: Filter): Filter {
  if (!isPlainObject(filter)) throw invalidOperation('filter must be a plain object');
  const copy: Filter = {};
  for (const [key, value] of Object.entries(filter)) {
    if (LOGICAL_OPERATORS.includes(key)) copy[key] = checkClauses(key, value);
    else if (key.startsWith('$')) throw unsupported(key);
    else {
      checkPath(key, 'filter');
      copy[key] = checkCondition(key, value);
    }
  }
  return copy;
}

function checkClauses(operator: string, clauses: unknown): Filter[] {
  if (!Array.isArray(clauses) || clauses.length === 0) {
    throw invalidOperation(`filter: ${operator} needs a non-empty array of filters`);
  }
  return clauses.map((clause: unknown) => checkFilter(clause as Filter));
}

function checkCondition(path: string, condition: unknown): unknown {
  if (condition === undefined) {
    throw invalidOperation(`filter.${path} is undefined; MongoDB would drop the key and match every document`);
  }
  if (!isOperatorObject(condition)) return cloneValue(condition, `filter.${path}`, 'reject');
  const copy: Record<string, unknown> = {};
  for (const [operator, operand] of Object.entries(condition)) {
    if (!operator.startsWith('$')) throw invalidOperation(`filter.${path}: cannot mix operators and fields`);
    copy[operator] = checkOperand(path, operator, operand);
  }
  return copy;
}

function checkOperand(path: string, operator: string, operand: unknown): unknown {
  const where = `filter.${path}.${operator}`;
  switch (operator) {
    case '$eq':
    case '$ne':
      return cloneValue(operand, where, 'reject');
    case '$gt':
    case '$gte':
    case '$lt':
    case '$lte':
      // Other types compare by MongoDB's type brackets, which the embedded engine does not share.
      if (typeof operand === 'string' || (typeof operand === 'number' && Number.isFinite(operand)) || isDate(operand)) {
        return cloneValue(operand, where, 'reject');
      }
      throw invalidOperation(`${where} needs a string, a finite number or a Date`);
    case '$in':
    case '$nin':
      if (!Array.isArray(operand)) throw invalidOperation(`${where} needs an array`);
      return cloneValue(operand, where, 'reject');
    case '$exists':
      if (typeof operand !== 'boolean') throw invalidOperation(`${where} needs true or false`);
      return operand;
    default:
      throw unsupported(operator);
  }
}

function unsupported(operator: string): Error {
  return invalidOperation(
    `unsupported filter operator ${operator} (supported: ${[...FIELD_OPERATORS, ...LOGICAL_OPERATORS].join(' ')})`
  );
}
