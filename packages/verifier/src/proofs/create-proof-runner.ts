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
   * in the process with the same setting; its threads start on first use and stay (idle threads do not keep the process alive).
   */
  workers?: number;
  /** A job that has not finished by then (queue wait included) is refused. Default 5,000 ms. */
  jobTimeoutMs?: number;
  /** A caller's own loader cannot cross to a worker: with one, jobs run on the calling thread. */
  documentLoader?: DocumentLoader;
  defaultDocumentLoader: DocumentLoader;
}

interface SharedPool {
  pool: Piscina;
  /** Settles once a thread has loaded its modules: start-up is not a document's cost. */
  ready: Promise<unknown>;
}

const pools = new Map<number, SharedPool>();

export function createProofRunner({ workers = defaultWorkers(), jobTimeoutMs = 5_000, documentLoader, defaultDocumentLoader }: ProofRunnerOptions): ProofRunner {
  if (workers === 0 || documentLoader) {
    const context = { documentLoader: documentLoader ?? defaultDocumentLoader, suites: new Map() };
    return (job) => runProofJob(job, context);
  }
  return async (job) => {
    // made on first use, so a verifier that never needs JSON-LD work starts no thread
    const { pool, ready } = sharedPool(workers);
    try {
      await ready;
      // the serialized size stands for the JSON-LD work: the queue runs cheaper jobs first
      const queued = { ...job, [Piscina.queueOptionsSymbol]: { cost: 'document' in job ? JSON.stringify(job.document).length : 0 } satisfies JobCost };
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

/**
 * One pool per thread count in the process, its threads started at once and kept (idle
 * threads do not keep the process alive). Inside this repository the worker runs from
 * TypeScript sources: it is loaded through tsx.
 */
function sharedPool(workers: number): SharedPool {
  const known = pools.get(workers);
  if (known) return known;
  const fromSource = import.meta.url.endsWith('.ts');
  const filename = new URL(fromSource ? './proof-worker-source.mjs' : './proof-worker.js', import.meta.url).href;
  const pool = new Piscina({
    filename,
    minThreads: workers,
    maxThreads: workers,
    taskQueue: new CostOrderedQueue(),
    ...(fromSource ? { execArgv: ['--conditions=source'] } : {})
  });
  const ready = pool.run({ op: 'warm-up' } satisfies ProofJob);
  ready.catch(() => undefined);
  const shared = { pool, ready };
  pools.set(workers, shared);
  return shared;
}
