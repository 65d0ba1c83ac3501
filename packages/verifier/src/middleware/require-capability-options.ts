import { z } from 'zod';
import type { Verifier } from '../create-verifier.js';
import { challengeStoreOption } from '../options/challenge-store-option.js';
import type { CapabilitySpec } from './capability-spec.js';

// a quoted-string in WWW-Authenticate: printable ASCII without `"` and `\`
const DOMAIN = /^[\x21\x23-\x5b\x5d-\x7e]{1,253}$/;

/**
 * What requireCapability accepts (Koa, Express and the framework-free gate), checked by
 * parseOptions. Strict: a key it does not know (a typo, or a verifier option given to the
 * middleware) is refused.
 */
export const requireCapabilityOptionsSchema = z.strictObject({
  verifier: z.custom<Verifier>((value) => typeof (value as Verifier | null)?.verifyPresentation === 'function', 'must be a verifier (createVerifier)'),
  /**
   * Where challenges are issued and consumed. Default: self-verifying challenges for `domain`
   * under a random key of this middleware's own. Several instances (or routes that should take
   * each other's challenges) share one `createSelfVerifyingChallenges({ domain, secret })`, or
   * the stored ones (`createStoredChallenges` in @agentvc/store).
   */
  challenges: challengeStoreOption.optional(),
  /** This relying party's domain; presentations must be signed for it, e.g. `shop.example`. */
  domain: z.string().regex(DOMAIN, 'must be a host name such as shop.example'),
  /** The requirement: fixed, a function of the request, or with fields read from the request (the type below says which). */
  capability: z.custom<CapabilitySpec<unknown>>(
    (value) => typeof value === 'function' || (typeof value === 'object' && value !== null),
    'must be a requirement or a function of the request'
  ),
  /**
   * Presentations one client (by address) may send per minute; beyond, 429 RATE_LIMITED with
   * Retry-After and the challenge is not consumed. It keeps one client from filling the
   * challenges' used-set (which would answer everyone 503 until ids expire). 0 turns it off.
   * Default 600. Behind a proxy, set Koa's `app.proxy` / Express's `trust proxy` so the
   * address is the client's.
   */
  presentationsPerClientPerMinute: z
    .number()
    .int('must be a whole number, 0 to turn the limit off')
    .min(0, 'must be a whole number, 0 to turn the limit off')
    .default(600)
});

/** The schema's input, with `capability` typed for the framework's request (Koa's Context, Express's Request). */
export type RequireCapabilityOptions<Req> = Omit<z.input<typeof requireCapabilityOptionsSchema>, 'capability'> & {
  capability: CapabilitySpec<Req>;
};
