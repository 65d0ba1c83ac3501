import {
  buildProblem,
  isAgentVcError,
  PRESENTATION_HEADER,
  type CapabilityRequirement,
  type ErrorCode,
  type GrantedCapability,
  type ProblemBody
} from '@agentvc/core';
import { parseRequirement } from '../capability/parse-requirement.js';
import { createSelfVerifyingChallenges } from '../challenges/create-self-verifying-challenges.js';
import { parseOptions } from '../options/parse-options.js';
import { problem, type Problem } from '../problem.js';
import { presentationChallenge } from '../proofs/presentation-challenge.js';
import { isFixedCapability, resolveCapability } from './capability-spec.js';
import { createClientBudget } from './create-client-budget.js';
import { decodePresentationHeader } from './decode-presentation-header.js';
import { requireCapabilityOptionsSchema, type RequireCapabilityOptions } from './require-capability-options.js';

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

/** `clientOf` names the client a request comes from (the adapters give its address). */
export function createCapabilityGate<Req>(options: RequireCapabilityOptions<Req>, clientOf: (request: Req) => string = () => ''): CapabilityGate<Req> {
  const { verifier, challenges: given, domain, presentationsPerClientPerMinute } = parseOptions('requireCapability', requireCapabilityOptionsSchema, options);
  // the schema checked its shape; its type is the caller's, whose functions read this framework's request
  const { capability } = options;
  const challenges = given ?? createSelfVerifyingChallenges({ domain });
  const budget = presentationsPerClientPerMinute > 0 ? createClientBudget({ perWindow: presentationsPerClientPerMinute, windowMs: 60_000 }) : undefined;
  // a fixed requirement that is wrong is a programming mistake: fail at start, not per request
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
