export { createIssuer, type Issuer, type IssuerDeps } from './create-issuer.js';
export { DEFAULT_ISSUER_POLICY, type IssuerPolicy } from './issuer-policy.js';
export type { ApiKeyService, ApiKeyView } from './api-keys/create-api-key-service.js';
export type { AgentRecord, AgentRegistry, GrantRecord } from './agents/create-agent-registry.js';
export type { AuditActor, AuditEntry, AuditLog, AuditRecord } from './audit/create-audit-log.js';
export type { CredentialRecord, IssuanceService, IssueOptions } from './issuance/create-issuance-service.js';
export type { SignedStatusList, StatusAllocation, StatusRegistry } from './status/create-status-registry.js';
export { registerAgentSchema, grantTemplateSchema, type GrantTemplate, type GrantTemplateInput, type RegisterAgentInput } from './schemas/grant-schemas.js';
export { issueRequestSchema, statusRequestSchema, type IssueRequest, type StatusRequest } from './schemas/vc-api-schemas.js';
