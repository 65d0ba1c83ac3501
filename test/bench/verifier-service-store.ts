// The verifier's stored challenges on the embedded store, without HTTP: each batch issues 1,000
// challenges and consumes them (what 1,000 presentations cost the store), sequentially, and prints
// the mean time per call against the number of documents in the collection. Evidence for the
// "Verifier service under load" section of docs/benchmarks.md; not part of `npm run bench`.
//
//   npx tsx --conditions=source test/bench/verifier-service-store.ts [max documents, default 21000]
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { systemClock } from '@agentvc/core';
import { createStore, createStoredChallenges } from '@agentvc/store';
import { CHALLENGE_TTL_SECONDS } from '@agentvc/verifier-app';

const BATCH = 1000;
const maxDocuments = Number(process.argv[2] ?? 21_000);

const dataDir = await mkdtemp(join(tmpdir(), 'agentvc-bench-challenges-'));
const store = await createStore({ dataDir });
try {
  const challenges = await createStoredChallenges({ store, clock: systemClock, ttlSeconds: CHALLENGE_TTL_SECONDS, collection: 'verifier_challenges' });
  console.log('| documents after the batch | issue ms (mean) | consume ms (mean) | batch s |');
  console.log('|--:|--:|--:|--:|');
  for (let documents = BATCH; documents <= maxDocuments; documents += BATCH) {
    const batchStarted = performance.now();
    const issued: string[] = [];
    for (let i = 0; i < BATCH; i++) issued.push((await challenges.issue()).challenge);
    const issueMs = (performance.now() - batchStarted) / BATCH;
    const consumeStarted = performance.now();
    for (const challenge of issued) await challenges.consume(challenge);
    const consumeMs = (performance.now() - consumeStarted) / BATCH;
    console.log(`| ${documents} | ${issueMs.toFixed(3)} | ${consumeMs.toFixed(3)} | ${((performance.now() - batchStarted) / 1000).toFixed(1)} |`);
  }
} finally {
  await store.close();
  await rm(dataDir, { recursive: true, force: true });
}
