import type { Clock } from '@agentvc/core';
import type { Db } from 'mongodb';

export interface TtlSweeper {
  /** Starts deleting `collection` documents whose `field` is older than `expireAfterSeconds`. */
  add(collection: string, field: string, expireAfterSeconds: number): void;
  /** Runs one pass over every registered TTL now (also what each tick does). */
  sweep(): Promise<void>;
  stop(): void;
}

export interface TtlSweeperOptions {
  db: Db;
  /** How often a pass runs; MongoDB's own TTL monitor runs every 60 s. */
  intervalMs: number;
  clock: Clock;
  /** Told once per store, the first time a TTL index has to be swept by the adapter. */
  warn: (message: string) => void;
}

/**
 * TTL for a wire server without TTL indexes (FerretDB 1.x answers `expireAfterSeconds` with
 * "not implemented"): the adapter deletes what MongoDB's monitor would, documents whose TTL field
 * is a date before now - expireAfterSeconds, on an unref'd timer stopped with the store. Real
 * MongoDB never gets here: it accepts the index and expires by itself.
 */
export function createTtlSweeper({ db, intervalMs, clock, warn }: TtlSweeperOptions): TtlSweeper {
  const ttls = new Map<string, { collection: string; field: string; seconds: number }>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let warned = false;

  async function pass(): Promise<void> {
    const now = clock.now().getTime();
    for (const { collection, field, seconds } of ttls.values()) {
      // a server that is away is swept on a later tick; nothing is lost by skipping one
      await db
        .collection(collection)
        .deleteMany({ [field]: { $lt: new Date(now - seconds * 1000) } })
        .catch(() => undefined);
    }
  }
  const sweep = (): Promise<void> => {
    running ??= pass().finally(() => {
      running = undefined;
    });
    return running;
  };

  return {
    add(collection, field, expireAfterSeconds) {
      ttls.set(`${collection}\u0000${field}`, { collection, field, seconds: expireAfterSeconds });
      if (!warned) {
        warned = true;
        warn(
          `the MongoDB server does not implement TTL indexes: ${collection}.${field} and later TTL indexes are created without expireAfterSeconds and swept by agentvc every ${intervalMs % 1000 === 0 ? `${intervalMs / 1000} s` : `${intervalMs} ms`}`
        );
      }
      if (timer === undefined) {
        timer = setInterval(() => void sweep(), intervalMs);
        timer.unref();
      }
    },
    sweep,
    stop() {
      if (timer !== undefined) clearInterval(timer);
      timer = undefined;
    }
  };
}
