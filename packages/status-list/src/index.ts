// Declarations for the untyped modules this package uses; shipped in types/ so consumers need no setup.
/// <reference path="../types/vc-status-list.d.ts" preserve="true" />
export { STATUS_LIST_LENGTH, STATUS_LIST_LIMITS } from './status-list-limits.js';
export { STATUS_PURPOSES, type StatusPurpose } from './status-purpose.js';
export type { StatusList } from './status-list.js';
export { createStatusList, type CreateStatusListOptions } from './create-status-list.js';
export { decodeStatusList, type DecodeStatusListOptions } from './decode-status-list.js';
export {
  buildStatusListCredential,
  type BuildStatusListCredentialOptions,
  type StatusListCredential
} from './build-status-list-credential.js';
export { buildStatusListEntry, type BuildStatusListEntryOptions, type StatusListEntry } from './build-status-list-entry.js';
export { allocateIndex, type AllocateIndexOptions } from './allocate-index.js';
