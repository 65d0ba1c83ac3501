/**
 * The document-collection port: the subset of the MongoDB driver's Collection API that agentvc
 * repositories use. Written once against this; the MongoDB and embedded adapters implement it.
 * Design rules (see docs/architecture.md): string `_id`s the caller generates, no multi-document
 * transactions, every change one atomic update, binary as base64url strings.
 */
export interface Document {
  _id: string;
}

/** A MongoDB query filter (the operators both engines support: $eq $ne $gt $gte $lt $lte $in $nin $exists $and $or). */
export type Filter = Record<string, unknown>;

/** A MongoDB update document: $set, $unset, $inc, $push, $addToSet, $pull, $setOnInsert. */
export interface Update {
  $set?: Record<string, unknown>;
  $unset?: Record<string, '' | 1 | true>;
  $inc?: Record<string, number>;
  $push?: Record<string, unknown>;
  $addToSet?: Record<string, unknown>;
  $pull?: Record<string, unknown>;
  $setOnInsert?: Record<string, unknown>;
}

export type SortSpec = Record<string, 1 | -1>;
export type Projection = Record<string, 0 | 1>;

export interface FindOptions {
  sort?: SortSpec;
  skip?: number;
  limit?: number;
  projection?: Projection;
}

export interface IndexSpec {
  key: Record<string, 1 | -1>;
  name?: string;
  unique?: boolean;
  /** Lazy on the embedded engine: filter on `expiresAt > now` where expiry must be exact. */
  expireAfterSeconds?: number;
}

export interface UpdateResult {
  matchedCount: number;
  modifiedCount: number;
  upsertedId?: string;
}

export interface Collection<T extends Document> {
  /** Throws AgentVcError DUPLICATE_KEY when a unique index (or `_id`) is violated. */
  insertOne(document: T): Promise<void>;
  findOne(filter: Filter, options?: { projection?: Projection }): Promise<T | null>;
  find(filter: Filter, options?: FindOptions): Promise<T[]>;
  countDocuments(filter: Filter): Promise<number>;
  updateOne(filter: Filter, update: Update, options?: { upsert?: boolean }): Promise<UpdateResult>;
  /** Atomic: the document before or after the one update, or null when none matched (and no upsert). */
  findOneAndUpdate(
    filter: Filter,
    update: Update,
    options?: { upsert?: boolean; returnDocument?: 'before' | 'after'; sort?: SortSpec }
  ): Promise<T | null>;
  deleteOne(filter: Filter): Promise<{ deletedCount: number }>;
  deleteMany(filter: Filter): Promise<{ deletedCount: number }>;
  /** Idempotent: declare indexes at every start. */
  createIndexes(indexes: IndexSpec[]): Promise<void>;
}

/** A database: named collections plus lifecycle. */
export interface Store {
  readonly engine: 'mongodb' | 'embedded';
  collection<T extends Document>(name: string): Collection<T>;
  /** Resolves when the engine can serve requests (used by /ready). */
  ping(): Promise<void>;
  close(): Promise<void>;
}
