import { invalidOperation } from './invalid-operation.js';

// Names become file names on the embedded engine, so keep them to a portable, lower-case set.
const COLLECTION_NAME = /^[a-z][a-z0-9_-]{0,63}$/;

export function checkCollectionName(name: string): string {
  if (typeof name !== 'string' || !COLLECTION_NAME.test(name)) {
    throw invalidOperation(`collection name "${String(name)}" must match ${COLLECTION_NAME.source}`);
  }
  return name;
}
