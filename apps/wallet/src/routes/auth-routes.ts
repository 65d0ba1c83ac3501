import { WALLET_ROUTES } from '@agentvc/core';
import { challengeRoute, defineRoute, readBearerToken, type RateLimit, type Route, type RouteAuth } from '@agentvc/http';
import type { Session, Wallet } from '@agentvc/wallet';

/** DID-auth sign-in: a challenge, then a presentation signed by the agent over it → a session token. */
export function authRoutes(wallet: Wallet, auth: RouteAuth<Session>, limits: { challenges?: RateLimit | undefined; signIns?: RateLimit | undefined }): Route[] {
  const tags = ['auth'];

  const challenge = challengeRoute({
    operation: WALLET_ROUTES.challenge,
    challenges: wallet.challenges,
    domain: wallet.domain,
    summary: 'A single-use DID-auth challenge and the domain to sign it for',
    tags,
    rateLimit: limits.challenges
  });

  const session = defineRoute({
    ...WALLET_ROUTES.signIn,
    summary: 'A session token for a presentation signed by the agent over a challenge and this wallet’s domain',
    description:
      'The presentation carries no credentials. Refusals: 401 DID_AUTH_FAILED (with the verifier problems) / CHALLENGE_INVALID / CHALLENGE_USED / CHALLENGE_EXPIRED.',
    tags,
    rateLimit: limits.signIns,
    errors: ['DID_AUTH_FAILED', 'CHALLENGE_INVALID', 'CHALLENGE_USED', 'CHALLENGE_EXPIRED']
  }).handle(async ({ body }) => {
    const { token, agentDid, expiresAt } = await wallet.sessions.signIn(body.presentation);
    return { status: 201, body: { token, agentDid, expiresAt: expiresAt.toISOString() }, headers: { 'Cache-Control': 'no-store' } };
  });

  const signOut = defineRoute({
    ...WALLET_ROUTES.signOut,
    summary: 'Sign out: the session token stops working at once',
    tags,
    auth
  }).handle(async ({ ctx }) => {
    await wallet.sessions.signOut(readBearerToken(ctx));
    return { status: 204 };
  });

  return [challenge, session, signOut];
}
