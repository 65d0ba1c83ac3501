import type { Clock } from '@agentvc/core';
import type { Store } from '@agentvc/store';

/**
 * Run at start: deletes audit records older than the retention, including those written before
 * records carried `expiresAt` or under a longer retention; the TTL index on `expiresAt` does the rest.
 */
export async function purgeExpiredAudit({ store, clock, retentionDays }: { store: Store; clock: Clock; retentionDays: number }): Promise<number> {
  if (retentionDays <= 0) return 0;
  const cutoff = new Date(clock.now().getTime() - retentionDays * 86_400_000);
  const { deletedCount } = await store.collection('audit').deleteMany({ at: { $lt: cutoff } });
  return deletedCount;
}
