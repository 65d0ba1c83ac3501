import { z } from 'zod';
import type { Clock, DocumentLoader } from '@agentvc/core';
import { PROOF_SUITES } from './proofs/proof-suites.js';
import type { StatusListFetcher } from './status/create-status-checker.js';

const fn = <T>(what: string) => z.custom<T>((value) => typeof value === 'function', `must be a function (${what})`);
const suites = z.array(z.enum(PROOF_SUITES, { error: `must be one of ${PROOF_SUITES.join(', ')}` })).readonly();

/**
 * What `createVerifier` accepts, checked by parseOptions. Strict: a key it does not know (a
 * typo such as `maxDocumentByte`) is refused.
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
