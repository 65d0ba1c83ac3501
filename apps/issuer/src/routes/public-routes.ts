import { bundledContexts, CONTEXT_URLS, ISSUER_ROUTES } from '@agentvc/core';
import { defineRoute, type Route } from '@agentvc/http';
import type { Issuer } from '@agentvc/issuer';

/** Public, cacheable reads: status lists, the agentvc context, the issuer's identity. */
export function publicRoutes(issuer: Issuer, publicUrl: string): Route[] {
  const statusList = defineRoute({
    ...ISSUER_ROUTES.statusList,
    summary: 'A signed StatusList2021Credential',
    description: 'Signed with an expirationDate (ISSUER_STATUS_LIST_VALIDITY_SECONDS, default 10 minutes) and re-signed on read when the list changed or the signed copy is past half its validity: a change is visible on the next read, and a copy replayed later expires. Send If-None-Match for a 304.',
    tags: ['status'],
    errors: ['NOT_FOUND']
  }).handle(async ({ params, ctx }) => {
    const { credential, etag } = await issuer.statusRegistry.signedList(params.id);
    // one second of caching bounds how stale a CDN or client copy can be
    const headers = { ETag: etag, 'Cache-Control': 'public, max-age=1, must-revalidate' };
    if (ctx.get('If-None-Match') === etag) return { status: 304, headers };
    return { status: 200, body: credential, headers };
  });

  const context = defineRoute({
    ...ISSUER_ROUTES.context,
    summary: `The agentvc JSON-LD context (${CONTEXT_URLS.agentvcV1})`,
    tags: ['public'],
    contentType: 'application/ld+json'
  }).handle(() => ({
    status: 200,
    body: structuredClone(bundledContexts().get(CONTEXT_URLS.agentvcV1) as Record<string, unknown>),
    headers: { 'Cache-Control': 'public, max-age=86400, immutable' }
  }));

  const identity = defineRoute({
    ...ISSUER_ROUTES.issuerInfo,
    summary: "This issuer's DID, DID-auth domain and public URL",
    tags: ['public']
  }).handle(() => ({ status: 200, body: { did: issuer.identity.did, domain: issuer.domain, publicUrl } }));

  return [statusList, context, identity];
}
