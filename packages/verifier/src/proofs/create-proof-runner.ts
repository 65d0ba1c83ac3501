import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { DocumentLoader } from '@agentvc/core';
import { problem, type Problem } from '../problem.js';
import { CostOrderedQueue, type JobCost } from './cost-ordered-queue.js';
import { runProofJob, type ProofJob } from './proof-job.js';

/** Runs proof jobs in-process or on worker threads, each within a deadline. */
export type ProofRunner = (job: ProofJob) => Promise<Problem[]>;

export interface ProofRunnerOptions {
  /**
   * Worker threads for JSON-LD work (canonical-form check, RDF canonicalization). 0 runs it on
   * the calling thread. Default: one less than the cores, at least 1. Shared by every verifier
   * in the process with the same setting; threads start on first use and exit when idle.
   */
  workers?: number;
  /** A job that has not finished by then (queue wait included) is refused. Default 5,000 ms. */
  jobTimeoutMs?: number;
  /** A caller's own loader cannot cross to a worker: with one, jobs run on the calling thread. */
  documentLoader?: DocumentLoader;
  defaultDocumentLoader: DocumentLoader;
}

const pools = new Map<number, Piscina>();

export function createProofRunner({ workers = defaultWorkers(), jobTimeoutMs = 5_000, documentLoader, defaultDocumentLoader }: ProofRunnerOptions): ProofRunner {
  if (workers === 0 || documentLoader) {
    const context = { documentLoader: documentLoader ?? defaultDocumentLoader, suites: new Map() };
    return (job) => runProofJob(job, context);
  }
  const pool = sharedPool(workers);
  return async (job) => {
    try {
      // the serialized size stands for the JSON-LD work: the queue runs cheaper jobs first
      const queued = { ...job, [Piscina.queueOptionsSymbol]: { cost: JSON.stringify(job.document).length } satisfies JobCost };
      return (await pool.run(queued, { signal: AbortSignal.timeout(jobTimeoutMs) })) as Problem[];
    } catch (error) {
      if (error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError')) {
        return [problem('DOCUMENT_TOO_COMPLEX', `verification did not finish within ${jobTimeoutMs} ms`)];
      }
      return [problem('INVALID_PROOF', `the proof could not be checked: ${error instanceof Error ? error.message.slice(0, 200) : 'error'}`, 'proof')];
    }
  };
}

function defaultWorkers(): number {
  return Math.max(1, availableParallelism() - 1);
}

/** Inside this repository the worker runs from TypeScript sources: load it through tsx. */
function sharedPool(workers: number): Piscina {
  let pool = pools.get(workers);
  if (pool) return pool;
  const fromSource = import.meta.url.endsWith('.ts');
  const filename = new URL(fromSource ? './proof-worker-source.mjs' : './proof-worker.js', import.meta.url).href;
  pool = new Piscina({
    filename,
    minThreads: 0,
    maxThreads: workers,
    idleTimeout: 30_000,
    taskQueue: new CostOrderedQueue(),
    ...(fromSource ? { execArgv: ['--conditions=source'] } : {})
  });
  pools.set(workers, pool);
  return pool;
}
