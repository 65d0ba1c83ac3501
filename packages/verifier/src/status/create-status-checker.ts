import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { LIMITS, type CredentialStatus, type VerifiableCredential } from '@agentvc/core';
import { decodeStatusList, type StatusList } from '@agentvc/status-list';
import { checkCredential, type CredentialCheckDeps } from '../check-credential.js';
import { problem, type Problem, type ProblemCode } from '../problem.js';
import { checkListShape } from './check-list-shape.js';
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
const DECIMAL_INDEX = /^(0|[1-9][0-9]{0,15})$/;
/** A list refused by a credential check says so with a list code; these keep their meaning. */
const LIST_CODES: Partial<Record<ProblemCode, ProblemCode>> = { EXPIRED: 'STATUS_LIST_EXPIRED', UNTRUSTED_ISSUER: 'STATUS_LIST_ISSUER_MISMATCH' };

/**
 * StatusList2021 checking. A fetched list credential gets every check a credential gets
 * (checkCredential: size, shape, contexts, schema, trusted issuer, validity dates, canonical
 * form, proof) plus its own (checkListShape: type, id equal to the URL it was fetched from,
 * plain terms); its proof is remembered per content by `listDeps.verifyProof` and its decoded
 * bits per encodedList, so a warm check is a bit lookup. A fetch is trusted for `ttlMs`, which
 * bounds how long a revocation can go unseen. On every use, cached or not, the list's dates
 * are checked (a cached copy past its expiry is fetched again, and a list still expired then
 * is STATUS_LIST_EXPIRED, so a copy replayed from before a revocation stops working when it
 * expires), and its issuer must be the credential's.
 */
export function createStatusChecker({
  fetchStatusList,
  listDeps,
  ttlMs
}: {
  fetchStatusList: StatusListFetcher | undefined;
  /** The credential checks' dependencies for list credentials (their own status is not looked up). */
  listDeps: Omit<CredentialCheckDeps, 'checkStatus'>;
  ttlMs: number;
}): StatusChecker {
  const { clock, skewMs } = listDeps;
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
  const decoded = new LRUCache<string, Promise<StatusList>>({ max: 256 });
  const deps: CredentialCheckDeps = {
    ...listDeps,
    // unreachable (checkListShape refuses a credentialStatus key), and closed: no list is looked up for a list
    checkStatus: async () => [problem('STATUS_LIST_INVALID', 'a status list credential with a status of its own')]
  };

  /** The list's dates against the clock (with the skew allowance) on every use: a cached copy may have expired since its fetch. */
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
    const check = await checkCredential(fetched, deps, { maxBytes: LIMITS.maxDocumentBytes * 4, check: (list) => checkListShape(list, url) });
    const [first] = check.problems;
    if (first || !check.credential || !check.issuer) {
      const code = (first && LIST_CODES[first.code]) ?? 'STATUS_LIST_INVALID';
      return problem(code, `status list ${url}: ${check.problems.map((p) => p.message).join('; ')}`, path);
    }
    // checkListShape has made sure of the subject, its encodedList and a readable validity
    const listCredential: VerifiableCredential = check.credential;
    const subject = listCredential.credentialSubject as { statusPurpose?: unknown; encodedList: string };
    const validity = readListValidity(listCredential) as ListValidity;
    let list: StatusList;
    try {
      list = await decode(subject.encodedList);
    } catch {
      return problem('STATUS_LIST_INVALID', `the encodedList of ${url} cannot be decoded`, path);
    }
    return { issuer: check.issuer, statusPurpose: String(subject.statusPurpose), list, ...validity };
  }

  /** The bits of an encodedList, decoded once per distinct list (a failure is not kept). */
  function decode(encodedList: string): Promise<StatusList> {
    const key = createHash('sha256').update(encodedList).digest('base64url');
    const known = decoded.get(key);
    if (known) return known;
    const pending = decodeStatusList({ encodedList });
    decoded.set(key, pending);
    pending.catch(() => decoded.delete(key));
    return pending;
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
    // a plain decimal only: Number() would also read "0x10", " 16", "1e1" and "16.0", which
    // another reader could take for a different bit
    const index = typeof entry.statusListIndex === 'string' && DECIMAL_INDEX.test(entry.statusListIndex) ? Number(entry.statusListIndex) : Number.NaN;
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
