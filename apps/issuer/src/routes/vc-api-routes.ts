import { bundledContexts, ISSUER_ROUTES, type VerifiableCredential } from '@agentvc/core';
import { defineRoute, HttpError, type Route, type RouteAuth } from '@agentvc/http';
import type { ApiKeyView, Issuer } from '@agentvc/issuer';
import { operatorActor } from './operator-actor.js';

/** VC-API issuance and status updates, for operators. */
export function vcApiRoutes(issuer: Issuer, auth: RouteAuth<ApiKeyView>): Route[] {
  const known = new Set(bundledContexts().keys());

  const issue = defineRoute({
    ...ISSUER_ROUTES.issueCredential,
    summary: 'Issue a credential (VC-API)',
    description: 'Adds id, dates and a StatusList2021 entry, then signs with Ed25519Signature2020. 400 when a required member is missing or of the wrong JSON type, type is empty, the issuer is not this issuer, a context is not bundled, or a capability is malformed.',
    tags: ['credentials'],
    auth,
    errors: ['CONFLICT']
  }).handle(async ({ body, principal, requestId }) => {
    const { credential, options } = body;
    const issuerId = typeof credential.issuer === 'string' ? credential.issuer : credential.issuer.id;
    if (issuerId !== issuer.identity.did) {
      throw new HttpError('ISSUER_MISMATCH', `this service issues only as ${issuer.identity.did}`);
    }
    const unknown = credential['@context'].filter((url) => !known.has(url));
    if (unknown.length > 0) throw new HttpError('UNKNOWN_CONTEXT', `not a bundled context: ${unknown[0]?.slice(0, 120)}`);
    const signed = await issuer.issuance.issue(credential, {
      suspendable: options?.suspendable ?? false,
      validitySeconds: issuer.policy.defaultValiditySeconds
    });
    await issuer.audit.record({ actor: operatorActor(principal), action: 'credential.issue', outcome: 'success', target: String(signed.id), requestId });
    // signed by vc.issue from a credential the request schema checked: a VerifiableCredential
    return { status: 201, body: { verifiableCredential: signed as VerifiableCredential } };
  });

  const status = defineRoute({
    ...ISSUER_ROUTES.setStatus,
    summary: 'Revoke, suspend or reinstate a credential (VC-API)',
    description: 'Revocation is permanent; `status: false` lifts a suspension. The status list is re-signed on its next read. `changed: false` when the status already had that value (not audited).',
    tags: ['credentials'],
    auth,
    errors: ['NOT_FOUND', 'STATUS_CHANGE_REFUSED']
  }).handle(async ({ body, principal, requestId }) => {
    const { credentialId, credentialStatus, status: value } = body;
    const { changed } = await issuer.issuance.setStatus(credentialId, credentialStatus.statusPurpose, value);
    // only the request whose conditional update changed the bit is a change worth recording
    if (changed) {
      await issuer.audit.record({
        actor: operatorActor(principal),
        action: `credential.${credentialStatus.statusPurpose}.${value ? 'set' : 'clear'}`,
        outcome: 'success',
        target: credentialId,
        requestId
      });
    }
    return { status: 200, body: { credentialId, statusPurpose: credentialStatus.statusPurpose, status: value, changed } };
  });

  return [issue, status];
}
