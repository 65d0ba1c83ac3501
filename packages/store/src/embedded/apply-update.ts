import { randomUUID } from 'node:crypto';
import { AgentVcError } from '@agentvc/core';
import type { Filter, SortSpec, Update } from '../collection.js';
import { upsertId, upsertSeed } from '../lib/upsert-seed.js';
import { copyOut } from './copy-out.js';
import type { Datastore, RawDocument } from './nedb.js';
import { prepareUpdate } from './prepare-update.js';
import type { NedbQuery } from './to-nedb-query.js';

export interface UpdateRequest {
  /** The checked filter (for the upsert seed) and its nedb translation. */
  filter: Filter;
  query: NedbQuery;
  update: Update;
  upsert: boolean;
  sort?: SortSpec;
}

export interface AppliedUpdate {
  before: RawDocument | null;
  after: RawDocument | null;
  upsertedId?: string;
}

/**
 * Updates the first matching document, or inserts one for an upsert. Must run under the
 * collection's mutex: the find and the write are two nedb calls. Documents come back as copies.
 */
export async function applyUpdate(db: Datastore, request: UpdateRequest): Promise<AppliedUpdate> {
  const cursor = db.findAsync<RawDocument>(request.query);
  if (request.sort) cursor.sort(request.sort);
  const [found]: RawDocument[] = await cursor.limit(1);
  if (found) {
    const before = copyOut(found) as RawDocument;
    const update = prepareUpdate(request.update, before);
    if (!update) return { before, after: before };
    const { affectedDocuments } = await db.updateAsync({ _id: before._id }, update, { returnUpdatedDocs: true });
    return { before, after: copyOut(affectedDocuments) as RawDocument };
  }
  if (!request.upsert) return { before: null, after: null };
  return { before: null, ...(await upsertNew(db, request)) };
}

async function upsertNew(db: Datastore, request: UpdateRequest): Promise<{ after: RawDocument; upsertedId: string }> {
  const seed = upsertSeed(request.filter);
  const id = upsertId(seed, request.update) ?? randomUUID();
  // The id came from the caller and names a document the filter did not match: MongoDB's insert
  // would fail on the _id index, and nedb's upsert below would update that document instead.
  if ((await db.countAsync({ _id: id })) > 0) {
    throw new AgentVcError('DUPLICATE_KEY', `upsert: a document with _id ${JSON.stringify(id)} already exists`);
  }
  delete seed._id;
  const { _id: _ignored, ...onInsert } = request.update.$setOnInsert ?? {};
  const update = prepareUpdate({ ...request.update, $set: { ...request.update.$set, ...onInsert } }, seed);
  // nedb's upsert inserts the query stripped of operators, modified by the update: with a query
  // of plain values under an unused _id that is exactly MongoDB's seed-then-apply, in one append.
  // (Given an empty update nedb would insert the empty update itself, hence the plain insert.)
  const inserted = update
    ? (await db.updateAsync({ ...seed, _id: id }, update, { upsert: true, returnUpdatedDocs: true })).affectedDocuments
    : await db.insertAsync({ ...seed, _id: id });
  return { after: copyOut(inserted) as RawDocument, upsertedId: id };
}
