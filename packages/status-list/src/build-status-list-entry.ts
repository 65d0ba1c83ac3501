import { AgentVcError } from '@agentvc/core';
import { assertListUrl, assertStatusPurpose } from './lib/assert-options.js';
import { STATUS_LIST_LIMITS } from './status-list-limits.js';
import type { StatusPurpose } from './status-purpose.js';

/** The `credentialStatus` of a credential tracked in a StatusList2021 list. */
export interface StatusListEntry {
  id: string;
  type: 'StatusList2021Entry';
  statusPurpose: StatusPurpose;
  /** A decimal string, as the spec requires. */
  statusListIndex: string;
  statusListCredential: string;
}

export interface BuildStatusListEntryOptions {
  statusListCredential: string;
  /** Usually from `allocateIndex`. */
  statusListIndex: number;
  statusPurpose: StatusPurpose;
}

export function buildStatusListEntry({
  statusListCredential,
  statusListIndex,
  statusPurpose
}: BuildStatusListEntryOptions): StatusListEntry {
  assertListUrl(statusListCredential, 'statusListCredential');
  assertStatusPurpose(statusPurpose);
  if (!Number.isInteger(statusListIndex) || statusListIndex < 0 || statusListIndex >= STATUS_LIST_LIMITS.maxLength) {
    throw new AgentVcError('INVALID_OPTIONS', `"statusListIndex" must be an integer in [0, ${STATUS_LIST_LIMITS.maxLength - 1}].`);
  }
  return {
    id: `${statusListCredential}#${statusListIndex}`,
    type: 'StatusList2021Entry',
    statusPurpose,
    statusListIndex: String(statusListIndex),
    statusListCredential
  };
}
