/** Counts each client's presentations per fixed window; `take` answers how long to wait when over. */
export interface ClientBudget {
  /** undefined: allowed (and counted); a number: refused, retry after that many seconds. */
  take(client: string): number | undefined;
}

/**
 * A fixed-window count per client, kept only for the current window (memory: the clients seen
 * in one window, at most `maxClients`; beyond that, new clients are not counted rather than
 * refused, so a flood of addresses cannot lock honest clients out).
 */
export function createClientBudget({
  perWindow,
  windowMs,
  maxClients = 100_000,
  now = Date.now
}: {
  perWindow: number;
  windowMs: number;
  maxClients?: number;
  now?: () => number;
}): ClientBudget {
  let windowStart = 0;
  let counts = new Map<string, number>();
  return {
    take(client) {
      const t = now();
      if (t - windowStart >= windowMs) {
        windowStart = t - (t % windowMs);
        counts = new Map();
      }
      const used = counts.get(client);
      if (used === undefined && counts.size >= maxClients) return undefined;
      if ((used ?? 0) >= perWindow) return Math.max(1, Math.ceil((windowStart + windowMs - t) / 1000));
      counts.set(client, (used ?? 0) + 1);
      return undefined;
    }
  };
}
