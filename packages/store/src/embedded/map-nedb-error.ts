import { AgentVcError } from '@agentvc/core';
import { invalidOperation } from '../lib/invalid-operation.js';

interface ErrorLike {
  message?: unknown;
  syscall?: unknown;
  errorType?: unknown;
}

// Duck-typed rather than `instanceof Error`: fs errors may come from another realm (jest's vm).
const fields = (error: unknown): ErrorLike => (typeof error === 'object' && error !== null ? (error as ErrorLike) : {});

/** An error from the file system (nedb passes fs errors through unchanged). */
export function isIoError(error: unknown): boolean {
  return typeof fields(error).syscall === 'string';
}

/** nedb errors become AgentVcErrors: unique violations, I/O trouble, and refused operations. */
export function mapNedbError(error: unknown, collection: string): AgentVcError {
  if (error instanceof AgentVcError) return error;
  const { message = String(error), errorType } = fields(error);
  if (errorType === 'uniqueViolated') {
    return new AgentVcError('DUPLICATE_KEY', `${collection}: a document with this key exists already`, { cause: error });
  }
  if (isIoError(error)) return new AgentVcError('STORE_UNAVAILABLE', `${collection}: ${String(message)}`, { cause: error });
  // What is left are nedb's refusals, e.g. $inc on a string or $push onto a non-array.
  return invalidOperation(`${collection}: ${String(message)}`, error);
}
