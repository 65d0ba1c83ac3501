import { AgentVcError, CONTEXT_URLS } from '@agentvc/core';
import { assertListUrl, assertStatusPurpose, assertUrl } from './lib/assert-options.js';
import type { StatusPurpose } from './status-purpose.js';

/** An unsigned VC 1.1 StatusList2021Credential, shaped like the library's `createCredential` output plus issuer/date. */
export interface StatusListCredential {
  '@context': [typeof CONTEXT_URLS.credentialsV1, typeof CONTEXT_URLS.statusList2021];
  id: string;
  type: ['VerifiableCredential', 'StatusList2021Credential'];
  issuer: string;
  issuanceDate?: string;
  expirationDate?: string;
  credentialSubject: { id: string; type: 'StatusList2021'; statusPurpose: StatusPurpose; encodedList: string };
}

export interface BuildStatusListCredentialOptions {
  /** Where the credential will be published; `credentialStatus.statusListCredential` points here. */
  id: string;
  issuer: string;
  statusPurpose: StatusPurpose;
  /** From `StatusList.encode()`. */
  encodedList: string;
  /**
   * Becomes `issuanceDate`. Without it the field is left out and `@digitalbazaar/vc` `issue()`
   * stamps the wall clock (it ignores its own `now` option for this), so pass the injected clock's time.
   */
  validFrom?: Date;
  /**
   * Becomes `expirationDate`, truncated to whole seconds (never later than asked). A list that
   * expires cannot be replayed for long after a newer one (a revocation) is published.
   */
  validUntil?: Date;
}

export function buildStatusListCredential({
  id,
  issuer,
  statusPurpose,
  encodedList,
  validFrom,
  validUntil
}: BuildStatusListCredentialOptions): StatusListCredential {
  assertListUrl(id, 'id');
  assertUrl(issuer, 'issuer');
  assertStatusPurpose(statusPurpose);
  if (typeof encodedList !== 'string' || encodedList.length === 0) {
    throw new AgentVcError('INVALID_OPTIONS', '"encodedList" must be a non-empty string.');
  }
  if (validFrom !== undefined && validUntil !== undefined && !(validUntil.getTime() > validFrom.getTime())) {
    throw new AgentVcError('INVALID_OPTIONS', '"validUntil" must be later than "validFrom".');
  }
  return {
    '@context': [CONTEXT_URLS.credentialsV1, CONTEXT_URLS.statusList2021],
    id,
    type: ['VerifiableCredential', 'StatusList2021Credential'],
    issuer,
    ...(validFrom === undefined ? {} : { issuanceDate: toDateTime(validFrom, 'validFrom') }),
    ...(validUntil === undefined ? {} : { expirationDate: toDateTime(validUntil, 'validUntil') }),
    credentialSubject: { id: `${id}#list`, type: 'StatusList2021', statusPurpose, encodedList }
  };
}

// Whole seconds, as `@digitalbazaar/vc` writes dates; truncated so it is never later than asked.
function toDateTime(date: Date, name: string): string {
  const iso = date instanceof Date && !Number.isNaN(date.getTime()) ? date.toISOString() : '';
  // toISOString gives ±YYYYYY for years outside 0000–9999, which the VC dateTime pattern refuses.
  if (!/^\d{4}-/.test(iso)) throw new AgentVcError('INVALID_OPTIONS', `"${name}" must be a valid Date within years 0000–9999.`);
  return iso.replace(/\.\d{3}Z$/, 'Z');
}
