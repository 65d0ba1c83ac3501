import type { z } from 'zod';
import { HttpError } from './http-error.js';

/** Enough to fix a request; a bound so a hostile document cannot make a huge error body. */
export const MAX_REPORTED_ISSUES = 20;

export type InputLocation = 'params' | 'query' | 'body';

export interface ValidationIssue {
  path: string;
  message: string;
}

/** `body.items[0].name`, the same path style the verifier uses in its problems. */
export function formatIssuePath(path: readonly PropertyKey[], location?: InputLocation): string {
  let formatted = location ?? '';
  for (const key of path) {
    if (typeof key === 'number') formatted += `[${key}]`;
    else formatted += formatted === '' ? String(key) : `.${String(key)}`;
  }
  return formatted;
}

/** A 400 VALIDATION_FAILED listing the first issues with their paths. */
export function validationError(issues: readonly z.core.$ZodIssue[], location?: InputLocation): HttpError {
  const errors: ValidationIssue[] = issues
    .slice(0, MAX_REPORTED_ISSUES)
    .map((issue) => ({ path: formatIssuePath(issue.path, location), message: issue.message }));
  const where = location === undefined ? 'The request' : `The request ${location}`;
  const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
  return new HttpError('VALIDATION_FAILED', `${where} failed validation (${count})`, {
    extensions: { errors, ...(issues.length > errors.length ? { truncated: true } : {}) }
  });
}
