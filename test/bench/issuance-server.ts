// The issuer app as `npm start` builds it (embedded store on disk, or MongoDB when the bench store
// says so; info-level logging), in this process.
import { randomBytes } from 'node:crypto';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock } from '@agentvc/core';
import { createLogger, listen } from '@agentvc/http';
import { createIssuer, type Issuer } from '@agentvc/issuer';
import { createApp } from '@agentvc/issuer-app';
import { createEmbeddedStore, createMongoStore } from '@agentvc/store';
import type { BenchStore } from './bench-stores.js';
import { timedStore, type StoreTimings } from './issuance-timed-store.js';

export interface BenchIssuer {
  issuer: Issuer;
  /** `http://127.0.0.1:PORT` */
  url: string;
  /** An operator API key. */
  token: string;
  dataDir: string;
  storeTimings: StoreTimings;
  /** Off: writes are acknowledged after the append alone, as before group commit (for comparison). Embedded engine only. */
  durability: { fsync: boolean };
  close(): Promise<void>;
}

export async function startBenchIssuer(benchStore: BenchStore = { kind: 'embedded', label: 'embedded engine' }): Promise<BenchIssuer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'agentvc-bench-'));
  // fsync as the engine does it (fdatasync), switchable so one run measures with and without it
  const durability = { fsync: true };
  const syncFile = async (path: string): Promise<void> => {
    if (!durability.fsync) return;
    const handle = await open(path, 'r');
    try {
      await handle.datasync();
    } finally {
      await handle.close();
    }
  };
  const engine =
    benchStore.kind === 'mongodb'
      ? await createMongoStore({ url: benchStore.mongodbUrl as string, dbName: benchStore.dbName as string })
      : await createEmbeddedStore({ dataDir, syncFile });
  const { store, timings } = timedStore(engine);
  // status list URLs only have to be well-formed: nothing fetches them here
  const publicUrl = 'https://issuer.bench.example';
  const issuer = await createIssuer({ store, clock: systemClock, keyEncryptionKey: randomBytes(32), publicUrl });
  const { token } = await issuer.apiKeys.create('bench');
  // request logs are formatted as in production, then dropped
  const logger = createLogger({ name: 'agentvc-issuer', level: 'info', destination: { write: () => undefined } });
  const server = await listen(createApp({ issuer, store, logger, publicUrl }), { port: 0 });
  return {
    issuer,
    url: server.url,
    token,
    dataDir,
    storeTimings: timings,
    durability,
    async close() {
      await server.close();
      await store.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  };
}
