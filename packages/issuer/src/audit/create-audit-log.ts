import { randomUUID } from 'node:crypto';
import type { Clock } from '@agentvc/core';
import type { Store } from '@agentvc/store';

export interface AuditActor {
  type: 'operator' | 'agent' | 'anonymous' | 'system';
  id: string;
}

export interface AuditRecord {
  _id: string;
  at: Date;
  actor: AuditActor;
  action: string;
  outcome: 'success' | 'failure';
  target?: string;
  requestId?: string;
  detail?: string;
}

export type AuditEntry = Omit<AuditRecord, '_id' | 'at'>;

/** Append-only: records can be added and listed, never changed or removed through this API. */
export interface AuditLog {
  record(entry: AuditEntry): Promise<void>;
  list(options?: { action?: string; target?: string; limit?: number; before?: Date }): Promise<AuditRecord[]>;
}

export function createAuditLog({ store, clock }: { store: Store; clock: Clock }): AuditLog {
  const records = store.collection<AuditRecord>('audit');
  return {
    async record(entry) {
      await records.insertOne({ _id: randomUUID(), at: clock.now(), ...entry });
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
