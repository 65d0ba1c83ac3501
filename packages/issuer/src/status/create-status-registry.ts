import { createHash, randomUUID } from 'node:crypto';
import { AgentVcError, isAgentVcError, type Clock } from '@agentvc/core';
import {
  allocateIndex,
  buildStatusListCredential,
  buildStatusListEntry,
  createStatusList,
  type StatusListEntry,
  type StatusPurpose
} from '@agentvc/status-list';
import type { Store } from '@agentvc/store';
import type { CredentialSigner } from '../issuance/create-credential-signer.js';

export interface StatusListRecord {
  _id: string;
  purpose: StatusPurpose;
  length: number;
  /** Slots reserved so far; reservation is one atomic $inc, so a list never over-fills. */
  allocated: number;
  /** Bumped by every status change, in the same update that changes the bit. */
  version: number;
  /** Set bits as `{ "<index>": true }`: changed with one atomic $set/$unset. */
  bits: Record<string, true>;
  createdAt: Date;
  /** The last signed copy; `signedAt` is absent on copies signed before lists expired. */
  signed?: { version: number; credential: Record<string, unknown>; etag: string; signedAt?: Date };
}

/** Which index a credential holds; `_id` = `${listId}:${index}`, so an index is unique by construction. */
export interface StatusEntryRecord {
  _id: string;
  listId: string;
  index: number;
  credentialId: string;
}

export interface StatusAllocation {
  listId: string;
  index: number;
  purpose: StatusPurpose;
}

export interface SignedStatusList {
  credential: Record<string, unknown>;
  etag: string;
}

export interface StatusRegistry {
  allocate(purpose: StatusPurpose, credentialId: string): Promise<StatusAllocation>;
  entry(allocation: StatusAllocation): StatusListEntry;
  /** Sets or clears a bit; false when it already had that value. */
  setBit(allocation: StatusAllocation, value: boolean): Promise<boolean>;
  /**
   * The signed list credential (valid for `validitySeconds`), re-signed when the list changed
   * since last signed or the signed copy has used up half its validity.
   */
  signedList(listId: string): Promise<SignedStatusList>;
  listUrl(listId: string): string;
}

/**
 * StatusList2021 lists on the store. Allocation reserves a slot with an atomic counter, then
 * claims a uniformly random free index by inserting its entry: the unique `_id` is the arbiter,
 * so two processes (or a restart with stale memory) can never hand out the same index.
 */
export function createStatusRegistry({
  store,
  clock,
  signer,
  publicUrl,
  listLength,
  validitySeconds
}: {
  store: Store;
  clock: Clock;
  signer: CredentialSigner;
  publicUrl: string;
  listLength: number;
  validitySeconds: number;
}): StatusRegistry {
  const lists = store.collection<StatusListRecord>('status_lists');
  const entries = store.collection<StatusEntryRecord>('status_entries');
  const taken = new Map<string, Promise<Set<number>>>();
  const signing = new Map<string, Promise<SignedStatusList>>();
  const listUrl = (listId: string): string => `${publicUrl}/status-lists/${listId}`;

  function takenIndexes(listId: string): Promise<Set<number>> {
    const known = taken.get(listId);
    if (known) return known;
    const loading = entries.find({ listId }, { projection: { index: 1 } }).then((found) => new Set(found.map((e) => e.index)));
    taken.set(listId, loading);
    return loading;
  }

  // one new list per burst in this process (another process may add one more: harmless)
  const starting = new Map<StatusPurpose, Promise<void>>();
  function startList(purpose: StatusPurpose): Promise<void> {
    let pending = starting.get(purpose);
    if (!pending) {
      pending = lists
        .insertOne({ _id: randomUUID(), purpose, length: listLength, allocated: 0, version: 0, bits: {}, createdAt: clock.now() })
        .finally(() => starting.delete(purpose));
      starting.set(purpose, pending);
    }
    return pending;
  }

  async function reserveSlot(purpose: StatusPurpose): Promise<StatusListRecord> {
    for (let attempt = 0; attempt < 8; attempt++) {
      const list = await lists.findOneAndUpdate(
        { purpose, length: listLength, allocated: { $lt: listLength } },
        { $inc: { allocated: 1 } },
        { returnDocument: 'after', sort: { createdAt: 1 } }
      );
      if (list) return list;
      await startList(purpose);
    }
    throw new AgentVcError('STATUS_LIST_FULL', `could not reserve a ${purpose} status slot`);
  }

  async function sign(list: StatusListRecord): Promise<SignedStatusList> {
    const bitstring = await createStatusList({ length: list.length });
    for (const index of Object.keys(list.bits)) bitstring.setStatus(Number(index), true);
    const signedAt = clock.now();
    const credential = await signer.sign(
      buildStatusListCredential({
        id: listUrl(list._id),
        issuer: signer.issuer,
        statusPurpose: list.purpose,
        encodedList: await bitstring.encode(),
        validFrom: signedAt,
        validUntil: new Date(signedAt.getTime() + validitySeconds * 1000)
      }) as unknown as Record<string, unknown>
    );
    const etag = `"${createHash('sha256').update(JSON.stringify(credential)).digest('base64url').slice(0, 32)}"`;
    const signed = { version: list.version, credential, etag, signedAt };
    // only if no change landed meanwhile; otherwise the next read signs the newer version
    await lists.updateOne({ _id: list._id, version: list.version }, { $set: { signed } });
    return { credential, etag };
  }

  return {
    listUrl,
    async allocate(purpose, credentialId) {
      const list = await reserveSlot(purpose);
      const used = await takenIndexes(list._id);
      for (;;) {
        const index = allocateIndex({ isTaken: (i) => used.has(i), length: list.length });
        if (index === undefined) throw new AgentVcError('STATUS_LIST_FULL', `status list ${list._id} is full`);
        used.add(index);
        try {
          await entries.insertOne({ _id: `${list._id}:${index}`, listId: list._id, index, credentialId });
          return { listId: list._id, index, purpose };
        } catch (error) {
          if (!isAgentVcError(error, 'DUPLICATE_KEY')) throw error;
        }
      }
    },
    entry: ({ listId, index, purpose }) => buildStatusListEntry({ statusListCredential: listUrl(listId), statusListIndex: index, statusPurpose: purpose }),
    async setBit({ listId, index }, value) {
      const bit = `bits.${index}`;
      const result = value
        ? await lists.updateOne({ _id: listId, [bit]: { $exists: false } }, { $set: { [bit]: true }, $inc: { version: 1 } })
        : await lists.updateOne({ _id: listId, [bit]: true }, { $unset: { [bit]: '' }, $inc: { version: 1 } });
      return result.modifiedCount === 1;
    },
    async signedList(listId) {
      const list = await lists.findOne({ _id: listId });
      if (!list) throw new AgentVcError('NOT_FOUND', 'no such status list');
      const { signed } = list;
      // a change shows on the next read; an unchanged list is re-signed before it can expire
      const fresh = signed?.signedAt && clock.now().getTime() < signed.signedAt.getTime() + (validitySeconds * 1000) / 2;
      if (signed && fresh && signed.version === list.version) return { credential: signed.credential, etag: signed.etag };
      const key = `${listId}:${list.version}:${signed?.etag ?? ''}`;
      let pending = signing.get(key);
      if (!pending) {
        pending = sign(list).finally(() => signing.delete(key));
        signing.set(key, pending);
      }
      return pending;
    }
  };
}
