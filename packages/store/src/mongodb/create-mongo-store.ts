import { AgentVcError, systemClock, type Clock } from '@agentvc/core';
import { MongoClient } from 'mongodb';
import type { Collection, Document, Store } from '../collection.js';
import { checkCollectionName } from '../lib/check-collection-name.js';
import { createMongoCollection } from './mongo-collection.js';
import { createTtlSweeper } from './create-ttl-sweeper.js';
import { mapMongoError } from './map-mongo-error.js';

export interface MongoStoreOptions {
  /** A mongodb:// or mongodb+srv:// connection string (driver options may go in its query). */
  url: string;
  dbName: string;
  /**
   * Only on a server without TTL indexes (FerretDB): how often the adapter deletes expired
   * documents itself (default 60 s, as MongoDB's TTL monitor), and the clock it reads.
   */
  ttlSweepIntervalMs?: number;
  clock?: Clock;
  /** Where the one line about sweeping goes (default console.warn). */
  warn?: (message: string) => void;
}

/** The production engine: connects (failing with STORE_UNAVAILABLE) and hands out the port. */
export async function createMongoStore({
  url,
  dbName,
  ttlSweepIntervalMs = 60_000,
  clock = systemClock,
  warn = (message) => console.warn(`agentvc store: ${message}`)
}: MongoStoreOptions): Promise<Store> {
  let client: MongoClient;
  try {
    // Documents are checked before they reach the driver; ignoreUndefined is a second guard.
    client = new MongoClient(url, { ignoreUndefined: true });
  } catch (error) {
    throw new AgentVcError('INVALID_OPTIONS', `the MongoDB connection string is not valid: ${reason(error, url)}`, { cause: error });
  }
  try {
    await client.connect();
    await client.db('admin').command({ ping: 1 });
  } catch (error) {
    await client.close().catch(() => undefined);
    // one line a start-up failure can print: where, and why (never the credentials)
    throw new AgentVcError('STORE_UNAVAILABLE', `cannot connect to MongoDB at ${hostsOf(client)}: ${reason(error, url)}`, { cause: error });
  }
  const db = client.db(dbName);
  let closed = false;
  const ttl = createTtlSweeper({ db, intervalMs: ttlSweepIntervalMs, clock, warn });

  return {
    engine: 'mongodb',

    collection<T extends Document>(name: string): Collection<T> {
      return createMongoCollection<T>(db.collection(checkCollectionName(name)), () => closed, ttl);
    },

    async ping(): Promise<void> {
      if (closed) throw new AgentVcError('STORE_UNAVAILABLE', 'the store is closed');
      try {
        await client.db('admin').command({ ping: 1 });
      } catch (error) {
        const mapped = mapMongoError(error, 'admin');
        throw mapped instanceof AgentVcError ? mapped : new AgentVcError('STORE_UNAVAILABLE', 'MongoDB ping failed', { cause: error });
      }
    },

    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      ttl.stop();
      await client.close();
    }
  };
}

/** The hosts the driver parsed from the connection string (never its credentials). */
function hostsOf(client: MongoClient): string {
  const { srvHost, hosts } = client.options;
  return srvHost ?? hosts.map(String).join(',');
}

/** The driver's message on one line, with the connection string (and so any password) taken out. */
function reason(error: unknown, url: string): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split(url).join('<connection string>').split('\n')[0] ?? '';
}
