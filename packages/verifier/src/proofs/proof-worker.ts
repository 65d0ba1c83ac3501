// Entry point of the verifier's worker threads (see create-proof-runner.ts).
import { setPriority } from 'node:os';
import { createDidKeyResolver, createDocumentLoader } from '@agentvc/core';
import type { Problem } from '../problem.js';
import { runProofJob, type ProofJob, type ProofJobContext } from './proof-job.js';

/**
 * This thread yields the CPU to the event loop: on a machine with fewer free cores than busy
 * threads, a saturated pool would otherwise take time slices from the thread that answers
 * /health and cheap requests (issue 8 §2; docs/benchmarks.md, "Verifier under attack"). On
 * Linux the nice value is per thread and pid 0 is the calling thread, so only this worker is
 * lowered; raising niceness needs no privilege. Where it is refused, the thread runs as before.
 */
const WORKER_NICENESS = 19;
try {
  setPriority(0, WORKER_NICENESS);
} catch {
  // not permitted or not supported here: no change
}

const context: ProofJobContext = { documentLoader: createDocumentLoader({ didResolver: createDidKeyResolver() }), suites: new Map() };

export default function run(job: ProofJob): Promise<Problem[]> {
  return runProofJob(job, context);
}
