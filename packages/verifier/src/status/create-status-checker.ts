import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { verifiableCredentialSchema, type Clock, type CredentialStatus, LIMITS } from '@agentvc/core';
import { decodeStatusList, type StatusList } from '@agentvc/status-list';
import { issuerId } from '../checks/issuer-id.js';
import { parseDocument } from '../checks/parse-document.js';
import { problem, type Problem } from '../problem.js';
import type { CredentialProofVerifier } from '../proofs/create-credential-proof-verifier.js';
import { readListValidity, type ListValidity } from './read-list-validity.js';

/** Fetches a status list credential (parsed JSON). The only I/O the verifier performs. */
export type StatusListFetcher = (url: string) => Promise<unknown>;

export type StatusChecker = (credentialStatus: CredentialStatus | CredentialStatus[], issuer: string) => Promise<Problem[]>;

interface VerifiedList extends ListValidity {
  issuer: string;
  statusPurpose: string;
  list: StatusList;
}

const PURPOSES = new Set(['revocation', 'suspension']);

/**
 * StatusList2021 checking. A fetched list credential is verified once per distinct content
 * (its digest) and its decoded bits are kept for `ttlMs`, so a warm check is a bit lookup;
 * after `ttlMs` the list is fetched again, which bounds how long a revocation can go unseen.
 * The list's own validity dates are checked on every use, cached or not: a cached copy past
 * its expiry is fetched again, and a list still expired then is STATUS_LIST_EXPIRED, so a
 * copy replayed from before a revocation stops working when it expires.
 */
export function createStatusChecker({
  fetchStatusList,
  verifyProof,
  clock,
  skewMs,
  ttlMs,
  knownContexts
}: {
  fetchStatusList: StatusListFetcher | undefined;
  verifyProof: CredentialProofVerifier;
  clock: Clock;
  skewMs: number;
  ttlMs: number;
  knownContexts: ReadonlySet<string>;
}): StatusChecker {
  // lru-cache reads time as a number and takes a start of 0 for "no ttl": the epoch's first
  // millisecond (a test clock) must not make entries immortal
  const now = () => clock.now().getTime() || Number.MIN_VALUE;
  // A fetch (pending or done) per URL, trusted for ttlMs from when it began, through its last
  // millisecond, on the injected clock (ttlResolution 0: the clock is read on every check).
  // ttlMs 0: every check fetches.
  const byUrl =
    ttlMs > 0
      ? new LRUCache<string, Promise<VerifiedList | Problem>>({ max: 1024, ttl: Math.ceil(ttlMs), ttlResolution: 0, perf: { now } })
      : undefined;
  const byDigest = new LRUCache<string, VerifiedList>({ max: 256 });

  /** The list's dates against the clock (with the skew allowance), on fetch and on every cache hit. */
  function checkDates({ notBefore, notAfter }: ListValidity, url: string, path: string): Problem | undefined {
    const at = clock.now().getTime();
    if (notAfter !== undefined && notAfter + skewMs < at) {
      return problem('STATUS_LIST_EXPIRED', `status list ${url} expired at ${new Date(notAfter).toISOString()}`, path);
    }
    if (notBefore !== undefined && notBefore - skewMs > at) {
      return problem('STATUS_LIST_INVALID', `status list ${url} is not valid before ${new Date(notBefore).toISOString()}`, path);
    }
    return undefined;
  }

  async function load(url: string, path: string): Promise<VerifiedList | Problem> {
    if (!fetchStatusList) return problem('STATUS_UNAVAILABLE', 'no status list fetcher is configured', path);
    let fetched: unknown;
    try {
      fetched = await fetchStatusList(url);
    } catch (error) {
      return problem('STATUS_UNAVAILABLE', `status list ${url} could not be fetched: ${error instanceof Error ? error.message : 'error'}`, path);
    }
    const parsed = parseDocument(fetched, verifiableCredentialSchema, {
      maxBytes: LIMITS.maxDocumentBytes * 4,
      malformed: 'STATUS_LIST_INVALID',
      knownContexts
    });
    if (!parsed.ok) return problem('STATUS_LIST_INVALID', `status list ${url}: ${parsed.problems.map((p) => p.message).join('; ')}`, path);
    const listCredential = parsed.value;
    const subject = Array.isArray(listCredential.credentialSubject) ? undefined : listCredential.credentialSubject;
    const types = ([] as string[]).concat(listCredential.type);
    if (!types.includes('StatusList2021Credential') || subject?.type !== 'StatusList2021' || typeof subject.encodedList !== 'string') {
      return problem('STATUS_LIST_INVALID', `${url} is not a StatusList2021Credential`, path);
    }
    // checked on every fetch, before the digest cache: a list verified at one URL is not
    // accepted when another URL serves it
    if (listCredential.id !== undefined && listCredential.id !== url) {
      return problem('STATUS_LIST_INVALID', `the list at ${url} claims the id ${listCredential.id}`, path);
    }
    const validity = readListValidity(listCredential);
    if ('unreadable' in validity) return problem('STATUS_LIST_INVALID', `status list ${url}: ${validity.unreadable}`, path);
    const dated = checkDates(validity, url, path);
    if (dated) return dated;
    const digest = createHash('sha256').update(parsed.serialized).digest('base64url');
    const known = byDigest.get(digest);
    if (known) return known;
    const problems = await verifyProof(listCredential, issuerId(listCredential.issuer), parsed.serialized);
    if (problems.length > 0) return problem('STATUS_LIST_INVALID', `status list ${url}: ${problems.map((p) => p.message).join('; ')}`, path);
    let list: StatusList;
    try {
      list = await decodeStatusList({ encodedList: subject.encodedList });
    } catch {
      return problem('STATUS_LIST_INVALID', `the encodedList of ${url} cannot be decoded`, path);
    }
    const verified = { issuer: issuerId(listCredential.issuer), statusPurpose: String(subject.statusPurpose), list, ...validity };
    byDigest.set(digest, verified);
    return verified;
  }

  function cached(url: string, path: string): Promise<VerifiedList | Problem> {
    const hit = byUrl?.get(url);
    if (hit) return hit;
    if (!byUrl) return load(url, path);
    const start = now();
    const pending = load(url, path);
    byUrl.set(url, pending, { start });
    void pending.then((result) => {
      if (byUrl.peek(url) !== pending) return;
      // failures are not kept: the next call tries again
      if ('code' in result) byUrl.delete(url);
      // nor is a list past its expiry (with the skew allowance): the issuer may serve a fresh copy by then
      else if (result.notAfter !== undefined && result.notAfter + skewMs < start + Math.ceil(ttlMs)) {
        const ttl = result.notAfter + skewMs - start;
        if (ttl > 0) byUrl.set(url, pending, { ttl, start });
        else byUrl.delete(url);
      }
    });
    return pending;
  }

  async function checkEntry(entry: CredentialStatus, issuer: string, path: string): Promise<Problem[]> {
    if (entry.type !== 'StatusList2021Entry') {
      return [problem('STATUS_UNSUPPORTED', `status type ${entry.type} cannot be checked`, `${path}.type`)];
    }
    const index = Number(entry.statusListIndex);
    const url = entry.statusListCredential;
    if (!PURPOSES.has(String(entry.statusPurpose)) || !Number.isSafeInteger(index) || index < 0 || !url) {
      return [problem('STATUS_UNSUPPORTED', 'the status entry needs statusPurpose, statusListIndex and statusListCredential', path)];
    }
    const result = await cached(url, path);
    if ('code' in result) return [result];
    const dated = checkDates(result, url, path);
    if (dated) return [dated];
    if (result.issuer !== issuer) {
      return [problem('STATUS_LIST_ISSUER_MISMATCH', 'the status list is not issued by the credential issuer', path)];
    }
    if (result.statusPurpose !== entry.statusPurpose) {
      return [problem('STATUS_LIST_INVALID', `the list's statusPurpose is ${result.statusPurpose}, not ${entry.statusPurpose}`, path)];
    }
    if (index >= result.list.length) return [problem('STATUS_LIST_INVALID', 'statusListIndex is beyond the list', path)];
    if (!result.list.getStatus(index)) return [];
    return entry.statusPurpose === 'revocation'
      ? [problem('STATUS_REVOKED', 'the credential has been revoked', path)]
      : [problem('STATUS_SUSPENDED', 'the credential is suspended', path)];
  }

  return async (credentialStatus, issuer) => {
    const entries = Array.isArray(credentialStatus) ? credentialStatus : [credentialStatus];
    const results = await Promise.all(
      entries.map((entry, i) => checkEntry(entry, issuer, Array.isArray(credentialStatus) ? `credentialStatus[${i}]` : 'credentialStatus'))
    );
    return results.flat();
  };
}
