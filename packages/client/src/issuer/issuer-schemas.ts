import type { z } from 'zod';
import { ISSUER_ROUTES, loose } from '@agentvc/core';

// The issuer service's answers as the SDK reads them: the contract's response schemas
// (ISSUER_ROUTES in @agentvc/core), loosened so an older SDK keeps working against a newer issuer.

export const challengeSchema = loose(ISSUER_ROUTES.challenge.responses[201]);
export type Challenge = z.infer<typeof challengeSchema>;

export const credentialResponseSchema = loose(ISSUER_ROUTES.requestCredential.responses[201]);

export const issuerInfoSchema = loose(ISSUER_ROUTES.issuerInfo.responses[200]);
export type IssuerInfo = z.infer<typeof issuerInfoSchema>;

export const agentSchema = loose(ISSUER_ROUTES.getAgent.responses[200]);
export type Agent = z.infer<typeof agentSchema>;
export const agentListSchema = loose(ISSUER_ROUTES.listAgents.responses[200]);

export const grantSchema = loose(ISSUER_ROUTES.grant.responses[201]);
export type Grant = z.infer<typeof grantSchema>;
export const grantListSchema = loose(ISSUER_ROUTES.listGrants.responses[200]);

export const createdApiKeySchema = loose(ISSUER_ROUTES.createApiKey.responses[201]);
export type CreatedApiKey = z.infer<typeof createdApiKeySchema>;
export type ApiKey = CreatedApiKey['key'];
export const apiKeyListSchema = loose(ISSUER_ROUTES.listApiKeys.responses[200]);

export const statusChangeSchema = loose(ISSUER_ROUTES.setStatus.responses[200]);
export type StatusChange = z.infer<typeof statusChangeSchema>;

export const auditListSchema = loose(ISSUER_ROUTES.audit.responses[200]);
export type AuditRecord = z.infer<typeof auditListSchema>['records'][number];
