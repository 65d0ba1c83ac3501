import type { Store } from '@agentvc/store';

/** Declared at every start (idempotent); the embedded engine keeps no index definitions. */
export async function ensureIssuerIndexes(store: Store): Promise<void> {
  await Promise.all([
    store.collection('grants').createIndexes([{ key: { agentDid: 1 } }]),
    store.collection('status_lists').createIndexes([{ key: { purpose: 1, createdAt: 1 } }]),
    store.collection('status_entries').createIndexes([{ key: { listId: 1 } }]),
    store.collection('credentials').createIndexes([{ key: { subject: 1 } }]),
    store.collection('audit').createIndexes([{ key: { at: -1 } }, { key: { action: 1 } }, { key: { target: 1 } }, { key: { expiresAt: 1 }, expireAfterSeconds: 0 }])
  ]);
}
