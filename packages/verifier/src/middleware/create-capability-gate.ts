import {
  AgentVcError,
  buildProblem,
  isAgentVcError,
  PRESENTATION_HEADER,
  type CapabilityRequirement,
  type ChallengeStore,
  type ErrorCode,
  type GrantedCapability,
  type ProblemBody
} from '@agentvc/core';
import { parseRequirement } from '../capability/parse-requirement.js';
import { createSelfVerifyingChallenges } from '../challenges/create-self-verifying-challenges.js';
import type { Verifier } from '../create-verifier.js';
import { problem, type Problem } from '../problem.js';
import { presentationChallenge } from '../proofs/presentation-challenge.js';
import { isFixedCapability, resolveCapability, type CapabilitySpec } from './capability-spec.js';
import { createClientBudget } from './create-client-budget.js';
import { decodePresentationHeader } from './decode-presentation-header.js';


export interface RequireCapabilityOptions<Req> {
  verifier: Verifier;
  /**
   * Where challenges are issued and consumed. Default: self-verifying challenges for `domain`
   * under a random key of this middleware's own. Several instances (or routes that should take
   * each other's challenges) share one `createSelfVerifyingChallenges({ domain, secret })`, or
   * the stored ones (`createStoredChallenges` in @agentvc/store).
   */
  challenges?: ChallengeStore;
  /** This relying party's domain; presentations must be signed for it, e.g. `shop.example`. */
  domain: string;
  capability: CapabilitySpec<Req>;
  /**
   * Presentations one client (by address) may send per minute; beyond, 429 RATE_LIMITED with
   * Retry-After and the challenge is not consumed. It keeps one client from filling the
   * challenges' used-set (which would answer everyone 503 until ids expire). 0 turns it off.
   * Default 600. Behind a proxy, set Koa's `app.proxy` / Express's `trust proxy` so the
   * address is the client's.
   */
  presentationsPerClientPerMinute?: number;
}

/** Who was let through, on `ctx.state.agent` (Koa) or `res.locals.agent` (Express). */
export interface AuthorizedAgent {
  did: string;
  /** The capability that covers this request. */
  grantedBy: GrantedCapability;
  capabilities: GrantedCapability[];
  issuers: string[];
}

/** A refusal to answer: the contract's problem body (adapters add `instance` and `requestId`), its status and headers. */
export interface Refusal {
  status: number;
  headers: Record<string, string>;
  body: ProblemBody;
}

export type GateOutcome = { agent: AuthorizedAgent } | { refusal: Refusal };

/** The relying-party protocol, free of any framework: the request and its header in, an outcome out. */
export type CapabilityGate<Req> = (request: Req, header: string | undefined) => Promise<GateOutcome>;

/** The options requireCapability knows; any other key is a mistake (a typo is a check silently not made). */
const ACCEPTED_OPTIONS: ReadonlyArray<keyof RequireCapabilityOptions<unknown>> = ['verifier', 'challenges', 'domain', 'capability', 'presentationsPerClientPerMinute'];

// a quoted-string in WWW-Authenticate: printable ASCII without `"` and `\`
const DOMAIN = /^[\x21\x23-\x5b\x5d-\x7e]{1,253}$/;

/** `clientOf` names the client a request comes from (the adapters give its address). */
export function createCapabilityGate<Req>(options: RequireCapabilityOptions<Req>, clientOf: (request: Req) => string = () => ''): CapabilityGate<Req> {
  if (typeof options !== 'object' || options === null) throw new AgentVcError('INVALID_OPTIONS', 'requireCapability takes an options object');
  const unknown = Object.keys(options).filter((key) => !(ACCEPTED_OPTIONS as readonly string[]).includes(key));
  if (unknown.length > 0) {
    throw new AgentVcError('INVALID_OPTIONS', `requireCapability does not know the option${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}; it accepts ${ACCEPTED_OPTIONS.join(', ')}`, {
      details: { unknown, accepted: ACCEPTED_OPTIONS }
    });
  }
  const { verifier, challenges: given, domain, capability, presentationsPerClientPerMinute = 600 } = options;
  if (typeof verifier?.verifyPresentation !== 'function' || (given !== undefined && (typeof given?.issue !== 'function' || typeof given.consume !== 'function'))) {
    throw new AgentVcError('INVALID_OPTIONS', 'requireCapability needs a verifier, and challenges that can issue and consume');
  }
  if (typeof domain !== 'string' || !DOMAIN.test(domain)) throw new AgentVcError('INVALID_OPTIONS', 'domain must be a host name such as shop.example');
  const challenges = given ?? createSelfVerifyingChallenges({ domain });
  if (!capability || (typeof capability !== 'function' && typeof capability !== 'object')) {
    throw new AgentVcError('INVALID_OPTIONS', 'capability must be a requirement or a function of the request');
  }
  // a fixed requirement that is wrong is a programming mistake: fail at start, not per request
  if (!Number.isSafeInteger(presentationsPerClientPerMinute) || presentationsPerClientPerMinute < 0) {
    throw new AgentVcError('INVALID_OPTIONS', 'presentationsPerClientPerMinute must be a whole number, 0 to turn the limit off');
  }
  const budget = presentationsPerClientPerMinute > 0 ? createClientBudget({ perWindow: presentationsPerClientPerMinute, windowMs: 60_000 }) : undefined;
  if (isFixedCapability(capability)) parseRequirement(Object.fromEntries(Object.entries(capability).filter(([, value]) => value !== undefined)));

  async function refuse(code: 'PRESENTATION_REQUIRED' | 'PRESENTATION_INVALID' | 'NOT_AUTHORIZED', detail: string, extensions: Record<string, unknown> = {}): Promise<GateOutcome> {
    // every refusal carries a fresh challenge so the client can present again in one round trip
    const { challenge, expiresAt } = await challenges.issue();
    const headers = { 'WWW-Authenticate': `AgentPresentation challenge="${challenge}", domain="${domain}"`, 'Cache-Control': 'no-store' };
    return refusal(code, detail, headers, { ...extensions, challenge, domain, expiresAt: expiresAt.toISOString() });
  }
  // the challenge was not consumed: the same presentation may be sent again after Retry-After
  const busy = (retryAfter: unknown): GateOutcome => {
    const seconds = typeof retryAfter === 'number' && Number.isSafeInteger(retryAfter) && retryAfter > 0 ? retryAfter : 1;
    const detail = 'Too many challenges are in use to accept another now; send the same request again after Retry-After';
    return refusal('CHALLENGE_CAPACITY', detail, { 'Retry-After': String(seconds), 'Cache-Control': 'no-store' });
  };
  const invalid = (problems: Problem[]): Promise<GateOutcome> =>
    refuse('PRESENTATION_INVALID', 'The presentation was not accepted; sign a new one over the new challenge', { problems });

  return async (request, header) => {
    if (header === undefined || header.trim() === '') {
      return refuse('PRESENTATION_REQUIRED', `Present a capability credential in the ${PRESENTATION_HEADER} header, signed over the challenge and domain`);
    }
    const wait = budget?.take(clientOf(request));
    if (wait !== undefined) {
      const detail = 'Too many presentations from this client; send the same request again after Retry-After';
      return refusal('RATE_LIMITED', detail, { 'Retry-After': String(wait), 'Cache-Control': 'no-store' });
    }
    const decoded = decodePresentationHeader(header);
    if ('problem' in decoded) return invalid([decoded.problem]);
    const { presentation } = decoded;

    let requirement: CapabilityRequirement | undefined;
    try {
      requirement = parseRequirement(await resolveCapability(capability, request));
    } catch (error) {
      if (!isAgentVcError(error, 'INVALID_OPTIONS')) throw error;
      // computed from the request, so the request is what is wrong
      return refusal('VALIDATION_FAILED', error.message, {});
    }

    // consumed before any cryptography: an unknown or used challenge costs a lookup, not a verify
    // the verifier checks it is the one consumed
    const challenge = presentationChallenge(presentation);
    if (challenge === undefined) return invalid([problem('CHALLENGE_MISSING', 'the proof has no challenge', 'proof.challenge')]);
    try {
      await challenges.consume(challenge);
    } catch (error) {
      if (isAgentVcError(error, 'CHALLENGE_CAPACITY')) return busy(error.details?.retryAfterSeconds);
      const code = challengeErrorCode(error);
      if (code === undefined) throw error;
      return invalid([problem(code, (error as Error).message, 'proof.challenge')]);
    }

    const result = await verifier.verifyPresentation(presentation, { challenge, domain, ...(requirement ? { capability: requirement } : {}) });
    if (result.verified && result.holder !== undefined && result.grantedBy !== undefined) {
      return { agent: { did: result.holder, grantedBy: result.grantedBy, capabilities: result.capabilities, issuers: result.issuers } };
    }
    // a problem with the presentation itself: present again (401); else the credentials do not authorize (403)
    if (result.problems.length === 0 || result.problems.some((p) => p.scope === 'presentation')) return invalid(result.problems);
    return refuse('NOT_AUTHORIZED', 'The presented credentials do not authorize this request', { problems: result.problems });
  };
}

/** The ChallengeStore's refusals, which are problems with the presentation; anything else is a failure. */
function challengeErrorCode(error: unknown): 'CHALLENGE_INVALID' | 'CHALLENGE_USED' | 'CHALLENGE_EXPIRED' | undefined {
  if (!isAgentVcError(error)) return undefined;
  const { code } = error;
  return code === 'CHALLENGE_INVALID' || code === 'CHALLENGE_USED' || code === 'CHALLENGE_EXPIRED' ? code : undefined;
}

/** A refusal whose status is the code's in ERROR_CODES, its body by the contract's one builder. */
function refusal(code: ErrorCode, detail: string, headers: Record<string, string>, extensions: Record<string, unknown> = {}): GateOutcome {
  const body = buildProblem({ code, detail, extensions });
  return { refusal: { status: body.status, headers, body } };
}
