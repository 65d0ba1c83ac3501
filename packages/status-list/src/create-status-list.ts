import { AgentVcError } from '@agentvc/core';
import { createList } from '@digitalbazaar/vc-status-list';
import { wrapStatusList } from './lib/wrap-status-list.js';
import type { StatusList } from './status-list.js';
import { STATUS_LIST_LENGTH, STATUS_LIST_LIMITS } from './status-list-limits.js';

export interface CreateStatusListOptions {
  /** Bits; a multiple of 8 because encoded lists are whole bytes and must decode to the same length. */
  length?: number;
}

/** A new list with every status cleared. */
export async function createStatusList({ length = STATUS_LIST_LENGTH }: CreateStatusListOptions = {}): Promise<StatusList> {
  if (!Number.isInteger(length) || length <= 0 || length % 8 !== 0 || length > STATUS_LIST_LIMITS.maxLength) {
    throw new AgentVcError('INVALID_OPTIONS', `Status list length must be a positive multiple of 8 up to ${STATUS_LIST_LIMITS.maxLength}.`);
  }
  return wrapStatusList(await createList({ length }));
}
