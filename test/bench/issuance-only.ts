// Only the issuance section of the bench: `npx tsx --conditions=source test/bench/issuance-only.ts`.
import { benchIssuance } from './issuance.js';

benchIssuance({ phaseMs: Number(process.env.BENCH_ISSUANCE_MS ?? 1000) }).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
