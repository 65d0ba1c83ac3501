// The issuance section of `npm run bench`: raw vc.issue against issuance over HTTP (persistence and
// status allocation included), in this process, interleaved. Method and figures: docs/benchmarks.md.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import * as vc from '@digitalbazaar/vc';
import { Ed25519Signature2020 } from '@digitalbazaar/ed25519-signature-2020';
import { createDidKeyResolver, createDocumentLoader, createSigner, generateIdentity } from '@agentvc/core';
import { runLoad, type LoadResult } from './issuance-load.js';
import { assertVerified } from './measure.js';
import { printIssuanceBreakdown, printIssuanceTable, type IssuanceRow } from './issuance-report.js';
import { profileCategories } from './issuance-profile.js';
import { startBenchIssuer } from './issuance-server.js';
import type { BenchStore } from './bench-stores.js';

/** ≥ 75% of the raw signing rate, over HTTP with everything a real issuance does. */
const TARGET = 0.75;
/** Short interleaved chunks: a burst of load from another process lands on every row alike. */
const ROUNDS = 6;

export interface IssuanceOptions {
  phaseMs?: number;
  /** Default: the embedded engine. On MongoDB the two rows without fsync (an embedded-engine switch) are left out. */
  store?: BenchStore;
  /** Given the timed table, e.g. to compare stores. */
  collect?: (table: readonly IssuanceRow[]) => void;
}

export async function benchIssuance({ phaseMs = 1000, store, collect }: IssuanceOptions = {}): Promise<boolean> {
  const on = store ? `, store: ${store.label}` : '';
  console.log(`\nIssuance: ${ROUNDS} interleaved rounds of ${phaseMs} ms per row; server and load generator share this process${on}`);
  const bench = await startBenchIssuer(store);
  try {
    const { issuer, url, token } = bench;
    const unsigned = {
      '@context': ['https://www.w3.org/2018/credentials/v1', 'https://agentvc.dev/contexts/v1'],
      type: ['VerifiableCredential', 'AgentCapabilityCredential'],
      issuer: issuer.identity.did,
      credentialSubject: { id: (await generateIdentity()).did, capability: [{ type: 'PaymentAuthorization', maxAmount: { value: '10', currency: 'USD' } }] }
    };
    const body = JSON.stringify({ credential: unsigned });
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const http = (connections: number, durationMs: number): Promise<LoadResult> =>
      runLoad({ url: `${url}/credentials/issue`, headers, body: () => body, connections, durationMs, expectStatus: 201 });

    // what the HTTP rows count as success has to be a credential that verifies
    const documentLoader = createDocumentLoader({ didResolver: createDidKeyResolver() });
    const response = await fetch(`${url}/credentials/issue`, { method: 'POST', headers, body });
    const { verifiableCredential } = (await response.json()) as { verifiableCredential: Record<string, unknown> };
    const checkStatus = async () => ({ verified: true });
    assertVerified('issued over HTTP', await vc.verifyCredential({ credential: verifiableCredential, suite: new Ed25519Signature2020(), documentLoader, checkStatus }));

    // raw signing signs exactly what the issuer signs (ids, dates, status entry), with the issuer's own KeyObject signer
    const template: Record<string, unknown> = { ...verifiableCredential };
    delete template.proof;
    const signer = createSigner(issuer.identity);
    const rawSign = () =>
      vc.issue({ credential: structuredClone({ ...template, id: `urn:uuid:${randomUUID()}` }), suite: new Ed25519Signature2020({ signer }), documentLoader });
    const library = () => issuer.issuance.issue(unsigned, { suspendable: false, validitySeconds: 3600 });

    const withoutFsync = async (run: () => Promise<LoadResult>): Promise<LoadResult> => {
      bench.durability.fsync = false;
      try {
        return await run();
      } finally {
        bench.durability.fsync = true;
      }
    };
    const allRows = {
      raw: { name: 'raw vc.issue, Ed25519Signature2020 (KeyObject signer), sequential', run: (ms: number) => sequential(rawSign, ms) },
      library: { name: 'issuer.issuance.issue in-process (status + store, no HTTP), sequential', run: (ms: number) => sequential(library, ms) },
      http1: { name: 'POST /credentials/issue over HTTP, 1 connection', run: (ms: number) => http(1, ms) },
      http8: { name: 'POST /credentials/issue over HTTP, 8 connections', run: (ms: number) => http(8, ms) },
      // the same without fsync: what durability costs, measured in the same interleaved rounds
      nofsync1: { name: 'same, 1 connection, store without fsync (acknowledged after the append)', run: (ms: number) => withoutFsync(() => http(1, ms)) },
      nofsync8: { name: 'same, 8 connections, store without fsync', run: (ms: number) => withoutFsync(() => http(8, ms)) }
    } satisfies Record<string, { name: string; run: (ms: number) => Promise<LoadResult> }>;
    const { nofsync1, nofsync8, ...storeRows } = allRows;
    const rows: Record<string, { name: string; run: (ms: number) => Promise<LoadResult> }> & Pick<typeof allRows, 'raw'> =
      store?.kind === 'mongodb' ? storeRows : allRows;
    for (const row of Object.values(rows)) await row.run(phaseMs); // warmup
    const results = new Map<string, LoadResult[]>();
    for (let round = 0; round < ROUNDS; round++) {
      for (const [key, row] of Object.entries(rows)) results.set(key, [...(results.get(key) ?? []), await row.run(phaseMs)]);
    }
    const table: IssuanceRow[] = Object.entries(rows).map(([key, row]) => ({ key, name: row.name, result: merge(results.get(key) ?? []) }));
    for (const { name, result } of table) {
      if (result.errors > 0) throw new Error(`bench aborted: "${name}" had ${result.errors} errors, first: ${result.firstError}`);
    }
    printIssuanceTable(table, 'raw');
    collect?.(table);

    // where the time goes: CPU profiles and store wall time, separately from the timed rounds
    const profileMs = 2 * phaseMs;
    let raw: LoadResult | undefined;
    const profileRaw = await profileCategories(async () => void (raw = await rows.raw.run(profileMs)));
    bench.storeTimings.reset();
    let c1: LoadResult | undefined;
    const profile1 = await profileCategories(async () => void (c1 = await http(1, profileMs)));
    const storeAtC1 = new Map([...bench.storeTimings.totals].map(([op, t]) => [op, { ...t }]));
    let c8: LoadResult | undefined;
    const profile8 = await profileCategories(async () => void (c8 = await http(8, profileMs)));
    const coldAuthMs = await timeOnce(async () => issuer.apiKeys.authenticate((await issuer.apiKeys.create('bench: cold auth')).token));
    const warmAuth = await sequential(() => issuer.apiKeys.authenticate(token), 300);
    printIssuanceBreakdown({
      profiled: [
        { label: 'raw signing', result: raw as LoadResult, profile: profileRaw },
        { label: 'HTTP, 1 conn', result: c1 as LoadResult, profile: profile1 },
        { label: 'HTTP, 8 conn', result: c8 as LoadResult, profile: profile8 }
      ],
      storeAtC1,
      coldAuthMs,
      warmAuth
    });

    // the target is about throughput: the better of the two connection counts
    const rawRate = rate(table.find((r) => r.key === 'raw')?.result as LoadResult);
    const best = table.filter((r) => r.key.startsWith('http')).sort((a, b) => rate(b.result) - rate(a.result))[0] as IssuanceRow;
    const ratio = rate(best.result) / rawRate;
    const verdict = ratio >= TARGET ? 'MET    ' : 'NOT MET';
    console.log(`\n  ${verdict}  issuance over HTTP (best: ${best.result.connections} connection(s)) at ${(ratio * 100).toFixed(0)}% of raw signing (target ≥ ${TARGET * 100}%)`);
    return ratio >= TARGET;
  } finally {
    await bench.close();
  }
}

const rate = (r: LoadResult): number => (r.ok * 1000) / r.elapsedMs;

/** Calls `operation` back to back for `durationMs`. */
async function sequential(operation: () => Promise<unknown>, durationMs: number): Promise<LoadResult> {
  const result: LoadResult = { connections: 1, ok: 0, errors: 0, elapsedMs: 0, latencies: [] };
  const started = performance.now();
  while (performance.now() - started < durationMs) {
    const t0 = performance.now();
    try {
      await operation();
      result.ok += 1;
      result.latencies.push(performance.now() - t0);
    } catch (error) {
      result.errors += 1;
      result.firstError ??= error instanceof Error ? error.message : String(error);
    }
  }
  result.elapsedMs = performance.now() - started;
  return result;
}

async function timeOnce(operation: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await operation();
  return performance.now() - t0;
}

function merge(results: readonly LoadResult[]): LoadResult {
  return results.reduce(
    (all, r) => ({
      connections: r.connections,
      ok: all.ok + r.ok,
      errors: all.errors + r.errors,
      ...(all.firstError ?? r.firstError ? { firstError: all.firstError ?? r.firstError } : {}),
      elapsedMs: all.elapsedMs + r.elapsedMs,
      latencies: all.latencies.concat(r.latencies)
    }),
    { connections: 0, ok: 0, errors: 0, elapsedMs: 0, latencies: [] as number[] }
  );
}
