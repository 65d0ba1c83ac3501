// Entry point of the verifier's worker threads (see create-proof-runner.ts).
import { createDidKeyResolver, createDocumentLoader } from '@agentvc/core';
import type { Problem } from '../problem.js';
import { runProofJob, type ProofJob, type ProofJobContext } from './proof-job.js';

const context: ProofJobContext = { documentLoader: createDocumentLoader({ didResolver: createDidKeyResolver() }), suites: new Map() };

export default function run(job: ProofJob): Promise<Problem[]> {
  return runProofJob(job, context);
}
