import { randomUUID } from 'node:crypto';
import { AgentVcError } from '@agentvc/core';
import { MongoServerError, type Collection as MongoCollection, type Document as MongoDocument, type Filter as MongoFilter, type UpdateFilter } from 'mongodb';
import type { Collection, Document, Filter, FindOptions, IndexSpec, Projection, SortSpec, Update, UpdateResult } from '../collection.js';
import { checkDocument } from '../lib/check-document.js';
import { checkFilter } from '../lib/check-filter.js';
import { checkFindOptions, checkProjection, checkSort } from '../lib/check-find-options.js';
import { checkIndexSpecs } from '../lib/check-index-specs.js';
import { checkUpdate } from '../lib/check-update.js';
import { upsertId, upsertSeed } from '../lib/upsert-seed.js';
import { mapMongoError } from './map-mongo-error.js';
import type { TtlSweeper } from './create-ttl-sweeper.js';

/**
 * The port on a driver collection: the same validation as the embedded engine (so both refuse the
 * same requests), then a direct call. The driver's schema types are bypassed: documents are checked
 * at runtime instead.
 */
export function createMongoCollection<T extends Document>(
  collection: MongoCollection<MongoDocument>,
  isClosed: () => boolean,
  ttl: Pick<TtlSweeper, 'add'>
): Collection<T> {
  const name = collection.collectionName;
  async function run<R>(operation: () => Promise<R>): Promise<R> {
    try {
      // The driver would quietly reconnect after close(); the port treats a closed store as gone.
      if (isClosed()) throw new AgentVcError('STORE_UNAVAILABLE', 'the store is closed');
      return await operation();
    } catch (error) {
      throw mapMongoError(error, name);
    }
  }
  const filterOf = (filter: Filter) => checkFilter(filter) as MongoFilter<MongoDocument>;

  return {
    async insertOne(document: T): Promise<void> {
      const checked = checkDocument(document);
      await run(() => collection.insertOne(checked));
    },

    async findOne(filter: Filter, options?: { projection?: Projection }): Promise<T | null> {
      const query = filterOf(filter);
      const projection = options?.projection === undefined ? undefined : checkProjection(options.projection);
      const found = await run(() => collection.findOne(query, projection === undefined ? {} : { projection }));
      return found as T | null;
    },

    async find(filter: Filter, options?: FindOptions): Promise<T[]> {
      const query = filterOf(filter);
      const checked = checkFindOptions(options);
      return (await run(() => collection.find(query, checked).toArray())) as unknown as T[];
    },

    async countDocuments(filter: Filter): Promise<number> {
      const query = filterOf(filter);
      return run(() => collection.countDocuments(query));
    },

    async updateOne(filter: Filter, update: Update, options?: { upsert?: boolean }): Promise<UpdateResult> {
      const upsert = options?.upsert === true;
      const checkedFilter = checkFilter(filter);
      const checkedUpdate = withUpsertId(checkedFilter, checkUpdate(update), upsert);
      const result = await run(() =>
        collection.updateOne(checkedFilter as MongoFilter<MongoDocument>, checkedUpdate as UpdateFilter<MongoDocument>, { upsert })
      );
      const updated: UpdateResult = { matchedCount: result.matchedCount, modifiedCount: result.modifiedCount };
      if (result.upsertedId !== null) updated.upsertedId = String(result.upsertedId);
      return updated;
    },

    async findOneAndUpdate(
      filter: Filter,
      update: Update,
      options?: { upsert?: boolean; returnDocument?: 'before' | 'after'; sort?: SortSpec }
    ): Promise<T | null> {
      const upsert = options?.upsert === true;
      const checkedFilter = checkFilter(filter);
      const checkedUpdate = withUpsertId(checkedFilter, checkUpdate(update), upsert);
      const sort = options?.sort === undefined ? undefined : checkSort(options.sort);
      const found = await run(() =>
        collection.findOneAndUpdate(checkedFilter as MongoFilter<MongoDocument>, checkedUpdate as UpdateFilter<MongoDocument>, {
          upsert,
          returnDocument: options?.returnDocument ?? 'before',
          ...(sort === undefined ? {} : { sort }),
          includeResultMetadata: false
        })
      );
      return found as T | null;
    },

    async deleteOne(filter: Filter): Promise<{ deletedCount: number }> {
      const query = filterOf(filter);
      const { deletedCount } = await run(() => collection.deleteOne(query));
      return { deletedCount };
    },

    async deleteMany(filter: Filter): Promise<{ deletedCount: number }> {
      const query = filterOf(filter);
      const { deletedCount } = await run(() => collection.deleteMany(query));
      return { deletedCount };
    },

    async createIndexes(indexes: IndexSpec[]): Promise<void> {
      // The _id index always exists, and MongoDB refuses options on it.
      const specs = checkIndexSpecs(indexes).filter((index) => Object.keys(index.key).join() !== '_id');
      if (specs.length === 0) return;
      // One index per command: FerretDB 1.24 drops the connection (a server panic) when one
      // createIndexes names two or more indexes that all exist, as every start after the first does.
      for (const { key, name: indexName, unique, expireAfterSeconds } of specs) {
        const declare = (withTtl: boolean) =>
          collection.createIndexes([
            {
              key,
              ...(indexName === undefined ? {} : { name: indexName }),
              ...(unique === true ? { unique } : {}),
              ...(expireAfterSeconds === undefined || !withTtl ? {} : { expireAfterSeconds })
            }
          ]);
        await run(async () => {
          try {
            await declare(true);
          } catch (error) {
            if (expireAfterSeconds === undefined || !isNotImplemented(error)) throw error;
            // a server without TTL indexes (FerretDB 1.x): the same index, swept by the adapter
            await declare(false);
            ttl.add(name, Object.keys(key)[0] as string, expireAfterSeconds);
          }
        });
      }
    }
  };
}

/** MongoDB's NotImplemented (238), which FerretDB answers for `expireAfterSeconds`. */
function isNotImplemented(error: unknown): boolean {
  return error instanceof MongoServerError && (error.code === 238 || /not implemented/i.test(error.message));
}

/** Upserts insert under a string id: MongoDB would otherwise generate an ObjectId. */
function withUpsertId(filter: Filter, update: Update, upsert: boolean): Update {
  if (!upsert || upsertId(upsertSeed(filter), update) !== undefined) return update;
  return { ...update, $setOnInsert: { ...update.$setOnInsert, _id: randomUUID() } };
}
