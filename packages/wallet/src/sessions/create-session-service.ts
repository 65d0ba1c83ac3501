import { createHash, randomBytes } from 'node:crypto';
import { AgentVcError, type Clock } from '@agentvc/core';
import type { Store } from '@agentvc/store';
import type { DidAuth } from '@agentvc/verifier';
import { WALLET_COLLECTIONS } from '../wallet-collections.js';

export interface SessionRecord {
  /** sha256 of the token: a leaked database does not hand out live sessions. */
  _id: string;
  agentDid: string;
  createdAt: Date;
  expiresAt: Date;
}

/** What sign-in hands the agent; the token is shown here only. */
export interface IssuedSession {
  token: string;
  agentDid: string;
  expiresAt: Date;
}

export interface Session {
  agentDid: string;
  expiresAt: Date;
}

export interface SessionService {
  /**
   * DID-auth: a bare presentation signed by the agent over one of the wallet's challenges and
   * its domain. Throws AgentVcError CHALLENGE_INVALID / CHALLENGE_USED / CHALLENGE_EXPIRED /
   * CHALLENGE_CAPACITY or DID_AUTH_FAILED (with the verifier's problems as details).
   */
  signIn(presentation: unknown): Promise<IssuedSession>;
  /** The token's session; throws AgentVcError TOKEN_EXPIRED (sign in again) or TOKEN_INVALID. */
  authenticate(token: string): Promise<Session>;
  /** Ends the session: the token is refused (TOKEN_INVALID) from now on, replayed or not. */
  signOut(token: string): Promise<void>;
}

const MAX_TOKEN_LENGTH = 256;
const invalid = (): AgentVcError => new AgentVcError('TOKEN_INVALID', 'The session token is not valid');
const hashToken = (token: string): string => createHash('sha256').update(token).digest('base64url');

/**
 * Wallet sessions: 32 random bytes (base64url) per sign-in, stored as their sha256. Expiry is
 * enforced by the lookup filter; the TTL index only cleans up, an hour late on purpose so a
 * recently expired token is still told apart (TOKEN_EXPIRED) from one never issued.
 */
export async function createSessionService({
  store,
  clock,
  didAuth,
  ttlSeconds
}: {
  store: Store;
  clock: Clock;
  /** The wallet's DID-auth (its challenges and domain). */
  didAuth: DidAuth;
  ttlSeconds: number;
}): Promise<SessionService> {
  const sessions = store.collection<SessionRecord>(WALLET_COLLECTIONS.sessions);
  await sessions.createIndexes([{ key: { expiresAt: 1 }, expireAfterSeconds: 3600 }]);

  return {
    async signIn(presentation) {
      const agentDid = await didAuth.authenticate(presentation);
      const token = randomBytes(32).toString('base64url');
      const now = clock.now();
      const expiresAt = new Date(now.getTime() + ttlSeconds * 1000);
      await sessions.insertOne({ _id: hashToken(token), agentDid, createdAt: now, expiresAt });
      return { token, agentDid, expiresAt };
    },

    async authenticate(token) {
      if (typeof token !== 'string' || token.length === 0 || token.length > MAX_TOKEN_LENGTH) throw invalid();
      const id = hashToken(token);
      const live = await sessions.findOne({ _id: id, expiresAt: { $gt: clock.now() } });
      if (live) return { agentDid: live.agentDid, expiresAt: live.expiresAt };
      // only on a miss: tell an expired token (sign in again) from a wrong one
      if (await sessions.findOne({ _id: id })) throw new AgentVcError('TOKEN_EXPIRED', 'The session token has expired; sign in again');
      throw invalid();
    },

    async signOut(token) {
      await sessions.deleteOne({ _id: hashToken(token) });
    }
  };
}
