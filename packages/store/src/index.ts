export type {
  Collection,
  Document,
  Filter,
  FindOptions,
  IndexSpec,
  Projection,
  SortSpec,
  Store,
  Update,
  UpdateResult
} from './collection.js';
export { createEmbeddedStore, type EmbeddedStoreOptions } from './embedded/create-embedded-store.js';
export { inspectDataDir, type DataFileReport } from './embedded/inspect-data-dir.js';
export { repairDataDir, type RepairedFile } from './embedded/repair-data-dir.js';
export type { CorruptLine } from './embedded/scan-data-file.js';
export type { SyncFile } from './embedded/sync-file.js';
export { createMongoStore, type MongoStoreOptions } from './mongodb/create-mongo-store.js';
export { createStore, type StoreOptions } from './create-store.js';
export { createStoredChallenges } from './create-stored-challenges.js';
export { createStoredRateLimitCounter } from './create-stored-rate-limit-counter.js';
