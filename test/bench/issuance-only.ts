// Only the issuance section of the bench: `npx tsx --conditions=source test/bench/issuance-only.ts`.
// BENCH_STORE=embedded,mongodb runs it on each store in turn (see ./bench-stores.ts) and then
// prints each row's rate on MongoDB against the embedded engine's from this run.
import { benchStores } from './bench-stores.js';
import { benchIssuance } from './issuance.js';
import { printStoreComparison } from './issuance-store-comparison.js';
import type { IssuanceRow } from './issuance-report.js';

async function main(): Promise<void> {
  const phaseMs = Number(process.env.BENCH_ISSUANCE_MS ?? 1000);
  const tables = new Map<string, readonly IssuanceRow[]>();
  for (const store of benchStores()) await benchIssuance({ phaseMs, store, collect: (table) => tables.set(store.kind, table) });
  const embedded = tables.get('embedded');
  const mongodb = tables.get('mongodb');
  if (embedded && mongodb) printStoreComparison(embedded, mongodb);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
