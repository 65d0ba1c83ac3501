import { AgentVcError } from '@agentvc/core';
import { STATUS_PURPOSES, type StatusPurpose } from '../status-purpose.js';

/** A status list credential URL: entry and subject ids append `#...`, so it must not carry a fragment. */
export function assertListUrl(value: unknown, name: string): asserts value is string {
  if (typeof value !== 'string' || !URL.canParse(value) || value.includes('#')) {
    throw new AgentVcError('INVALID_OPTIONS', `"${name}" must be an absolute URL without a fragment.`);
  }
}

export function assertUrl(value: unknown, name: string): asserts value is string {
  if (typeof value !== 'string' || !URL.canParse(value)) {
    throw new AgentVcError('INVALID_OPTIONS', `"${name}" must be an absolute URL or DID.`);
  }
}

export function assertStatusPurpose(value: unknown): asserts value is StatusPurpose {
  if (!STATUS_PURPOSES.includes(value as StatusPurpose)) {
    throw new AgentVcError('INVALID_OPTIONS', `"statusPurpose" must be one of ${STATUS_PURPOSES.join(', ')}.`);
  }
}
