import { AgentVcError } from '@agentvc/core';
import { MongoError, MongoInvalidArgumentError, MongoServerError } from 'mongodb';
import { invalidOperation } from '../lib/invalid-operation.js';

const DUPLICATE_KEY_CODES = new Set([11000, 11001]);
// Server errors about the server's state rather than the request: retrying later may succeed.
const UNAVAILABLE_CODES = new Set([6, 7, 13, 18, 89, 91, 189, 262, 9001, 10107, 11600, 11602, 13435, 13436]);

/** Driver errors become AgentVcErrors; errors that are not the driver's pass through unchanged. */
export function mapMongoError(error: unknown, collection: string): unknown {
  if (!(error instanceof MongoError)) return error;
  if (error instanceof MongoServerError) {
    const code = typeof error.code === 'number' ? error.code : undefined;
    if (code !== undefined && DUPLICATE_KEY_CODES.has(code)) {
      return new AgentVcError('DUPLICATE_KEY', `${collection}: a document with this key exists already`, { cause: error });
    }
    if (code === undefined || !UNAVAILABLE_CODES.has(code)) return invalidOperation(`${collection}: ${error.message}`, error);
  }
  if (error instanceof MongoInvalidArgumentError) return invalidOperation(`${collection}: ${error.message}`, error);
  // Network, server selection, closed topology, and the like.
  return new AgentVcError('STORE_UNAVAILABLE', `${collection}: ${error.message}`, { cause: error });
}
