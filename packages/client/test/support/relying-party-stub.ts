// A relying party protecting `/pay?amount=N` with the middleware protocol of issue 4, built on
// @agentvc/verifier over plain node:http (what @agentvc/verifier/koa does, minus Koa).
import { randomUUID } from 'node:crypto';
import { createVerifier } from '@agentvc/verifier';
import { problem, startStubServer, type StubAnswer } from './stub-server.js';

const DOMAIN = 'shop.example';

export async function startRelyingPartyStub({ trustedIssuers, challengeIn = 'body' }: { trustedIssuers: string[]; challengeIn?: 'body' | 'header' }) {
  const verifier = createVerifier({ trustedIssuers });
  const challenges = new Set<string>();
  const presentations: string[] = [];

  function askForPresentation(status: number, code: string, detail: string, extensions: Record<string, unknown> = {}): StubAnswer {
    const challenge = randomUUID();
    challenges.add(challenge);
    const header = { 'WWW-Authenticate': `AgentPresentation challenge="${challenge}", domain="${DOMAIN}"` };
    return problem(status, code, detail, { ...extensions, ...(challengeIn === 'body' ? { challenge, domain: DOMAIN } : {}) }, header);
  }

  const server = await startStubServer(async ({ path, query, headers, method, body }) => {
    if (path === '/open') return { status: 200, body: { open: true } };
    if (path !== '/pay') return problem(404, 'NOT_FOUND', 'no such route');
    const header = headers['agent-presentation'];
    if (typeof header !== 'string') return askForPresentation(401, 'PRESENTATION_REQUIRED', 'present a capability credential');
    presentations.push(header);
    const vp = JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as { proof?: { challenge?: string } };
    const challenge = vp.proof?.challenge ?? '';
    if (!challenges.delete(challenge)) {
      return askForPresentation(401, 'PRESENTATION_INVALID', 'challenge not valid', { problems: [{ code: 'CHALLENGE_USED', message: 'used or unknown' }] });
    }
    const capability = { type: 'PaymentAuthorization' as const, amount: { value: Number(query.get('amount') ?? 1), currency: 'USD' }, merchant: DOMAIN };
    const result = await verifier.verifyPresentation(vp, { challenge, domain: DOMAIN, capability });
    if (result.verified) return { status: 200, body: { paid: true, agent: result.holder, method, echo: body ?? null } };
    // as the middleware decides: a problem about the presentation asks again (401), one about the credentials is 403
    const invalid = result.problems.some((p) => p.scope === 'presentation');
    return invalid
      ? askForPresentation(401, 'PRESENTATION_INVALID', 'the presentation is not valid', { problems: result.problems })
      : askForPresentation(403, 'NOT_AUTHORIZED', 'not authorized', { problems: result.problems });
  });
  return { ...server, presentations };
}
