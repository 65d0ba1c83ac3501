import { createHash, randomUUID } from 'node:crypto';
import { isAgentVcError, type Clock } from '@agentvc/core';
import type { Store } from '@agentvc/store';

export interface AuditActor {
  type: 'operator' | 'agent' | 'anonymous' | 'system';
  id: string;
}

export interface AuditRecord {
  _id: string;
  /** When it happened; for a folded record, when the first of its failures happened. */
  at: Date;
  actor: AuditActor;
  action: string;
  outcome: 'success' | 'failure';
  target?: string;
  requestId?: string;
  detail?: string;
  /** Folded failures only: how many, and when the last one happened. */
  count?: number;
  lastAt?: Date;
  /** Removed after this by a TTL index (the retention); absent when records are kept forever. */
  expiresAt?: Date;
}

export type AuditEntry = Omit<AuditRecord, '_id' | 'at' | 'count' | 'lastAt' | 'expiresAt'>;

/**
 * Records can be added and listed, never changed or removed through this API — except that a
 * repeated failure increments the counted record of its window, and the retention expires records.
 */
export interface AuditLog {
  record(entry: AuditEntry): Promise<void>;
  /**
   * A refusal (failed authentication): the same action, actor, target and detail within one
   * window fold into one record with a `count`, so repeated failures cannot grow the log.
   */
  recordFailure(entry: Omit<AuditEntry, 'outcome'>): Promise<void>;
  list(options?: { action?: string; target?: string; limit?: number; before?: Date }): Promise<AuditRecord[]>;
}

/** Failures are folded per hour: bounded records, and still a timeline. */
export const AUDIT_FAILURE_WINDOW_MS = 3_600_000;

export function createAuditLog({ store, clock, retentionDays }: { store: Store; clock: Clock; retentionDays: number }): AuditLog {
  const records = store.collection<AuditRecord>('audit');
  const expiry = (now: Date): { expiresAt?: Date } => (retentionDays > 0 ? { expiresAt: new Date(now.getTime() + retentionDays * 86_400_000) } : {});
  return {
    async record(entry) {
      const at = clock.now();
      await records.insertOne({ _id: randomUUID(), at, ...entry, ...expiry(at) });
    },
    async recordFailure({ actor, action, target, detail, requestId }) {
      const now = clock.now();
      const window = Math.floor(now.getTime() / AUDIT_FAILURE_WINDOW_MS);
      const key = JSON.stringify([action, actor.type, actor.id, target ?? null, detail ?? null, window]);
      const first = { at: now, actor, action, outcome: 'failure', ...(target ? { target } : {}), ...(detail ? { detail } : {}), ...(requestId ? { requestId } : {}) };
      const fold = () =>
        records.updateOne(
          { _id: `fold_${createHash('sha256').update(key).digest('base64url').slice(0, 32)}` },
          { $setOnInsert: first, $inc: { count: 1 }, $set: { lastAt: now, ...expiry(now) } },
          { upsert: true }
        );
      // one atomic upsert, so concurrent failures all land in one count; two first inserts can
      // race on MongoDB, and the loser then finds the record
      await fold().catch((error: unknown) => (isAgentVcError(error, 'DUPLICATE_KEY') ? fold() : Promise.reject(error)));
    },
    async list({ action, target, limit = 100, before } = {}) {
      const filter: Record<string, unknown> = {};
      if (action) filter.action = action;
      if (target) filter.target = target;
      if (before) filter.at = { $lt: before };
      return records.find(filter, { sort: { at: -1 }, limit: Math.min(limit, 1000) });
    }
  };
}
