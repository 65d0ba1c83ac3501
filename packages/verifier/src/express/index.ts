export { requireCapability } from './require-capability.js';
export type { CapabilitySpec, FromRequest } from '../middleware/capability-spec.js';
export type { AuthorizedAgent, RequireCapabilityOptions } from '../middleware/create-capability-gate.js';
export { PRESENTATION_HEADER } from '../middleware/create-capability-gate.js';
