import type { Document } from '../collection.js';
import { cloneValue } from './clone-value.js';
import { invalidOperation } from './invalid-operation.js';
import { isPlainObject } from './is-plain-object.js';

/** Validates a document for insertOne and returns a deep copy without undefined properties. */
export function checkDocument(document: Document): Record<string, unknown> {
  if (!isPlainObject(document)) throw invalidOperation('a document must be a plain object');
  // The port uses string ids the caller generates; MongoDB would invent an ObjectId otherwise.
  if (typeof document._id !== 'string' || document._id === '') {
    throw invalidOperation('a document needs a non-empty string _id');
  }
  return cloneValue(document, 'document', 'strip') as Record<string, unknown>;
}
