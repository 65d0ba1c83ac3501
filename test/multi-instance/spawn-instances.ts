// Two issuers and two verifiers, each its own process (what a deployment behind a load balancer
// runs), on one MongoDB database, each pair started at the same moment. The issuers' public URLs are their own loopback ports, so a
// credential's status list is fetched from the issuer that issued it.
import { randomBytes } from 'node:crypto';
import { spawnService, type SpawnedService } from '@agentvc/platform';
import { findFreePort } from '../../apps/platform/src/find-free-port.js';
import type { MongoTestDatabase } from '../support/mongo-database.js';

export interface Instances {
  issuers: [SpawnedService, SpawnedService];
  verifiers: [SpawnedService, SpawnedService];
  did: string;
  /** The operator key both issuers accept (AGENTVC_ADMIN_TOKEN). */
  adminToken: string;
  /** The verifiers' shared domain (one public URL in front of both). */
  verifierDomain: string;
  stop(): Promise<void>;
}

export async function spawnInstances(database: MongoTestDatabase, dataDir: string): Promise<Instances> {
  const adminToken = `avc_${randomBytes(12).toString('hex')}_${randomBytes(32).toString('base64url')}`;
  const started: SpawnedService[] = [];
  const stopAll = () => Promise.all(started.map((service) => service.stop())).then(() => undefined);
  const common = { ...database.env, AGENTVC_DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  const issuer = async () => {
    const port = await findFreePort();
    const env = { ...common, ISSUER_PORT: String(port), ISSUER_PUBLIC_URL: `http://localhost:${port}`, AGENTVC_ADMIN_TOKEN: adminToken };
    const service = await spawnService('issuer', env, { echo: false });
    started.push(service);
    return service;
  };
  try {
    // both at once on an empty database: one insert of the identity (and of the operator key) wins,
    // and the other instance loads it
    const [first, second] = await Promise.all([issuer(), issuer()]);
    const dids = await Promise.all([first, second].map(async ({ url }) => ((await (await fetch(`${url}/issuer`)).json()) as { did: string }).did));
    const did = dids[0] ?? '';
    if (dids[1] !== did) throw new Error(`the two issuers started with different identities: ${dids.join(', ')}`);
    const verifierDomain = 'verify.multi.test';
    const verifier = async () => {
      const env = {
        ...common,
        VERIFIER_PORT: '0',
        VERIFIER_PUBLIC_URL: `https://${verifierDomain}`,
        VERIFIER_TRUSTED_ISSUERS: did,
        VERIFIER_STATUS_ALLOW_HTTP: '1',
        VERIFIER_STATUS_ALLOW_PRIVATE: '1'
      };
      const service = await spawnService('verifier', env, { echo: false });
      started.push(service);
      return service;
    };
    const verifiers = (await Promise.all([verifier(), verifier()])) as [SpawnedService, SpawnedService];
    return { issuers: [first, second], verifiers, did, adminToken, verifierDomain, stop: stopAll };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
