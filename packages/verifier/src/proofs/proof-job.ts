import { CredentialIssuancePurpose } from '@digitalbazaar/vc';
import jsigs from 'jsonld-signatures';
import type { DocumentLoader } from '@agentvc/core';
import type { LdSuite } from '@agentvc/ld-types';
import { compareWithCompaction } from '../checks/compare-with-compaction.js';
import type { Problem } from '../problem.js';
import { createSuite, type ProofSuiteName } from './proof-suites.js';
import { verifyProofSignature } from './verify-proof.js';

/** The JSON-LD work a verification can offload: all of it is pure given the offline loader. */
export type ProofJob =
  /** Nothing: answered once a worker thread has loaded, before the first deadline starts. */
  | { op: 'warm-up' }
  | { op: 'canonical-form'; document: Record<string, unknown> }
  | { op: 'credential-proof'; document: Record<string, unknown>; accepted: readonly ProofSuiteName[] }
  | { op: 'presentation-proof'; document: Record<string, unknown>; accepted: readonly ProofSuiteName[]; challenge: string; domain: string };

export interface ProofJobContext {
  documentLoader: DocumentLoader;
  /** Suite instances by name, made once per context (they hold its canonicalization memo). */
  suites: Map<ProofSuiteName, LdSuite>;
}

/** Runs one job: the canonical-form comparison, or a proof signature with its purpose. */
export async function runProofJob(job: ProofJob, context: ProofJobContext): Promise<Problem[]> {
  const { documentLoader } = context;
  if (job.op === 'warm-up') return [];
  if (job.op === 'canonical-form') return compareWithCompaction(job.document, documentLoader);
  const suites = job.accepted.map((name) => suiteOf(context, name));
  const purpose =
    job.op === 'credential-proof'
      ? new CredentialIssuancePurpose()
      : new jsigs.purposes.AuthenticationProofPurpose({ challenge: job.challenge, domain: job.domain });
  return verifyProofSignature(job.document, { suites, purpose, documentLoader });
}

function suiteOf(context: ProofJobContext, name: ProofSuiteName): LdSuite {
  let suite = context.suites.get(name);
  if (!suite) {
    suite = createSuite(name);
    context.suites.set(name, suite);
  }
  return suite;
}
