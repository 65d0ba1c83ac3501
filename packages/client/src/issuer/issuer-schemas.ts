import type { ISSUER_ROUTES } from '@agentvc/core';
import type { RouteAnswer } from '../http/call-route.js';

// The issuer service's answers as the SDK reads them: the contract's response bodies
// (ISSUER_ROUTES in @agentvc/core); callRoute reads them loosely, so an older SDK keeps working
// against a newer issuer.

export type Challenge = RouteAnswer<typeof ISSUER_ROUTES.challenge>;
export type IssuerInfo = RouteAnswer<typeof ISSUER_ROUTES.issuerInfo>;
export type Agent = RouteAnswer<typeof ISSUER_ROUTES.getAgent>;
export type Grant = RouteAnswer<typeof ISSUER_ROUTES.grant>;
export type CreatedApiKey = RouteAnswer<typeof ISSUER_ROUTES.createApiKey>;
export type ApiKey = CreatedApiKey['key'];
export type StatusChange = RouteAnswer<typeof ISSUER_ROUTES.setStatus>;
export type AuditRecord = RouteAnswer<typeof ISSUER_ROUTES.audit>['records'][number];
