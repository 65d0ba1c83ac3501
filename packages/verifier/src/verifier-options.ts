import { z } from 'zod';
import { AgentVcError, type Clock, type DocumentLoader } from '@agentvc/core';
import { PROOF_SUITES } from './proofs/proof-suites.js';
import type { StatusListFetcher } from './status/create-status-checker.js';

const fn = <T>(what: string) => z.custom<T>((value) => typeof value === 'function', `must be a function (${what})`);
const suites = z.array(z.enum(PROOF_SUITES, { error: `must be one of ${PROOF_SUITES.join(', ')}` })).readonly();

/**
 * What `createVerifier` accepts. Strict: a key it does not know (a typo such as
 * `maxDocumentByte`) is refused, since an option that is silently ignored is a check that
 * silently does not happen.
 */
export const verifierOptionsSchema = z.strictObject({
  /** Issuer DIDs whose credentials are accepted. Empty means none (NO_TRUSTED_ISSUERS). */
  trustedIssuers: z.array(z.string({ error: 'must be an array of DIDs' }), { error: 'must be an array of DIDs' }).readonly(),
  /** Fetches status list credentials; without it, credentials with a status are refused. */
  fetchStatusList: fn<StatusListFetcher>('url => status list credential').optional(),
  clock: z.custom<Clock>((value) => typeof (value as Clock | null)?.now === 'function', 'must have a now() method').optional(),
  /** Allowed disagreement between clocks for validity dates. Default 60 s. */
  clockSkewSeconds: z.number().nonnegative().finite().optional(),
  /** How long a fetched status list is trusted before fetching again. 0 fetches on every check. Default 30 s. */
  statusCacheSeconds: z.number().nonnegative().finite().optional(),
  /** Proof suites accepted on credentials. Default Ed25519Signature2020. */
  credentialSuites: suites.optional(),
  /** Proof suites accepted on presentations. Default Ed25519Signature2020 and eddsa-jcs-2022. */
  presentationSuites: suites.optional(),
  /** Verified credential proofs to remember (by content digest). 0 disables. Default 10,000. */
  credentialCacheSize: z.number().int().nonnegative().optional(),
  /** Override the offline loader (bundled contexts + did:key). JSON-LD work then stays on the calling thread. */
  documentLoader: fn<DocumentLoader>('url => remote document').optional(),
  /**
   * Worker threads for JSON-LD work (canonical-form checks, RDF canonicalization), shared by the
   * verifiers of a process; 0 keeps it on the calling thread. Default: cores − 1, at least 1.
   */
  workers: z.number().int().nonnegative().optional(),
  /** A JSON-LD job not done within this (queue wait included) is refused as DOCUMENT_TOO_COMPLEX. Default 5,000 ms. */
  jobTimeoutMs: z.number().positive().finite().optional()
});

export type VerifierOptions = z.input<typeof verifierOptionsSchema>;

const ACCEPTED = Object.keys(verifierOptionsSchema.shape);

/** The options, checked; a caller mistake throws INVALID_OPTIONS naming what is wrong. */
export function parseVerifierOptions(options: unknown): z.output<typeof verifierOptionsSchema> {
  const parsed = verifierOptionsSchema.safeParse(options);
  if (parsed.success) return parsed.data;
  const unknown = parsed.error.issues.flatMap((issue) => (issue.code === 'unrecognized_keys' && issue.path.length === 0 ? issue.keys : []));
  if (unknown.length > 0) {
    throw new AgentVcError('INVALID_OPTIONS', `createVerifier does not know the option${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}; it accepts ${ACCEPTED.join(', ')}`, {
      details: { unknown, accepted: ACCEPTED }
    });
  }
  const message = parsed.error.issues.map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')} ${issue.message}` : issue.message)).join('; ');
  throw new AgentVcError('INVALID_OPTIONS', `invalid createVerifier options: ${message}`);
}
