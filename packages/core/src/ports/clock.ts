/** Injected time source; `Date.now()` is read only at the edges (see systemClock). */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
