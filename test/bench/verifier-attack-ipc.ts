// Messages between verifier-attack.ts (the bench, the /health prober and the honest client), its
// service process (verifier-attack-server.ts) and its attacker process (verifier-attack-attacker.ts).

/** Bench → service, once, first. */
export interface AttackServerSetup {
  type: 'setup';
  issuer: string;
  domain: string;
  statusListUrl: string;
  statusList: Record<string, unknown>;
  /** createVerifier's `workers`; undefined: its default (cores − 1, at least 1). */
  workers?: number;
  /** `off`: every per-client limit 0; `shipped`: VERIFIER_RATE_LIMITS (1,200 per client per minute), behind one trusted proxy hop. */
  rateLimits: 'off' | 'shipped';
}

export type AttackServerRequest = { type: 'mark' } | { type: 'stats' } | { type: 'stop' };

export interface AttackServerReady {
  type: 'ready';
  url: string;
  pid: number;
}

/** What the service process did since the last `mark`. */
export interface AttackServerStats {
  type: 'stats';
  /** Process CPU (main thread and worker threads): 100 = one core busy throughout. */
  cpuPercent: number;
  /** Share of the window the main thread's event loop was busy. */
  eventLoopUtilization: number;
  /** Event-loop delay (monitorEventLoopDelay, 10 ms resolution), ms. */
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
  /** Main-thread time inside verifyCredential/verifyPresentation that was not spent waiting: not measurable here, so the wall time per call. */
  verifyCalls: number;
  verifyMeanMs: number;
}

/** Bench → attacker, once. */
export interface AttackerSetup {
  type: 'setup';
  url: string;
  connections: number;
  kind: 'credentials' | 'presentations';
  /** The request body, with every PLACEHOLDER_IDS entry and PLACEHOLDER_CHALLENGE to be replaced per request. */
  template: string;
  /** Sent as X-Forwarded-For (the service trusts one proxy hop when rate limits are on). */
  forwardedFor?: string;
}

export type AttackerRequest = { type: 'start' } | { type: 'stop' };

export interface AttackerReport {
  type: 'report';
  /** Verify requests answered, by status ("error" for socket errors and timeouts). */
  statuses: Record<string, number>;
  /** POST /challenges answers, by status (presentation attack). */
  challengeStatuses: Record<string, number>;
  /** Problem codes of the 400 answers. */
  codes: Record<string, number>;
  seconds: number;
  p50Ms: number;
  p99Ms: number;
  cpuPercent: number;
}

/** Stand-ins in the attack templates: credential ids, and the challenge (presentations). */
export const PLACEHOLDER_IDS = Array.from({ length: 8 }, (_, i) => `00000000-0000-4000-8000-00000000000${i}`);
export const PLACEHOLDER_CHALLENGE = 'attack-challenge-placeholder';
