import type { Clock } from '@agentvc/core';
import type { Store } from './collection.js';
import { createEmbeddedStore } from './embedded/create-embedded-store.js';
import { createMongoStore } from './mongodb/create-mongo-store.js';

export interface StoreOptions {
  /** When given, MongoDB is used; otherwise the embedded engine. */
  mongodbUrl?: string;
  /** MongoDB database name (default `agentvc`). */
  dbName?: string;
  /** Embedded engine directory; omitted: in memory only. */
  dataDir?: string;
  /** Embedded engine TTL time source (MongoDB expires by its own clock). */
  clock?: Clock;
}

/** Picks the engine from configuration: MongoDB when a URL is configured, else embedded. */
export function createStore({ mongodbUrl, dbName = 'agentvc', dataDir, clock }: StoreOptions = {}): Promise<Store> {
  if (mongodbUrl !== undefined && mongodbUrl !== '') return createMongoStore({ url: mongodbUrl, dbName });
  return createEmbeddedStore(clock === undefined ? { dataDir } : { dataDir, clock });
}
