import { isDeepStrictEqual } from 'node:util';
import type { Collection, Document, Filter, FindOptions, IndexSpec, Projection, SortSpec, Update, UpdateResult } from '../collection.js';
import { checkDocument } from '../lib/check-document.js';
import { checkFilter } from '../lib/check-filter.js';
import { checkFindOptions, checkSort } from '../lib/check-find-options.js';
import { checkIndexSpecs } from '../lib/check-index-specs.js';
import { checkUpdate } from '../lib/check-update.js';
import { invalidOperation } from '../lib/invalid-operation.js';
import { applyUpdate, type AppliedUpdate, type UpdateRequest } from './apply-update.js';
import { noteAppended, operate, type CollectionState } from './collection-state.js';
import { copyOut } from './copy-out.js';
import { existingIndex, nedbIndexName, type RawDocument } from './nedb.js';
import { toNedbQuery } from './to-nedb-query.js';

/** The port on one nedb datastore. Validation happens before queueing; nedb work under the mutex. */
export function createEmbeddedCollection<T extends Document>(state: CollectionState): Collection<T> {
  const { db } = state;
  const query = (filter: Filter) => toNedbQuery(checkFilter(filter));

  return {
    async insertOne(document: T): Promise<void> {
      const checked = checkDocument(document);
      await operate(state, async () => {
        await db.insertAsync(checked);
        noteAppended(state, 1);
      });
    },

    async findOne(filter: Filter, options?: { projection?: Projection }): Promise<T | null> {
      const projection = options?.projection;
      const [found] = await find(filter, projection === undefined ? { limit: 1 } : { projection, limit: 1 });
      return found ?? null;
    },

    find,

    async countDocuments(filter: Filter): Promise<number> {
      const nedbQuery = query(filter);
      return operate(state, async () => {
        const count: number = await db.countAsync(nedbQuery);
        return count;
      });
    },

    async updateOne(filter: Filter, update: Update, options?: { upsert?: boolean }): Promise<UpdateResult> {
      const request = updateRequest(filter, update, options?.upsert);
      const { before, after, upsertedId } = await operate(state, () => applyWrite(request));
      if (upsertedId !== undefined) return { matchedCount: 0, modifiedCount: 0, upsertedId };
      if (!before) return { matchedCount: 0, modifiedCount: 0 };
      return { matchedCount: 1, modifiedCount: isDeepStrictEqual(before, after) ? 0 : 1 };
    },

    async findOneAndUpdate(
      filter: Filter,
      update: Update,
      options?: { upsert?: boolean; returnDocument?: 'before' | 'after'; sort?: SortSpec }
    ): Promise<T | null> {
      const request = updateRequest(filter, update, options?.upsert, options?.sort);
      const { before, after } = await operate(state, () => applyWrite(request));
      // 'before' is the driver's default.
      return ((options?.returnDocument === 'after' ? after : before) as T | null) ?? null;
    },

    async deleteOne(filter: Filter): Promise<{ deletedCount: number }> {
      return remove(filter, false);
    },

    async deleteMany(filter: Filter): Promise<{ deletedCount: number }> {
      return remove(filter, true);
    },

    async createIndexes(indexes: IndexSpec[]): Promise<void> {
      const checked = checkIndexSpecs(indexes);
      await operate(state, async () => {
        for (const index of checked) await ensureIndex(index);
      });
    }
  };

  async function find(filter: Filter, options?: FindOptions): Promise<T[]> {
    const nedbQuery = query(filter);
    const { sort, skip, limit, projection } = checkFindOptions(options);
    return operate(state, async () => {
      const cursor = db.findAsync<RawDocument>(nedbQuery, projection ?? {});
      if (sort) cursor.sort(sort);
      if (skip) cursor.skip(skip);
      if (limit) cursor.limit(limit);
      const found: RawDocument[] = await cursor;
      return found.map((document) => copyOut(document) as T);
    });
  }

  function updateRequest(filter: Filter, update: Update, upsert = false, sort?: SortSpec): UpdateRequest {
    const checkedFilter = checkFilter(filter);
    const request: UpdateRequest = { filter: checkedFilter, query: toNedbQuery(checkedFilter), update: checkUpdate(update), upsert };
    if (sort !== undefined) request.sort = checkSort(sort);
    return request;
  }

  async function applyWrite(request: UpdateRequest): Promise<AppliedUpdate> {
    const applied = await applyUpdate(db, request);
    if (applied.after && applied.before !== applied.after) noteAppended(state, 1);
    return applied;
  }

  async function remove(filter: Filter, multi: boolean): Promise<{ deletedCount: number }> {
    const nedbQuery = query(filter);
    return operate(state, async () => {
      const deletedCount = await db.removeAsync(nedbQuery, { multi });
      noteAppended(state, deletedCount);
      return { deletedCount };
    });
  }

  async function ensureIndex(index: IndexSpec): Promise<void> {
    const fields = Object.keys(index.key);
    // MongoDB's _id index always exists (and is unique); declaring it is a no-op there too.
    if (fields.length === 1 && fields[0] === '_id') return;
    const unique = index.unique === true;
    const existing = existingIndex(db, nedbIndexName(fields));
    if (existing && existing.unique !== unique) {
      // nedb would silently keep the old index; MongoDB refuses the conflicting declaration.
      throw invalidOperation(`${state.name}: an index on ${fields.join(', ')} exists with unique: ${existing.unique}`);
    }
    if (!existing) await db.ensureIndexAsync({ fieldName: fields.length === 1 ? (fields[0] as string) : fields, unique });
    if (index.expireAfterSeconds !== undefined) state.ttl.set(fields[0] as string, index.expireAfterSeconds);
  }
}
