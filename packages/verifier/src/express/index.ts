export { requireCapability } from './require-capability.js';
export type { CapabilitySpec, FromRequest } from '../middleware/capability-spec.js';
export type { AuthorizedAgent } from '../middleware/create-capability-gate.js';
export type { RequireCapabilityOptions } from '../middleware/require-capability-options.js';
// the protocol constant is the contract's (@agentvc/core), shared with the client
export { PRESENTATION_HEADER } from '@agentvc/core';
