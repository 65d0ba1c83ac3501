import type { ApiKeyView } from '@agentvc/issuer';
import type { AuditActor } from '@agentvc/issuer';

/** The audit actor for an authenticated operator key. */
export const operatorActor = (key: ApiKeyView): AuditActor => ({ type: 'operator', id: key.id });
