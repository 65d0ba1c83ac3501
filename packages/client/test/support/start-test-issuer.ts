// The real issuer service (apps/issuer startIssuer) on a free loopback port, with a temporary
// embedded data dir and a known operator token; its public URL is where it listens, so status
// lists can be fetched over HTTP. Shared with the CLI tests.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startIssuer, type StartedIssuer } from '@agentvc/issuer-app';

export interface TestIssuer {
  url: string;
  did: string;
  adminToken: string;
  started: StartedIssuer;
  stop(): Promise<void>;
}

export async function startTestIssuer(): Promise<TestIssuer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'agentvc-client-issuer-'));
  const adminToken = `avc_${randomBytes(12).toString('hex')}_${randomBytes(32).toString('base64url')}`;
  const port = await freePort();
  const publicUrl = `http://127.0.0.1:${port}`;
  const started = await startIssuer({ port, host: '127.0.0.1', publicUrl, dataDir, mongodbDb: 'agentvc', adminToken, logLevel: 'silent' });
  return {
    url: started.url,
    did: started.issuer.identity.did,
    adminToken,
    started,
    async stop() {
      await started.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  };
}

/** A port the OS just handed out; the issuer binds it right after (a tiny race, fine for tests). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export const paymentGrant = {
  capabilities: [{ type: 'PaymentAuthorization' as const, maxAmount: { value: '50', currency: 'USD' }, merchants: ['shop.example'] }],
  validitySeconds: 900
};
