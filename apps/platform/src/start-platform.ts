import { resolve } from 'node:path';
import { findFreePort } from './find-free-port.js';
import { spawnService, type ServiceEvent, type SpawnedService } from './spawn-service.js';

// What the issuer says about its first operator key (apps/issuer main.ts and start-issuer.ts):
// on stdout where the key is, never the key; on stderr the key itself, only when it was not saved.
// (Checked by hand: zod is not a dependency of this package.)

/** Where the first operator key is: its 0600 file (`saved`), or, not saved, shown once through `onUnsavedFirstKey`. */
export interface FirstKey {
  path: string;
  /** By this start (else: the file is still there from an earlier one). */
  generated: boolean;
  saved: boolean;
}
/** A generated first key the issuer could not save to its file: the one time it is shown. */
export interface UnsavedFirstKey {
  path: string;
  reason: string;
  token: string;
}

const strings = (event: ServiceEvent, ...names: string[]) => names.every((name) => typeof event[name] === 'string');
const asFirstKey = (event: ServiceEvent): FirstKey | undefined =>
  event.event === 'first-operator-key' && strings(event, 'path') && typeof event.generated === 'boolean' && typeof event.saved === 'boolean'
    ? { path: event.path as string, generated: event.generated, saved: event.saved }
    : undefined;
const asUnsavedKey = (event: ServiceEvent): UnsavedFirstKey | undefined =>
  event.event === 'first-operator-key-unsaved' && strings(event, 'path', 'reason', 'token')
    ? { path: event.path as string, reason: event.reason as string, token: event.token as string }
    : undefined;

export interface PlatformOptions {
  dataDir: string;
  /** 0 picks a free port (the demo and tests); `npm start` uses 4100/4200/4300. */
  ports: { issuer: number; wallet: number; verifier: number };
  /** Each service's public URL, when not `http://localhost:<port>` (behind a proxy). */
  publicUrls?: Partial<Record<'issuer' | 'wallet' | 'verifier', string>>;
  /** Sets the first operator key instead of generating one. */
  adminToken?: string;
  mongodbUrl?: string;
  /** With mongodbUrl: the database (MONGODB_DB, default `agentvc`) and key-encryption key (AGENTVC_KEK, required there). */
  mongodbDb?: string;
  kek?: string;
  /** Forward each service's output as JSON lines (see spawnService). */
  echo?: boolean;
  /** Aborting it (the launcher's SIGTERM during start) stops what was started and rejects. */
  signal?: AbortSignal;
  /** Called, as soon as the issuer says so, with a generated key it could not save: show it (stderr), or it is lost. */
  onUnsavedFirstKey?: (key: UnsavedFirstKey) => void;
}

export interface Platform {
  issuer: SpawnedService;
  wallet: SpawnedService;
  verifier: SpawnedService;
  issuerDid: string;
  /** The first operator key's file while it is there (or, generated now and not saved, that it went to onUnsavedFirstKey). */
  firstKey?: FirstKey;
  stop(): Promise<void>;
}

/**
 * Starts the issuer, then the wallet and verifier trusting its DID. On one machine the status
 * lists are served over http from localhost, so the wallet and verifier are told to allow that
 * (a deployment behind https leaves these flags off).
 */
export async function startPlatform({ dataDir, ports: requested, adminToken, mongodbUrl, mongodbDb, kek, publicUrls = {}, echo = true, signal, onUnsavedFirstKey }: PlatformOptions): Promise<Platform> {
  const dir = resolve(dataDir);
  const pick = async (port: number) => (port === 0 ? findFreePort() : port);
  const ports = { issuer: await pick(requested.issuer), wallet: await pick(requested.wallet), verifier: await pick(requested.verifier) };
  const shared: Record<string, string> = mongodbUrl
    ? { MONGODB_URL: mongodbUrl, ...(mongodbDb ? { MONGODB_DB: mongodbDb } : {}), ...(kek ? { AGENTVC_KEK: kek } : {}) }
    : {};
  const options = { echo, ...(signal ? { signal } : {}) };
  const onEvent = (event: ServiceEvent) => {
    const unsaved = asUnsavedKey(event);
    if (unsaved) onUnsavedFirstKey?.(unsaved);
  };
  const issuer = await spawnService(
    'issuer',
    {
      ...shared,
      ISSUER_PORT: String(ports.issuer),
      AGENTVC_DATA_DIR: dir,
      // an explicitly configured public URL (behind a proxy) wins over the local default
      ISSUER_PUBLIC_URL: publicUrls.issuer ?? `http://localhost:${ports.issuer}`,
      ...(adminToken ? { AGENTVC_ADMIN_TOKEN: adminToken } : {})
    },
    { ...options, onEvent }
  );
  const firstKey = issuer.events.map(asFirstKey).find(Boolean);
  const keyFile = firstKey?.saved ? firstKey.path : undefined;
  try {
    const info = (await (await fetch(`${issuer.url}/issuer`, { ...(signal ? { signal } : {}) })).json()) as { did: string };
    const trust = shared;
    const settled = await Promise.allSettled([
      spawnService('wallet', { ...trust, WALLET_PORT: String(ports.wallet), WALLET_PUBLIC_URL: publicUrls.wallet ?? `http://localhost:${ports.wallet}`, AGENTVC_DATA_DIR: dir, WALLET_TRUSTED_ISSUERS: info.did, WALLET_STATUS_ALLOW_HTTP: '1', WALLET_STATUS_ALLOW_PRIVATE: '1' }, options),
      spawnService('verifier', { ...trust, VERIFIER_PORT: String(ports.verifier), VERIFIER_PUBLIC_URL: publicUrls.verifier ?? `http://localhost:${ports.verifier}`, AGENTVC_DATA_DIR: dir, VERIFIER_TRUSTED_ISSUERS: info.did, VERIFIER_STATUS_ALLOW_HTTP: '1', VERIFIER_STATUS_ALLOW_PRIVATE: '1' }, options)
    ]);
    const failed = settled.find((result) => result.status === 'rejected');
    if (failed) {
      // the other one may be up: never leave it running
      await Promise.all(settled.map((result) => (result.status === 'fulfilled' ? result.value.stop() : undefined)));
      throw failed.reason;
    }
    const [wallet, verifier] = settled.map((result) => (result as PromiseFulfilledResult<SpawnedService>).value) as [SpawnedService, SpawnedService];
    return {
      issuer,
      wallet,
      verifier,
      issuerDid: info.did,
      ...(firstKey ? { firstKey } : {}),
      async stop() {
        await Promise.all([wallet.stop(), verifier.stop()]);
        await issuer.stop();
      }
    };
  } catch (error) {
    await issuer.stop();
    // the issuer may have generated the first operator key: the one line that says why the start failed says where it is
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(keyFile ? `${reason}; the first operator API key is saved in ${keyFile}` : reason, { cause: error });
  }
}
