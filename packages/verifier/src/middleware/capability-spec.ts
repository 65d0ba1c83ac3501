import type { CapabilityRequirement } from '@agentvc/core';

type PaymentRequirement = Extract<CapabilityRequirement, { type: 'PaymentAuthorization' }>;

/** A value, or how to read it from the request (e.g. the amount from the body). */
export type FromRequest<Req, T> = T | ((request: Req) => T | Promise<T>);

/**
 * What a protected route requires: a fixed requirement, one computed from the request as a
 * whole, or a requirement whose fields are computed from the request.
 */
export type CapabilitySpec<Req> =
  | ((request: Req) => CapabilityRequirement | Promise<CapabilityRequirement>)
  | {
      type: 'PaymentAuthorization';
      amount: FromRequest<Req, PaymentRequirement['amount']>;
      merchant?: FromRequest<Req, string | undefined>;
      category?: FromRequest<Req, string | undefined>;
    }
  | {
      type: 'ActionAuthorization';
      action: FromRequest<Req, string>;
      resource: FromRequest<Req, string>;
    };

/** Whether the requirement is the same for every request (so it can be checked up front). */
export function isFixedCapability<Req>(spec: CapabilitySpec<Req>): boolean {
  return typeof spec !== 'function' && Object.values(spec).every((value) => typeof value !== 'function');
}

/** The requirement for this request, not yet validated (an absent optional field is left out). */
export async function resolveCapability<Req>(spec: CapabilitySpec<Req>, request: Req): Promise<unknown> {
  if (typeof spec === 'function') return spec(request);
  const resolved: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(spec) as Array<[string, unknown]>) {
    const field = typeof value === 'function' ? await (value as (request: Req) => unknown)(request) : value;
    if (field !== undefined) resolved[key] = field;
  }
  return resolved;
}
