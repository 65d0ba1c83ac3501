// Messages between verifier-service.ts (the bench and load generator) and verifier-service-server.ts.

/** One listener of the service; omit maxInFlight for the service's default, as startVerifier does. */
export interface AppConfig {
  name: string;
  maxInFlight?: number;
  /**
   * `stored`: createStoredChallenges on the embedded store, as startVerifier does (each app its
   * own collection, so each starts empty). `memory`: @agentvc/verifier's createMemoryChallenges.
   */
  challenges: 'stored' | 'memory';
}

/** Bench → server, once, first. */
export interface ServerSetup {
  type: 'setup';
  issuer: string;
  /** The domain POST /challenges hands out. */
  domain: string;
  statusListUrl: string;
  /** The issuer's signed StatusList2021 credential, served for statusListUrl. */
  statusList: Record<string, unknown>;
  apps: AppConfig[];
  /** The service's store: MongoDB at this URL and database when set; else the embedded engine in a temporary directory. */
  mongodb?: { url: string; dbName: string };
}

/** Bench → server: `mark` starts a measurement window, `stats` ends it (answered with ServerStats). */
export type ServerRequest = { type: 'mark' } | { type: 'stats' } | { type: 'stop' };

export interface ServerReady {
  type: 'ready';
  /** AppConfig name → `http://127.0.0.1:PORT` */
  urls: Record<string, string>;
  pid: number;
}

/** What the server process did since the last `mark` (a `mark` is acknowledged with zeros). */
export interface ServerStats {
  type: 'stats';
  /** Process CPU time (user + system) over wall time: 100 = one core busy the whole window. */
  cpuPercent: number;
  /** Share of the window the event loop was busy (not waiting for I/O). */
  eventLoopUtilization: number;
  /** Status list downloads since the start: 1 means the cache stayed warm. */
  statusFetches: number;
  rssMb: number;
  /** POST /presentations/verify's challenge consume and verifyPresentation, wall time. */
  consume: StepTiming;
  verify: StepTiming;
  /** Stored challenge collection → documents in it (issued in the last hour: the TTL index keeps them 3,600 s past expiry). */
  challengeDocs: Record<string, number>;
}

/** Wall time of one awaited step across requests: its own work plus waiting (CPU, I/O, locks). */
export interface StepTiming {
  calls: number;
  totalMs: number;
  maxMs: number;
}
